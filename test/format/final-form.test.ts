/**
 * final-form.ts prints a declarations-only file (the SDK's schema.ts) as prettier would, so the
 * format stage can skip prettier for it. Proof by prettier itself: for real specs' schema.ts and
 * hand-written edge cases, the printed text equals prettier's output for the same input, and
 * prettier leaves it unchanged. Constructs outside the subset return `undefined` (prettier then
 * runs), and the format stage gives prettier's text either way.
 */
import path from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { emitClient } from '../../generator/emit/client/index.js';
import { emitSchemaTypes } from '../../generator/emit/types/index.js';
import { printInFinalForm } from '../../generator/format/final-form.js';
import { formatStage, PRETTIER_OPTIONS } from '../../generator/format/index.js';
import { templates } from '../emit-client/generate.js';
import { irForTest } from '../emit-client/load-ir.js';
import { REAL_SPECS, SHARED } from './real-specs.js';

async function schemaSource(spec: string): Promise<string> {
  const { ir } = await irForTest(spec);
  const ctx = { templates: new Map(), generator: { name: 'test', version: '0' }, packageName: 'x' };
  const [schema] = await emitSchemaTypes(ir, ctx);
  return schema!.contents as string;
}

const prettierTs = (text: string) =>
  prettier.format(text, { ...PRETTIER_OPTIONS, parser: 'babel-ts' });

describe('schema.ts of real specs', () => {
  it.each(REAL_SPECS)(
    '%s: printed exactly as prettier prints it, and prettier keeps it',
    async (spec) => {
      const raw = await schemaSource(spec);
      const printed = printInFinalForm(raw);
      expect(printed).toBeDefined();
      expect(await prettierTs(printed!)).toBe(printed);
      // The same text prettier makes of the input (compared where prettier is quick: it is the golden's job on the rest).
      if (raw.length < 500_000) expect(printed).toBe(await prettierTs(raw));
    },
  );

  it('hostile fuzz specs: prettier\u2019s text or a fall back, never a different text', async () => {
    const fixtures = ['spec-106', 'spec-1066', 'spec-1124', 'spec-1043', 'spec-20261205'];
    let printedCount = 0;
    for (const name of fixtures) {
      const raw = await schemaSource(`test/fixtures/fuzz/${name}.json`);
      const printed = printInFinalForm(raw);
      if (printed === undefined) continue;
      printedCount++;
      expect(printed, name).toBe(await prettierTs(raw));
    }
    expect(printedCount).toBeGreaterThan(0);
  });
});

/** The client's declarations-only sources (re-exports, callback payload types) for a spec. */
async function reexportSources(spec: string): Promise<Array<{ path: string; text: string }>> {
  const { ir } = await irForTest(spec);
  const ctx = {
    templates: templates(),
    generator: { name: 'test', version: '0' },
    packageName: 'x',
  };
  return (await emitClient(ir, ctx))
    .filter((f) => f.path === 'sdk/src/index.ts' || f.path === 'sdk/src/callbacks.ts')
    .map((f) => ({ path: f.path, text: f.contents as string }));
}

describe('index.ts and callbacks.ts of real specs', () => {
  it.each([
    'spec/openapi.yaml',
    path.join(SHARED, 'petstore.yaml'),
    path.join(SHARED, 'openai.yaml'),
  ])('%s: printed exactly as prettier prints them, and prettier keeps them', async (spec) => {
    const sources = await reexportSources(spec);
    expect(sources.length).toBeGreaterThan(0);
    for (const { path: file, text } of sources) {
      const printed = printInFinalForm(text);
      expect(printed, file).toBeDefined();
      expect(printed, file).toBe(await prettierTs(text));
      expect(await prettierTs(printed!), file).toBe(printed);
    }
  });
});

const long = (n: number) =>
  ['aaaa', 'bbbbbbbb', 'cccccccccccc', 'dddddddddddddddd'].map((s) => `'${s.repeat(n)}'`);

