/**
 * A schema's own `example` or `examples` entry that does not validate against that schema is a
 * located `schema-example-invalid` warning (an error under --strict), at any depth, reported where
 * `default-invalid` is (lint, check); the first example of a schema a body shows is reported once.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function load(schemas: string, parameter = '{ type: integer }') {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'schema-example-invalid-'));
  dirs.push(dir);
  const file = path.join(dir, 'openapi.yaml');
  await writeFile(
    file,
    `openapi: 3.1.0
info: { title: T, version: '1' }
paths:
  /things:
    get:
      operationId: listThings
      parameters:
        - { name: limit, in: query, schema: ${parameter} }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Thing' }
components:
  schemas:
${schemas.replace(/^/gm, '    ')}
`,
  );
  const loaded = await loadSpec(file);
  expect(loaded.problems).toEqual([]);
  return loaded;
}

const located = (problems: ReturnType<typeof buildIr>['problems']) =>
  problems.map(({ code, severity, line, pointer }) => [code, severity, line, pointer]);

describe('schema-example-invalid', () => {
  it('warns at each example or examples entry that does not validate, at the failing value', async () => {
    const loaded = await load(
      `Thing:
  type: object
  example: { size: 2, tags: [a, 3] }
  properties:
    size: { type: integer, minimum: 1, example: abc }
    model: { type: string, examples: [ada, 42] }
    tags:
      type: array
      items: { type: string }
    fine: { type: string, example: ok, examples: [a, b] }`,
      '{ type: integer, maximum: 100, examples: [5, 500] }',
    );
    const { problems } = buildIr(loaded);
    expect(located(problems)).toEqual([
      ['schema-example-invalid', 'warning', 19, '/components/schemas/Thing/example/tags/1'],
      [
        'schema-example-invalid',
        'warning',
        21,
        '/components/schemas/Thing/properties/size/example',
      ],
      [
        'schema-example-invalid',
        'warning',
        22,
        '/components/schemas/Thing/properties/model/examples/1',
      ],
      [
        'schema-example-invalid',
        'warning',
        8,
        '/paths/~1things/get/parameters/0/schema/examples/1',
      ],
    ]);
    expect(problems[1]!.message).toContain('integer');
    expect(buildIr(loaded, { strict: true }).problems.every((p) => p.severity === 'error')).toBe(
      true,
    );
    // A lazy build (a write) reports only what its emitters read: the example the body shows.
    const lazy = buildIr(loaded, { examples: 'lazy' });
    expect(lazy.problemsNow()).toEqual([]);
    void lazy.ir.operations[0]!.responses[0]!.contents[0]!.example;
    expect(located(lazy.problemsNow())).toEqual([located(problems)[0]]);
  });

  it('is quiet for examples that fit', async () => {
    const loaded = await load(
      `Thing:
  type: object
  required: [id, name]
  properties:
    id: { type: string, readOnly: true, example: t_1 }
    name: { type: [string, 'null'], examples: [me, null] }
    owner:
      type: object
      required: [id, name]
      properties:
        id: { type: string, readOnly: true }
        name: { type: string }
      example: { name: me }
  example: { id: t_1, name: me }`,
    );
    expect(buildIr(loaded).problems).toEqual([]);
  });
});
