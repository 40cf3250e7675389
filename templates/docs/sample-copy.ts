/**
 * The console's field samples copy what they share with the page's own sample. Most of a field
 * sample's text is the static sample the page already shows (the imports, the client, the lines
 * around the call), so the console data names those tokens by count instead of holding them
 * again: a part that is a number `n` stands for the first `n` tokens of the block's static sample,
 * `-n` for its last `n` (a token is one character of its text, or one of its slots). The
 * generator makes the copies and checks them with this (sample-fields.ts `copiedFromStatic`), and
 * the docs console reads them back with it (console.js, through assets/shared-validator.js).
 */

/** A static sample's part: text (`[text]`) or a slot (`[key, enc, text]`). */
export type StaticPart = [string] | [string, string, string];

/** The tokens `[from, to)` of the static parts, as parts (a text cut where the range ends). */
function tokenRange(own: readonly StaticPart[], from: number, to: number): StaticPart[] {
  const out: StaticPart[] = [];
  let at = 0;
  for (const part of own) {
    const length = part.length === 1 ? part[0].length : 1;
    const start = Math.max(from, at);
    const end = Math.min(to, at + length);
    if (start < end)
      out.push(part.length === 1 ? [part[0].slice(start - at, end - at)] : part);
    at += length;
    if (at >= to) break;
  }
  return out;
}

/** How many tokens the static parts hold. */
export function tokenCount(own: readonly StaticPart[]): number {
  let n = 0;
  for (const part of own) n += part.length === 1 ? part[0].length : 1;
  return n;
}

/** The parts with each copy (a number) replaced by the static parts it stands for. */
export function expandCopies<P>(parts: readonly (P | number)[], own: readonly StaticPart[]): (P | StaticPart)[] {
  const out: (P | StaticPart)[] = [];
  for (const part of parts) {
    if (typeof part !== 'number') out.push(part);
    else if (part >= 0) out.push(...tokenRange(own, 0, part));
    else {
      const total = tokenCount(own);
      out.push(...tokenRange(own, total + part, total));
    }
  }
  return out;
}