/** Layouts prettier chooses by width, quoting and comment placement; each printed and compared. */
const CASES: Record<string, string> = {
  'union in a property, fitting on the next line or one member per line': `export interface A {\n  kind?: ${long(2).join(' | ')};\n  x: ${long(3).join(' | ')};\n}\n`,
  'union after = (breaks after the operator)': `export type B = ${long(2).join(' | ')};\nexport type C = ${long(3).join(' | ')};\n`,
  'unions and intersections inside arrays': `export interface D {\n  a: (string | number)[];\n  b: (${long(3).join(' | ')})[];\n  c: (A & B)[];\n  d: (A | null)[];\n}\n`,
  intersections: `export type F = A & B;\nexport type G = A & { x: string };\nexport type H = { x: string } & { y: number } & Z;\nexport type I = ${['A', 'B', 'C'].map((c) => c.repeat(40)).join(' & ')};\nexport type J = Aaaaa & {\n  x: string;\n} & Bbbbb & {\n  y: number;\n};\nexport type K = (A & B) | C;\nexport type L = A | (B & C) | (D & { x: 1 });\n`,
  'quoted keys: unquoted when an identifier, quotes chosen by content': `export interface K {\n  'foo': string;\n  "bar-baz": string;\n  'it\\'s': string;\n  "say \\"hi\\"": string;\n  'a"b': string;\n  "a'b": string;\n  200: string;\n  '200': string;\n  $ok_1: number;\n  'class': number;\n  '\\u0041': number;\n}\n`,
  'a reference or object with null hugs': `export interface H {\n  a: Foo | null;\n  b: {\n    x: string;\n  } | null;\n  c: null | Foo;\n  d: Foo | Bar | null;\n  e: string | null;\n}\nexport type M = {\n  x: string;\n} | null;\n`,
  'type literals: kept on one line unless broken after { or too long': `export interface O {\n  a: { x: string; y: number };\n  b: { ${['x', 'y', 'z'].map((k) => `${k.repeat(30)}: string`).join('; ')} };\n  c: {};\n  d: { [key: string]: unknown };\n  e: Record<string, never>;\n  f: Record<string, { x: string }>;\n}\n`,
  'comments and blank lines': `// header line comment   \n\n/** One */\nexport interface P {\n  /**\n   * multi\n   *   indented\n   */\n  a: string;\n\n  /* not jsdoc */\n  b: string;\n  /*\n  not indentable\n     keep\n  */\n  c: string;\n}\n\n\n/** alias doc */\nexport type Q = string;\n`,
  'JSDoc lines ending in two spaces (a Markdown line break) keep them':
    'export type JC = 1;\n\n/**\n * one  \n * two   \n *  \n * three\n */\nexport interface JD {\n  /**\n   * a  \n   * b\n   */\n  a: string;\n  /*\n   * not jsdoc  \n   * c\n   */\n  b: string;\n}\n',
  'literals and keywords': `export type R = 1 | -1 | 2.5 | 0;\nexport interface S {\n  a: true;\n  b: false;\n  c: null;\n  d: undefined;\n  e: any;\n  f: object;\n}\nexport type AJ = "a\\nb" | 'c\\'d' | "e'f" | '\\"' | "\\\\";\n`,
  'long indexed access and empty bodies': `export interface T {\n  ${'a'.repeat(45)}: components['schemas']['${'B'.repeat(45)}'];\n  x: components["schemas"]["A"];\n  [key: string]: ${long(3).join(' | ')};\n}\nexport interface V {}\nexport type X = {};\ninterface W {\n}\n`,
  'imports and exports: one specifier stays inline, several break when too long': `import { a } from './a.js';\nimport type { components } from "./schema.js";\nimport { type A, B, ${'c'.repeat(30)}, ${'d'.repeat(30)} } from '../core/index.js';\nexport * from './core/index.js';\nexport { ${'E'.repeat(120)} } from './e.js';\nexport { F as default, G } from './f.js';\nexport type { H, I } from './h.js';\n\nexport { J };\nexport type { ${['K', 'L', 'M', 'N'].map((c) => c.repeat(25)).join(', ')} } from './k.js';\n`,
  'type arguments: a lone simple type stays inline, unions among them are not indented': `export type TA = Record<string, A | B>;\nexport type TB = Record<string, ${long(3).join(' | ')}>;\nexport type TC = Foo<Bar<Baz>>;\nexport type TD = Foo<A | null>;\nexport type TE = Foo<${'A'.repeat(60)} | ${'B'.repeat(60)}>;\nexport type TF = Foo<null>;\n`,
  'unions of objects, nested': `export type Y = { a: string } | { b: number };\nexport type Z =\n  | {\n      a: string;\n    }\n  | { b: number }\n  | Foo;\nexport interface AA {\n  a: {\n    b: {\n      c: ${long(3).join(' | ')};\n    };\n  };\n}\n`,
};

describe('layouts', () => {
  it.each(Object.entries(CASES))('%s', async (_name, text) => {
    const printed = printInFinalForm(text);
    expect(printed).toBeDefined();
    expect(printed).toBe(await prettierTs(text));
  });
});

describe('outside the subset', () => {
  const UNSUPPORTED: Record<string, string> = {
    'a function type': 'export type F = () => void;\n',
    'a trailing comment': 'export interface T {\n  a: string; // why\n}\n',
    'type parameters': 'export type G<T> = T;\n',
    'a quoted key beyond ASCII': "export interface U {\n  'café': string;\n}\n",
    'a negative literal array': 'export type N = -1[];\n',
    'a number prettier rewrites': 'export type E = 1E5;\n',
    'a value': 'export const x = 1;\n',
    'a default import': "import a from './a.js';\n",
    'a namespace import': "import * as a from './a.js';\n",
    'a namespace re-export': "export * as a from './a.js';\n",
    'an import for its side effects': "import './a.js';\n",
    'import attributes': "import { a } from './a.json' with { type: 'json' };\n",
  };

  it.each(Object.entries(UNSUPPORTED))('%s: left to prettier', (_name, text) => {
    expect(printInFinalForm(text)).toBeUndefined();
  });

  it('the format stage gives prettier\u2019s text for a declarations-only file it cannot print', async () => {
    const text = "export type F = ()=>void\nexport interface A { 'b': string }\n";
    const { files } = await formatStage(
      [{ path: 'sdk/src/schema.ts', contents: text, format: 'typescript', typesOnly: true }],
      { cache: new Map() },
    );
    expect(files[0]!.contents).toBe(await prettierTs(text));
  });

  it('the format stage prints a declarations-only file in the subset itself, with the same text', async () => {
    const text = "export interface A { 'b': string; c: 'x' | \"y\" }\n";
    const { files, stats } = await formatStage(
      [{ path: 'sdk/src/schema.ts', contents: text, format: 'typescript', typesOnly: true }],
      { cache: new Map() },
    );
    expect(stats.formatted).toBe(1);
    expect(files[0]!.contents).toBe(printInFinalForm(text));
    expect(files[0]!.contents).toBe(await prettierTs(text));
  });
});
