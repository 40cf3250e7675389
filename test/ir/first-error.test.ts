/**
 * first-error.ts walks a schema as Ajv's generated code does: on random schemas of the keywords
 * fast-valid.ts trusts (with components that refer to each other) and random values, its first
 * error is Ajv's (the example validator's options), and its "valid" is Ajv's; the keyword order it
 * follows is the one Ajv's rules have.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addFormats, ajv2020, ajvFormatTable } from '../../generator/util/ajv.js';
import type { JsonSchema } from '../../generator/ir/json-schema.js';
import type { Json } from '../../generator/ir/types.js';
import { fastValidator } from '../../generator/ir/examples/fast-valid.js';
import {
  firstErrorOf,
  GROUP_KEYWORDS,
  UNTYPED_KEYWORDS,
} from '../../generator/ir/examples/first-error.js';
import { EXAMPLE_AJV_OPTIONS } from '../../generator/ir/examples/validator.js';

const ID = 'urn:test:first-error';
const PREFIX = `${ID}#/$defs/`;
const NAMES = ['A', 'B', 'C'];
const KEYS = ['a', 'b', 'c', 'd/e'];

function newAjv() {
  const ajv = new (ajv2020())(EXAMPLE_AJV_OPTIONS);
  addFormats()(ajv);
  return ajv;
}

const ajvFirst = (errors: { instancePath: string; keyword: string; params: object }[] | null) => {
  const e = errors?.[0];
  return e && { instancePath: e.instancePath, keyword: e.keyword, params: e.params };
};

const TYPES = ['string', 'number', 'integer', 'boolean', 'null', 'object', 'array'] as const;

/** Schemas of the keywords fast-valid.ts trusts, refs to `NAMES` included. */
const { schema: schemaArb } = fc.letrec<{ schema: JsonSchema }>((tie) => {
  const sub = tie('schema') as fc.Arbitrary<JsonSchema>;
  const scalar = fc.oneof(
    fc.constantFrom<Json>(null, true, false, 0, 1, 2, -1, 1.5, 'x', 'ab', ''),
    fc.integer({ min: -3, max: 5 }),
  );
  const value: fc.Arbitrary<Json> = fc.oneof(
    { depthSize: 'small' },
    scalar,
    fc.array(scalar, { maxLength: 2 }),
    fc.dictionary(fc.constantFrom(...KEYS), scalar, { maxKeys: 2 }),
  );
  const keyword = fc.oneof(
    fc.record({
      type: fc.oneof(
        fc.constantFrom(...TYPES),
        fc.uniqueArray(fc.constantFrom(...TYPES), { minLength: 1, maxLength: 3 }),
      ),
    }),
    fc.record({ $ref: fc.constantFrom(...NAMES.map((n) => PREFIX + n)) }),
    fc.record({ const: value }),
    fc.record({ enum: fc.array(value, { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: sub }),
    fc.record({ anyOf: fc.array(sub, { minLength: 1, maxLength: 3 }) }),
    fc.record({ oneOf: fc.array(sub, { minLength: 1, maxLength: 3 }) }),
    fc.record({ allOf: fc.array(sub, { minLength: 1, maxLength: 3 }) }),
    fc.record({ minimum: fc.integer({ min: -2, max: 3 }) }),
    fc.record({ maximum: fc.integer({ min: -2, max: 3 }) }),
    fc.record({ exclusiveMinimum: fc.constantFrom(-1, 0, 1.5) }),
    fc.record({ exclusiveMaximum: fc.constantFrom(0, 1, 2) }),
    fc.record({ multipleOf: fc.constantFrom(1, 2, 3) }),
    fc.record({
      format: fc.constantFrom('date', 'email', 'int32', 'int64', 'float', 'uuid', 'no-such-format'),
    }),
    fc.record({ minLength: fc.integer({ min: 0, max: 3 }) }),
    fc.record({ maxLength: fc.integer({ min: 0, max: 3 }) }),
    fc.record({ pattern: fc.constantFrom('^a', 'b$', '\\p{L}', '^[0-9]+$') }),
    fc.record({ items: sub }),
    fc.record({ minItems: fc.integer({ min: 0, max: 2 }) }),
    fc.record({ maxItems: fc.integer({ min: 0, max: 2 }) }),
    fc.record({ uniqueItems: fc.boolean() }),
    fc.record({ properties: fc.dictionary(fc.constantFrom(...KEYS), sub, { maxKeys: 3 }) }),
    fc.record({ required: fc.uniqueArray(fc.constantFrom(...KEYS), { maxLength: 3 }) }),
    fc.record({ additionalProperties: sub }),
    fc.record({ minProperties: fc.integer({ min: 0, max: 2 }) }),
    fc.record({ maxProperties: fc.integer({ min: 0, max: 2 }) }),
    fc.record({ title: fc.constant('annotation') }),
  );
  const typeArb = fc.oneof(
    fc.constantFrom(...TYPES),
    fc.uniqueArray(fc.constantFrom(...TYPES), { minLength: 1, maxLength: 3 }),
  );
  const scalarTypes = fc.uniqueArray(
    fc.constantFrom('string', 'number', 'integer', 'boolean', 'null'),
    {
      minLength: 1,
      maxLength: 3,
    },
  );
  // Whole shapes, so the keywords of one type meet (and their order shows).
  const object = fc.record(
    {
      type: fc.oneof(fc.constant('object'), typeArb),
      properties: fc.dictionary(fc.constantFrom(...KEYS), sub, { maxKeys: 3 }),
      required: fc.uniqueArray(fc.constantFrom(...KEYS), { maxLength: 3 }),
      additionalProperties: sub,
      minProperties: fc.integer({ min: 0, max: 2 }),
      maxProperties: fc.integer({ min: 0, max: 2 }),
    },
    { requiredKeys: [] },
  );
  const array = fc.record(
    {
      type: fc.oneof(fc.constant('array'), typeArb),
      items: fc.oneof(
        sub,
        scalarTypes.map((type) => ({ type })),
      ),
      minItems: fc.integer({ min: 0, max: 2 }),
      maxItems: fc.integer({ min: 0, max: 2 }),
      uniqueItems: fc.boolean(),
    },
    { requiredKeys: [] },
  );
  const scalarShape = fc.record(
    {
      type: typeArb,
      enum: fc.array(value, { minLength: 1, maxLength: 3 }),
      minimum: fc.integer({ min: -2, max: 3 }),
      exclusiveMaximum: fc.constantFrom(0, 1, 2),
      multipleOf: fc.constantFrom(1, 2),
      format: fc.constantFrom('date', 'int32', 'no-such-format'),
      minLength: fc.integer({ min: 0, max: 3 }),
      maxLength: fc.integer({ min: 0, max: 3 }),
      pattern: fc.constantFrom('^a', '\\p{L}'),
    },
    { requiredKeys: [] },
  );
  return {
    schema: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.boolean(),
      fc.array(keyword, { maxLength: 5 }).map((parts) => Object.assign({}, ...parts) as JsonSchema),
      object as fc.Arbitrary<JsonSchema>,
      array as fc.Arbitrary<JsonSchema>,
      scalarShape as fc.Arbitrary<JsonSchema>,
    ),
  };
});

/** Values that often meet the schemas above: the same small keys, types and numbers. */
const valueArb: fc.Arbitrary<Json> = fc.letrec<{ value: Json }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom<Json>(
      ...[null, true, false, 0, 1, 2, 3, -1, 1.5, 2 ** 40],
      ...[
        'x',
        'ab',
        'abcd',
        '',
        'a1',
        '1',
        'true',
        'null',
        '2024-01-01',
        'é😀',
        'user@example.com',
      ],
    ),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 3 }),
  ),
})).value;

