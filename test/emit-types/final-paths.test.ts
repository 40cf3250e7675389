/**
 * openapi-typescript's types printed in final form straight from its nodes (emit/types/final-paths.ts)
 * are what the text route makes of them: TypeScript's printer (printNodes), `restoreKeys`, then the
 * format stage's final-form.ts. Where final-paths.ts does not answer, the text route is taken.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { typesDocument } from '../../generator/emit/types/document.js';
import { declarationsInFinalForm } from '../../generator/emit/types/final-declarations.js';
import { pathsInFinalForm } from '../../generator/emit/types/final-paths.js';
import { generatedHeader } from '../../generator/emit/header.js';
import { emitSchemaTypes, pathTypesAsText } from '../../generator/emit/types/index.js';
import { documentNodes, printNodes } from '../../generator/emit/types/openapi-ts.js';
import type { ApiIr } from '../../generator/ir/types.js';
import { inertDocument, restoreKeys } from '../../generator/load/inert-document.js';
import type { JsonObject } from '../../generator/load/types.js';
import { printInFinalForm } from '../../generator/format/final-form.js';
import { formatStage } from '../../generator/format/index.js';
import { irForTest } from '../emit-client/load-ir.js';
import { REAL_SPECS } from '../format/real-specs.js';

const OPTIONS = { alphabetize: false, exportType: false, defaultNonNullable: false };
const ctx = { templates: new Map(), generator: { name: 'test', version: '0' }, packageName: 'x' };

const dir = mkdtempSync(path.join(os.tmpdir(), 'final-paths-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function nodesOf(ir: ApiIr): ts.Node[] {
  return documentNodes(inertDocument(typesDocument(ir) as JsonObject) as never, OPTIONS);
}

/** The text route: TypeScript's printer, restoreKeys, final-form.ts. */
function textRoute(nodes: ts.Node[]): string | undefined {
  return printInFinalForm(restoreKeys(printNodes(nodes)));
}

/** schema.ts through the format stage is what it was when the types came as text. */
async function expectSameFile(ir: ApiIr): Promise<void> {
  const [schema] = await emitSchemaTypes(ir, ctx);
  const prefix = `${generatedHeader('generator/emit/types/index.ts')}\n${declarationsInFinalForm(ir)}\n`;
  const contents = prefix + pathTypesAsText(ir);
  const asText = { ...schema!, contents, finalPrefix: prefix.length };
  const [file, text] = await Promise.all(
    [schema!, asText].map(async (f) => (await formatStage([f], { cache: new Map() })).files[0]),
  );
  expect(file!.contents).toBe(text!.contents);
}

describe('real specs', () => {
  it.each(REAL_SPECS)('%s: printed in final form, as the text route prints it', async (spec) => {
    const { ir } = await irForTest(spec);
    const nodes = nodesOf(ir);
    const direct = pathsInFinalForm(nodes);
    expect(direct).toBe(textRoute(nodes));
    // The features spec has what final-form.ts leaves to prettier: the text route, as before.
    if (spec.includes('features')) return;
    expect(direct).toBeDefined();
    const [schema] = await emitSchemaTypes(ir, ctx);
    expect(schema!.finalPrefix).toBe((schema!.contents as string).length);
    await expectSameFile(ir);
  });
});

async function specIr(name: string, spec: object): Promise<ApiIr> {
  const file = path.join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(spec));
  return (await irForTest(file)).ir;
}

const property = (description: string) => ({ type: 'string', description });

