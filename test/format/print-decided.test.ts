/**
 * format/print-decided.ts prints what prettier's document printer prints, for documents whose
 * layout needs no measuring, and declines the rest; `printAt` prints a document at a column.
 */
import { builders } from 'prettier/doc';
import { describe, expect, it } from 'vitest';
import { printDoc } from '../../generator/format/final-form.js';
import { printAt, printDecided } from '../../generator/format/print-decided.js';

const { align, group, hardline, ifBreak, indent, line, literalline, softline } = builders;

const literal = (members: builders.Doc[]) =>
  group(
    ['{', indent([line, ...members.flatMap((m, i) => (i === 0 ? [m] : [line, m]))]), line, '}'],
    {
      shouldBreak: true,
    },
  );

describe('printDecided', () => {
  it('prints broken groups, line-free groups, indents and trims as prettier does', () => {
    const docs: builders.Doc[] = [
      [
        'a: ',
        literal(['b: string;', group(['c', '?', ': ', 'never']), ['d: ', literal(['e;'])]]),
        ';',
      ],
      ['/**', [' * x  ', hardline], ' */', hardline, 'f: g;'],
      group(['x', indent([hardline, 'y   ', hardline, align(3, ['z', hardline, 'w'])])]),
      [
        group(['{', indent([softline, 'k']), softline, '}'], { shouldBreak: true }),
        ifBreak(';', ','),
      ],
      group([group(['p', ifBreak('q')], { shouldBreak: true }), 'r']),
    ];
    for (const doc of docs) {
      for (const column of [0, 4]) {
        const printed = printDecided(doc, column);
        expect(printed).toBeDefined();
        expect(' '.repeat(column) + printed).toBe(
          printDoc([' '.repeat(column), align(column, doc)]),
        );
        expect(printAt(doc, column)).toBe(printed);
      }
    }
  });

  it('declines what needs measuring or another mode', () => {
    const docs: builders.Doc[] = [
      group(['a', line, 'b']),
      group(['a', ifBreak(';')]),
      ['a', literalline, 'b'],
      [group(['a', softline]), hardline],
    ];
    for (const doc of docs) expect(printDecided(doc, 0)).toBeUndefined();
  });

  it('printAt measures from the column', () => {
    const long = group(['x'.repeat(60), indent([line, 'y'.repeat(30)])]);
    expect(printAt(long, 0)).toBe(`${'x'.repeat(60)} ${'y'.repeat(30)}`);
    expect(printAt(long, 12)).toBe(`${'x'.repeat(60)}\n${' '.repeat(14)}${'y'.repeat(30)}`);
  });
});
