/**
 * Text → typed values, driven by the schema: query/path/header/cookie parameters and the text
 * fields of form bodies arrive as strings and are turned into the numbers, booleans, arrays and
 * objects their schemas describe before validation. Values that do not convert stay strings, so
 * the validator reports them ("must be integer (got string)").
 */
import type { JsonSchema, MockParameter } from './types.js';
import type { SchemaCompiler } from './validate.js';
import { MockFile } from './validate.js';
import { isJsonObject } from './pointer.js';
import type { FormPart } from './multipart.js';

const decoder = new TextDecoder();

/** The JSON types a schema admits (following refs and unions; the IR writes `type` beside `enum`, `const`, `properties` and `items`); undefined = any. */
export function schemaTypes(
  schema: JsonSchema | undefined,
  compiler: SchemaCompiler,
  depth = 0,
): Set<string> | undefined {
  const s = compiler.resolve(schema);
  if (s === undefined || s === true || depth > 8) return undefined;
  if (s === false) return new Set();
  if (s.type !== undefined)
    return new Set(Array.isArray(s.type) ? (s.type as string[]) : [String(s.type)]);
  for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
    const list = s[key];
    if (!Array.isArray(list)) continue;
    const out = new Set<string>();
    for (const variant of list as JsonSchema[]) {
      const t = schemaTypes(variant, compiler, depth + 1);
      if (t === undefined) {
        if (key !== 'allOf') return undefined;
        continue;
      }
      t.forEach((x) => out.add(x));
    }
    return out.size === 0 && key === 'allOf' ? undefined : out;
  }
  return undefined;
}

/** The item schema of an array schema, if any. */
export function itemSchema(
  schema: JsonSchema | undefined,
  compiler: SchemaCompiler,
): JsonSchema | undefined {
  const s = compiler.resolve(schema);
  if (!s || typeof s !== 'object') return undefined;
  if (s.items !== undefined) return s.items as JsonSchema;
  const variants = [s.oneOf, s.anyOf, s.allOf].flatMap((list) => (Array.isArray(list) ? list : []));
  for (const variant of variants as JsonSchema[]) {
    const items = itemSchema(variant, compiler);
    if (items !== undefined) return items;
  }
  return undefined;
}

/** Property schemas of an object schema, including those of its `allOf` parts. */
export function propertySchemas(
  schema: JsonSchema | undefined,
  compiler: SchemaCompiler,
  depth = 0,
): Map<string, JsonSchema> {
  const out = new Map<string, JsonSchema>();
  const s = compiler.resolve(schema);
  if (!s || typeof s !== 'object' || depth > 8) return out;
  if (isJsonObject(s.properties))
    for (const [name, prop] of Object.entries(s.properties)) out.set(name, prop as JsonSchema);
  for (const part of (Array.isArray(s.allOf) ? s.allOf : []) as JsonSchema[])
    for (const [name, prop] of propertySchemas(part, compiler, depth + 1))
      if (!out.has(name)) out.set(name, prop);
  return out;
}

export function coerceText(
  text: string,
  schema: JsonSchema | undefined,
  compiler: SchemaCompiler,
): unknown {
  const types = schemaTypes(schema, compiler);
  if (types === undefined) return text;
  // JSON text for a union that admits an object or array (`oneOf: [object, binary]`) is that value.
  if (
    (types.has('object') && text.startsWith('{')) ||
    (types.has('array') && text.startsWith('['))
  ) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  if (types.has('string')) return text;
  if (types.has('integer') && /^-?\d+$/.test(text)) return Number(text);
  if (types.has('number') && /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(text))
    return Number(text);
  if (types.has('boolean') && (text === 'true' || text === 'false')) return text === 'true';
  if (types.has('null') && (text === 'null' || text === '')) return null;
  if (types.has('array')) {
    const items = itemSchema(schema, compiler);
    return text === '' ? [] : text.split(',').map((t) => coerceText(t, items, compiler));
  }
  return text;
}

/** Whether values of the schema are arrays (or objects) and never text. */
function isSchemaOf(
  type: 'array' | 'object',
  schema: JsonSchema | undefined,
  compiler: SchemaCompiler,
): boolean {
  const types = schemaTypes(schema, compiler);
  return !!types && types.has(type) && !types.has('string');
}

/**
 * An object parameter serialized by its style (OpenAPI 3.1 §4.8.12.4): `simple`/`form` without
 * explode as `k,v,k,v`, with explode as `k=v,k=v` (path, header); JSON text is accepted too.
 */
function objectFromText(
  text: string,
  explode: boolean,
  schema: JsonSchema | undefined,
  compiler: SchemaCompiler,
): unknown {
  if (text.startsWith('{')) return coerceText(text, schema, compiler);
  const tokens = text === '' ? [] : text.split(',');
  const pairs: [string, string][] = [];
  if (!explode && tokens.length % 2 !== 0) return text; // not this style: the validator reports the string
  for (let i = 0; i < tokens.length; i += explode ? 1 : 2) {
    const eq = explode ? tokens[i]!.indexOf('=') : 0;
    if (explode && eq <= 0) return text;
    pairs.push(
      explode ? [tokens[i]!.slice(0, eq), tokens[i]!.slice(eq + 1)] : [tokens[i]!, tokens[i + 1]!],
    );
  }
  return objectOf(pairs, schema, compiler) ?? {};
}