/** Comments of every shape, quotes, non-ASCII and long literals, keys that need quotes. */
const ODD_SPEC = {
  openapi: '3.1.0',
  info: { title: 'Odd', version: '1' },
  paths: {
    '/odd/{id}': {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      get: {
        operationId: 'getOdd',
        summary: 'A summary with "quotes" and \'apostrophes\'',
        description: 'Line one.\n\nLine three, after a blank line.\n  indented\ttab  ',
        parameters: [
          {
            name: 'q-with-dash',
            in: 'query',
            description: 'caf\u00e9 \u2603 */ closes',
            schema: { type: 'string', enum: ['a"b', "c'd", 'e\\f', 'caf\u00e9', 'x'.repeat(90)] },
          },
          { name: '200', in: 'header', schema: { type: 'integer', enum: [-1, 0, 2.5] } },
          // Member lines of 96 to 104 columns, where a flat line stops fitting.
          ...Array.from({ length: 9 }, (_, i) => ({
            name: `w${i}`,
            in: 'query',
            schema: { type: 'string', enum: ['a', 'x'.repeat(74 + i)] },
          })),
        ],
        responses: {
          '200': {
            description: 'ok',
            headers: { 'X-Rate': { schema: { type: 'integer' }, description: 'rate' } },
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  properties: {
                    a: property('short'),
                    b: property('two\nlines'),
                    'c d': property(''),
                    e: { type: ['string', 'null'] },
                    f: {
                      type: 'array',
                      items: { oneOf: [{ type: 'string' }, { type: 'integer' }] },
                    },
                  },
                },
              },
              'text/plain': { schema: { type: 'string' } },
            },
          },
          default: { description: 'error' },
        },
      },
    },
  },
  components: { schemas: { Empty: { type: 'object' } } },
};

describe('edge cases', () => {
  it('comments, quotes and literals: the text route\u2019s text', async () => {
    const ir = await specIr('odd', ODD_SPEC);
    const nodes = nodesOf(ir);
    expect(pathsInFinalForm(nodes)).toBeDefined();
    expect(pathsInFinalForm(nodes)).toBe(textRoute(nodes));
    await expectSameFile(ir);
  });

  it('keys the inert document renamed, and comment line breaks it cannot place: the text route', async () => {
    const renamed = structuredClone(ODD_SPEC) as typeof ODD_SPEC & Record<string, unknown>;
    const schema = renamed.paths['/odd/{id}'].get.responses['200'].content['application/json']
      .schema as { properties: Record<string, unknown> };
    Object.assign(schema.properties, {
      constructor: { type: 'string' },
      '50%': { type: 'string' },
    });
    const separated = structuredClone(ODD_SPEC);
    separated.paths['/odd/{id}'].get.description = 'a\u2028b\r\nc';
    for (const [name, spec] of [
      ['renamed', renamed],
      ['separated', separated],
    ] as const) {
      const ir = await specIr(name, spec);
      expect(pathsInFinalForm(nodesOf(ir)), name).toBeUndefined();
      await expectSameFile(ir);
    }
  });

  it('nodes it cannot vouch for: undefined', () => {
    const f = ts.factory;
    const alias = (type: ts.TypeNode) =>
      f.createTypeAliasDeclaration(
        [f.createModifier(ts.SyntaxKind.ExportKeyword)],
        'T',
        undefined,
        type,
      );
    const literal = f.createTypeLiteralNode([
      f.createPropertySignature(undefined, 'a', undefined, f.createTypeReferenceNode('A')),
    ]);
    expect(pathsInFinalForm([alias(literal)])).toBe('export type T = {\n  a: A;\n};\n');
    // One-type union, a reference named like a keyword, a comment on a type, a parsed node.
    const one = f.createUnionTypeNode([f.createTypeReferenceNode('A')]);
    const keyword = f.createTypeReferenceNode('null');
    const commented = ts.addSyntheticLeadingComment(
      f.createTypeReferenceNode('A'),
      ts.SyntaxKind.MultiLineCommentTrivia,
      '* x ',
      true,
    );
    const parsed = ts.createSourceFile('p.ts', 'export type T = A;', ts.ScriptTarget.Latest)
      .statements[0]!;
    for (const node of [alias(one), alias(keyword), alias(commented), parsed])
      expect(pathsInFinalForm([node])).toBeUndefined();
  });
});
