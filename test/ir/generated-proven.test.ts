/**
 * A generated value the generator takes as valid by construction (generate.ts: `validated` without
 * asking the validator) is valid: Ajv (the example validator's options) accepts every value
 * generated as validated, for every component of the real specs and of a Stripe-shaped one, both
 * directions, and for components made to break each step of the proof; and on the Stripe-shaped
 * spec (no example, so nothing but the construction to go by) the validator is never asked.
 */
import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';
import { componentDefs } from '../../generator/ir/json-schema.js';
import type { ApiIr, Json, SchemaIr } from '../../generator/ir/types.js';
import { addFormats, ajv2020 } from '../../generator/util/ajv.js';
import { ExampleGenerator } from '../../generator/ir/examples/generate.js';
import {
  createExampleValidator,
  EXAMPLE_AJV_OPTIONS,
  type ExampleValidator,
} from '../../generator/ir/examples/validator.js';
import { sampleComponents } from '../helpers/sample-components.js';
import { stripeShapedSpec } from '../helpers/stripe-shaped.js';

const ID = 'urn:test:proven';

async function irOf(spec: string | object): Promise<ApiIr> {
  let file = spec;
  if (typeof spec === 'object') {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-proven-'));
    file = path.join(dir, 'openapi.json');
    await writeFile(file, JSON.stringify(spec));
  }
  const loaded = await loadSpec(file as string);
  expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return buildIr(loaded, { examples: 'lazy' }).ir;
}

interface Outcome {
  /** Values generated as validated. */
  validated: number;
  /** Of those, values the validator was never asked about (proven by construction). */
  proven: number;
  /** Components whose generated value Ajv refuses though it was generated as validated. */
  wrong: Array<{ name: string; direction: string; value: Json; error: unknown }>;
}

/**
 * Generates every component (a sample of a large spec's) in both directions and checks each
 * "validated" value with Ajv.
 */
function generateAll(ir: ApiIr): Outcome {
  const outcome: Outcome = { validated: 0, proven: 0, wrong: [] };
  for (const direction of ['request', 'response'] as const) {
    const ajv = new (ajv2020())(EXAMPLE_AJV_OPTIONS);
    addFormats()(ajv);
    const options = { refPrefix: `${ID}#/$defs/`, docs: false, examples: false, direction };
    ajv.addSchema({ $id: ID, $defs: componentDefs(ir, { ...options, discriminator: false }) });
    const real = createExampleValidator(ir.schemas);
    const asked = new Set<SchemaIr>();
    const counting: Pick<ExampleValidator, 'check' | 'valid' | 'compiled'> = {
      check: (schema, value, d) => (asked.add(schema), real.check(schema, value, d)),
      valid: (schema, value, d) => (asked.add(schema), real.valid(schema, value, d)),
      get compiled() {
        return real.compiled;
      },
    };
    const generator = new ExampleGenerator(ir.schemas, counting);
    for (const named of sampleComponents(ir.schemas)) {
      asked.clear();
      const { value, validated } = generator.generate(named.schema, direction);
      if (!validated) continue;
      outcome.validated++;
      if (!asked.has(named.schema)) outcome.proven++;
      const validate = ajv.getSchema(
        `${ID}#/$defs/${named.name.replace(/~/g, '~0').replace(/\//g, '~1')}`,
      )!;
      if (!validate(value))
        outcome.wrong.push({ name: named.name, direction, value, error: validate.errors?.[0] });
    }
  }
  return outcome;
}

const doc = (schemas: Record<string, unknown>) => ({
  openapi: '3.1.0',
  info: { title: 'T', version: '1' },
  paths: {},
  components: { schemas },
});
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

