/** JSON pointers as token arrays (RFC 6901), plus the URI-fragment form used inside `$ref`s. */
import { escapeToken, unescapeToken } from '../util/json-pointer.js';
import type { JsonValue } from './types.js';

export type Tokens = readonly string[];

export function toPointer(tokens: Tokens): string {
  let out = '';
  for (const token of tokens)
    out += '/' + (token.includes('~') || token.includes('/') ? escapeToken(token) : token);
  return out;
}

/** Parses `/a/b~1c` (or `#/a/b~1c`) strictly; `undefined` when it is not a JSON pointer. */
export function parsePointer(pointer: string): string[] | undefined {
  const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  if (body === '') return [];
  if (!body.startsWith('/')) return undefined;
  const tokens = body.slice(1).split('/');
  for (const token of tokens) if (/~[^01]|~$/.test(token)) return undefined;
  return tokens.map(unescapeToken);
}

/** A `$ref` fragment: percent-decoded first (it is part of a URI), then read as a JSON pointer. */
export function parseFragment(fragment: string): string[] | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(fragment);
  } catch {
    return undefined;
  }
  return parsePointer(decoded);
}

/**
 * Tokens as an internal `$ref` (`#/paths/~1pets`). Not percent-encoded: later stages read refs as
 * plain JSON pointers, and the names we point at (components) cannot contain such characters.
 */
export function toFragment(tokens: Tokens): string {
  return '#' + toPointer(tokens);
}

export function isObject(value: unknown): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** One step down a JSON value; own properties and in-range indices only. */
export function child(value: JsonValue | undefined, token: string): JsonValue | undefined {
  if (Array.isArray(value)) {
    if (!/^(?:0|[1-9][0-9]*)$/.test(token)) return undefined;
    return value[Number(token)];
  }
  if (isObject(value) && hasOwn(value, token)) return value[token];
  return undefined;
}

export function getAt(value: JsonValue | undefined, tokens: Tokens): JsonValue | undefined {
  let node = value;
  for (const token of tokens) {
    node = child(node, token);
    if (node === undefined) return undefined;
  }
  return node;
}
