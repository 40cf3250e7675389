/**
 * A small unified-style line diff for `--check` output: enough to show a reader what changed
 * (first N changed lines with context), not a patch tool. Myers' O(ND) algorithm after trimming
 * the common prefix and suffix; very different texts fall back to "all removed, all added".
 */
import { commonEnds } from '../util/common-ends.js';

export interface DiffOptions {
  /** Unchanged lines shown around each change. Default 3. */
  context?: number;
  /** Stop after this many `-`/`+` lines. Default 20. */
  maxChangedLines?: number;
  /** Give up on a minimal diff beyond this many edits (memory grows with its square). Default 1000. */
  maxEdits?: number;
}

type Op = { kind: ' ' | '-' | '+'; text: string; oldLine: number; newLine: number };

const NO_EOL = '\0no-eol';

/** Unified-style hunks from `before` (on disk) to `after` (what generate would write); '' when equal. */
export function unifiedDiff(before: string, after: string, options: DiffOptions = {}): string {
  if (before === after) return '';
  const context = options.context ?? 3;
  const maxChanged = options.maxChangedLines ?? 20;
  const ops = diffLines(splitLines(before), splitLines(after), options.maxEdits ?? 1000);
  return renderHunks(ops, context, maxChanged);
}

/** Lines without terminators; a missing final newline is marked so it shows up as a change. */
function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  else lines[lines.length - 1] += NO_EOL;
  return lines;
}

function diffLines(a: string[], b: string[], maxEdits: number): Op[] {
  const { prefix, suffix } = commonEnds(a, b);
  const midA = a.slice(prefix, a.length - suffix);
  const midB = b.slice(prefix, b.length - suffix);
  const middle = myers(midA, midB, maxEdits) ?? [
    ...midA.map((text) => ({ kind: '-' as const, text })),
    ...midB.map((text) => ({ kind: '+' as const, text })),
  ];

  const ops: Op[] = [];
  let oldLine = 1;
  let newLine = 1;
  const push = (kind: Op['kind'], text: string) => {
    ops.push({ kind, text, oldLine, newLine });
    if (kind !== '+') oldLine++;
    if (kind !== '-') newLine++;
  };
  for (let i = 0; i < prefix; i++) push(' ', a[i]!);
  for (const op of middle) push(op.kind, op.text);
  for (let i = a.length - suffix; i < a.length; i++) push(' ', a[i]!);
  return ops;
}

/** Shortest edit script, or null when it needs more than `maxEdits` edits. */
function myers(
  a: string[],
  b: string[],
  maxEdits: number,
): Array<{ kind: Op['kind']; text: string }> | null {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  if (max === 0) return [];
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace[d] holds v for diagonals -d..d after step d (index k + d).
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= Math.min(max, maxEdits) && found < 0; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
          ? v[offset + k + 1]!
          : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) found = d;
    }
    trace.push(v.slice(offset - d, offset + d + 1));
  }
  if (found < 0) return null;

  const reversed: Array<{ kind: Op['kind']; text: string }> = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d - 1]!;
    const at = (k: number) => prev[k + d - 1]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      reversed.push({ kind: ' ', text: a[x - 1]! });
      x--;
      y--;
    }
    if (prevK === k + 1) reversed.push({ kind: '+', text: b[y - 1]! });
    else reversed.push({ kind: '-', text: a[x - 1]! });
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    reversed.push({ kind: ' ', text: a[x - 1]! });
    x--;
    y--;
  }
  return reversed.reverse();
}

function renderHunks(ops: Op[], context: number, maxChanged: number): string {
  const changeIndexes: number[] = [];
  ops.forEach((op, i) => {
    if (op.kind !== ' ') changeIndexes.push(i);
  });
  if (changeIndexes.length === 0) return '';

  // Group changes whose separating run of equal lines is short enough to share context.
  const hunks: Array<[number, number]> = [];
  for (const i of changeIndexes) {
    const last = hunks[hunks.length - 1];
    if (last && i - last[1] <= 2 * context + 1) last[1] = i;
    else hunks.push([i, i]);
  }

  const out: string[] = [];
  let shown = 0;
  for (const [firstChange, lastChange] of hunks) {
    if (shown >= maxChanged) break;
    const start = Math.max(0, firstChange - context);
    let end = Math.min(ops.length - 1, lastChange + context);
    const body: string[] = [];
    for (let i = start; i <= end; i++) {
      const op = ops[i]!;
      if (op.kind !== ' ') {
        if (shown >= maxChanged) {
          end = i - 1;
          break;
        }
        shown++;
      }
      body.push(`${op.kind}${op.text.replace(NO_EOL, '\n\\ No newline at end of file')}`);
    }
    const slice = ops.slice(start, end + 1);
    const oldCount = slice.filter((op) => op.kind !== '+').length;
    const newCount = slice.filter((op) => op.kind !== '-').length;
    const first = ops[start]!;
    const oldStart = oldCount === 0 ? first.oldLine - 1 : first.oldLine;
    const newStart = newCount === 0 ? first.newLine - 1 : first.newLine;
    out.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`, ...body);
  }
  const remaining = changeIndexes.length - shown;
  if (remaining > 0) out.push(`… ${remaining} more changed line(s) not shown`);
  return out.join('\n');
}
