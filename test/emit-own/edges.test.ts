/**
 * Corners of the own emit an outside review found wrong: a `#!` line, line breaks erasure would
 * leave before `=>` or after `async`, imports called or assigned through `as` / `!`, a licence
 * comment before a type, a class declaration only inference can type, and the cache key following
 * the emitters' sources. Every emitted JS file of the committed SDK must parse as Node loads it.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  CompileError,
  compilePackage,
  EMITTER_SOURCES,
  emitterSourcesHash,
  inputHash,
} from '../../generator/emit/compile.js';
import { emitOwnDeclarations } from '../../generator/emit/own-declarations.js';
import { emitOwn, NotOwnEmit } from '../../generator/emit/own-emit.js';
import { parseSource } from '../../generator/emit/transpile.js';
import type { VirtualFile } from '../../generator/emit/types.js';
import { REPO } from '../helpers/cli.js';
import { ESM_OPTIONS, theirEsm } from './reference.js';
import { tokens } from './tokens.js';

const run = promisify(execFile);
const own = (text: string) => emitOwn(parseSource('f.ts', text, ESM_OPTIONS));

/** The CommonJS text run as Node runs a module, with `require` giving `modules[specifier]`. */
function runCjs(cjs: string, modules: Record<string, unknown>): Record<string, unknown> {
  const exports: Record<string, unknown> = {};
  const body = vm.compileFunction(cjs, ['exports', 'require']) as (e: unknown, r: unknown) => void;
  body(exports, (specifier: string) => modules[specifier]);
  return exports;
}

/** The package's outputs compiled by compile.ts (own emit where it can, TypeScript otherwise). */
function compiled(text: string): Record<string, string> {
  const files: VirtualFile[] = [{ path: 'p/src/f.ts', contents: text, format: 'none' }];
  const out = compilePackage(files, 'p').files;
  return Object.fromEntries(out.map((f) => [f.path, String(f.contents)]));
}

