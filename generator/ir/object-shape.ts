/**
 * What an object's type says about keys it does not list, decided once for every typed output
 * (TypeScript, Python). JSON Schema's meaning: no `additionalProperties` means "not described", so
 * the type is closed (a misspelt field is a type error) while the wire stays lenient; an explicit
 * `true` or schema is a map. An object with no properties and nothing said is a free-form object.
 */
import type { ObjectSchema, SchemaIr } from './types.js';

/** `closed`: only the listed properties; `any`: any other key, unknown value; a schema: other keys with values of that shape. */
export type ExtraKeys = 'closed' | 'any' | SchemaIr;

export function extraKeysOf(schema: ObjectSchema): ExtraKeys {
  const ap = schema.additionalProperties;
  if (ap === undefined) return schema.properties.length === 0 ? 'any' : 'closed';
  if (ap === false) return 'closed';
  return ap === true ? 'any' : ap;
}
