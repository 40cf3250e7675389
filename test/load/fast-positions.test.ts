/**
 * A file the fast YAML path parsed is located from the node starts it kept, without a second
 * parse: every pointer into this repo's spec files (and pointers that stop early: a missing key,
 * an index past the end, a step into a scalar) lands on the same line and column, at the same
 * depth, as the positioned document of `yaml` gives, and only the file's line feeds are read.
 */
import { describe, expect, it } from 'vitest';
import { PositionIndex } from '../../generator/load/positions.js';
import { parseYamlFast } from '../../generator/load/yaml-fast.js';
import { pointers } from '../helpers/pointers.js';
import { specYamlTexts } from '../helpers/spec-texts.js';

const extra = `
plain: value
'quoted key': "text"
multi: |
  block
  text
flow: { a: 1, "b c": [x, { d: 2 }], '0': null }
list:
  - one
  -
  - - nested
    - seq
  - key: value
    other: 2
"200": ok
empty:
`;

describe('fast positions', () => {
  const texts = [...specYamlTexts(), ['extra.yaml', extra]];
  it.each(texts)('%s: every pointer as the positioned document places it', (name, text) => {
    const fast = parseYamlFast(text);
    expect(fast).toBeDefined();
    // Only line feeds are left for the fast index to read: a fallback to a second parse would
    // place nothing (the extra file's empty item must fall back, so it keeps its text).
    const masked = name === 'extra.yaml' ? text : text.replace(/[^\n]/g, ' ');
    const withFast = new PositionIndex(() => masked);
    withFast.rememberFast(name, fast!.value, fast!.positions);
    const slow = new PositionIndex(() => text);
    for (const tokens of pointers(fast!.value))
      expect([tokens, withFast.position(name, tokens)]).toEqual([
        tokens,
        slow.position(name, tokens),
      ]);
  });
});
