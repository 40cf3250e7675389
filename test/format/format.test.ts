import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Formatter, VirtualFile } from '../../generator/emit/types.js';
import {
  FormatError,
  formatFiles,
  formatInputHash,
  formatStage,
} from '../../generator/format/index.js';
import { loadFormatCache, writeOutput } from '../../generator/write/index.js';

const file = (p: string, format: Formatter, contents: string | Uint8Array): VirtualFile => ({
  path: p,
  format,
  contents,
});

// Deliberately unformatted input for every parser.
const SAMPLES: VirtualFile[] = [
  file(
    'a.ts',
    'typescript',
    'import {x} from "./x.js"\nexport const   y = {a:1,b:"two",} as const\nexport function f(a:number,b:string){return [a,b,"a very long string that pushes this line past one hundred columns for sure"]}\n',
  ),
  file('b.js', 'javascript', 'const a = "x"\nmodule.exports = {a, b: function(){return 1}}'),
  file('c.md', 'markdown', '# Title\n\n* one\n* two\n\n```ts\nconst a = "b"\n```\n'),
  file('d.json', 'json', '{"b":1,   "a":[1,2,3]}'),
  file('e.css', 'css', 'a{color:red;background:blue}'),
  file(
    'f.html',
    'html',
    '<!doctype html><html><head><title>x</title></head><body><p>hi</p></body></html>',
  ),
  file('g.yaml', 'yaml', 'a:   1\nb:\n    - x\n    - y\n'),
];

