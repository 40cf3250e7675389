/** RFC 6901 JSON pointers over plain values (the test's own reader, independent of client and mock). */
export function atPointer(value: unknown, pointer: string): unknown {
  if (pointer === '' || pointer === '#') return value;
  let node = value;
  for (const raw of pointer.replace(/^#/, '').split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) node = node[Number(key)];
    else if (node !== null && typeof node === 'object')
      node = (node as Record<string, unknown>)[key];
    else return undefined;
  }
  return node;
}
