/**
 * The fast example check (generator/ir/examples/fast-valid.ts) answers as Ajv does wherever it
 * answers: on hand-made corner cases and on every component of real specs against many values
 * (their own examples, generated ones and mutations of both), whenever it says "valid" or
 * "invalid", a compiled Ajv (the options the example validator uses) says so too.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSpec } from '../../generator/load/index.js';
import { addFormats, ajv2020, ajvFormatTable } from '../../generator/util/ajv.js';
import { buildIr } from '../../generator/ir/index.js';
import { componentDefs, type JsonSchema } from '../../generator/ir/json-schema.js';
import type { Json } from '../../generator/ir/types.js';
import { fastValidator } from '../../generator/ir/examples/fast-valid.js';
import { ExampleGenerator } from '../../generator/ir/examples/generate.js';
import { sampleComponents } from '../helpers/sample-components.js';
import {
  createExampleValidator,
  EXAMPLE_AJV_OPTIONS,
} from '../../generator/ir/examples/validator.js';

const ID = 'urn:test:defs';
const PREFIX = `${ID}#/$defs/`;

function newAjv(defs: Record<string, JsonSchema>) {
  const ajv = new (ajv2020())(EXAMPLE_AJV_OPTIONS);
  addFormats()(ajv);
  ajv.addSchema({ $id: ID, $defs: defs });
  return ajv;
}

/**
 * Every answer of the fast check ("valid" and "invalid") against Ajv's verdict; returns the share
 * of the values Ajv accepts that the fast check vouched for.
 */
function agree(
  defs: Record<string, JsonSchema>,
  cases: Array<{ schema: JsonSchema; values: unknown[] }>,
  /** Compare the explanation of every n-th value found invalid (each costs an Ajv compile). */
  explainEvery = 1,
): number {
  let invalid = 0;
  const ajv = newAjv(defs);
  const fast = fastValidator(defs, ID, ajv.formats);
  let vouched = 0;
  let valid = 0;
  let unwalked = 0;
  for (const { schema, values } of cases) {
    const fn = ajv.compile(typeof schema === 'boolean' ? schema : { ...schema });
    for (const value of values) {
      const ajvValid = fn(value);
      if (ajvValid) valid++;
      const decided = fast.decides(schema, value as Json);
      if (decided === undefined) continue;
      if (decided) vouched++;
      if (decided !== ajvValid)
        expect({ schema, value, ajv: ajvValid }).toEqual({ schema, value, ajv: decided });
      // Ajv's first error, walked without Ajv (first-error.ts): for every value, valid or not.
      const walked = fast.firstError(schema, value as Json);
      const ajvFirst = fn.errors?.[0];
      if (walked !== null)
        expect({ schema, value, error: walked }).toEqual({
          schema,
          value,
          error: ajvFirst && {
            instancePath: ajvFirst.instancePath,
            keyword: ajvFirst.keyword,
            params: ajvFirst.params,
          },
        });
      else if (decided === false) unwalked++;
      if (decided || invalid++ % explainEvery !== 0) continue;
      // A failure is explained from the part of the schema the value reaches: Ajv's first error there is its first error on the whole.
      const part = fast.reached(schema, value as Json)!;
      const cut = ajv.compile(typeof part === 'boolean' ? part : { ...part });
      expect(cut(value)).toBe(false);
      const first = (e: typeof fn.errors) => e && { ...e[0]!, schemaPath: '', message: '' };
      expect({ schema, value, error: first(cut.errors) }).toEqual({
        schema,
        value,
        error: first(fn.errors),
      });
    }
  }
  // Every value found invalid is explained by the walk (none here needs Ajv).
  expect(unwalked).toBe(0);
  return vouched / valid;
}

/** Values near `value`: each property dropped, retyped or added, each item retyped, the whole retyped. */
function mutations(value: unknown): unknown[] {
  const out: unknown[] = [value, null, 0, 1.5, -1, '', 'x', true, [], {}, [value, value]];
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const object = value as Record<string, unknown>;
    for (const key of Object.keys(object).slice(0, 12)) {
      const { [key]: _, ...rest } = object;
      out.push(
        rest,
        { ...object, [key]: null },
        { ...object, [key]: 7 },
        { ...object, [key]: 'x' },
      );
      out.push({ ...object, [key]: [object[key]] }, { ...object, [key]: {} });
    }
    out.push({ ...object, extra: 1 });
  }
  if (Array.isArray(value)) {
    out.push(
      value.slice(1),
      [...value, ...value],
      value.map(() => 'x'),
      value.map(() => null),
    );
  }
  if (typeof value === 'string') out.push(`${value}${value}`, value.slice(1), `😀${value}`);
  if (typeof value === 'number') out.push(value + 1, value - 1, value / 3, value * 10);
  return out;
}

