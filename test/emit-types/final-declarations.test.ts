/**
 * schema.ts's declarations come out of the type printer in prettier's final form
 * (emit/types/final-declarations.ts), and the format stage formats only the rest of the file
 * (`finalPrefix`). Proof by prettier itself: the printed declarations are prettier's text for the
 * declarations as source, and the whole file the format stage makes of them is the text it made of
 * the file written as source (real, fuzz and edge-case specs). Where the printer does not answer,
 * the file is the source text, formatted whole.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as prettier from 'prettier';
import { afterAll, describe, expect, it } from 'vitest';
import { declarations } from '../../generator/emit/types/declarations.js';
import { declarationsInFinalForm } from '../../generator/emit/types/final-declarations.js';
import { emitSchemaTypes, pathTypesAsText } from '../../generator/emit/types/index.js';
import { generatedHeader } from '../../generator/emit/header.js';
import type { ApiIr } from '../../generator/ir/types.js';
import { printInFinalForm } from '../../generator/format/final-form.js';
import { formatStage, PRETTIER_OPTIONS } from '../../generator/format/index.js';
import { irForTest } from '../emit-client/load-ir.js';
import { REAL_SPECS } from '../format/real-specs.js';

/** prettier as the format stage runs it: TypeScript's parser where babel-ts refuses (`-1[]`). */
const prettierTs = (text: string) =>
  prettier
    .format(text, { ...PRETTIER_OPTIONS, parser: 'babel-ts' })
    .catch(() => prettier.format(text, { ...PRETTIER_OPTIONS, parser: 'typescript' }));

const ctx = { templates: new Map(), generator: { name: 'test', version: '0' }, packageName: 'x' };

