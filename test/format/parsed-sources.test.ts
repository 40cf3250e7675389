/**
 * The compile stage lends its syntax trees to the format stage (generator/format/parsed-sources.ts):
 * the format takes the compile's tree of a text instead of parsing it again, and prints the same.
 */
import { describe, expect, it } from 'vitest';
import { compilePackage } from '../../generator/emit/compile.js';
import { takeParsed } from '../../generator/format/parsed-sources.js';
import type { VirtualFile } from '../../generator/emit/types.js';
import { formatStage } from '../../generator/format/index.js';

const source = (name: string, contents: string): VirtualFile => ({
  path: `pkg/src/${name}`,
  contents,
  format: 'typescript',
});

// Unique texts: the compile's process cache must not answer them from an earlier run.
const stamp = `${process.pid}-${Date.now()}`;
const code = (n: number): VirtualFile =>
  source(
    'a.ts',
    `// ${stamp} ${n}\nexport function f(a: number, b: string): string { return client.request<string>({ a, b, c: [1, 2, 3] }, options); }\n`,
  );
const text = (file: VirtualFile): string => file.contents as string;

describe('trees lent by the compile stage', () => {
  it('are taken once, by their exact text', () => {
    compilePackage([code(1)], 'pkg');
    expect(takeParsed(text(code(1)))?.text).toBe(text(code(1)));
    expect(takeParsed(text(code(1)))).toBeUndefined();
  });

  it('are taken by the format stage, which prints what a fresh parse prints', async () => {
    compilePackage([code(2)], 'pkg');
    const lent = await formatStage([code(2)], { cache: new Map() });
    expect(takeParsed(text(code(2)))).toBeUndefined();
    const fresh = await formatStage([code(2)], { cache: new Map() });
    expect(lent.files[0]!.contents).toBe(fresh.files[0]!.contents);
    expect(lent.files[0]!.contents).toContain(
      'export function f(a: number, b: string): string {\n',
    );
  });

  it('are not lent with syntax errors; the next compile drops those not taken', () => {
    const broken = source('b.ts', `// ${stamp}\nexport const x = ;\n`);
    expect(() => compilePackage([broken], 'pkg')).toThrow();
    expect(takeParsed(text(broken))).toBeUndefined();
    compilePackage([code(3)], 'pkg');
    compilePackage([code(4)], 'pkg');
    expect(takeParsed(text(code(3)))).toBeUndefined();
    expect(takeParsed(text(code(4)))).toBeDefined();
  });
});
