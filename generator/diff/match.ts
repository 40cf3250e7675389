/** Base and head items matched by a key (a status, a media type, a name). */
export interface Matched<T> {
  /** Each base item with its head item, in base order. */
  pairs: [base: T, head: T][];
  /** Base items the head has no item for. */
  removed: T[];
  /** Head items the base has no item for. */
  added: T[];
}

/** Matches the two sides by `key`; with a repeated key, the last head item of that key is the match. */
export function matchByKey<T>(
  base: readonly T[],
  head: readonly T[],
  key: (item: T) => string,
): Matched<T> {
  const heads = new Map(head.map((item) => [key(item), item]));
  const baseKeys = new Set(base.map(key));
  const out: Matched<T> = { pairs: [], removed: [], added: [] };
  for (const b of base) {
    const h = heads.get(key(b));
    if (h === undefined) out.removed.push(b);
    else out.pairs.push([b, h]);
  }
  out.added = head.filter((h) => !baseKeys.has(key(h)));
  return out;
}
