/**
 * The example generator remembers each scalar node's first value (generate.ts `checkedScalar`):
 * what it must keep doing for every later value that meets the same node.
 */
import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';
import type { ApiIr, SchemaIr } from '../../generator/ir/types.js';
import { ExampleGenerator } from '../../generator/ir/examples/generate.js';
import {
  createExampleValidator,
  type ExampleValidator,
} from '../../generator/ir/examples/validator.js';

const components = {
  // Met as a plain property and as the items of a uniqueItems array.
  Code: { type: 'string', enum: ['aa', 'bb', 'cc'] },
  // No string of at most three characters matches: unsatisfiable wherever it is met.
  Short: { type: 'string', pattern: '^[a-z]{10}$', maxLength: 3 },
  // The format's sample does not fit maxLength: the value made does not validate.
  Mail: { type: 'string', format: 'email', maxLength: 5 },
  Holder: {
    type: 'object',
    required: ['code', 'codes'],
    properties: {
      code: { $ref: '#/components/schemas/Code' },
      codes: {
        type: 'array',
        minItems: 2,
        uniqueItems: true,
        items: { $ref: '#/components/schemas/Code' },
      },
    },
  },
  First: {
    type: 'object',
    required: ['short', 'mail'],
    properties: {
      short: { $ref: '#/components/schemas/Short' },
      mail: { $ref: '#/components/schemas/Mail' },
    },
  },
  Second: {
    type: 'object',
    required: ['short', 'mail'],
    properties: {
      short: { $ref: '#/components/schemas/Short' },
      mail: { $ref: '#/components/schemas/Mail' },
    },
  },
};

async function irOf(): Promise<ApiIr> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-scalars-'));
  const file = path.join(dir, 'openapi.json');
  const spec = {
    openapi: '3.1.0',
    info: { title: 'Scalars', version: '1.0.0' },
    paths: {},
    components: { schemas: components },
  };
  await writeFile(file, JSON.stringify(spec));
  return buildIr(await loadSpec(file), { examples: 'lazy' }).ir;
}

function schemaOf(ir: ApiIr, name: string): SchemaIr {
  return ir.schemas.find((s) => s.name === name)!.schema;
}

describe('scalar values remembered per node', () => {
  it('items of a uniqueItems array still differ after the node’s first value is kept', async () => {
    const ir = await irOf();
    const generator = new ExampleGenerator(ir.schemas, createExampleValidator(ir.schemas));
    // The plain property makes (and keeps) the first value; the array's second item is another.
    const { value, unsatisfied } = generator.generate(schemaOf(ir, 'Holder'), 'response');
    expect(unsatisfied).toEqual([]);
    expect(value).toEqual({ code: 'aa', codes: ['aa', 'bb'] });
    // And again, from the kept values.
    expect(generator.generate(schemaOf(ir, 'Holder'), 'response').value).toEqual(value);
  });

  it('a shared unsatisfiable scalar is reported by every value that meets it, and a shared invalid one is checked each time', async () => {
    const ir = await irOf();
    const real = createExampleValidator(ir.schemas);
    const asked: SchemaIr[] = [];
    const counting: Pick<ExampleValidator, 'check' | 'valid' | 'compiled'> = {
      check: (schema, value, d) => (asked.push(schema), real.check(schema, value, d)),
      valid: (schema, value, d) => (asked.push(schema), real.valid(schema, value, d)),
      get compiled() {
        return real.compiled;
      },
    };
    const generator = new ExampleGenerator(ir.schemas, counting);
    const sources = (name: string) =>
      generator.generate(schemaOf(ir, name), 'request').unsatisfied.map((u) => u.source);
    expect(sources('First')).toEqual(['#/components/schemas/Short']);
    expect(sources('Second')).toEqual(['#/components/schemas/Short']);

    // Without the unsatisfiable part, an invalid scalar still leaves each value unproven.
    const mailOnly = new ExampleGenerator(ir.schemas, counting);
    asked.length = 0;
    const once = mailOnly.generate(schemaOf(ir, 'Mail'), 'request');
    const twice = mailOnly.generate(schemaOf(ir, 'Mail'), 'request');
    expect(twice.value).toEqual(once.value);
    expect(asked.filter((s) => s === schemaOf(ir, 'Mail'))).toHaveLength(2);
  });
});
