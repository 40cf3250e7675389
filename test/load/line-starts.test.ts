/**
 * Line starts taken from another text's where the two agree (a watch session's edited file):
 * every offset gets the line and column a fresh count gives, whatever the edit.
 */
import { describe, expect, it } from 'vitest';
import { LineStarts } from '../../generator/load/positions.js';

function positions(lines: LineStarts, text: string): string {
  const out: string[] = [];
  for (let offset = 0; offset <= text.length; offset++) {
    const { line, col } = lines.linePos(offset);
    out.push(`${line}:${col}`);
  }
  return out.join(' ');
}

describe('line starts after an edit', () => {
  it('equal a fresh count for random edits, newlines added and removed', () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pieces = ['a', 'bc', '\n', '\n\n', 'key: value\n', '  - x\n', ''];
    const make = (n: number): string =>
      Array.from({ length: n }, () => pieces[random(pieces.length)]).join('');
    let text = make(60);
    let lines = new LineStarts(text);
    for (let round = 0; round < 300; round++) {
      const at = random(text.length + 1);
      const removed = random(Math.min(8, text.length - at) + 1);
      const edited = text.slice(0, at) + make(random(4)) + text.slice(at + removed);
      const spliced = new LineStarts(edited, lines);
      expect(positions(spliced, edited), `round ${round}`).toBe(
        positions(new LineStarts(edited), edited),
      );
      text = edited;
      lines = spliced;
    }
  });
});
