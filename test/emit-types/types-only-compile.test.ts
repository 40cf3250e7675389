/**
 * `sdk/src/schema.ts` declares types only: the compile stage gives it TypeScript's empty module as
 * JavaScript and the source itself (formatted later, like the source) as declarations, without
 * running the compiler over it. Checked against what TypeScript makes of the real file.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { compilePackage } from '../../generator/emit/compile.js';
import { emitSchemaTypes } from '../../generator/emit/types/index.js';
import { formatFiles } from '../../generator/format/index.js';
import { irForTest } from '../emit-client/load-ir.js';

const { ir } = await irForTest('test/fixtures/specs/legacy-30/openapi.yaml');
const [schema] = await emitSchemaTypes(ir, {
  templates: new Map(),
  generator: { name: 'test', version: '0' },
  packageName: '@test/sdk',
});
const text = schema!.contents as string;
const compiled = compilePackage([schema!], 'sdk').files;
const output = (p: string) => compiled.find((f) => f.path === p)!;

describe('a types-only source in the compile stage', () => {
  it('is flagged by the types emitter and holds no value declarations', () => {
    expect(schema!.typesOnly).toBe(true);
    const file = ts.createSourceFile('schema.ts', text, ts.ScriptTarget.Latest);
    const values = file.statements.filter(
      (s) => !ts.isInterfaceDeclaration(s) && !ts.isTypeAliasDeclaration(s),
    );
    expect(values.map((s) => ts.SyntaxKind[s.kind])).toEqual([]);
  });

  it("compiles to TypeScript's own JavaScript for the file, in both module formats", () => {
    const options = { target: ts.ScriptTarget.ES2022, newLine: ts.NewLineKind.LineFeed };
    const esm = ts.transpileModule(text, {
      fileName: 'schema.ts',
      compilerOptions: { ...options, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: true },
    }).outputText;
    const cjs = ts.transpileModule(text, {
      fileName: 'schema.ts',
      compilerOptions: { ...options, module: ts.ModuleKind.CommonJS, esModuleInterop: true },
    }).outputText;
    const strip = (js: string) => js.replace(/\n\/\/# sourceMappingURL=.*$/m, '');
    expect(output('sdk/dist/schema.js').contents).toBe(strip(esm));
    expect(output('sdk/dist/cjs/schema.js').contents).toBe(strip(cjs));
  });

  it('declares what the source declares, formatted like the source', async () => {
    for (const p of ['sdk/dist/schema.d.ts', 'sdk/dist/cjs/schema.d.ts']) {
      expect(output(p).contents).toBe(text);
      expect(output(p).format).toBe('typescript');
    }
    const [source, declarations] = await formatFiles([schema!, output('sdk/dist/schema.d.ts')]);
    expect(declarations!.contents).toBe(source!.contents);
    // The same names TypeScript's declaration emit gives.
    const emitted = ts.transpileDeclaration(text, { fileName: 'schema.ts' }).outputText;
    const names = (t: string) =>
      [...t.matchAll(/^export (?:interface|type) (\w+)/gm)].map((m) => m[1]).sort();
    expect(names(declarations!.contents as string)).toEqual(names(emitted));
    expect(names(emitted).length).toBeGreaterThan(3);
  });
});