describe('formatFiles', () => {
  it('formats every supported kind and a second pass changes nothing', async () => {
    const once = await formatFiles(SAMPLES, { cache: new Map() });
    const twice = await formatFiles(once, { cache: new Map() });
    expect(twice.map((f) => f.contents)).toEqual(once.map((f) => f.contents));
    once.forEach((f, i) => expect(f.contents, f.path).not.toBe(SAMPLES[i]!.contents));
  });

  it('applies the options from code: single quotes, trailing commas, width 100, LF', async () => {
    const [out] = await formatFiles(
      [
        file(
          'a.ts',
          'typescript',
          'const a = {\r\n  b: "c",\r\n  d: ["eeeeeeeeeeeeeeeeeeeeeeeeeeeeee", "ffffffffffffffffffffffffffffffff", "gggggggggggggggggggggggg"]\r\n}\r\n',
        ),
      ],
      {
        cache: new Map(),
      },
    );
    expect(out!.contents).toBe(
      "const a = {\n  b: 'c',\n  d: [\n    'eeeeeeeeeeeeeeeeeeeeeeeeeeeeee',\n    'ffffffffffffffffffffffffffffffff',\n    'gggggggggggggggggggggggg',\n  ],\n};\n",
    );
  });

  it('never reads prettier configuration from disk', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-format-'));
    const cwd = process.cwd();
    try {
      await writeFile(
        path.join(dir, '.prettierrc'),
        JSON.stringify({ singleQuote: false, semi: false, useTabs: true }),
      );
      await writeFile(path.join(dir, '.editorconfig'), 'root = true\n[*]\nindent_style = tab\n');
      process.chdir(dir);
      const [out] = await formatFiles([file('x.ts', 'typescript', 'if (a) { b("c") }')], {
        cache: new Map(),
      });
      expect(out!.contents).toBe("if (a) {\n  b('c');\n}\n");
    } finally {
      process.chdir(cwd);
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('leaves `none` and binary contents untouched, keeps order and does not mutate its input', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const input = [
      file('z.txt', 'none', 'keep   "as is"'),
      file('b.bin', 'typescript', bytes),
      file('a.ts', 'typescript', 'let a=1'),
    ];
    const copy = structuredClone(input);
    const result = await formatStage(input, { cache: new Map() });
    expect(result.files.map((f) => f.path)).toEqual(['z.txt', 'b.bin', 'a.ts']);
    expect(result.files[0]!.contents).toBe('keep   "as is"');
    expect(result.files[1]!.contents).toBe(bytes);
    expect(result.files[2]!.contents).toBe('let a = 1;\n');
    expect(input).toEqual(copy);
    expect(result.stats).toEqual({ formatted: 1, cached: 0, untouched: 2 });
    expect(Object.keys(result.inputHashes)).toEqual(['a.ts']);
  });

  it('formats TypeScript that babel-ts refuses with TypeScript’s own parser', async () => {
    // A negative literal's array type, as openapi-typescript prints it (found by the fuzzer).
    const [out] = await formatFiles(
      [file('neg.ts', 'typescript', 'export type A = number | -4.5e-303[]')],
      { cache: new Map() },
    );
    expect(out!.contents).toBe('export type A = number | -4.5e-303[];\n');
  });

  it('names every file prettier cannot parse', async () => {
    const error = await formatFiles(
      [
        file('ok.ts', 'typescript', 'let a = 1;'),
        file('sdk/bad.ts', 'typescript', 'export const = ;'),
        file('bad.json', 'json', '{"a": }'),
      ],
      { cache: new Map() },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FormatError);
    expect((error as FormatError).failures.map((f) => [f.path, f.parser])).toEqual([
      ['sdk/bad.ts', 'babel-ts'],
      ['bad.json', 'json'],
    ]);
    expect((error as FormatError).message).toMatch(/sdk\/bad\.ts \(parser babel-ts\): .*\(1:14\)/);
    expect((error as FormatError).message).toContain('emitter');
  });
});

describe('format cache', () => {
  it('skips prettier for inputs it has formatted before', async () => {
    const cache = new Map<string, string>();
    const cold = await formatStage(SAMPLES, { cache });
    expect(cold.stats).toEqual({ formatted: SAMPLES.length, cached: 0, untouched: 0 });

    const warm = await formatStage(SAMPLES, { cache });
    expect(warm.stats).toEqual({ formatted: 0, cached: SAMPLES.length, untouched: 0 });
    expect(warm.files).toEqual(cold.files);

    const oneChanged = SAMPLES.map((f) =>
      f.path === 'a.ts' ? { ...f, contents: 'export const changed = 1' } : f,
    );
    const partial = await formatStage(oneChanged, { cache });
    expect(partial.stats).toEqual({ formatted: 1, cached: SAMPLES.length - 1, untouched: 0 });
  });

  it('keys on the parser as well as the text', () => {
    expect(formatInputHash('typescript', 'a')).not.toBe(formatInputHash('babel', 'a'));
    expect(formatInputHash('typescript', 'a')).toBe(formatInputHash('typescript', 'a'));
  });

  it('persists through the manifest: a re-run with the same emitter output never calls prettier', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-format-'));
    try {
      const first = await formatStage(SAMPLES, { cache: new Map() });
      await writeOutput(dir, first.files, {
        specHash: 's',
        generatorVersion: '0',
        formatInputs: first.inputHashes,
      });

      const previous = await loadFormatCache(dir);
      expect(previous.size).toBe(SAMPLES.length);
      const second = await formatStage(SAMPLES, { cache: new Map(), previous });
      expect(second.stats.formatted).toBe(0);
      expect(second.files).toEqual(first.files);

      // A hand-edited output file is not trusted as a cache entry.
      await writeFile(path.join(dir, 'a.ts'), 'tampered\n');
      const afterEdit = await formatStage(SAMPLES, {
        cache: new Map(),
        previous: await loadFormatCache(dir),
      });
      expect(afterEdit.stats.formatted).toBe(1);
      expect(afterEdit.files[0]!.contents).toBe(first.files[0]!.contents);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('returns an empty cache when there is no usable manifest', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-format-'));
    try {
      expect((await loadFormatCache(dir)).size).toBe(0);
      await writeFile(path.join(dir, 'manifest.json'), 'not json');
      expect((await loadFormatCache(dir)).size).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
