/**
 * Schemas named like global types schema.ts uses unqualified (`Record<string, never>` and the other
 * names openapi-typescript prints) take `_` (`Record` → `Record_`), so the declarations still
 * compile for a consumer without skipLibCheck; the docs' and Python's names follow the IR's.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaTypeName } from '../../generator/ir/names.js';
import { PythonTypes } from '../../generator/emit/surface/python-types.js';
import { cleanupGenerated, generate, strictOptions, type Generated } from './generate.js';

const GLOBALS = ['Extract', 'Omit', 'ReadonlyArray', 'Record', 'WithRequired'];

const SPEC = `openapi: 3.0.3
info: { title: Globals, version: '1' }
paths:
  /records:
    post:
      operationId: createRecord
      requestBody:
        content:
          application/json:
            schema: { $ref: '#/components/schemas/Record' }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Bag' }
components:
  schemas:
    Record:
      type: object
      required: [id]
      properties: { id: { type: string }, tags: { $ref: '#/components/schemas/ReadonlyArray' } }
    Omit: { type: string }
    Extract: { type: integer }
    ReadonlyArray: { type: array, items: { type: string } }
    WithRequired:
      type: object
      properties: { omit: { $ref: '#/components/schemas/Omit' }, extract: { $ref: '#/components/schemas/Extract' } }
    Promise: { type: string }
    Bag:
      type: object
      additionalProperties: { $ref: '#/components/schemas/Record' }
`;

const CONSUMER = `import { Globals, type Bag, type Record_, type WithRequired_, type Promise as PromiseSchema, type components } from './src/index.js';

const client = new Globals({ apiKey: 'k', baseUrl: 'http://127.0.0.1:1' });
export async function consumer(): Promise<Record<string, Record_>> {
  const bag: Bag = await client.default.createRecord({ id: 'a', tags: ['x'] });
  const alias: components['schemas']['Record'] = { id: 'b' };
  const w: WithRequired_ = { omit: 'o', extract: 1 };
  const p: PromiseSchema = 'a string';
  console.log(alias, w, p);
  return bag;
}
`;

const work = mkdtempSync(path.join(os.tmpdir(), 'shellapi-globals-'));
let gen: Generated;
beforeAll(async () => {
  writeFileSync(path.join(work, 'openapi.yaml'), SPEC);
  gen = await generate(path.join(work, 'openapi.yaml'));
  writeFileSync(path.join(gen.dir, 'sdk', 'consumer.ts'), CONSUMER);
}, 120_000);
afterAll(() => {
  cleanupGenerated();
  rmSync(work, { recursive: true, force: true });
});

describe('schemas named like the globals schema.ts uses', () => {
  it('take `_` in the IR, once; other names (Promise: schema.ts never uses it) stay', () => {
    const names = Object.fromEntries(gen.ir.schemas.map((s) => [s.name, s.typeName]));
    for (const g of GLOBALS) expect(names[g]).toBe(`${g}_`);
    expect(names.Promise).toBe('Promise');
    expect(names.Bag).toBe('Bag');
  });

  it('a consumer type-checks with skipLibCheck false', () => {
    const program = ts.createProgram([path.join(gen.dir, 'sdk', 'consumer.ts')], {
      ...strictOptions(),
      skipLibCheck: false,
    });
    const errors = ts
      .getPreEmitDiagnostics(program)
      .map(
        (d) => `${d.file?.fileName ?? ''} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
      );
    expect(errors).toEqual([]);
  });

  it('every global schema.ts names but does not declare is one a schema cannot take', () => {
    const text = String(gen.files.find((f) => f.path === 'sdk/src/schema.ts')!.contents);
    const file = ts.createSourceFile('schema.ts', text, ts.ScriptTarget.Latest, true);
    const declared = new Set<string>();
    const used = new Set<string>();
    const visit = (node: ts.Node): void => {
      if ((ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) && node.name)
        declared.add(node.name.text);
      if (ts.isTypeParameterDeclaration(node)) declared.add(node.name.text);
      if (ts.isTypeReferenceNode(node)) {
        let name = node.typeName;
        while (ts.isQualifiedName(name)) name = name.left;
        used.add(name.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
    const globals = [...used].filter((n) => !declared.has(n));
    expect(globals).toContain('Record');
    for (const g of globals) expect(schemaTypeName(g)).not.toBe(g);
  });

  it('the Python SDK shows the same names', () => {
    const { names } = new PythonTypes(gen.ir).module('model');
    expect(names).toEqual(expect.arrayContaining(['Record_', 'WithRequired_', 'Bag']));
    expect(names).not.toContain('Record');
  });
});
