/**
 * A success answer declared as JSON and as XML of the same schema (petstore's every `Pet` call):
 * both SDKs type the call by the JSON alone and ask for it (`Accept: application/json`), the mock
 * answers that JSON, and a consumer's `Pet` annotation compiles under `tsc --strict` and
 * `mypy --strict`; the resource classes named like schemas are `PetResource` and `UserResource`,
 * so `import type { Pet }` is the schema. A text answer of another schema (a transcription's
 * `text/plain`) stays a separate answer in the call's type (ir/representations.ts).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRICT_CHECKS } from '../emit-client/generate.js';
import { REPO } from '../helpers/cli.js';
import { specOutputs, type SpecOutputs } from '../helpers/spec-outputs.js';
import { SHELL, irOf } from '../mock/helpers.js';

const PETSTORE = fileURLToPath(new URL('../../../shared/specs/petstore.yaml', import.meta.url));
const TSC = path.join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
const PY_PACKAGE = 'swagger_petstore_openapi_3_0';

let outputs: SpecOutputs;
beforeAll(async () => {
  outputs = await specOutputs(readFileSync(PETSTORE, 'utf8'), {
    name: 'shellapi-petstore-json',
    mock: true,
  });
}, 300_000);
afterAll(() => outputs?.close());

describe('a JSON answer also declared as XML', () => {
  it('is typed by the JSON schema: `const p: Pet` compiles under tsc --strict', async () => {
    // Inside the package (`type: module`), so top-level await and NodeNext resolution apply.
    await writeFile(
      path.join(outputs.out, 'sdk/src/consumer.ts'),
      [
        "import { SwaggerPetstoreOpenApi30, type Pet } from './index.js';",
        "const client = new SwaggerPetstoreOpenApi30({ apiKey: 'k' });",
        'export const p: Pet = await client.pet.getPetById(10);',
        "export const found: Pet[] = await client.pet.findPetsByStatus({ status: 'available' });",
        '',
      ].join('\n'),
    );
    const tsconfig = path.join(outputs.out, 'tsconfig.consumer.json');
    await writeFile(
      tsconfig,
      JSON.stringify({
        compilerOptions: {
          ...STRICT_CHECKS,
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          types: [],
          noEmit: true,
        },
        files: ['sdk/src/consumer.ts'],
      }),
    );
    const r = spawnSync(process.execPath, [TSC, '-p', tsconfig], { encoding: 'utf8' });
    expect(`${r.stdout}${r.stderr}`).toBe('');
    expect(r.status).toBe(0);
  }, 120_000);

  it('is typed by the JSON schema in Python: mypy --strict accepts `types.Pet`', async () => {
    await writeFile(
      path.join(outputs.dir, 'consumer.py'),
      [
        `from ${PY_PACKAGE} import SwaggerPetstoreOpenApi30, types`,
        '',
        'client = SwaggerPetstoreOpenApi30(api_key="k")',
        'p: types.Pet = client.pet.get_pet_by_id(10)',
        'print(p.name)',
        '',
      ].join('\n'),
    );
    const run = outputs.mypy(['consumer.py']);
    expect(run.output).toBe('');
    expect(run.status).toBe(0);
  }, 180_000);

  it('is asked for as JSON, and the mock answers it (TypeScript and Python)', async () => {
    const { SwaggerPetstoreOpenApi30 } = await outputs.importTs();
    const accepts: (string | null)[] = [];
    const client = new SwaggerPetstoreOpenApi30({
      apiKey: 'k',
      baseUrl: outputs.mock.url,
      maxRetries: 0,
      fetch: (url: string, init: RequestInit) => {
        accepts.push(new Headers(init.headers).get('accept'));
        return fetch(url, init);
      },
    });
    const pet = await client.pet.getPetById(10);
    expect(accepts).toEqual(['application/json']);
    expect(typeof pet).toBe('object');
    expect(pet).toMatchObject({ name: expect.any(String), photoUrls: expect.any(Array) });

    const py = await outputs.pythonAsync(
      [
        `from ${PY_PACKAGE} import SwaggerPetstoreOpenApi30`,
        `client = SwaggerPetstoreOpenApi30(api_key="k", base_url=${JSON.stringify(outputs.mock.url)}, max_retries=0)`,
        'p = client.pet.get_pet_by_id(10)',
        'print(type(p).__name__, p.name)',
      ].join('\n'),
    );
    expect(py.stderr).toBe('');
    expect(py.stdout.trim()).toMatch(/^Pet \S+/);
  }, 60_000);

  it('is documented: the XML form says the SDKs ask for the JSON', async () => {
    const page = await outputs.read('docs/markdown/operations/getPetById.md');
    const xml = page.slice(page.indexOf('Media type `application/xml`'));
    expect(xml).toMatch(
      /^Media type `application\/xml`\n\nThe same data as `application\/json`, which the SDKs ask for/,
    );
  });
});

describe('a resource named like a schema', () => {
  it('is exported as `<Name>Resource`, leaving the schema its name at the package root', async () => {
    const sdk = await outputs.importTs();
    const client = new sdk.SwaggerPetstoreOpenApi30({ apiKey: 'k' });
    expect(client.pet).toBeInstanceOf(sdk.PetResource);
    expect(client.user).toBeInstanceOf(sdk.UserResource);
    // No schema `Store`: that class keeps its name.
    expect(client.store).toBeInstanceOf(sdk.Store);
    expect(sdk.Pet).toBeUndefined();
    const readme = await outputs.read('sdk/README.md');
    expect(readme).not.toMatch(/not re-exported/);
  });
});

describe('restatements in the IR', () => {
  it('marks XML of the JSON schema, and not a text answer of another schema', async () => {
    const ir = await irOf(PETSTORE);
    const ok = ir.operations
      .find((o) => o.operationId === 'getPetById')!
      .responses.find((r) => r.status === '200')!;
    expect(ok.contents.map((c) => [c.mediaType, c.restates])).toEqual([
      ['application/json', undefined],
      ['application/xml', 'application/json'],
    ]);
    const shell = await irOf(SHELL);
    const transcribe = shell.operations.find((o) =>
      o.responses.some((r) => r.contents.some((c) => c.mediaType === 'text/plain')),
    )!;
    for (const r of transcribe.responses)
      for (const c of r.contents) expect(c.restates, c.mediaType).toBeUndefined();
  });
});
