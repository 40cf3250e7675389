/** RFC 6901 JSON pointers: read a value out of a vendor response (`/data/status`, '' = the whole). */
export function readPointer(document: unknown, pointer: string): unknown {
  if (pointer === '' || pointer === '#') return document;
  const path = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  if (!path.startsWith('/')) return undefined;
  let current: unknown = document;
  for (const raw of path.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (current === null || typeof current !== 'object') return undefined;
    if (Array.isArray(current)) {
      if (!/^(0|[1-9][0-9]*)$/.test(key)) return undefined;
      current = current[Number(key)];
    } else {
      if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
      current = (current as Record<string, unknown>)[key];
    }
  }
  return current;
}
