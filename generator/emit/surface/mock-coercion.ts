/**
 * How the mock turns text into typed values, decided at generation time (and by `mock --spec` at
 * run time, through `createMockRoutes`): query/path/header/cookie parameters and form fields
 * arrive as strings, and their schemas say which JSON types they may be. The mock
 * (templates/mock/coerce.ts) only applies the `MockCoercion` written here; the docs console
 * applies the same to its form fields.
 */
import type {
  JsonSchema,
  JsonValue,
  MockCoercion,
  MockOperation,
} from '../../../templates/mock/types.js';
import { isJsonObject } from '../../../templates/mock/pointer.js';
import { resolve } from './mock-checks.js';
import { setOwn } from '../../util/own-property.js';

type Defs = Record<string, JsonSchema>;

/** Nested arrays deeper than this keep their items as text (a schema may be recursive). */
const MAX_DEPTH = 8;

/** The JSON types a schema admits (following refs and unions; the IR writes `type` beside `enum`, `const`, `properties` and `items`); undefined = any. */
function schemaTypes(schema: JsonValue | undefined, defs: Defs, depth = 0): string[] | undefined {
  const s = resolve(schema, defs);
  if (s === undefined || s === true || depth > MAX_DEPTH) return undefined;
  if (!isJsonObject(s)) return [];
  if (s.type !== undefined) return Array.isArray(s.type) ? (s.type as string[]) : [String(s.type)];
  for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
    const list = s[key];
    if (!Array.isArray(list)) continue;
    const out = new Set<string>();
    for (const variant of list) {
      const t = schemaTypes(variant, defs, depth + 1);
      if (t === undefined) {
        if (key !== 'allOf') return undefined;
        continue;
      }
      t.forEach((x) => out.add(x));
    }
    return out.size === 0 && key === 'allOf' ? undefined : [...out];
  }
  return undefined;
}

/** The item schema of an array schema (or of a union's array variant), if any. */
function itemSchema(schema: JsonValue | undefined, defs: Defs, depth = 0): JsonValue | undefined {
  const s = resolve(schema, defs);
  if (!isJsonObject(s) || depth > MAX_DEPTH) return undefined;
  if (s.items !== undefined) return s.items;
  for (const variant of [s.oneOf, s.anyOf, s.allOf].flatMap((l) => (Array.isArray(l) ? l : []))) {
    const items = itemSchema(variant, defs, depth + 1);
    if (items !== undefined) return items;
  }
  return undefined;
}

/**
 * Property schemas of an object schema, including those of its `allOf` parts (the first
 * declaration of a name wins), in declaration order. The one walk that says which properties a
 * body has: the coercion below and the docs console's form (docs/console-fields.ts) read it.
 */
export function propertySchemas(
  schema: JsonValue | undefined,
  defs: Defs,
  depth = 0,
): [string, JsonValue][] {
  const s = resolve(schema, defs);
  if (!isJsonObject(s) || depth > MAX_DEPTH) return [];
  const out = new Map(Object.entries(isJsonObject(s.properties) ? s.properties : {}));
  for (const part of Array.isArray(s.allOf) ? s.allOf : [])
    for (const [name, prop] of propertySchemas(part, defs, depth + 1))
      if (!out.has(name)) out.set(name, prop);
  return [...out];
}

/** The coercion of a value of `schema`; `properties` for a parameter or body that may be an object. */
export function coercionOf(
  schema: JsonSchema | undefined,
  defs: Defs,
  withProperties: boolean,
  depth = 0,
): MockCoercion | undefined {
  if (schema === undefined) return undefined;
  const types = schemaTypes(schema, defs);
  const out: MockCoercion = {};
  if (types !== undefined) out.types = types;
  if (types?.includes('array') && depth < MAX_DEPTH) {
    const items = coercionOf(itemSchema(schema, defs) as JsonSchema, defs, false, depth + 1);
    if (items !== undefined) out.items = items;
  }
  const props = withProperties ? propertySchemas(schema, defs) : [];
  if (props.length > 0) {
    out.properties = {};
    // Every declared property gets an entry, `{}` when nothing coerces it: the runtime reads its
    // presence as "declared" (a form field `name[]` keeps its brackets only when declared so).
    for (const [name, prop] of props)
      setOwn(out.properties, name, coercionOf(prop as JsonSchema, defs, false, depth + 1) ?? {});
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** One operation's coercions, in place: what it reads besides `defs` is its own. */
export function addOperationCoercions(op: MockOperation, defs: Defs): void {
  for (const p of op.parameters) {
    const coerce = coercionOf(p.schema, defs, true);
    if (coerce !== undefined) p.coerce = coerce;
  }
  for (const c of op.requestBody?.contents ?? []) {
    const coerce = coercionOf(c.schema, defs, true);
    // A styled urlencoded field is read as a query parameter is, object properties and all.
    for (const [name, prop] of propertySchemas(c.schema, defs))
      if (c.styles && Object.hasOwn(c.styles, name) && coerce?.properties)
        setOwn(coerce.properties, name, coercionOf(prop as JsonSchema, defs, true) ?? {});
    if (coerce?.properties !== undefined) c.coerce = coerce;
  }
}