/** schema.ts through the format stage, and the same file as the declarations' source text would be. */
async function formattedBothWays(ir: ApiIr): Promise<{ file: string; source: string }> {
  const [schema] = await emitSchemaTypes(ir, ctx);
  const { files } = await formatStage([schema!], { cache: new Map() });
  const contents = schema!.contents as string;
  const header = generatedHeader('generator/emit/types/index.ts');
  // The declarations, and openapi-typescript's types (final-paths.ts) where they came in final form
  // too, as source text.
  const source = schema!.finalPrefix
    ? `${header}\n${declarations(ir)}\n${pathTypesAsText(ir)}`
    : contents;
  return { file: files[0]!.contents as string, source };
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'final-declarations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Odd names, quotes, long unions and intersections, comments, tags, nulls and numbers. */
const EDGE_SPEC = {
  openapi: '3.1.0',
  info: { title: 'Edge', version: '1' },
  paths: {
    '/pets': {
      get: {
        operationId: 'listPets',
        responses: {
          '200': {
            description: 'ok',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      Pet: {
        description: 'A pet.\n\n  Indented line, trailing spaces   \n*/ inside, // and /* too',
        oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }],
        discriminator: {
          propertyName: 'pet type',
          mapping: { cat: '#/components/schemas/Cat', 'd\'o"g': '#/components/schemas/Dog' },
        },
      },
      Cat: {
        type: 'object',
        required: ['pet type'],
        properties: {
          'pet type': { type: 'string' },
          "it's": { type: 'string', enum: ["a'b", 'c"d', 'e\\f', 'line\nbreak'] },
          '200': { type: 'integer', enum: [-1, 0, 1.5, 200] },
          $dollar_ok: { type: ['boolean', 'null'], deprecated: true },
          nested: {
            type: 'object',
            properties: {
              deep: {
                type: 'array',
                items: { oneOf: [{ type: 'string' }, { type: 'integer' }, { type: 'null' }] },
              },
            },
            additionalProperties: { type: 'string' },
          },
        },
      },
      Dog: {
        allOf: [
          { $ref: '#/components/schemas/Cat' },
          {
            type: 'object',
            properties: {
              bark: {
                description:
                  'A very long description that goes on and on so that the comment line is longer than one hundred characters.',
                type: 'string',
              },
            },
          },
          { oneOf: [{ $ref: '#/components/schemas/Cat' }, { type: 'string' }] },
        ],
      },
      NullableDog: { nullable: true, allOf: [{ $ref: '#/components/schemas/Dog' }] },
      VeryLongUnionOfManyStringValuesThatCannotPossiblyFitOnOneLine: {
        type: 'string',
        enum: [
          'alpha-one',
          'bravo-two',
          'charlie-three',
          'delta-four',
          'echo-five',
          'foxtrot-six',
          'golf-seven',
        ],
      },
      OpenModel: {
        anyOf: [{ type: 'string', enum: ['gpt-4o', 'gpt-4o-mini'] }, { type: 'string' }],
      },
      Matrix: {
        type: 'array',
        items: {
          type: 'array',
          items: { anyOf: [{ type: 'number' }, { type: 'string', enum: ['x'] }] },
        },
      },
      Free: { type: 'object' },
      NullableObject: { type: ['object', 'null'], properties: { a: { type: 'string' } } },
      LongMember: {
        type: 'object',
        properties: {
          value_with_a_rather_long_name: {
            anyOf: [
              {
                $ref: '#/components/schemas/VeryLongUnionOfManyStringValuesThatCannotPossiblyFitOnOneLine',
              },
              { $ref: '#/components/schemas/OpenModel' },
              { type: 'array', items: { $ref: '#/components/schemas/Cat' } },
              { type: 'null' },
            ],
          },
        },
      },
      Closed: { type: 'object', additionalProperties: false },
      Empty: {},
      Never: { not: {} },
      Const: { const: 'only' },
      ObjectWithAVeryLongNameSoThatItsIndexSignatureLineIsLong: {
        type: 'object',
        additionalProperties: {
          oneOf: [
            {
              $ref: '#/components/schemas/VeryLongUnionOfManyStringValuesThatCannotPossiblyFitOnOneLine',
            },
            { $ref: '#/components/schemas/OpenModel' },
          ],
        },
      },
    },
  },
};

/** Lines of 96 to 104 columns, where a flat line stops fitting: members, nested members, aliases. */
function widthEdges(): object {
  const values = (n: number) => ({ type: 'string', enum: ['a', 'x'.repeat(n)] });
  const range = Array.from({ length: 9 }, (_, i) => i);
  const members = (base: number) =>
    Object.fromEntries(range.map((i) => [`p${i}`, values(base + i)]));
  const aliases = Object.fromEntries(range.map((i) => [`Width${i}`, values(66 + i)]));
  const nested = { type: 'object', properties: members(79) };
  return { Widths: { type: 'object', properties: { ...members(81), nested } }, ...aliases };
}

async function edgeIr(schemas: object = widthEdges()): Promise<ApiIr> {
  const file = path.join(dir, `spec-${Object.keys(schemas).length}.json`);
  const spec = {
    ...EDGE_SPEC,
    components: { schemas: { ...EDGE_SPEC.components.schemas, ...schemas } },
  };
  writeFileSync(file, JSON.stringify(spec));
  return (await irForTest(file)).ir;
}

describe('declarations printed in final form', () => {
  it.each(REAL_SPECS)('%s: prettier\u2019s text, and the file as formatted whole', async (spec) => {
    const { ir } = await irForTest(spec);
    const printed = declarationsInFinalForm(ir);
    expect(printed).toBeDefined();
    expect(printed).toBe(await prettierTs(declarations(ir)));
    const { file, source } = await formattedBothWays(ir);
    expect(file).toBe(printInFinalForm(source));
  });

  it('odd names, quotes, long unions, tags and comments: prettier\u2019s text', async () => {
    const ir = await edgeIr();
    const printed = declarationsInFinalForm(ir);
    expect(printed).toBeDefined();
    expect(printed).toBe(await prettierTs(declarations(ir)));
    const { file, source } = await formattedBothWays(ir);
    expect(file).toBe(await prettierTs(source));
  });

  it('what final-form.ts leaves to prettier is left to the format stage as text', async () => {
    // A non-ASCII key (prettier's own identifier test decides its quotes) and a line separator.
    for (const schemas of [
      { Caf: { type: 'object', properties: { café: { type: 'string' } } } },
      { Sep: { type: 'string', description: 'a\u2028b' } },
      { Big: { type: 'number', enum: [1e21] } },
    ]) {
      const ir = await edgeIr(schemas);
      expect(declarationsInFinalForm(ir)).toBeUndefined();
      const [schema] = await emitSchemaTypes(ir, ctx);
      expect(schema!.finalPrefix).toBeUndefined();
      const { file, source } = await formattedBothWays(ir);
      expect(file).toBe(await prettierTs(source));
    }
  });

  it('hostile fuzz specs: prettier\u2019s text or the source', async () => {
    const fixtures = ['spec-106', 'spec-1066', 'spec-1124', 'spec-1043', 'spec-20261205'];
    let printedCount = 0;
    for (const name of fixtures) {
      const { ir } = await irForTest(`test/fixtures/fuzz/${name}.json`);
      const printed = declarationsInFinalForm(ir);
      const { file, source } = await formattedBothWays(ir);
      expect(file, name).toBe(await prettierTs(source));
      if (printed === undefined) continue;
      printedCount++;
      expect(printed, name).toBe(await prettierTs(declarations(ir)));
    }
    expect(printedCount).toBeGreaterThan(0);
  });

  it('the format cache answers an unchanged file', async () => {
    const ir = await edgeIr();
    const [first] = await emitSchemaTypes(ir, ctx);
    const formatted = await formatStage([first!], { cache: new Map() });
    const previous = new Map([
      [formatted.inputHashes[first!.path]!, formatted.files[0]!.contents as string],
    ]);
    const [again] = await emitSchemaTypes(ir, ctx);
    const rerun = await formatStage([again!], { cache: new Map(), previous });
    expect(rerun.stats).toMatchObject({ cached: 1, formatted: 0 });
    expect(rerun.files[0]!.contents).toBe(formatted.files[0]!.contents);
  });
});