/** An object from name/text pairs, each coerced by its property's schema; undefined for none. */
function objectOf(
  pairs: Iterable<[string, string]>,
  schema: JsonSchema | undefined,
  compiler: SchemaCompiler,
): Record<string, unknown> | undefined {
  const props = propertySchemas(schema, compiler);
  let out: Record<string, unknown> | undefined;
  for (const [key, text] of pairs) (out ??= {})[key] = coerceText(text, props.get(key), compiler);
  return out;
}

/** The parts of a request its stages read fields from. */
export interface RequestParts {
  /** Path parameters, decoded. */
  path: Record<string, string>;
  query: URLSearchParams;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  cookies: Record<string, string>;
  /** The parsed body, once there is one. */
  body?: unknown;
}

/** One field of the request by where it travels (a body field is a top-level property); undefined when absent. */
export function requestField(
  req: RequestParts,
  where: 'path' | 'query' | 'header' | 'cookie' | 'body',
  name: string,
): unknown {
  if (where === 'query') return req.query.get(name) ?? undefined;
  if (where === 'header') return req.headers[name.toLowerCase()];
  if (where === 'body') return isJsonObject(req.body) ? req.body[name] : undefined;
  return (where === 'path' ? req.path : req.cookies)[name];
}

/** Reads one parameter as the schema wants it; `undefined` when absent. */
export function readParameter(
  param: MockParameter,
  sources: RequestParts,
  compiler: SchemaCompiler,
): unknown {
  const { name, schema } = param;
  const { query } = sources;
  const inQuery = param.in === 'query';
  const array = isSchemaOf('array', schema, compiler);
  const object = !array && isSchemaOf('object', schema, compiler);
  const items = array ? itemSchema(schema, compiler) : undefined;
  if (inQuery && param.style === 'deepObject') {
    const pairs = [...query]
      .filter(([key]) => key.startsWith(`${name}[`) && key.endsWith(']'))
      .map(([key, value]): [string, string] => [key.slice(name.length + 1, -1), value]);
    return objectOf(pairs, schema, compiler);
  }
  // A query parameter may repeat (also as `name[]`); path, header and cookie values come once.
  const raw = inQuery ? undefined : (requestField(sources, param.in, name) as string | undefined);
  const once = raw === undefined ? [] : [raw];
  const all = inQuery ? [...query.getAll(name), ...query.getAll(`${name}[]`)] : once;
  // `form` + explode objects: every declared property is a query parameter of its own.
  if (inQuery && object && param.explode && all.length === 0) {
    const declared = [...propertySchemas(schema, compiler).keys()].filter((k) => query.has(k));
    return objectOf(
      declared.map((k) => [k, query.get(k)!]),
      schema,
      compiler,
    );
  }
  if (all.length === 0) return undefined;
  // Exploded path and header objects are `k=v` pairs; a query object's single value is not.
  if (object && all.length === 1)
    return objectFromText(all[0]!, !inQuery && param.explode, schema, compiler);
  // form+explode repeats the key; a single joined value is accepted too (many clients send it).
  if (array && param.explode && all.length > 1)
    return all.map((v) => coerceText(v, items, compiler));
  if (array) {
    const separator = { spaceDelimited: ' ', pipeDelimited: '|' }[param.style] ?? ',';
    return all[0] === '' ? [] : all[0]!.split(separator).map((t) => coerceText(t, items, compiler));
  }
  // A repeated scalar parameter is reported as an array ("must be integer (got array)").
  return all.length === 1 ? coerceText(all[0]!, schema, compiler) : all;
}

function looksLikeFile(part: FormPart): boolean {
  if (part.filename !== undefined) return true;
  return (
    !!part.contentType &&
    part.contentType !== 'text/plain' &&
    part.contentType !== 'application/json'
  );
}

/** Builds the object a form body stands for: file parts become `MockFile`s, text parts are coerced. */
export function formObject(
  parts: FormPart[],
  schema: JsonSchema | undefined,
  compiler: SchemaCompiler,
): Record<string, unknown> {
  const props = propertySchemas(schema, compiler);
  const grouped = new Map<string, FormPart[]>();
  for (const part of parts) {
    const name =
      part.name.endsWith('[]') && !props.has(part.name) ? part.name.slice(0, -2) : part.name;
    grouped.set(name, [...(grouped.get(name) ?? []), part]);
  }
  const out: Record<string, unknown> = {};
  for (const [name, group] of grouped) {
    const prop = props.get(name);
    const array = isSchemaOf('array', prop, compiler);
    const target = array ? itemSchema(prop, compiler) : prop;
    const values = group.map((part) => {
      if (looksLikeFile(part))
        return new MockFile(
          part.filename,
          part.contentType ?? 'application/octet-stream',
          part.bytes,
        );
      const text = decoder.decode(part.bytes);
      if (part.contentType === 'application/json') {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          return text;
        }
      }
      return coerceText(text, target, compiler);
    });
    // Arrays are repeated parts; a repeated part of a scalar property is reported as an array.
    out[name] = array || values.length > 1 ? values : values[0];
  }
  return out;
}

export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of (header ?? '').split(';')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const name = pair.slice(0, eq).trim();
    try {
      out[name] = decodeURIComponent(pair.slice(eq + 1).trim());
    } catch {
      out[name] = pair.slice(eq + 1).trim();
    }
  }
  return out;
}
