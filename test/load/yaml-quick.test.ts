/**
 * The quick YAML path (js-yaml, yaml-quick.ts) answers only where `yaml` parses the file without a
 * problem into the same value, and its files are placed (yaml-chunks.ts: `yaml` parsing the entry
 * around a node) exactly where `yaml`'s positioned document of the whole file places them. Checked
 * on the public specs and this repo's, on documents written at the edges where js-yaml and `yaml`
 * differ, and on a deterministic fuzz set of mutations of them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import YAML, { parseDocument } from 'yaml';
import { loadSpecSync } from '../../generator/load/index.js';
import { PositionIndex } from '../../generator/load/positions.js';
import { ParseReuse } from '../../generator/load/reparse.js';
import { YamlChunks } from '../../generator/load/yaml-chunks.js';
import { parseYamlQuick } from '../../generator/load/yaml-quick.js';
import { pointers } from '../helpers/pointers.js';

const SHARED = fileURLToPath(new URL('../../../shared/specs/', import.meta.url));
const SPEC = fileURLToPath(new URL('../../spec/', import.meta.url));
const specs = [
  ...readdirSync(SHARED)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => path.join(SHARED, name)),
  ...readdirSync(SPEC)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => path.join(SPEC, name)),
];

/** What `yaml` makes of a text: its value, or `undefined` when it reports a problem. */
function viaYaml(text: string): { value: unknown } | undefined {
  const document = parseDocument(text, { prettyErrors: false });
  if (document.errors.length > 0) return undefined;
  try {
    return { value: (document.toJS() as unknown) ?? null };
  } catch {
    return undefined;
  }
}

/** Where the two parsers part: the quick path must leave each of these to `yaml`. */
const giveUps: Record<string, string> = {
  anchors: 'a: &x {b: 1}\nc: *x\n',
  'merge key': 'base: &b {x: 1}\nm:\n  <<: *b\n',
  tag: 'a: !!str 1\n',
  'non-specific tag': 'a: ! 1\nb:\n  - !\n',
  'custom tag': 'a: !thing x\n',
  directive: '%YAML 1.1\n---\na: yes\n',
  'two documents': 'a: 1\n---\nb: 2\n',
  'lone CR': 'a: 1\rb: 2\n',
  tab: 'a:\t1\n',
  'content on ---': '--- a: 1\n...\n',
  'empty item at another indentation': ' - \n- b\n',
  'quoted scalar under-indented': 'l: "multi\n. line"\n',
  'collection in a flow map': '{a, [x, y], "c": null}\n',
  'null key': 'null: 1\n~: 2\n',
  'null key in a flow map': 'a: {b, ~}\n',
  'explicit key': '? [a, b]\n: c\n',
  'key over 1,000 characters': `${'k'.repeat(1100)}: v\n`,
  'flow over lines': 'a: [1,\n2]\n',
  'duplicate key': 'a: 1\na: 2\n',
  'multi-line key': '"a\n b": 1\n',
  'comment right after a double quote': 'a: "x"# c\n',
  'comment right after a single quote': "- 'x'#c\n",
  'comment right after a flow sequence': 'a: [1]#c\n',
  'comment right after a flow map': 'a: {b: 1}#c\n',
  'comment in a quoted key': '"k"#c: v\n',
  'comment right after a block indicator': 'a: |#c\n  x\n',
  'content after --- and a no-break space': '---\u00a0x\n',
};

/** Texts both read the same way, YAML 1.2 core scalars included. */
const sameValue: Record<string, string> = {
  'comments after white space': 'a: "x" # c\nb: [1] # d\nc: {e: 1}  # f\n"g": \'h\' # i\n',
  scalars:
    'a: 1\nb: -2.5e3\nc: 0x1F\nd: 0o17\ne: .inf\nf: -.Inf\ng: .nan\nh: ~\ni: null\nj: True\n' +
    'k: yes\nl: 2001-12-14\nm: 1_000\nn: 0b101\no: 010\np: +12\nq: 12345678901234567890\n' +
    "r: 1.\ns: .5\nt: \"1\"\nu: 'x''y'\nv: on\nw: 1:20\n",
  keys: '"quoted key": 1\n\'single\': 2\n200: ok\n1.5: f\ntrue: t\n<<: not merged\n',
  'BOM and CRLF': '\ufeffa: 1\r\nb:\r\n  - c\r\n',
  'block scalars': 'a: |2\n    indented\n  b\nc: >+\n  keep\n\nd: >-\n  fold\n  ed\n',
  'quoted over lines': 'desc: "a long\n  quoted"\nother: \'x\n\n  y\'\n',
  'prototype keys': '__proto__: {a: 1}\nconstructor: x\n',
  'document markers': '---\na: 1\n...\n',
  'flow one line': 'k: [a, [b, c], {d: e}]\nl: [b: c]\nm: {"": 1, b}\n',
  empty: '# only a comment\n',
  escapes:
    'a: "\\x41 \\u00e9 \\U0001F600 \\N \\_ \\L \\P \\e \\0 \\a \\b \\v \\f \\  \\/ \\\\ \\" \\t"\n' +
    'b: "line \\\n  continued"\n',
  'Unicode line separators are not breaks': 'a: plain\u2028text\nb: x\u0085y\nc: "q\u2028q"\n',
  numbers: 'a: +.5\nb: -.5\nc: 1e5\nd: 0x\ne: 0o8\nf: +0x10\ng: -0\nh: 1e21\n1e21: k\n',
  folding:
    'a: >\n  folded\n    more\n  back\n\n  para\nb: |+\n  keep\n\n\nc: >2-\n   x\n  y\n' +
    'd: |\n\n  leading blank\ne: plain\n\n  para\nf: {b:c}\ng: ["b":c]\n',
};