describe('first-error.ts', () => {
  it('follows the keyword order of Ajv’s rules', () => {
    const ajv = newAjv();
    const [untyped, ...typed] = ajv.RULES.rules;
    const order = (rules: { keyword: string }[], known: readonly string[]) =>
      rules.map((r) => r.keyword).filter((k) => known.includes(k));
    expect(untyped!.type).toBeUndefined();
    expect(order(untyped!.rules, UNTYPED_KEYWORDS)).toEqual([...UNTYPED_KEYWORDS]);
    expect(typed.map((g) => g.type)).toEqual(Object.keys(GROUP_KEYWORDS));
    for (const group of typed) {
      const keywords = GROUP_KEYWORDS[group.type as keyof typeof GROUP_KEYWORDS];
      expect(order(group.rules, keywords)).toEqual([...keywords]);
    }
    expect(ajv.RULES.post.rules).toEqual([]);
  });

  it('gives Ajv’s first error (or none) on random schemas and values', () => {
    const formats = ajvFormatTable();
    let walked = 0;
    fc.assert(
      fc.property(
        fc.tuple(schemaArb, schemaArb, schemaArb),
        schemaArb,
        fc.array(valueArb, { minLength: 1, maxLength: 6 }),
        (components, schema, values) => {
          const defs = Object.fromEntries(NAMES.map((n, i) => [n, components[i]!]));
          const ajv = newAjv();
          ajv.addSchema({ $id: ID, $defs: defs });
          let validate;
          try {
            validate = ajv.compile(typeof schema === 'boolean' ? schema : { ...schema });
          } catch {
            return; // Ajv compiles no such schema (a ref to a component it refuses)
          }
          const fast = fastValidator(defs, ID, formats);
          const own = firstErrorOf(
            Object.fromEntries(NAMES.map((n) => [PREFIX + n, defs[n]])),
            formats,
          );
          for (const value of values) {
            let valid: boolean;
            try {
              valid = validate(value);
            } catch {
              continue; // a component applying itself to the same value: Ajv overflows
            }
            const expected = valid ? undefined : ajvFirst(validate.errors ?? null);
            // The walk on its own (every schema here compiles), and as the validator asks it (trusted schemas only).
            const error = own(schema, value);
            if (error !== null) {
              walked++;
              expect({ schema, defs, value, error }).toEqual({
                schema,
                defs,
                value,
                error: expected,
              });
            }
            const asked = fast.firstError(schema, value);
            if (asked !== null) expect(asked).toEqual(error);
          }
        },
      ),
      { numRuns: 2000, seed: 20261206 },
    );
    expect(walked).toBeGreaterThan(3000);
  });

  it('leaves to Ajv what Ajv refuses to compile, anywhere the schema reaches', () => {
    const formats = ajvFormatTable();
    const lookup = {
      [`${PREFIX}Bad`]: { type: 'object', properties: { a: { pattern: '(' } } },
      [`${PREFIX}Good`]: { type: 'string' },
      [`${PREFIX}Loop`]: { anyOf: [{ $ref: `${PREFIX}Loop` }] },
    } satisfies Record<string, JsonSchema>;
    const own = firstErrorOf(lookup, formats);
    expect(own({ $ref: `${PREFIX}Good` }, 1)).toEqual({
      instancePath: '',
      keyword: 'type',
      params: { type: 'string' },
    });
    // The bad pattern is never reached by 1, yet Ajv refuses the whole schema.
    expect(own({ anyOf: [{ $ref: `${PREFIX}Good` }, { $ref: `${PREFIX}Bad` }] }, 1)).toBeNull();
    expect(own({ type: 'nothing' }, 1)).toBeNull();
    expect(own({ format: 5 } as JsonSchema, 'x')).toBeNull();
    // Ajv overflows its stack here: so does the walk, which then answers nothing.
    expect(own({ $ref: `${PREFIX}Loop` }, 1)).toBeNull();
  });
});
