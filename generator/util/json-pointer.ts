/** JSON pointers (RFC 6901): the one way every stage names a node. */

export function escapeToken(token: string): string {
  // Most tokens (keywords, names) have neither character: no regular expression runs for them.
  if (!token.includes('~') && !token.includes('/')) return token;
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapeToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** `join('#/paths', '/pets/{id}', 'get')` → `#/paths/~1pets~1{id}/get`. */
export function join(base: string, ...tokens: (string | number)[]): string {
  let out = base;
  for (const t of tokens) out += '/' + escapeToken(String(t));
  return out;
}

/** Splits `#/a/b~1c` or `/a/b~1c` into `['a', 'b/c']`. */
export function parse(pointer: string): string[] {
  const p = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  if (p === '') return [];
  return p.slice(1).split('/').map(unescapeToken);
}

/** Reads the value at `pointer` inside `root`, or `undefined`. */
export function get(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const token of parse(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

/** Deletes an object member or array item (an index without a leading zero) in place; returns the root. */
export function remove<T>(root: T, pointer: string): T {
  const tokens = parse(pointer);
  const last = tokens.pop();
  const parent = get(root, join('', ...tokens));
  if (last === undefined || parent === null || typeof parent !== 'object') return root;
  if (!Array.isArray(parent)) delete (parent as Record<string, unknown>)[last];
  else if (/^(0|[1-9]\d*)$/.test(last) && Number(last) < parent.length)
    parent.splice(Number(last), 1);
  return root;
}
