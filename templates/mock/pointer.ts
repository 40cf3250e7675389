/** JSON pointers (RFC 6901): read, write and build them on plain JSON values. */
import type { JsonValue } from './types.js';

/** A JSON object: not null, not an array. */
export const isJsonObject = (v: unknown): v is { [key: string]: JsonValue } =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

export function escapePointerToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointerTokens(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return pointer === '/' ? [''] : [];
  const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  return body
    .split('/')
    .slice(1)
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function appendPointer(pointer: string, token: string | number): string {
  return `${pointer}/${escapePointerToken(token)}`;
}

/** An array index token (RFC 6901: `0` or digits without a leading zero), else undefined. */
function arrayIndex(token: string): number | undefined {
  return /^(0|[1-9]\d*)$/.test(token) ? Number(token) : undefined;
}

export function getAtPointer(value: unknown, pointer: string): unknown {
  let current: unknown = value;
  for (const token of pointerTokens(pointer)) {
    if (Array.isArray(current)) {
      const index = arrayIndex(token);
      if (index === undefined) return undefined;
      current = current[index];
    } else if (current !== null && typeof current === 'object')
      current = (current as Record<string, unknown>)[token];
    else return undefined;
  }
  return current;
}

/**
 * Sets a value, creating objects along the way. Returns the (possibly new) root. A token that is
 * no index (nor `-`) of an array it meets leaves the value as it was.
 */
export function setAtPointer(root: JsonValue, pointer: string, value: JsonValue): JsonValue {
  const tokens = pointerTokens(pointer);
  if (tokens.length === 0) return value;
  const base: JsonValue = root !== null && typeof root === 'object' ? root : {};
  let current = base as Record<string, JsonValue>;
  for (const [i, token] of tokens.entries()) {
    const index = !Array.isArray(current)
      ? token
      : token === '-'
        ? current.length
        : arrayIndex(token);
    if (index === undefined) return base;
    const next = current[index];
    if (i === tokens.length - 1) current[index] = value;
    else
      current = (
        next !== null && typeof next === 'object' ? next : (current[index] = {})
      ) as typeof current;
  }
  return base;
}

export function cloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
