/** How names and values are written in TypeScript source: quoted strings, property keys, literal types. */
import type { Json } from '../../../ir/types.js';

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

/** A property key as written in a type or object literal. */
export function propertyKey(name: string): string {
  return IDENT.test(name) ? name : quote(name);
}

/** A JSON value as a literal type (`'user'`, `3`, `true`, `null`). */
export function literalType(value: Json): string {
  return typeof value === 'string' ? quote(value) : JSON.stringify(value);
}