describe('values valid by construction', () => {
  it('are valid where each step of the proof could break', async () => {
    const ir = await irOf(
      doc({
        Cat: {
          type: 'object',
          required: ['kind'],
          properties: { kind: { type: 'string', enum: ['cat'] } },
        },
        Dog: {
          type: 'object',
          required: ['kind'],
          properties: { kind: { type: 'string', enum: ['dog'] } },
        },
        Pet: { oneOf: [ref('Cat'), ref('Dog')], discriminator: { propertyName: 'kind' } },
        Renamed: {
          oneOf: [ref('Cat'), ref('Dog')],
          discriminator: {
            propertyName: 'kind',
            mapping: { kitty: '#/components/schemas/Cat', doggo: '#/components/schemas/Dog' },
          },
        },
        Twins: { oneOf: [ref('Cat'), ref('Cat')], discriminator: { propertyName: 'kind' } },
        Overlap: { oneOf: [{ type: 'integer' }, { type: 'number' }] },
        ByRequired: {
          oneOf: [
            { type: 'object', required: ['a'], properties: { a: { type: 'string' } } },
            { type: 'object', required: ['b'], properties: { b: { type: 'string' } } },
          ],
        },
        ByNothing: {
          oneOf: [
            { type: 'object', properties: { a: { type: 'string' } } },
            { type: 'object', properties: { b: { type: 'string' } } },
          ],
        },
        ByReadOnly: {
          oneOf: [
            { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
            {
              type: 'object',
              required: ['id'],
              properties: { id: { type: 'string', readOnly: true }, name: { type: 'string' } },
            },
          ],
        },
        ByConstant: {
          oneOf: [
            {
              type: 'object',
              required: ['t'],
              properties: { t: { const: 'a' }, n: { type: 'integer' } },
            },
            {
              type: 'object',
              required: ['t'],
              properties: { t: { const: 'b' }, n: { type: 'integer' } },
            },
          ],
        },
        ByClosed: {
          oneOf: [
            { type: 'object', required: ['x'], properties: { x: { type: 'integer' } } },
            { type: 'object', properties: { y: { type: 'integer' } }, additionalProperties: false },
          ],
        },
        ByNestedUnion: {
          oneOf: [
            { type: 'object', required: ['v'], properties: { v: { type: 'string' } } },
            {
              type: 'object',
              properties: { v: { anyOf: [{ type: 'integer' }, { type: 'string' }] } },
            },
          ],
        },
        ByNestedType: {
          oneOf: [
            { type: 'object', required: ['v'], properties: { v: { type: 'string' } } },
            {
              type: 'object',
              properties: { v: { oneOf: [{ type: 'integer' }, { type: 'boolean' }] } },
            },
          ],
        },
        Strings: { oneOf: [{ type: 'string', enum: ['a'] }, { type: 'string' }] },
        ByType: { oneOf: [{ type: 'string', format: 'date' }, { type: 'integer' }] },
        NullableOneOf: {
          oneOf: [{ type: 'string' }, { type: ['integer', 'null'] }, { type: 'null' }],
        },
        Closed: {
          type: 'object',
          required: ['a'],
          properties: { a: { type: 'string' } },
          additionalProperties: false,
        },
        ClosedMerge: {
          allOf: [
            ref('Closed'),
            { type: 'object', required: ['b'], properties: { b: { type: 'string' } } },
          ],
        },
        OpenMerge: {
          allOf: [
            ref('Cat'),
            { type: 'object', required: ['b'], properties: { b: { type: 'string' } } },
          ],
        },
        SameName: {
          allOf: [
            ref('Cat'),
            { type: 'object', required: ['kind'], properties: { kind: { const: 'x' } } },
          ],
        },
        ScalarMerge: {
          allOf: [
            { type: 'string', minLength: 3 },
            { type: 'string', pattern: '^b' },
          ],
        },
        OneValue: {
          type: 'array',
          minItems: 2,
          uniqueItems: true,
          items: { type: 'string', enum: ['a'] },
        },
        TwoValues: {
          type: 'array',
          minItems: 2,
          uniqueItems: true,
          items: { type: 'string', enum: ['a', 'b'] },
        },
        SameObjects: { type: 'array', minItems: 2, uniqueItems: true, items: ref('Cat') },
        TooFewItems: { type: 'array', minItems: 3, maxItems: 1, items: { type: 'string' } },
        ConstVsPattern: { type: 'string', const: 'abc', pattern: '^x' },
        EnumVsType: { type: 'integer', enum: ['a', 'b'] },
        BadDefault: { type: 'string', maxLength: 2, default: 'toolong' },
        GoodDefault: { type: 'string', maxLength: 8, default: 'fine' },
        BadExample: {
          type: 'object',
          required: ['a'],
          properties: { a: { type: 'integer' } },
          examples: [{ a: 'x' }],
        },
        Int32: { type: 'integer', format: 'int32', minimum: 3000000000 },
        Tenth: { type: 'number', multipleOf: 0.1, minimum: 0.3 },
        Email: { type: 'string', format: 'email', minLength: 30 },
        TooMany: {
          type: 'object',
          required: ['a', 'b', 'c'],
          maxProperties: 1,
          properties: { a: { type: 'string' }, b: { type: 'string' }, c: { type: 'string' } },
        },
        Extra: {
          type: 'object',
          minProperties: 3,
          properties: { key1: { type: 'integer' } },
          additionalProperties: { type: 'string' },
        },
        Proto: {
          type: 'object',
          required: ['__proto__'],
          properties: { ['__proto__']: { type: 'string' } },
          additionalProperties: false,
        },
        Never: { not: {} },
        MaybeNever: { anyOf: [{ not: {} }, { type: 'null' }] },
        Deep: {
          type: 'object',
          required: ['next', 'pet', 'when'],
          properties: {
            next: { anyOf: [ref('Deep'), { type: 'null' }] },
            pet: ref('Pet'),
            when: { type: 'string', format: 'date-time' },
          },
        },
      }),
    );
    const outcome = generateAll(ir);
    expect(outcome.wrong).toEqual([]);
    expect(outcome.proven).toBeGreaterThan(10);
  });

  it('on a Stripe-shaped spec, every value is proven without asking the validator, and valid', async () => {
    const outcome = generateAll(await irOf(stripeShapedSpec(24)));
    expect(outcome.wrong).toEqual([]);
    expect(outcome.proven).toBe(outcome.validated);
    expect(outcome.validated).toBeGreaterThan(300);
  });

  const shared = (name: string) =>
    fileURLToPath(new URL(`../../../shared/specs/${name}`, import.meta.url));
  const repo = (name: string) => fileURLToPath(new URL(`../../${name}`, import.meta.url));
  for (const spec of [
    repo('spec/openapi.yaml'),
    shared('petstore.yaml'),
    shared('museum.yaml'),
    shared('openai.yaml'),
  ])
    it(`are valid on the components of ${path.basename(spec)}`, async () => {
      const outcome = generateAll(await irOf(spec));
      expect(outcome.wrong).toEqual([]);
      expect(outcome.proven).toBeGreaterThan(0);
    });
});
