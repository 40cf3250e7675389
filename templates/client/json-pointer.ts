/** RFC 6901 JSON pointers: read a value out of a vendor response (`/data/status`, '' = the whole). */
export function readPointer(document: unknown, pointer: string): unknown {
  const path = pointer.replace(/^#/, '');
  if (!path) return document;
  if (path[0] !== '/') return undefined;
  let current: unknown = document;
  for (const raw of path.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    // An array takes canonical indices only; an object its own members only.
    if (
      current === null ||
      typeof current !== 'object' ||
      !(Array.isArray(current) ? /^(0|[1-9][0-9]*)$/.test(key) : Object.hasOwn(current, key))
    )
      return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/**
 * The type at a JSON pointer inside `T` (`'/result/sample'`, `'/data/0/url'`), `unknown` where the
 * pointer leaves the declared shape. Types what runtime pointers read (task results, page items).
 */
export type AtPointer<T, P extends string> = P extends `/${infer Rest}`
  ? AtTokens<NonNullable<T>, Rest>
  : unknown;
type AtTokens<T, P extends string> = P extends `${infer Head}/${infer Tail}`
  ? AtTokens<NonNullable<AtToken<T, Head>>, Tail>
  : AtToken<T, P>;
type AtToken<T, K extends string> =
  T extends ReadonlyArray<infer Item>
    ? K extends `${number}`
      ? Item
      : unknown
    : T extends object
      ? K extends keyof T
        ? T[K]
        : unknown
      : unknown;