describe('own emit edge cases', () => {
  it('keeps `import(…)` as written in both modules (CommonJS loads an ES-only package that way)', () => {
    const text = "export const load = (): Promise<unknown> => import('pkg');\n";
    const { esm, cjs } = own(text);
    expect(tokens(esm)).toEqual(tokens(theirEsm('f.ts', text)));
    expect(cjs).toContain("import('pkg')");
    expect(cjs).not.toContain('require(');
  });

  it('keeps a `#!` line first in both modules', () => {
    const text = "#!/usr/bin/env node\nimport { f } from './a.js';\nexport const x = f();\n";
    const { esm, cjs } = own(text);
    expect(esm.startsWith('#!/usr/bin/env node\nimport')).toBe(true);
    expect(cjs.startsWith('#!/usr/bin/env node\n"use strict";\n')).toBe(true);
    expect(runCjs(cjs, { './a.js': { f: () => 7 } }).x).toBe(7);
    // A type first: erasing it keeps the `#!` line (and the header comment after it).
    const typed = '#!/usr/bin/env node\n// header\nexport type T = 1;\nexport const y = 1;\n';
    const out = own(typed);
    expect(out.esm.startsWith('#!/usr/bin/env node\n// header\n')).toBe(true);
    expect(out.cjs.startsWith('#!/usr/bin/env node\n"use strict";\n')).toBe(true);
    expect(runCjs(out.cjs, {}).y).toBe(1);
  });

  it('every emitted JS file of the committed SDK parses as Node loads it', async () => {
    const { stdout } = await run(process.execPath, [
      '--experimental-vm-modules',
      path.join(REPO, 'test/emit-own/parse-check.mjs'),
      path.join(REPO, 'generated/sdk'),
    ]);
    const { checked, failures } = JSON.parse(stdout) as { checked: number; failures: string[] };
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it.each([
    [
      'a return type on its own line',
      'const f = (a: number)\n  : number => a;\nf(1);\n',
      'arrow return type across lines',
    ],
    [
      'type parameters before a line break',
      'const g = async <T,>\n(x: T): Promise<T> => x;\ng(1);\n',
      'async arrow type parameters across lines',
    ],
  ])('leaves an arrow with %s to TypeScript (valid JavaScript either way)', (_, text, why) => {
    expect(() => own(text)).toThrow(NotOwnEmit);
    expect(() => own(text)).toThrow(why);
    const out = compiled(text);
    // No module syntax in the source, so the ES module parses as a script too.
    expect(() => new vm.Script(out['p/dist/f.js']!)).not.toThrow();
    expect(() => vm.compileFunction(out['p/dist/cjs/f.js']!, ['exports'])).not.toThrow();
  });

  it('still handles an arrow whose parameters span lines before a return type', () => {
    const text = 'export const f = (\n  a: number,\n): number => a;\n';
    expect(tokens(own(text).esm)).toEqual(tokens(theirEsm('f.ts', text)));
  });

  it('calls an import through `as`, `satisfies` or `!` without `this` in CommonJS', () => {
    const text = [
      "import { f } from './a.js';",
      'export const a = (f as any)();',
      'export const b = f!();',
      'export const c = (f satisfies unknown as () => unknown)();',
      'export const d = (f as any)`x`;',
      '',
    ].join('\n');
    const { esm, cjs } = own(text);
    expect(tokens(esm)).toEqual(tokens(theirEsm('f.ts', text)));
    const self = {
      f(this: unknown) {
        return this === undefined ? 'no this' : 'this';
      },
    };
    const out = runCjs(cjs, { './a.js': self });
    expect([out.a, out.b, out.c, out.d]).toEqual(['no this', 'no this', 'no this', 'no this']);
  });

  it.each([
    ['through `as`', '(f as any) = 1;'],
    ['through `!`', 'f! += 1;'],
    ['through parentheses', '(f) = 1;'],
    ['with `++` through `as`', '(f as any)++;'],
  ])('leaves an assignment to an import %s to TypeScript', (_, line) => {
    expect(() => own(`import { f } from './a.js';\n${line}\n`)).toThrow(NotOwnEmit);
  });

  it('keeps a licence comment before a first type statement as TypeScript does', () => {
    for (const text of [
      '/** licence */\n\nexport type T = 1;\nexport const x = 1;\n',
      '/* licence */\n\n// more\nexport type T = 1;\nexport const x = 1;\n',
      '/** The type. */\nexport type T = 1;\nexport const x = 1;\n',
    ]) {
      const { esm, cjs } = own(text);
      const theirs = theirEsm('f.ts', text);
      expect(tokens(esm)).toEqual(tokens(theirs));
      expect(esm.includes('licence')).toBe(theirs.includes('licence'));
      expect(cjs.includes('licence')).toBe(theirs.includes('licence'));
      expect(esm).not.toContain('The type.');
    }
  });

  it('leaves declarations only inference can type to TypeScript, which reports them', () => {
    const text = [
      'export function mixin<T>(base: T): T {',
      '  return base;',
      '}',
      'export class Base {}',
      'export class A extends mixin(Base) {}',
      '',
    ].join('\n');
    expect(() => emitOwnDeclarations(parseSource('f.ts', text, ESM_OPTIONS))).toThrow(NotOwnEmit);
    expect(() => compiled(text)).toThrow(CompileError);
  });

  it('rejects a top-level name declared twice, which transpiling alone lets through', () => {
    const clash = "import { Pets } from './resources/pets.js';\nexport class Pets {}\n";
    expect(() => compiled(clash)).toThrow(/src\/f\.ts:2:14: Duplicate identifier 'Pets'/);
    // Overloads, interface merging and a type-only name beside a value of another name still compile.
    const fine = [
      "import type { Page } from './core/index.js';",
      'export function get(id: string): string;',
      'export function get(id: number): string;',
      'export function get(id: string | number): string {',
      '  return String(id);',
      '}',
      'export interface Box { a: string }',
      'export interface Box { b: string }',
      'export type PageOf = Page;',
      '',
    ].join('\n');
    expect(() => compiled(fine)).not.toThrow();
  });

  it('keys the caches on the emitters’ sources, the same in the build as from the sources', () => {
    const files = EMITTER_SOURCES.map((file) => readFileSync(path.join(REPO, file), 'utf8'));
    expect(files.every((text) => text.length > 0)).toBe(true);
    expect(emitterSourcesHash()).toMatch(/^[0-9a-f]{64}$/);
    // The build's precompiled outputs are keyed by its fingerprint: found under ours, so the
    // build baked in the hash of these same sources (a stale build fails here: `npm run build`).
    const precompiled = JSON.parse(
      readFileSync(path.join(REPO, 'build/precompiled-templates.json'), 'utf8'),
    ) as Record<string, string>;
    expect(precompiled[inputHash('js', 'empty.ts', 'export type T = 0;\n')]).toBe('export {};\n');
  });
});
