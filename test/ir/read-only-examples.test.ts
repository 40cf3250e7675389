/**
 * A spec's own example that holds a property not travelling its way (a request example with the
 * server's readOnly `id`, a response example with a writeOnly `secret`): the IR leaves the property
 * out of the example once (ir/examples/hidden.ts), with a located `example-hidden-property`
 * warning, so the TypeScript `@example` compiles, the docs' samples do not send it, and the mock,
 * which answers the response example named like the request example a body equals, recognises
 * the body the SDK and the samples send.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';
import type { Problem } from '../../generator/load/types.js';
import type { ApiIr, OperationIr } from '../../generator/ir/types.js';
import { buildSamples } from '../../generator/emit/docs/samples.js';
import { createMockRoutes } from '../../generator/emit/surface/mock-routes.js';
import { startMockServer, type MockServer } from '../../templates/mock/server.js';
import { cleanupGenerated, generate, typeCheck, type Generated } from '../emit-client/generate.js';

const SPEC = fileURLToPath(new URL('../fixtures/read-only-example/openapi.yaml', import.meta.url));
const BODY = '/paths/~1pets~1{id}/put/requestBody/content/application~1json/examples';
const ANSWER = '/paths/~1pets~1{id}/put/responses/200/content/application~1json/examples';

let ir: ApiIr;
let problems: Problem[];
let replace: OperationIr;
let sdk: Generated;
let mock: MockServer | undefined;

beforeAll(async () => {
  ({ ir, problems } = buildIr(await loadSpec(SPEC)));
  replace = ir.operations.find((o) => o.operationId === 'replacePet')!;
  sdk = await generate(SPEC);
}, 60_000);
afterAll(async () => {
  await mock?.close();
  cleanupGenerated();
});

describe('the IR', () => {
  it('leaves readOnly properties out of request examples, writeOnly ones out of response examples', () => {
    const [rex, fido] = replace.requestBody!.contents[0]!.examples;
    expect(fido!.value).toEqual({ name: 'Fido' });
    expect(rex!.value).toEqual({ name: 'Rex', secret: 'hunter2', tags: [{ label: 'good' }] });
    const answers = replace.responses[0]!.contents[0]!.examples;
    expect(answers.map((e) => e.value)).toEqual([
      { id: 'p1', name: 'Fido' },
      { id: 'p1', name: 'Rex', tags: [{ id: 7, label: 'good' }] },
    ]);
  });

  it('warns, located at the first property left out, naming every one', () => {
    const found = problems.filter((p) => p.code === 'example-hidden-property');
    expect(found.map((p) => [p.severity, p.pointer, p.line])).toEqual([
      ['warning', `${BODY}/rex/value/id`, 19],
      ['warning', `${ANSWER}/rex/value/secret`, 32],
    ]);
    expect(found[0]!.message).toContain('readOnly properties /id, /tags/0/id');
    expect(found[1]!.message).toContain('writeOnly property /secret');
  });

  it("a schema's own example (the whole value) is shown per direction, without a warning", () => {
    const create = ir.operations.find((o) => o.operationId === 'createPet')!;
    expect(create.requestBody!.contents[0]!.example!.value).toEqual({
      name: 'Fido',
      secret: 's3cret',
    });
    expect(create.responses[0]!.contents[0]!.example!.value).toEqual({ id: 'p9', name: 'Fido' });
    expect(problems.filter((p) => p.pointer.startsWith('/components'))).toEqual([]);
  });
});

describe('the outputs read the stripped example', () => {
  it('the TypeScript @examples compile', () => {
    const source = readFileSync(path.join(sdk.dir, 'sdk/src/resources/pets.ts'), 'utf8');
    const calls = [...source.matchAll(/```ts\n([\s\S]*?)\n\s*\* ```/g)].map((m) =>
      m[1]!.replace(/^\s*\* ?/gm, ''),
    );
    // The first example of each: rex (its `id` left out), and Pet's own (its `id` too).
    expect(calls.join('\n')).toMatch(/client\.pets\.replace\('p1', \{\s*name: 'Rex'/);
    expect(calls.join('\n')).toMatch(/client\.pets\.create\(\{\s*name: 'Fido'/);
    const probe = path.join(sdk.dir, 'sdk/src/probe-example.ts');
    writeFileSync(
      probe,
      [
        "import { PetStore } from './index.js';",
        "const client = new PetStore({ apiKey: 'k' });",
        ...calls.map((call, i) =>
          [
            `export async function run${i}(): Promise<unknown> {`,
            call,
            '  return result;',
            '}',
          ].join('\n'),
        ),
      ].join('\n'),
    );
    expect(typeCheck([probe])).toEqual([]);
  });

  it('the docs samples send no readOnly property', () => {
    const samples = buildSamples(ir, replace, { example: 'rex' });
    // The TypeScript sample is the SDK's own example call (the first example).
    for (const text of [samples.curl, samples.python, samples.pythonHttp])
      expect(text).toContain('Rex');
    for (const text of [samples.curl, samples.typescript, samples.python, samples.pythonHttp])
      expect(text).not.toMatch(/["']?id["']?\s*[:=]/);
  });

  it('the mock answers the rex example to the body the SDK sends from it', async () => {
    mock = await startMockServer({ clock: 'manual', routes: createMockRoutes(ir) });
    const { PetStore } = (await import(path.join(sdk.dir, 'sdk/src/index.ts'))) as {
      PetStore: new (options: object) => {
        pets: { replace(id: string, body: object): Promise<unknown> };
      };
    };
    const client = new PetStore({ apiKey: 'k', baseUrl: mock.url, maxRetries: 0 });
    // What the consumer sends (the type refuses `id`), as the @example and the samples show it.
    const rex = { name: 'Rex', secret: 'hunter2', tags: [{ label: 'good' }] };
    expect(await client.pets.replace('p1', rex)).toEqual({
      id: 'p1',
      name: 'Rex',
      tags: [{ id: 7, label: 'good' }],
    });
  });
});
