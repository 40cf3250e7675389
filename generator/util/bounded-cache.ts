/**
 * Maps used as bounded caches (module-level ones live as long as a watch session): the oldest
 * entries go first once a cache holds `maxEntries`.
 */

/** Insert into a Map used as a bounded cache: the oldest entries go first. */
export function rememberBounded(
  cache: Map<string, string>,
  key: string,
  value: string,
  maxEntries: number,
): void {
  cache.delete(key);
  cache.set(key, value);
  while (cache.size > maxEntries) {
    const oldest = cache.keys().next();
    if (oldest.done) break;
    cache.delete(oldest.value);
  }
}

/** A pure function of a string, its results remembered in a bounded cache. */
export function memoBounded(
  compute: (key: string) => string,
  maxEntries: number,
): (key: string) => string {
  const cache = new Map<string, string>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) rememberBounded(cache, key, (value = compute(key)), maxEntries);
    return value;
  };
}
