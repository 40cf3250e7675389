/**
 * own-declarations.ts's `.d.ts` files say what TypeScript's declaration emit says (token for token
 * modulo what TypeScript's printer changes in the types own-declarations copies as written: see
 * declarationTokens) on every compiled source of generated SDKs it handles, and it handles
 * every generated file (the runtime templates, with module-private helpers, may go to TypeScript).
 * The declarations of a whole generated package type-check under strict settings with
 * `skipLibCheck: false`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitOwnDeclarations } from '../../generator/emit/own-declarations.js';
import { NotOwnEmit } from '../../generator/emit/own-emit.js';
import { parseSource } from '../../generator/emit/transpile.js';
import { runPipeline } from '../../generator/pipeline.js';
import { strictOptions } from '../emit-client/generate.js';
import { REPO } from '../helpers/cli.js';
import { ESM_OPTIONS } from './reference.js';
import { sdkSources, type SdkSource } from './sdks.js';
import { declarationTokens, firstDifference } from './tokens.js';

let sources: SdkSource[] = [];
beforeAll(async () => {
  sources = await sdkSources();
});
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function theirDeclarations(fileName: string, text: string): string {
  return ts.transpileDeclaration(text, { compilerOptions: ESM_OPTIONS, fileName }).outputText;
}

const compare = (ours: string, theirs: string) =>
  firstDifference(declarationTokens(ours), declarationTokens(theirs));

describe('own declaration emit', () => {
  it("equals TypeScript's declarations, and handles every generated (non-template) source", () => {
    const problems: string[] = [];
    let handled = 0;
    for (const { spec, fileName, text, template } of sources) {
      let dts: string;
      try {
        dts = emitOwnDeclarations(parseSource(fileName, text, ESM_OPTIONS));
      } catch (error) {
        if (!(error instanceof NotOwnEmit)) throw error;
        if (!template) problems.push(`${spec} ${fileName}: not handled (${error.message})`);
        continue;
      }
      handled++;
      const difference = compare(dts, theirDeclarations(fileName, text));
      if (difference) problems.push(`${spec} ${fileName}: ${difference}`);
    }
    expect(problems).toEqual([]);
    expect(handled).toBeGreaterThan(100);
  });

  it('keeps signatures, drops bodies, initializers, private details and imports only bodies used', () => {
    const text = [
      "import { type A, helper, type Unused } from './a.js';",
      "import type { B } from './b.js';",
      '/** Over. */',
      'export function over(a: string): string;',
      'export function over(a: number): number;',
      'export function over(a: string | number): string | number { return helper(a); }',
      '/** The config. */',
      'export const config: A = helper({ a: 1 });',
      'export class K<T extends B = B> extends Array<T> {',
      '  /** Tag. */',
      "  readonly tag: string = 'k';",
      '  #secret = 1;',
      '  private hidden: number = 2;',
      '  static count?: number;',
      '  constructor(first: T, second: number = 2, ...rest: T[]) { super(); helper(first, second, rest); }',
      '  async load(id: string): Promise<A> { return helper(id); }',
      '  get size(): number { return 1; }',
      '}',
      'export type Alias = { a: A; b: B };',
      '',
    ].join('\n');
    const ours = emitOwnDeclarations(parseSource('k.ts', text, ESM_OPTIONS));
    expect(compare(ours, theirDeclarations('k.ts', text))).toBeUndefined();
    expect(ours).toContain('/** Over. */');
    expect(ours).toContain('/** Tag. */');
    expect(ours).not.toContain('helper');
    expect(ours).not.toContain('Unused');
    // TypeScript 5.9 writes a computed-symbol method twice (compile.ts drops its copy); once here.
    const iterable =
      'export class I { [Symbol.iterator](): Iterator<number> { return [1].values(); } }\n';
    expect(emitOwnDeclarations(parseSource('i.ts', iterable, ESM_OPTIONS))).toBe(
      'export declare class I {\n    [Symbol.iterator](): Iterator<number>;\n}\n',
    );
  });

  it('leaves out a typed module-private constant, as TypeScript does', () => {
    const text = [
      "import { type Shape, type Part } from './a.js';",
      'const SHARED: Part = { kind: 1 };',
      'export const whole: Shape = { ...SHARED, name: "w" };',
      '',
    ].join('\n');
    const ours = emitOwnDeclarations(parseSource('s.ts', text, ESM_OPTIONS));
    expect(compare(ours, theirDeclarations('s.ts', text))).toBeUndefined();
    expect(ours).not.toContain('SHARED');
    expect(ours).not.toContain('Part');
  });

  it.each([
    ['a const without its type', 'export const a = [1, 2].map((x) => x);\n'],
    [
      'a module-private constant a declaration names',
      'const shared: number = 1;\nexport const a: typeof shared = shared;\n',
    ],
    [
      'a module-private helper',
      'function local(): number { return 1; }\nexport const a: number = local();\n',
    ],
    ['a parameter property', 'export class C { constructor(private a: number) {} }\n'],
    [
      'a default before a required parameter',
      'export function f(a: number = 1, b: string): string { return b; }\n',
    ],
  ])('leaves %s to TypeScript', (_, text) => {
    expect(() => emitOwnDeclarations(parseSource('f.ts', text, ESM_OPTIONS))).toThrow(NotOwnEmit);
  });

  it("a generated package's declarations type-check strictly (skipLibCheck false)", async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'own-emit-dts-'));
    dirs.push(out);
    const result = await runPipeline({
      spec: path.join(REPO, 'spec/openapi.yaml'),
      out,
      only: ['client'],
    });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const roots = (result.files ?? [])
      .map((f) => f.path)
      .filter((p) => p.startsWith('sdk/dist/') && p.endsWith('.d.ts'))
      .map((p) => path.join(out, p));
    expect(roots.length).toBeGreaterThan(50);
    const program = ts.createProgram(roots, { ...strictOptions(), skipLibCheck: false });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => {
      const file = d.file ? path.relative(out, d.file.fileName) : '';
      return `${file}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    expect(diagnostics).toEqual([]);
  });
});
