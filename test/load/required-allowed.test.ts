/**
 * `required` naming a property that `additionalProperties: false` forbids: a located
 * `required-property-not-allowed` warning at the name in the list, unless the property is declared
 * or a `patternProperties` pattern admits it.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function load(schemas: string) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'required-allowed-'));
  dirs.push(dir);
  const file = path.join(dir, 'openapi.yaml');
  await writeFile(
    file,
    `openapi: 3.1.0
info: { title: T, version: '1' }
paths: {}
components:
  schemas:
${schemas.replace(/^/gm, '    ')}
`,
  );
  return loadSpec(file);
}

describe('required-property-not-allowed', () => {
  it('warns at each required name additionalProperties: false forbids, with file:line:col', async () => {
    const loaded = await load(`Closed:
  type: object
  additionalProperties: false
  required: [id, name, x-trace]
  properties:
    id: { type: string }
  patternProperties:
    '^x-': { type: string }
Merged:
  allOf:
    - type: object
      properties:
        extra: { type: string }
    - type: object
      additionalProperties: false
      required: [extra]`);
    expect(
      loaded.problems.map(({ code, severity, file, line, col, pointer }) => [
        code,
        severity,
        file,
        line,
        col,
        pointer,
      ]),
    ).toEqual([
      [
        'required-property-not-allowed',
        'warning',
        'openapi.yaml',
        9,
        22,
        '/components/schemas/Closed/required/1',
      ],
      [
        'required-property-not-allowed',
        'warning',
        'openapi.yaml',
        21,
        22,
        '/components/schemas/Merged/allOf/1/required/0',
      ],
    ]);
    expect(loaded.problems[0]!.message).toContain('"name"');
    expect(loaded.problems[0]!.message).toContain('patternProperties');
    expect(loaded.problems[1]!.hint).toContain('allOf');
  });

  it('is quiet where the object admits the name', async () => {
    const loaded = await load(`Open:
  type: object
  required: [anything]
Declared:
  type: object
  additionalProperties: false
  required: [id]
  properties:
    id: { type: string }
Typed:
  type: object
  additionalProperties: { type: string }
  required: [other]
Matched:
  type: object
  additionalProperties: false
  required: [x-a]
  patternProperties:
    '^x-': {}`);
    expect(loaded.problems).toEqual([]);
  });
});