describe('fast example check', () => {
  it('reads the format table Ajv gets from ajv-formats, without loading Ajv', () => {
    const ajv = newAjv({});
    const table = ajvFormatTable();
    expect(Object.getPrototypeOf(table)).toBe(null);
    expect(Object.keys(table)).toEqual(Object.keys(ajv.formats));
    for (const name of Object.keys(table)) expect(table[name]).toBe(ajv.formats[name]);
  });

  it('agrees with Ajv on corner cases', () => {
    const cases: Array<{ schema: JsonSchema; values: unknown[] }> = [
      {
        schema: { type: 'object', required: ['toString', 'a'], properties: { a: {} } },
        values: [{ a: 1 }, {}, { toString: 1 }],
      },
      {
        schema: { type: 'object', properties: { constructor: { type: 'string' } } },
        values: [{}, { constructor: 'x' }, { constructor: 1 }],
      },
      {
        schema: { type: 'object', properties: { a: {} }, additionalProperties: false },
        values: [{}, { a: 1 }, { b: 1 }, JSON.parse('{"__proto__": 1}')],
      },
      {
        schema: {
          type: 'object',
          properties: Object.fromEntries(
            'abcdefghij'.split('').map((k) => [k, { type: 'integer' }]),
          ),
          additionalProperties: { type: 'string' },
          minProperties: 2,
          maxProperties: 3,
        },
        values: [{ a: 1 }, { a: 1, z: 'x' }, { a: 1, z: 2 }, { a: 1, b: 2, c: 3, d: 4 }],
      },
      {
        schema: { oneOf: [{ type: 'integer' }, { type: 'number' }, { type: 'string' }] },
        values: [1, 1.5, 'x', null, 2.0],
      },
      {
        schema: {
          anyOf: [{ type: 'string', minLength: 2 }, { type: 'null' }],
          not: { const: 'ab' },
        },
        values: ['😀', '😀😀', 'ab', 'abc', null, '\ud800', '\ud800\ud800'],
      },
      {
        schema: { type: 'string', maxLength: 1, pattern: '^\\p{L}$' },
        values: ['é', '😀', 'ab', '1', ''],
      },
      {
        schema: { type: ['number', 'null'], minimum: 0, exclusiveMaximum: 1, multipleOf: 0.1 },
        values: [0, 0.1, 0.3, 0.7, 1, -0.1, null, 0.30000000000000004],
      },
      {
        schema: { type: 'integer', exclusiveMinimum: 0, maximum: 10, multipleOf: 3 },
        values: [0, 3, 9, 10, 12, 3.0, 4.5],
      },
      {
        schema: {
          type: 'array',
          items: { type: 'string' },
          uniqueItems: true,
          minItems: 1,
          maxItems: 3,
        },
        values: [
          [],
          ['a'],
          ['a', 'a'],
          ['a', 'b'],
          ['a', 1, 1],
          ['constructor', 'constructor'],
          ['__proto__', '__proto__'],
        ],
      },
      {
        schema: { type: 'array', items: { type: ['string', 'null'] }, uniqueItems: true },
        values: [
          ['null', null],
          [null, null],
          ['a', 'a'],
        ],
      },
      {
        schema: { type: 'array', items: {}, uniqueItems: true },
        values: [
          [{ a: 1 }, { a: 1 }],
          [{ a: 1 }, { a: 2 }],
          [[1], [1]],
          [1, '1'],
        ],
      },
      {
        schema: { enum: ['a', 1, null, { b: [1] }] },
        values: ['a', 1, null, { b: [1] }, { b: [2] }, 'b', true],
      },
      { schema: { const: { a: [1, { b: 2 }] } }, values: [{ a: [1, { b: 2 }] }, { a: [1] }] },
      {
        schema: { type: 'string', format: 'date-time' },
        values: ['2024-01-01T00:00:00Z', 'yesterday', 1],
      },
      {
        schema: { format: 'int32', type: ['integer', 'string'] },
        values: [1, 2 ** 40, 'x', 1.5],
      },
      {
        schema: {
          type: 'object',
          properties: { n: { type: 'integer', format: 'int32' }, s: { type: ['string', 'array'] } },
          required: ['s'],
        },
        values: [
          {},
          { s: 'x' },
          { s: 1 },
          { n: 1, s: 'x' },
          { n: 2 ** 40, s: 'x' },
          { n: 'y' },
          { n: -(2 ** 31), s: [2 ** 31] },
          { n: 1.5, s: 'x' },
        ],
      },
      {
        schema: {
          type: 'string',
          format: 'no-such-format',
          contentMediaType: 'text/plain',
          readOnly: true,
        },
        values: ['x', 1],
      },
      { schema: { not: {} }, values: [1, null, {}] },
      {
        schema: { allOf: [{ $ref: `${PREFIX}Pet` }, { type: 'object', required: ['b'] }] },
        values: [{ name: 'x', b: 1 }, { name: 1, b: 1 }, { b: 1 }, { name: 'x' }],
      },
      {
        schema: { $ref: `${PREFIX}Tree` },
        values: [{ children: [{ children: [] }] }, { children: [1] }],
      },
    ];
    const defs: Record<string, JsonSchema> = {
      Pet: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
      Tree: {
        type: 'object',
        properties: { children: { type: 'array', items: { $ref: `${PREFIX}Tree` } } },
      },
    };
    expect(agree(defs, cases)).toBeGreaterThan(0.6);
    // Where the library is stricter than Ajv, `not` and `oneOf` make it laxer: each case again
    // under both, so a "stricter" difference shows up as a wrong "valid".
    const negated = cases.map(({ schema, values }) => ({ schema: { not: schema }, values }));
    const either = cases.map(({ schema, values }) => ({
      schema: { oneOf: [schema, {}] },
      values,
    }));
    agree(defs, [...negated, ...either]);
  });

  it('decides a schema with a number format (int32) for a value whose numbers pass it', () => {
    const defs: Record<string, JsonSchema> = {
      User: { type: 'object', properties: { status: { type: 'integer', format: 'int32' } } },
    };
    const fast = fastValidator(defs, ID, ajvFormatTable());
    const user: JsonSchema = { $ref: `${PREFIX}User` };
    expect(fast.decides(user, {})).toBe(true);
    expect(fast.decides(user, { status: 'x' })).toBe(false);
    expect(fast.decides({ type: 'array', items: user }, [{}, [{}]])).toBe(false);
    expect(fast.decides(user, { status: 1 })).toBe(true);
    // A number failing int32 (Ajv tests it, the library never does), or int64 (1.5): Ajv decides.
    expect(fast.decides(user, { status: 2 ** 40 })).toBeUndefined();
    expect(fast.decides(user, { status: 1.5 })).toBeUndefined();
    expect(fast.decides(user, { status: 'x', other: 1.5 })).toBeUndefined();
  });

  it('leaves to Ajv, instead of looping, a schema that applies itself to the same value', () => {
    const defs: Record<string, JsonSchema> = {
      Loop: { allOf: [{ $ref: `${PREFIX}Loop` }, { $ref: `${PREFIX}Loop` }] },
    };
    const fast = fastValidator(defs, ID, {});
    expect(fast.decides({ $ref: `${PREFIX}Loop` }, { a: 1 })).toBeUndefined();
  });

  const shared = (name: string) =>
    fileURLToPath(new URL(`../../../shared/specs/${name}`, import.meta.url));
  for (const spec of ['spec/openapi.yaml', shared('museum.yaml'), shared('openai.yaml')]) {
    it(`agrees with Ajv on the components of ${path.basename(spec)}`, async () => {
      const { ir } = buildIr(await loadSpec(spec), { examples: 'lazy' });
      const sampled = sampleComponents(ir.schemas);
      for (const direction of ['request', 'response'] as const) {
        const options = { refPrefix: PREFIX, docs: false, examples: false, discriminator: false };
        const defs = componentDefs(ir, { ...options, direction });
        const generator = new ExampleGenerator(ir.schemas, createExampleValidator(ir.schemas));
        const cases = sampled.map((named) => {
          const own = named.schema.examples;
          const generated = generator.generate(named.schema, direction).value;
          return {
            schema: { $ref: `${PREFIX}${named.name}` } as JsonSchema,
            values: [...own, generated].flatMap(mutations),
          };
        });
        expect(agree(defs, cases, 50)).toBeGreaterThan(0.9);
        agree(
          defs,
          cases.map(({ schema, values }) => ({ schema: { not: schema }, values })),
          50,
        );
      }
    }, 420_000);
  }
});
