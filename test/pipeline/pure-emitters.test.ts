/**
 * What the IR and the emitters produce may depend on the spec and the options only. Two runs under
 * different clocks and locales (determinism.test.ts) catch what those runs happen to reach; this
 * scan catches the rest: no emitter or IR module reads the clock, randomness, the environment, the
 * machine or the locale, in any branch.
 */
import { describe, expect, it } from 'vitest';
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PURE_DIRS = ['generator/ir', 'generator/emit', 'generator/format'];

/** `object.member` pairs that make output depend on when, where or for whom it ran. */
const IMPURE_MEMBERS = new Set([
  'Date.now',
  'Math.random',
  'crypto.randomUUID',
  'crypto.randomBytes',
  'crypto.getRandomValues',
  'performance.now',
  'process.env',
  'process.cwd',
  'process.hrtime',
  'process.platform',
  'os.homedir',
  'os.hostname',
  'os.tmpdir',
  'os.userInfo',
]);
const IMPURE_METHODS = new Set([
  'localeCompare',
  'toLocaleString',
  'toLocaleDateString',
  'toLocaleTimeString',
]);
const IMPURE_CONSTRUCTORS = new Set(['Date']);
const IMPURE_GLOBALS = new Set(['Intl']);

function impureUses(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const at = (node: ts.Node, what: string) => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
    found.push(`${fileName}:${line + 1} ${what}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) {
      const member = `${node.expression.getText(file)}.${node.name.text}`;
      if (IMPURE_MEMBERS.has(member)) at(node, member);
      else if (IMPURE_METHODS.has(node.name.text)) at(node, `.${node.name.text}`);
    } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression)) {
      if (IMPURE_CONSTRUCTORS.has(node.expression.text)) at(node, `new ${node.expression.text}`);
    } else if (ts.isIdentifier(node) && IMPURE_GLOBALS.has(node.text)) {
      at(node, node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

async function pureSources(): Promise<string[]> {
  const files: string[] = [];
  for (const dir of PURE_DIRS) {
    for (const entry of await readdir(ROOT + dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith('.ts')) {
        files.push(`${entry.parentPath}/${entry.name}`.slice(ROOT.length));
      }
    }
  }
  return files.sort();
}

describe('pure emitters', () => {
  it('the scan sees each kind of impure use, in code but not in emitted strings', () => {
    const source = [
      'const a = Date.now();',
      'const b = new Date();',
      'const c = Math.random();',
      'const d = process.env.HOME;',
      "const e = 'x'.localeCompare('y');",
      'const f = new Intl.Collator();',
      'const g = os.tmpdir();',
      'const emitted = `apiKey: process.env.KEY, at: Date.now()`;',
    ].join('\n');
    expect(impureUses('sample.ts', source)).toEqual([
      'sample.ts:1 Date.now',
      'sample.ts:2 new Date',
      'sample.ts:3 Math.random',
      'sample.ts:4 process.env',
      'sample.ts:5 .localeCompare',
      'sample.ts:6 Intl',
      'sample.ts:7 os.tmpdir',
    ]);
  });

  it('generator/ir, generator/emit and generator/format read no clock, randomness, environment or locale', async () => {
    const files = await pureSources();
    expect(files.length).toBeGreaterThan(50);
    const uses: string[] = [];
    for (const file of files) uses.push(...impureUses(file, await readFile(ROOT + file, 'utf8')));
    expect(uses).toEqual([]);
  });
});
