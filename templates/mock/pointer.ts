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

/** The value under one token, or undefined (an array has only index tokens). */
export function childAt(value: unknown, token: string): unknown {
  if (!Array.isArray(value))
    return value !== null && typeof value === 'object'
      ? (value as Record<string, unknown>)[token]
      : undefined;
  const index = arrayIndex(token);
  return index === undefined ? undefined : value[index];
}

export const getAtPointer = (value: unknown, pointer: string): unknown =>
  pointerTokens(pointer).reduce<unknown>(childAt, value);

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
