/** The first place two bundled documents differ, as a JSON pointer (undefined when equal). */
import { escapeToken } from '../util/json-pointer.js';

export function firstDifference(
  a: unknown,
  b: unknown,
  ignore: string[] = [],
  at = '',
): string | undefined {
  if (ignore.includes(at)) return undefined;
  if (a === b) return undefined;
  if (
    typeof a !== 'object' ||
    typeof b !== 'object' ||
    a === null ||
    b === null ||
    Array.isArray(a) !== Array.isArray(b)
  )
    return at;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const found = firstDifference(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      ignore,
      `${at}/${escapeToken(key)}`,
    );
    if (found !== undefined) return found;
  }
  return undefined;
}
