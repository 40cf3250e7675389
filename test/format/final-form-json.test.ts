/**
 * final-form-json.ts prints the generated JSON files (`JSON.stringify(value, null, 2)`) as
 * prettier's `json` parser would, so the format stage needs no prettier for them. Proof by prettier
 * itself: the real specs' JSON files, layouts at the line-width edge, awkward values and random
 * values all print to prettier's exact text; input that is not canonical returns `undefined`.
 */
import fc from 'fast-check';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { emitClient } from '../../generator/emit/client/index.js';
import { printJsonInFinalForm } from '../../generator/format/final-form-json.js';
import { formatStage, PRETTIER_OPTIONS } from '../../generator/format/index.js';
import { templates } from '../emit-client/generate.js';
import { irForTest } from '../emit-client/load-ir.js';
import { REAL_SPECS } from './real-specs.js';

const prettierJson = (text: string) =>
  prettier.format(text, { ...PRETTIER_OPTIONS, parser: 'json' });
const stringified = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

async function expectPrettiersText(text: string): Promise<void> {
  const printed = printJsonInFinalForm(text);
  expect(printed, text).toBeDefined();
  expect(printed, text).toBe(await prettierJson(text));
}

describe('JSON files of real specs', () => {
  it.each(REAL_SPECS)('%s: every JSON file printed exactly as prettier prints it', async (spec) => {
    const { ir } = await irForTest(spec);
    const ctx = {
      templates: templates(),
      generator: { name: 'test', version: '0' },
      packageName: '@shellapi/sdk',
    };
    const files = (await emitClient(ir, ctx)).filter((f) => f.format === 'json');
    expect(files.map((f) => f.path).sort()).toEqual([
      'sdk/mock/package.json',
      'sdk/msw/package.json',
      'sdk/package.json',
    ]);
    for (const file of files) await expectPrettiersText(file.contents as string);
  });
});

/** An array whose one-line form under `"k": ` ends at column `width`. */
function arrayEndingAt(width: number): unknown {
  // `  "k": ["` is 9 columns, `"]` 2: fill the rest with one string.
  return { k: ['x'.repeat(width - 11)] };
}

const CASES: Record<string, unknown> = {
  'empty containers, nested': { a: {}, b: [], c: [[], {}, [[]], [{}]], d: { e: { f: [] } } },
  'a long array of strings': { files: Array.from({ length: 40 }, (_, i) => `item-${i}`) },
  'a long array of numbers fills its lines': { n: Array.from({ length: 90 }, (_, i) => i * 997) },
  'signed and exponent numbers': {
    n: [-1, 2, -3.5, 1e21, -1e21, 1.5e-7, 0.1, -0, 123456789012345680000, Number.MAX_VALUE],
  },
  'a mixed array': { m: [1, 'a', true, null, -2] },
  'arrays of arrays: two or more elements each break': {
    a: [
      [1, 2],
      [3, 4],
    ],
    b: [[1], [2]],
  },
  'arrays of objects': {
    a: [{ x: 1 }],
    b: [
      { x: 1, y: 2 },
      { z: 3, w: 4 },
    ],
    c: [{}, {}],
  },
  'an array with an object inside breaks': { a: [1, [2, { b: 3 }]] },
  'unicode strings and keys': {
    名前: '今天天气很好,我们去公园散步吧。',
    emoji: ['🦀 🎶 🌊', 'é', 'e\u0301', '\u200b', 'ｗｉｄｅ'],
    wide: Array.from({ length: 12 }, () => '漢字漢字'),
  },
  'escapes kept as written': {
    s: 'quote " backslash \\ newline \n tab \t nul \u0000 bell \u0007',
    sep: 'line\u2028para\u2029',
    lone: '\ud800',
    slash: '/path/',
  },
  'keys needing quotes and integer-like keys': { '2': 1, a: 2, 'b-c': 3, '': 4, __proto__x: 5 },
  'an array ending at column 100': arrayEndingAt(100),
  'an array ending at column 101': arrayEndingAt(101),
  'numbers ending at the edge': { k: Array.from({ length: 33 }, () => 10) },
  'deep nesting': { a: { b: { c: { d: { e: { f: [1, 2, 3], g: ['x', 'y'] } } } } } },
  'root array': [1, 2, 3],
  'root array of objects': [{ a: 1 }, { b: 2 }],
  'root string': 'text',
  'root number': 42,
  'root null': null,
};

describe('layouts and values', () => {
  it.each(Object.entries(CASES))('%s', async (_name, value) => {
    await expectPrettiersText(stringified(value));
  });

  it('random JSON values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (value) => {
        const text = stringified(value);
        expect(printJsonInFinalForm(text)).toBe(await prettierJson(text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('outside the subset', () => {
  it.each([
    ['compact JSON', '{"a":1}\n'],
    ['no final newline', '{\n  "a": 1\n}'],
    ['a blank line', '{\n  "a": 1,\n\n  "b": 2\n}\n'],
    ['a comment', '{\n  // x\n  "a": 1\n}\n'],
    ['a duplicate key', '{\n  "a": 1,\n  "a": 2\n}\n'],
    ['another spelling of a number', '{\n  "a": 1.0\n}\n'],
    ['an escaped slash', '{\n  "a": "\\/"\n}\n'],
    ['not JSON', '{ a: 1 }\n'],
  ])('%s: undefined, prettier prints it', (_name, text) => {
    expect(printJsonInFinalForm(text)).toBeUndefined();
  });

  it('the format stage prints JSON without prettier and the rest with it', async () => {
    const files = [
      { path: 'a.json', contents: stringified({ a: [1, 2] }), format: 'json' as const },
      { path: 'b.json', contents: '{"b":[]}', format: 'json' as const },
    ];
    const { files: out } = await formatStage(files, { cache: new Map() });
    expect(out.map((f) => f.contents)).toEqual(['{\n  "a": [1, 2]\n}\n', '{ "b": [] }\n']);
  });
});
