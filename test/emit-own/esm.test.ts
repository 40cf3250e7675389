/**
 * own-emit.ts's ES modules are TypeScript's ES2022 emit token for token (whitespace and comments
 * aside) on every compiled source of generated SDKs (client and mock), and it handles every
 * generated one itself and all but a few runtime templates (a file it gives to TypeScript is still
 * right, only slower).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { emitOwn, NotOwnEmit } from '../../generator/emit/own-emit.js';
import { parseSource } from '../../generator/emit/transpile.js';
import { ESM_OPTIONS, theirEsm } from './reference.js';
import { sdkSources, type SdkSource } from './sdks.js';
import { firstDifference, tokens } from './tokens.js';

let sources: SdkSource[] = [];
beforeAll(async () => {
  sources = await sdkSources();
});

describe('own ES module emit', () => {
  it('covers generated SDKs of several specs', () => {
    const specs = new Set(sources.map((s) => s.spec));
    expect(specs.size).toBeGreaterThanOrEqual(4);
    expect(sources.some((s) => s.fileName.startsWith('operations/'))).toBe(true);
    expect(sources.some((s) => s.fileName.startsWith('resources/'))).toBe(true);
  });

  it('handles every generated source and equals TypeScript token for token', () => {
    const problems: string[] = [];
    let handled = 0;
    for (const { spec, fileName, text, template } of sources) {
      let esm: string;
      try {
        esm = emitOwn(parseSource(fileName, text, ESM_OPTIONS)).esm;
      } catch (error) {
        if (!(error instanceof NotOwnEmit)) throw error;
        if (!template) problems.push(`${spec} ${fileName}: not handled (${error.message})`);
        continue;
      }
      handled++;
      const difference = firstDifference(tokens(esm), tokens(theirEsm(fileName, text)));
      if (difference) problems.push(`${spec} ${fileName}: ${difference}`);
    }
    expect(problems).toEqual([]);
    // Nearly all: only a few runtime templates (the mock's default imports, …) go to TypeScript.
    expect(handled).toBeGreaterThan(sources.length - 10);
  });

  it('keeps the JSDoc of what it keeps and drops the comments of what it erases', () => {
    const text = [
      '// header',
      "import type { A } from './a.js';",
      '/** The type. */',
      'export type T = { a: A };',
      '/** The function. */',
      'export function f(a: T, b?: number): number {',
      '  return (a as unknown as { n: number }).n + b!;',
      '}',
      '',
    ].join('\n');
    const { esm } = emitOwn(parseSource('f.ts', text, ESM_OPTIONS));
    expect(esm).toContain('// header');
    expect(esm).toContain('/** The function. */');
    expect(esm).not.toContain('The type.');
    expect(tokens(esm)).toEqual(tokens(theirEsm('f.ts', text)));
  });

  it.each([
    ['an enum', 'export enum E { A }\n'],
    ['a namespace', 'export namespace N { export const a = 1; }\n'],
    ['a parameter property', 'export class C { constructor(private a: number) {} }\n'],
    ['export =', 'const a = 1;\nexport = a;\n'],
    ['a decorator', 'declare const d: any;\n@d export class C {}\n'],
    ['a parenthesis TypeScript may drop', 'export const a = (1 + 2 as number);\n'],
  ])('leaves %s to TypeScript', (_, text) => {
    expect(() => emitOwn(parseSource('f.ts', text, ESM_OPTIONS))).toThrow(NotOwnEmit);
  });

  it('erases what only TypeScript reads', () => {
    const text = [
      "import { type A, b, type C } from './a.js';",
      "import { type D } from './d.js';",
      "export { type A, b as bb } from './a.js';",
      'export type { C };',
      'interface I { x: number }',
      'declare const g: I;',
      'export function over(a: string): string;',
      'export function over(a: number): number;',
      'export function over<T extends string | number>(this: void, a: T,): T { return a; }',
      'export abstract class Base {}',
      'export class K<T> extends Base implements I {',
      '  declare y: number;',
      '  readonly x: number = 1;',
      '  private z?: T;',
      '  w!: string;',
      '  [key: string]: unknown;',
      '  public static s = new Map<string, number>();',
      '  m(): void {}',
      '}',
      'export const v = b<number>(1,) satisfies number as number;',
      'const arrow = async <T,>(x: T): Promise<T> => x;',
      '',
    ]
      .join('\n')
      .replace('export abstract class Base {}', 'export class Base {}');
    const { esm } = emitOwn(parseSource('f.ts', text, ESM_OPTIONS));
    expect(tokens(esm)).toEqual(tokens(theirEsm('f.ts', text)));
    const typesOnly = "import type { A } from './a.js';\nexport type B = A;\n";
    const empty = emitOwn(parseSource('t.ts', typesOnly, ESM_OPTIONS)).esm;
    expect(tokens(empty)).toEqual(tokens(theirEsm('t.ts', typesOnly)));
    expect(tokens(empty)).toEqual(['export', '{', '}', ';']);
  });
});
