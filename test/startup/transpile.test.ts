/**
 * compile.ts parses each file once for its three outputs (generator/emit/transpile.ts): the outputs
 * must be exactly what TypeScript's own one-file functions give, which parse it three times.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { transpileAll, transpileMany } from '../../generator/emit/transpile.js';
import { REPO } from '../helpers/cli.js';

const ESM: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  isolatedDeclarations: true,
  declaration: true,
  verbatimModuleSyntax: true,
  newLine: ts.NewLineKind.LineFeed,
};
const CJS: ts.CompilerOptions = {
  ...ESM,
  module: ts.ModuleKind.CommonJS,
  verbatimModuleSyntax: false,
  esModuleInterop: true,
};

function threeParses(text: string, fileName: string) {
  const declaration = ts.transpileDeclaration(text, {
    compilerOptions: ESM,
    fileName,
    reportDiagnostics: true,
  });
  return {
    esm: ts.transpileModule(text, { compilerOptions: ESM, fileName }).outputText,
    cjs: ts.transpileModule(text, { compilerOptions: CJS, fileName }).outputText,
    dts: declaration.outputText,
    diagnostics: (declaration.diagnostics ?? []).map((d) => d.code),
  };
}

describe('transpileAll', () => {
  // Imports, type-only imports, classes with computed symbol members, generics, re-exports.
  it.each(['client.ts', 'stream.ts', 'index.ts'])(
    'equals transpileModule ×2 + transpileDeclaration on templates/client/%s',
    async (name) => {
      const text = await readFile(path.join(REPO, 'templates/client', name), 'utf8');
      const one = transpileAll(text, name, ESM, CJS);
      const three = threeParses(text, name);
      expect({ ...one, diagnostics: one.diagnostics.map((d) => d.code) }).toEqual(three);
      expect(one.cjs).toContain('exports.');
    },
  );

  it('reports what isolated declarations cannot emit, as transpileDeclaration does', () => {
    const text = 'export function f(a: number) { return a * 2; }\nexport const g = f(1);\n';
    const one = transpileAll(text, 'f.ts', ESM, CJS);
    const three = threeParses(text, 'f.ts');
    expect(one.diagnostics.length).toBeGreaterThan(0);
    expect(one.diagnostics.map((d) => d.code)).toEqual(three.diagnostics);
    expect(one.esm).toBe(three.esm);
  });
});

describe('transpileMany', () => {
  it('gives each file what TypeScript gives it alone, diagnostics included', async () => {
    const templates = ['client.ts', 'stream.ts', 'index.ts', 'errors.ts'];
    const files = await Promise.all(
      templates.map(async (fileName) => ({
        fileName,
        text: await readFile(path.join(REPO, 'templates/client', fileName), 'utf8'),
      })),
    );
    // A file a declaration cannot be emitted for, and a script (no import or export): it goes alone.
    files.push(
      {
        fileName: 'f.ts',
        text: 'export function f(a: number) { return a * 2; }\nexport const g = f(1);\n',
      },
      { fileName: 'script.ts', text: 'const local = 1;\n' },
    );
    const many = transpileMany(files, ESM, CJS);
    expect([...many.keys()].sort()).toEqual(files.map((f) => f.fileName).sort());
    for (const { fileName, text } of files) {
      const together = many.get(fileName)!;
      const three = threeParses(text, fileName);
      expect(
        { ...together, diagnostics: together.diagnostics.map((d) => d.code) },
        fileName,
      ).toEqual(three);
    }
  });
});
