/** How names and values are written in TypeScript source: quoted strings, property keys, literal types. */
import type { Json } from '../../../ir/types.js';

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Control characters but tab, and the two that end a line in JavaScript: escaped, not printed raw. */
const UNPRINTABLE = /[\0-\x08\n-\x1f\x7f\u2028\u2029]/g;

const escapeUnprintable = (c: string): string =>
  c === '\n' ? '\\n' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

export function quote(text: string): string {
  const escaped = text.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
  return `'${escaped.replace(UNPRINTABLE, escapeUnprintable)}'`;
}

/** A property key as written in a type or object literal. */
export function propertyKey(name: string): string {
  return IDENT.test(name) ? name : quote(name);
}

/** A JSON value as a literal type (`'user'`, `3`, `true`, `null`). */
export function literalType(value: Json): string {
  return typeof value === 'string' ? quote(value) : JSON.stringify(value);
}
