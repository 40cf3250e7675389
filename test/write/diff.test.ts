import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../generator/write/index.js';

describe('unifiedDiff', () => {
  const table: Array<[string, { given: [string, string]; want: string }]> = [
    ['equal texts', { given: ['a\nb\n', 'a\nb\n'], want: '' }],
    [
      'one line changed',
      { given: ['a\nb\nc\n', 'a\nB\nc\n'], want: '@@ -1,3 +1,3 @@\n a\n-b\n+B\n c' },
    ],
    ['line added at the end', { given: ['a\n', 'a\nb\n'], want: '@@ -1,1 +1,2 @@\n a\n+b' }],
    ['everything removed', { given: ['a\nb\n', ''], want: '@@ -1,2 +0,0 @@\n-a\n-b' }],
    ['created from nothing', { given: ['', 'x\n'], want: '@@ -0,0 +1,1 @@\n+x' }],
    [
      'missing final newline',
      {
        given: ['a\nb', 'a\nb\n'],
        want: '@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b',
      },
    ],
    [
      'two distant changes make two hunks',
      {
        given: [
          '1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n',
          '1\nX\n3\n4\n5\n6\n7\n8\n9\n10\nY\n12\n',
        ],
        want: '@@ -1,5 +1,5 @@\n 1\n-2\n+X\n 3\n 4\n 5\n@@ -8,5 +8,5 @@\n 8\n 9\n 10\n-11\n+Y\n 12',
      },
    ],
  ];
  it.each(table)('%s', (_title, { given, want }) => {
    expect(unifiedDiff(given[0], given[1])).toBe(want);
  });

  it('finds a minimal edit script (random inputs, checked by reconstructing both sides)', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let round = 0; round < 200; round++) {
      const make = () =>
        Array.from({ length: Math.floor(random() * 12) }, () => 'abc'[Math.floor(random() * 3)]!);
      const a = make();
      const b = make();
      const before = a.map((l) => `${l}\n`).join('');
      const after = b.map((l) => `${l}\n`).join('');
      const diff = unifiedDiff(before, after, { context: 1000, maxChangedLines: 1000 });
      if (before === after) {
        expect(diff).toBe('');
        continue;
      }
      const body = diff.split('\n').slice(1);
      expect(body.filter((l) => l[0] !== '+').map((l) => l.slice(1))).toEqual(a);
      expect(body.filter((l) => l[0] !== '-').map((l) => l.slice(1))).toEqual(b);
      // Minimal: the number of kept lines equals the longest common subsequence.
      expect(body.filter((l) => l[0] === ' ')).toHaveLength(lcsLength(a, b));
    }
  });

  it('falls back to remove-all/add-all beyond the edit budget', () => {
    const diff = unifiedDiff('a\nb\nc\n', 'x\ny\nz\n', { maxEdits: 2 });
    expect(diff).toBe('@@ -1,3 +1,3 @@\n-a\n-b\n-c\n+x\n+y\n+z');
  });
});

function lcsLength(a: string[], b: string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(row[j]!, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[b.length]!;
}