const seeds = [...Object.values(giveUps), ...Object.values(sameValue)];
const alphabet = [' ', '\n', ':', '-', '[', ']', '{', '}', ',', '"', "'", '#', '&', '*', '!'];
alphabet.push('|', '>', '?', '%', '@', '`', '\\', 'a', '1', '.', '~', '  ', ': ', '- ', '\r\n');

/** Deterministic mutations (insert, delete, replace) of the seeds. */
function fuzzSet(count: number): string[] {
  let state = 20261206;
  const next = (n: number): number => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state % n;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = seeds[next(seeds.length)]!;
    for (let k = 1 + next(3); k > 0; k--) {
      const at = next(text.length + 1);
      const piece = alphabet[next(alphabet.length)]!;
      const op = next(3);
      if (op === 0) text = text.slice(0, at) + piece + text.slice(at);
      else if (op === 1) text = text.slice(0, at) + text.slice(at + 1 + next(3));
      else text = text.slice(0, at) + piece + text.slice(at + 1);
    }
    out.push(text);
  }
  return out;
}

describe('quick YAML values', () => {
  it.each(specs.map((file) => [path.basename(file), file]))('%s: as yaml reads it', (_, file) => {
    const text = readFileSync(file, 'utf8');
    const quick = parseYamlQuick(text);
    expect(quick).toBeDefined();
    expect(isDeepStrictEqual(quick, YAML.parse(text))).toBe(true);
  });

  it.each(Object.entries(giveUps))('%s: left to yaml', (_, text) => {
    expect(parseYamlQuick(text)).toBeUndefined();
  });

  it.each(Object.entries(sameValue))('%s: the value yaml gives', (_, text) => {
    const quick = parseYamlQuick(text);
    expect(quick).toBeDefined();
    expect(isDeepStrictEqual(quick, viaYaml(text)?.value)).toBe(true);
  });

  it('fuzz: an answer only where yaml reports nothing, and then its value', () => {
    let answered = 0;
    for (const text of fuzzSet(6000)) {
      const quick = parseYamlQuick(text);
      if (quick === undefined) continue;
      answered++;
      const yaml = viaYaml(text);
      expect([text, yaml !== undefined && isDeepStrictEqual(quick, yaml.value)]).toEqual([
        text,
        true,
      ]);
    }
    expect(answered).toBeGreaterThan(1000);
  });
});

describe('quick YAML positions', () => {
  it.each(specs.map((file) => [path.basename(file), file]))(
    '%s: every pointer where the positioned document places it',
    (name, file) => {
      const text = readFileSync(file, 'utf8');
      const value = parseYamlQuick(text)!;
      const quick = new PositionIndex(() => text);
      quick.rememberQuick(name, value);
      const chunks = new YamlChunks(text, value);
      const slow = new PositionIndex(() => text);
      const all = pointers(value);
      // openai.yaml's ~half a million pointers: a sample, every node kind still met.
      const every = all.length > 20000 ? 101 : 1;
      let placed = 0;
      let asked = 0;
      for (let i = 0; i < all.length; i += every) {
        const tokens = all[i]!;
        asked++;
        if (chunks.place(tokens)) placed++;
        expect([tokens, quick.position(name, tokens)]).toEqual([
          tokens,
          slow.position(name, tokens),
        ]);
      }
      // Placed from an entry, not by parsing the whole file again.
      expect(placed / asked).toBeGreaterThan(0.9);
    },
  );

  it('openai.yaml loads to the same document and problems as through the node-start path', () => {
    const file = path.join(SHARED, 'openai.yaml');
    const quick = loadSpecSync(file);
    const full = loadSpecSync(file, { reuse: new ParseReuse() });
    expect(isDeepStrictEqual(quick.document, full.document)).toBe(true);
    expect(quick.problems.length).toBeGreaterThan(0);
    expect(quick.problems).toEqual(full.problems);
    for (const pointer of ['#/paths/~1chat~1completions/post', '#/components/schemas/Batch'])
      expect(quick.locate(pointer)).toEqual(full.locate(pointer));
  });
});
