/**
 * A YAML file parsed without positions (yaml-quick.ts) is placed by reading its lines
 * (yaml-chunks.ts `placeByLines`): every pointer it answers lands on the same line, column and
 * depth as the positioned document of `yaml` gives, and it answers the common block-style ones.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PositionIndex } from '../../generator/load/positions.js';
import { YamlChunks } from '../../generator/load/yaml-chunks.js';
import { parseYamlQuick } from '../../generator/load/yaml-quick.js';
import { pointers } from '../helpers/pointers.js';
import { specYamlTexts } from '../helpers/spec-texts.js';

const OPENAI = fileURLToPath(new URL('../../../shared/specs/openai.yaml', import.meta.url));

const extra = `# a comment first
plain: value
'quoted key': "text"
"double": 1
1.0: one point oh
'1.0': quoted
multi: |
  block
  text
flow: { a: 1, "b c": x }
flows: [x, { d: 2 }]
list:
  - one
  - - nested
    - seq
  -   key: value
      other: 2
      deeper:
        - a
        # between
        - b: [1]
          c: 3
  - [flow, item]
  - {flow: map}
compact:
- a
- b
"200": ok
empty:
after: 1
`;

function lineCol(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, col: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

describe('quick positions', () => {
  const texts: [string, string, number][] = [
    ...specYamlTexts().map(([name, text]): [string, string, number] => [name, text, 1]),
    ['extra.yaml', extra, 1],
    // Every 97th pointer of a large real spec.
    ['openai.yaml', readFileSync(OPENAI, 'utf8'), 499],
  ];
  it.each(texts)('%s: the lines place a node where yaml does', (name, text, every) => {
    const value = parseYamlQuick(text);
    expect(value).toBeDefined();
    const chunks = new YamlChunks(text, value!);
    const slow = new PositionIndex(() => text);
    let placed = 0;
    let asked = 0;
    pointers(value!).forEach((tokens, i) => {
      if (i % every !== 0) return;
      asked++;
      const at = chunks.placeByLines(tokens);
      if (!at) return;
      placed++;
      expect([tokens, { ...lineCol(text, at.offset), depth: at.depth }]).toEqual([
        tokens,
        slow.position(name, tokens),
      ]);
    });
    // Flow collections (this repo's spec writes many) are left to `yaml`; a block-style spec is read.
    expect(placed / asked).toBeGreaterThan(name === 'openai.yaml' ? 0.9 : 0.2);
    if (name === 'extra.yaml')
      for (const tokens of [
        ['list', '2', 'deeper', '1', 'c'],
        ['list', '1', '1'],
        ['quoted key'],
        ['1.0'],
        ['empty', 'inside'],
      ])
        expect(chunks.placeByLines(tokens), tokens.join('/')).toBeDefined();
  });
});
