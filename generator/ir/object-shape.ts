/**
 * What an object's type says about keys it does not list, decided once for every typed output
 * (TypeScript, Python). JSON Schema's meaning: no `additionalProperties` means "not described", so
 * the type is closed (a misspelt field is a type error) while the wire stays lenient; an explicit
 * `true` or schema is a map. An object with no properties and nothing said is a free-form object.
 * `patternProperties` add the shapes of the keys they match to those other keys' values.
 */
import type { ObjectSchema, SchemaIr } from './types.js';

/** `closed`: only the listed properties; `any`: any other key, unknown value; schemas: other keys with a value of one of these shapes. */
export type ExtraKeys = 'closed' | 'any' | SchemaIr[];

export function extraKeysOf(schema: ObjectSchema): ExtraKeys {
  const ap = schema.additionalProperties;
  const patterns = (schema.patternProperties ?? []).map((p) => p.schema);
  if (ap === true) return 'any';
  if (ap === undefined && patterns.length === 0)
    return schema.properties.length === 0 ? 'any' : 'closed';
  const values = typeof ap === 'object' ? [...patterns, ap] : patterns;
  return values.length === 0 ? 'closed' : values;
}
