/**
 * A schema's `default` that does not validate against that schema is a located `default-invalid`
 * warning (an error under --strict), reported where every example is checked (lint, check); a
 * default that fits (3.0's `nullable` included, a readOnly property missing from a request-side
 * default) is not reported.
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

async function load(version: string, schemas: string, parameter = '{ type: integer }') {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'default-invalid-'));
  dirs.push(dir);
  const file = path.join(dir, 'openapi.yaml');
  await writeFile(
    file,
    `openapi: ${version}
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
  problems.map(({ code, severity, file, line, pointer }) => [code, severity, file, line, pointer]);

describe('default-invalid', () => {
  it('warns at each default that does not validate, at the failing value', async () => {
    const loaded = await load(
      '3.1.0',
      `Thing:
  type: object
  properties:
    size: { type: integer, minimum: 1, default: 0 }
    mode: { type: string, enum: [a, b], default: c }
    tags:
      type: array
      items: { type: string }
      default: [x, 1]
    fine: { type: string, default: ok }`,
      '{ type: integer, maximum: 100, default: 500 }',
    );
    const { problems } = buildIr(loaded);
    expect(located(problems)).toEqual([
      [
        'default-invalid',
        'warning',
        'openapi.yaml',
        20,
        '/components/schemas/Thing/properties/size/default',
      ],
      [
        'default-invalid',
        'warning',
        'openapi.yaml',
        21,
        '/components/schemas/Thing/properties/mode/default',
      ],
      [
        'default-invalid',
        'warning',
        'openapi.yaml',
        25,
        '/components/schemas/Thing/properties/tags/default/1',
      ],
      [
        'default-invalid',
        'warning',
        'openapi.yaml',
        8,
        '/paths/~1things/get/parameters/0/schema/default',
      ],
    ]);
    expect(problems[0]!.message).toContain('minimum');
    expect(buildIr(loaded, { strict: true }).problems.every((p) => p.severity === 'error')).toBe(
      true,
    );
    // A lazy build (a write) decides only what emitters read: these are lint's and check's.
    const lazy = buildIr(loaded, { examples: 'lazy' });
    expect(lazy.problemsNow()).toEqual([]);
  });

  it('is quiet for defaults that fit', async () => {
    const loaded = await load(
      '3.0.3',
      `Thing:
  type: object
  properties:
    note: { type: string, nullable: true, default: null }
    owner:
      type: object
      required: [id, name]
      properties:
        id: { type: string, readOnly: true }
        name: { type: string }
      default: { name: me }
    ref:
      allOf: [{ $ref: '#/components/schemas/Level' }]
      default: high
Level: { type: string, enum: [low, high] }`,
    );
    expect(buildIr(loaded).problems).toEqual([]);
  });
});
