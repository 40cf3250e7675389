/**
 * The part of a schema that one value reaches, for Ajv to explain why the value fails without
 * compiling every component the whole schema refers to (openai.yaml's `Response` reaches hundreds).
 * Only for schemas fast-valid.ts trusts: their keywords are a known set, so where Ajv applies a
 * subschema is known too. Ajv runs a property's schema only when the value has the property, the
 * `items` schema only on items and an `additionalProperties` schema only on undeclared keys; a
 * subschema no value reaches becomes `true` (which Ajv skips) and each component reached becomes a
 * local `$defs` entry cut to the values that reach it. Every keyword stays where it was, so Ajv
 * checks the value in the same order and reports the same first error.
 */
import type { Json } from '../types.js';
import type { JsonSchema } from '../json-schema.js';

type SchemaObject = { [key: string]: Json };

/** Keywords whose argument is one schema applied to the value itself, or a list of them. */
const IN_PLACE = new Set(['not']);
const IN_PLACE_LIST = new Set(['allOf', 'anyOf', 'oneOf']);

/**
 * `schema` cut to what `value` reaches, self-contained (its refs point into its own `$defs`);
 * `lookup` resolves the refs of the trusted schema (by their exact text).
 */
export function reachedSchema(
  schema: JsonSchema,
  value: Json,
  lookup: Record<string, JsonSchema>,
): JsonSchema {
  const defs: Record<string, JsonSchema> = {};
  /** Def name by ref and the set of values reaching it. */
  const named = new Map<string, string>();
  const ids = new Map<unknown, number>();
  const idOf = (v: Json): string =>
    typeof v === 'object' && v !== null
      ? `o${ids.get(v) ?? (ids.set(v, ids.size), ids.size - 1)}`
      : `p${JSON.stringify(v)}`;

  const cut = (s: JsonSchema, values: Json[]): JsonSchema => {
    if (typeof s === 'boolean') return s;
    const out: SchemaObject = {};
    for (const [key, arg] of Object.entries(s)) {
      if (key === '$ref') out[key] = refTo(arg as string, values);
      else if (IN_PLACE.has(key)) out[key] = cut(arg as JsonSchema, values) as Json;
      else if (IN_PLACE_LIST.has(key))
        out[key] = (arg as JsonSchema[]).map((sub) => cut(sub, values)) as Json;
      else if (key === 'properties') out[key] = properties(arg as SchemaObject, values);
      else if (key === 'items') {
        const items = values.flatMap((v) => (Array.isArray(v) ? v : []));
        out[key] = (items.length > 0 ? cut(arg as JsonSchema, items) : true) as Json;
      } else if (key === 'additionalProperties' && typeof arg === 'object' && arg !== null) {
        const declared = s.properties as SchemaObject | undefined;
        const extra = objects(values).flatMap((o) =>
          Object.keys(o)
            .filter((k) => !declared || !Object.hasOwn(declared, k))
            .map((k) => o[k]!),
        );
        out[key] = (extra.length > 0 ? cut(arg as JsonSchema, extra) : true) as Json;
      } else out[key] = arg;
    }
    return out;
  };

  const properties = (declared: SchemaObject, values: Json[]): SchemaObject => {
    const present = objects(values);
    // fromEntries defines own keys: a property named `__proto__` stays a property.
    return Object.fromEntries(
      Object.entries(declared).map(([name, sub]) => {
        const reaching = present.filter((o) => Object.hasOwn(o, name)).map((o) => o[name]!);
        return [name, reaching.length > 0 ? cut(sub as JsonSchema, reaching) : true];
      }),
    ) as SchemaObject;
  };

  const refTo = (ref: string, values: Json[]): string => {
    const key = `${ref}\u0000${values.map(idOf).join(',')}`;
    let name = named.get(key);
    if (name === undefined) {
      name = `r${named.size}`;
      named.set(key, name);
      // Named before it is cut: a component that refers back to itself (same values) ends here.
      defs[name] = true;
      defs[name] = cut(lookup[ref]!, values);
    }
    return `#/$defs/${name}`;
  };

  const root = cut(schema, [value]);
  if (typeof root === 'boolean' || named.size === 0) return root;
  return { ...root, $defs: defs as Json };
}

function objects(values: Json[]): { [key: string]: Json }[] {
  return values.filter(
    (v): v is { [key: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v),
  );
}
