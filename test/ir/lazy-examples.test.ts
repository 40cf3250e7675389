/**
 * Examples decided on first read (`buildIr(…, { examples: 'lazy' })`, what `generate` uses): the
 * same values and the same located problems, in the same order, as an eager build, whatever order
 * the emitters read them in; and an example nobody reads is never decided (nor reported).
 */
import { describe, expect, it } from 'vitest';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadSpec } from '../../generator/load/index.js';
import type { LoadedSpec } from '../../generator/load/types.js';
import { buildIr } from '../../generator/ir/index.js';
import type { ApiIr } from '../../generator/ir/types.js';
import { runPipeline } from '../../generator/pipeline.js';

// `Thing`'s own example is invalid and shown by two contents: reported once, where an eager build
// meets it first (the request body, before the header's invalid example). The rest: an invalid
// parameter example, an invalid response example, a schema no value satisfies, a stream.
const SPEC = `openapi: 3.1.0
info: { title: T, version: '1' }
paths:
  /things/{id}:
    post:
      operationId: postThing
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
        - { name: limit, in: query, schema: { type: integer, maximum: 50 }, example: 500 }
      x-stream: { requestFlag: stream, itemSchema: { type: object, required: [delta], properties: { delta: { type: string } } } }
      requestBody:
        content:
          application/json:
            schema: { $ref: '#/components/schemas/Thing' }
      responses:
        '200':
          description: ok
          headers:
            X-Count: { schema: { type: integer, minimum: 3, example: 1 } }
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Thing' }
            text/event-stream:
              schema: { type: string }
        '400':
          description: bad
          content:
            application/json:
              schema: { type: object, required: [code], properties: { code: { type: integer } } }
              examples:
                wrong: { value: { code: nope } }
  /odd:
    get:
      operationId: getOdd
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, required: [n], properties: { n: { type: integer, minimum: 5, maximum: 3 } } }
components:
  schemas:
    Thing:
      type: object
      required: [id]
      properties: { id: { type: integer }, stream: { type: boolean } }
      example: { id: seven }
`;

async function specFile(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-lazy-examples-'));
  const file = path.join(dir, 'openapi.yaml');
  await writeFile(file, SPEC);
  return file;
}

async function load(): Promise<LoadedSpec> {
  const loaded = await loadSpec(await specFile());
  expect(loaded.problems).toEqual([]);
  return loaded;
}

/** Reads every example, last operation and last field first (the reverse of document order). */
function readBackwards(ir: ApiIr): void {
  for (const op of [...ir.operations].reverse()) {
    if (op.stream) void [op.stream.events, op.stream.examples];
    for (const r of [...op.responses].reverse()) {
      for (const c of [...r.contents].reverse()) void [c.example, c.examples];
      for (const h of [...r.headers].reverse()) void h.example;
    }
    for (const c of [...(op.requestBody?.contents ?? [])].reverse()) void [c.example, c.examples];
    for (const p of [...op.parameters].reverse()) void [p.example, p.examples];
  }
}

describe('lazy examples', () => {
  it('read in any order: the same IR and the same problems, in the same order, as an eager build', async () => {
    const loaded = await load();
    for (const strict of [false, true]) {
      const eager = buildIr(loaded, { strict });
      const lazy = buildIr(loaded, { strict, examples: 'lazy' });
      readBackwards(lazy.ir);
      expect(JSON.stringify(lazy.ir)).toBe(JSON.stringify(eager.ir));
      expect(lazy.problemsNow()).toEqual(eager.problems);
      expect(eager.problemsNow()).toBe(eager.problems);
    }
    const codes = buildIr(loaded).problems.map((p) => [p.code, p.pointer]);
    expect(codes).toEqual([
      ['example-invalid', '/paths/~1things~1{id}/post/parameters/1/example'],
      ['schema-example-invalid', '/components/schemas/Thing/example/id'],
      [
        'schema-example-invalid',
        '/paths/~1things~1{id}/post/responses/200/headers/X-Count/schema/example',
      ],
      [
        'example-invalid',
        '/paths/~1things~1{id}/post/responses/400/content/application~1json/examples/wrong/value/code',
      ],
      [
        'schema-unsatisfiable',
        '/paths/~1odd/get/responses/200/content/application~1json/schema/properties/n',
      ],
    ]);
  });

  it('decides only what is read: problems of unread examples are not reported, read ones join in document order', async () => {
    const lazy = buildIr(await load(), { examples: 'lazy' });
    const codes = (): string[] => lazy.problemsNow().map((p) => `${p.code} ${p.pointer}`);
    expect(codes()).toEqual([]);
    const op = lazy.ir.operations.find((o) => o.operationId === 'postThing')!;
    const bad = op.responses.find((r) => r.status === '400')!.contents[0]!;
    expect(bad.examples[0]).toMatchObject({
      name: 'wrong',
      origin: 'generated',
      value: { code: 1 },
    });
    expect(Object.isFrozen(bad.examples[0]!.value)).toBe(true);
    expect(codes()).toEqual([
      'example-invalid /paths/~1things~1{id}/post/responses/400/content/application~1json/examples/wrong/value/code',
    ]);
    // The schema's invalid example, met first through the 200 response here, is placed at the body.
    const ok = op.responses.find((r) => r.status === '200')!.contents[0]!;
    expect(ok.example).toMatchObject({ origin: 'generated', value: { id: 1 } });
    void op.requestBody!.contents[0]!.example;
    expect(codes()).toEqual([
      'schema-example-invalid /components/schemas/Thing/example/id',
      'example-invalid /paths/~1things~1{id}/post/responses/400/content/application~1json/examples/wrong/value/code',
    ]);
    // The IR is frozen, and freezing it decided nothing.
    expect(Object.isFrozen(op.parameters[1])).toBe(true);
    expect(codes()).not.toContain(
      'example-invalid /paths/~1things~1{id}/post/parameters/1/example',
    );
  });

  it('generate --strict: an invalid example the client reads is an error found while emitting, and nothing is written', async () => {
    const spec = await specFile();
    const out = path.join(path.dirname(spec), 'out');
    const result = await runPipeline({ spec, out, only: ['client'], strict: true });
    const errors = result.problems.filter((p) => p.severity === 'error');
    // The parameter's and the request body's examples are in the client's @example calls.
    expect(errors.map((p) => p.pointer)).toEqual([
      '/paths/~1things~1{id}/post/parameters/1/example',
      '/components/schemas/Thing/example/id',
    ]);
    expect(result.written).toBeUndefined();
    await expect(readdir(out)).rejects.toThrow(/ENOENT/);
  });
});
