/**
 * Cuts long lines of a unified diff to what changed: a minified HTML page or a one-line JSON file
 * differs in a few characters of a 100 KB line, and printing the whole line hides the change.
 * A removed line followed by its added replacement is cut to the span where the two differ.
 */
import { commonEnds } from '../util/common-ends.js';

export interface ClipOptions {
  /** Lines up to this length are kept whole. Default 200. */
  maxLength?: number;
  /** Unchanged characters kept on each side of a changed span. Default 40. */
  context?: number;
}

export function clipDiffLines(lines: string[], options: ClipOptions = {}): string[] {
  const max = options.maxLength ?? 200;
  const context = options.context ?? 40;
  const out: string[] = [];
  for (let i = 0; i < lines.length;) {
    // A run of removed lines and the run of added lines right after it pair up line by line.
    let j = i;
    while (j < lines.length && lines[j]!.startsWith('-')) j++;
    let k = j;
    while (k < lines.length && lines[k]!.startsWith('+')) k++;
    if (j > i && k - j === j - i) {
      const removed = lines.slice(i, j);
      const added = lines.slice(j, k);
      const pairs = removed.map((r, n) => clipPair(r.slice(1), added[n]!.slice(1), max, context));
      out.push(...pairs.map(([r]) => `-${r}`), ...pairs.map(([, a]) => `+${a}`));
      i = k;
      continue;
    }
    const end = Math.max(k, i + 1);
    for (const line of lines.slice(i, end))
      out.push(
        line.length > max + 1
          ? `${line.slice(0, max + 1)}… (${line.length - max - 1} more chars)`
          : line,
      );
    i = end;
  }
  return out;
}

function clipPair(before: string, after: string, max: number, context: number): [string, string] {
  if (before.length <= max && after.length <= max) return [before, after];
  const { prefix, suffix } = commonEnds(before, after);
  const cut = (text: string): string => {
    const start = Math.max(0, prefix - context);
    const end = Math.min(text.length, text.length - suffix + context);
    let span = text.slice(start, end);
    if (span.length > max) span = `${span.slice(0, max)}… (${span.length - max} more chars)`;
    return `${start > 0 ? `…[col ${start + 1}] ` : ''}${span}${end < text.length ? ' …' : ''}`;
  };
  return [cut(before), cut(after)];
}
