/**
 * An enum without `type` whose values are of several kinds is a union of one typed enum per kind,
 * decided once in the IR: TypeScript prints the literal union, Python its Literals (requests) and
 * base types (responses), never `unknown` / `Any`.
 */
import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';
import { schemaType } from '../../generator/emit/surface/type-refs.js';
import { PythonTypes } from '../../generator/emit/surface/python-types.js';

const SPEC = `openapi: 3.1.0
info: { title: t, version: '1' }
paths: {}
components:
  schemas:
    Mixed:
      enum: [1, "1", true, null, 2.5]
    Ints:
      enum: [1, "a", 2]
    WithObject:
      enum: [1, { a: 1 }]
`;

async function irOfText(yaml: string) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-enum-'));
  await writeFile(path.join(dir, 'openapi.yaml'), yaml);
  return buildIr(await loadSpec(path.join(dir, 'openapi.yaml')));
}

const { ir, problems } = await irOfText(SPEC);
const schema = (name: string) => ir.schemas.find((s) => s.name === name)!.schema;

describe('enum without type', () => {
  it('becomes a nullable union of one enum per value kind', () => {
    expect(problems).toEqual([]);
    const mixed = schema('Mixed');
    expect(mixed).toMatchObject({ kind: 'union', nullable: true });
    if (mixed.kind !== 'union') throw new Error('not a union');
    expect(mixed.variants.map((v) => [v.kind, (v as { enum?: unknown[] }).enum])).toEqual([
      ['number', [1, 2.5]],
      ['string', ['1']],
      ['boolean', [true]],
    ]);
    expect(mixed.variants.every((v) => !v.nullable)).toBe(true);
    const ints = schema('Ints');
    expect(ints.kind === 'union' && ints.variants.map((v) => v.kind)).toEqual([
      'integer',
      'string',
    ]);
  });

  it('keeps an enum holding an object untyped (no literal states it)', () => {
    expect(schema('WithObject').kind).toBe('any');
  });

  it('prints the literal union in TypeScript', () => {
    const printed = schemaType(ir, schema('Mixed'));
    expect(printed.split(' | ').sort()).toEqual(["'1'", '1', '2.5', 'null', 'true']);
  });

  it('prints one Literal for Python requests and responses alike (models keep JSON types)', () => {
    const types = new PythonTypes(ir);
    expect(types.annotation(schema('Ints'), 'param', 'Ints')).toBe('Literal[1, 2, "a"]');
    // A response model reads numbers and strings apart (pydantic alone would coerce "1" and 1).
    expect(types.annotation(schema('Ints'), 'model', 'Ints')).toBe(
      'Annotated[Literal[1, 2, "a"], _SameJsonType]',
    );
    expect(types.annotation(schema('Mixed'), 'model', 'Mixed')).not.toMatch(/\bAny\b/);
  });
});
