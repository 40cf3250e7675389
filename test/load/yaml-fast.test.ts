/**
 * The fast YAML path must return exactly what `YAML.parse` returns, or give up (and let the full
 * parser report positions); it must never accept a text that `yaml` rejects.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { parseYamlFast, type NodeStarts } from '../../generator/load/yaml-fast.js';
import type { JsonValue } from '../../generator/load/types.js';

const SHARED = fileURLToPath(new URL('../../../shared/specs/', import.meta.url));

const accepted: [string, string][] = [
  [
    'scalars of the core schema',
    'a: 1\nb: -2\nc: 0x1F\nd: 0o17\ne: 1.50\nf: 1e3\ng: .5\nh: true\ni: False\nj: ~\nk: null\nl:\nm: 012\nn: +7\no: 1_000\np: 2024-01-01\n',
  ],
  ['quoted strings', `a: "x\\ty\\u00e9"\nb: 'it''s'\nc: "multi\n  line"\nd: '123'\ne: ""\n`],
  [
    'block scalars',
    'a: |\n  keep\n   indent\n\nb: >-\n  folded\n  text\n\n  para\nc: |+\n  keep trailing\n\nd: >2\n    two\n',
  ],
  ['plain multi-line scalars', 'a: one\n  two\n  three\nb: x # comment\n'],
  ['flow collections', 'a: {x: 1, "y": [1, 2, ], z: {}}\nb: [a, "b", {c: d}]\nc: []\n'],
  ['nested block collections', 'a:\n  - x\n  - - y\n    - z\n  - k: v\n    l: w\nb:\n- 1\n- 2\n'],
  ['comments and document start', '# head\n--- # start\na: 1 # one\n# between\nb: 2\n'],
  ['numbers as keys and odd keys', '200: ok\n2XX: range\nnull: n\n"__proto__": p\n"a b": c\n'],
  ['unicode and BOM', '\uFEFFtitle: 提交Imagine任务\nemoji: "🚀"\n'],
  [
    'JSON text',
    '{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "list": [1, 2.5, true, null]}\n',
  ],
  ['empty document', '# nothing\n'],
];

const refused: [string, string][] = [
  ['anchors and aliases', 'a: &x 1\nb: *x\n'],
  ['tags', 'a: !!str 1\n'],
  ['duplicate keys', 'a: 1\na: 2\n'],
  ['tabs', 'a:\n\tb: 1\n'],
  ['several documents', 'a: 1\n---\nb: 2\n'],
  ['bad indentation', 'a:\n  b: 1\n c: 2\n'],
  ['unclosed flow', 'a: [1, 2\nb: 3\n'],
  ['infinity', 'a: .inf\n'],
  ['explicit keys', '? a\n: 1\n'],
];

describe('fast YAML parse', () => {
  it.each(accepted)('reads %s like YAML.parse', (_, text) => {
    const fast = parseYamlFast(text);
    expect(fast).toBeDefined();
    expect(fast!.value).toEqual(YAML.parse(text) ?? null);
    // Converting finished items while the parser runs changes nothing, at any interval.
    expect(parseYamlFast(text, 1)!.value).toEqual(fast!.value);
  });

  it('keeps __proto__ an own key', () => {
    const value = parseYamlFast('__proto__: {polluted: true}\n')!.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(refused)('gives up on %s', (_, text) => {
    expect(parseYamlFast(text)).toBeUndefined();
    expect(parseYamlFast(text, 1)).toBeUndefined();
  });

  it.each(['museum.yaml', 'petstore.yaml'])(
    'reads %s the same whether finished items are converted early or at the end',
    (file) => {
      const text = readFileSync(SHARED + file, 'utf8');
      const atEnd = parseYamlFast(text, Infinity)!;
      expect(atEnd.value).toEqual(YAML.parse(text));
      for (const every of [1, 7, 1024]) {
        const early = parseYamlFast(text, every)!;
        expect(early.value).toEqual(atEnd.value);
        expect(early.positions.rootOffset).toBe(atEnd.positions.rootOffset);
        expectSameStarts(early.value, early.positions.starts, atEnd.value, atEnd.positions.starts);
      }
    },
  );

  it('never disagrees with yaml on mutated real specs', () => {
    let seed = 20240601;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pieces = [
      ' ',
      '\t',
      ':',
      '-',
      '#',
      '"',
      "'",
      '{',
      '}',
      '[',
      ']',
      ',',
      '\n',
      '&a ',
      '*a',
      '!',
      '|',
      '>',
      '?',
      'x',
      '0',
      '  ',
      '---',
      '~',
      '.5',
    ];
    const lines = readFileSync(SHARED + 'museum.yaml', 'utf8').split('\n');
    /** A valid piece of the file: lines from `first` while they stay inside its block, dedented. */
    const window = (first: number): string => {
      const indent = /^ */.exec(lines[first]!)![0].length;
      const out: string[] = [];
      for (let i = first; i < lines.length && out.length < 60; i++) {
        const line = lines[i]!;
        if (line.trim() !== '' && /^ */.exec(line)![0].length < indent) break;
        out.push(line.slice(indent));
      }
      return out.join('\n') + '\n';
    };
    let fastCount = 0;
    for (let i = 0; i < 400; i++) {
      let first = Math.floor(random() * lines.length);
      while (/^\s*(-|$)/.test(lines[first] ?? '') && first > 0) first--;
      let text = window(first);
      for (let m = 0; m < 1 + Math.floor(random() * 2); m++) {
        const at = Math.floor(random() * text.length);
        const kind = random();
        if (kind < 0.4)
          text = text.slice(0, at) + pieces[Math.floor(random() * pieces.length)] + text.slice(at);
        else if (kind < 0.8)
          text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 3));
        else {
          const lineStart = text.lastIndexOf('\n', at) + 1;
          text =
            text.slice(0, lineStart) +
            (random() < 0.5 ? ' ' : '') +
            text.slice(lineStart + (random() < 0.5 ? 1 : 0));
        }
      }
      const fast = parseYamlFast(text);
      expect(parseYamlFast(text, 1)?.value, text).toEqual(fast?.value);
      if (!fast) continue;
      fastCount++;
      const full = YAML.parseDocument(text);
      expect(
        full.errors.map((e) => e.code),
        text,
      ).toEqual([]);
      expect(fast.value, text).toEqual(full.toJS() ?? null);
    }
    // Enough of the mutations stay valid for the comparison to mean something.
    expect(fastCount).toBeGreaterThan(100);
  });
});

/** Both parses placed every node (map keys, sequence items) at the same offsets. */
function expectSameStarts(a: JsonValue, aStarts: NodeStarts, b: JsonValue, bStarts: NodeStarts) {
  if (a === null || typeof a !== 'object' || b === null || typeof b !== 'object') return;
  expect(aStarts.get(a)).toEqual(bStarts.get(b));
  const aMembers = a as Record<string, JsonValue>;
  const bMembers = b as Record<string, JsonValue>;
  for (const key of Object.keys(a))
    expectSameStarts(aMembers[key]!, aStarts, bMembers[key]!, bStarts);
}
