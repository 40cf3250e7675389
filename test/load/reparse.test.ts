/**
 * A watch session's re-parse of an edited YAML file (load/reparse.ts): after every edit of a
 * session, the value (key order included) and the position of every node equal a full parse of
 * the new text; the splice is taken for edits inside one block map entry and refused where an
 * entry's text alone would read differently (flow collections, a new sibling, a renamed key,
 * broken syntax), which then parse whole.
 */
import { describe, expect, it } from 'vitest';
import { ParseReuse, reparse } from '../../generator/load/reparse.js';
import { parseSource } from '../../generator/load/parse-source.js';
import { PositionIndex } from '../../generator/load/positions.js';
import { parseYamlFast } from '../../generator/load/yaml-fast.js';
import type { JsonValue } from '../../generator/load/types.js';

const filler = Array.from(
  { length: 30 },
  (_, i) =>
    `    Filler${i}:\n      type: object\n      properties:\n        f${i}:\n          type: string\n`,
).join('');

const BASE = `openapi: 3.1.0
info:
  title: T
  version: '1'
paths:
  /a:
    get:
      summary: A
      description: |2
          indented block
        text
      responses:
        '200':
          description: ok
  /b:
    post:
      summary: "B"
      tags: [x, y]
      parameters:
        - name: q
          in: query
# a comment at the left edge
components:
  schemas:
    Flow: { type: object, properties: { a: { type: string } } }
${filler}`;

/** Every pointer to a node of `value`. */
function pointers(value: JsonValue, at: string[] = [], out: string[][] = []): string[][] {
  out.push(at);
  if (value === null || typeof value !== 'object') return out;
  const keys = Array.isArray(value) ? value.map((_, i) => String(i)) : Object.keys(value);
  for (const key of keys) pointers((value as Record<string, JsonValue>)[key]!, [...at, key], out);
  return out;
}

function expectSameAsFullParse(name: string, text: string, reuse: ParseReuse): void {
  const parsed = reuse.parse(name, text);
  const full = parseSource(text, name);
  expect(JSON.stringify(parsed.value)).toBe(JSON.stringify(full.value));
  expect(parsed.problems).toEqual(full.problems);
  if (parsed.value === undefined) return;
  const mine = new PositionIndex(() => text);
  if (parsed.positions) mine.rememberFast(name, parsed.value, parsed.positions);
  const slow = new PositionIndex(() => text);
  for (const tokens of pointers(parsed.value))
    expect([tokens, mine.position(name, tokens)]).toEqual([tokens, slow.position(name, tokens)]);
}

/** [what, edit, whether the splice is taken] */
const EDITS: Array<[string, (text: string) => string, boolean]> = [
  ['a summary', (t) => t.replace('summary: A', 'summary: A longer summary'), true],
  [
    'a block scalar with an indentation indicator',
    (t) => t.replace('    indented block', '    indented block, edited'),
    true,
  ],
  [
    'a field added to an operation',
    (t) => t.replace('      tags:', '      deprecated: true\n      tags:'),
    true,
  ],
  [
    'a flow map inside a schema',
    (t) => t.replace('a: { type: string }', 'a: { type: integer }'),
    true,
  ],
  // Not as part of `/a`, but as part of `paths`.
  ['a new path between two', (t) => t.replace('  /b:\n', '  /new:\n    get: {}\n  /b:\n'), true],
  ['a renamed key', (t) => t.replace('summary: "B"', 'summary2: "B"'), true],
  ['the version', (t) => t.replace('openapi: 3.1.0', 'openapi: 3.1.1'), true],
  [
    'a comment at the left edge inside an entry',
    (t) => t.replace('      parameters:', '# note\n      parameters:'),
    true,
  ],
  ['a key moved left', (t) => t.replace('      deprecated: true', '    deprecated: true'), false],
  ['the key moved back', (t) => t.replace('    deprecated: true', '      deprecated: true'), false],
  ['broken syntax', (t) => t.replace('summary: A longer summary', 'summary: [A'), false],
  ['the break fixed', (t) => t.replace('summary: [A', 'summary: A fixed'), false],
  [
    'two summaries at once',
    (t) => t.replace('summary: A fixed', 'summary: A2').replace('in: query', 'in: header'),
    true,
  ],
  ['a filler schema', (t) => t.replace('f7:', 'f7b:'), true],
  [
    'a document marker',
    (t) => t.replace('          in: header', '---\n          in: header'),
    false,
  ],
];

describe('re-parse of an edited YAML file', () => {
  it('starts from a file the fast path parses', () => {
    expect(parseYamlFast(BASE)).toBeDefined();
  });

  it('after every edit of a session, equals a full parse, values and positions', () => {
    const reuse = new ParseReuse();
    let text = BASE;
    expectSameAsFullParse('spec.yaml', text, reuse);
    for (const [, edit] of EDITS) {
      text = edit(text);
      expectSameAsFullParse('spec.yaml', text, reuse);
    }
  });

  it.each(EDITS.map(([what, , spliced], n) => [what, n, spliced] as const))(
    '%s: spliced = %s',
    (_what, n, spliced) => {
      let text = BASE;
      for (const [, edit] of EDITS.slice(0, n)) text = edit(text);
      const before = parseYamlFast(text);
      const after = EDITS[n]![1](text);
      if (!before) {
        expect(spliced).toBe(false);
        return;
      }
      const result = reparse({ text, ...before }, after);
      expect(result !== undefined).toBe(spliced);
    },
  );

  it('an unchanged file is not parsed again', () => {
    const reuse = new ParseReuse();
    const first = reuse.parse('spec.yaml', BASE);
    expect(reuse.parse('spec.yaml', BASE).value).toBe(first.value);
  });
});
