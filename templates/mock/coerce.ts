/**
 * Text → typed values: query/path/header/cookie parameters and the text fields of form bodies
 * arrive as strings and are turned into the numbers, booleans, arrays and objects their schemas
 * describe before validation, as the generator decided from each schema (`MockCoercion`,
 * generator/emit/surface/mock-coercion.ts). Values that do not convert stay strings, so the
 * validator reports them ("must be integer (got string)").
 */
import type { MockCoercion, MockParameter, MockRequestField } from './types.js';
import { MockFile } from './validate.js';
import { isJsonObject } from './pointer.js';
import type { FormPart } from './multipart.js';

const decoder = new TextDecoder();

/** A declared property's coercion (an own key: a property may be called `constructor`). */
const propertyOf = (c: MockCoercion | undefined, name: string): MockCoercion | undefined =>
  c?.properties && Object.hasOwn(c.properties, name) ? c.properties[name] : undefined;

/** Whether a form part's name, as sent, is a declared property (or one's `name[]` spelling). */
export const declaresPart = (c: MockCoercion | undefined, name: string): boolean =>
  propertyOf(c, name) !== undefined ||
  (name.endsWith('[]') && propertyOf(c, name.slice(0, -2)) !== undefined);

export function coerceText(text: string, c: MockCoercion | undefined): unknown {
  const types = c?.types;
  if (types === undefined) return text;
  // JSON text for a union that admits an object or array (`oneOf: [object, binary]`) is that value.
  if (
    (types.includes('object') && text.startsWith('{')) ||
    (types.includes('array') && text.startsWith('['))
  )
    return orText(text, JSON.parse);
  if (types.includes('string')) return text;
  if (types.includes('integer') && /^-?\d+$/.test(text)) return Number(text);
  if (types.includes('number') && /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(text))
    return Number(text);
  if (types.includes('boolean') && (text === 'true' || text === 'false')) return text === 'true';
  if (types.includes('null') && (text === 'null' || text === '')) return null;
  if (types.includes('array'))
    return text === '' ? [] : text.split(',').map((t) => coerceText(t, c!.items));
  return text;
}

/** Whether values are arrays (or objects) and never text. */
const isOf = (type: 'array' | 'object', c: MockCoercion | undefined): boolean =>
  !!c?.types?.includes(type) && !c.types.includes('string');

/**
 * An object parameter serialized by its style (OpenAPI 3.1 §4.8.12.4): `simple`/`form` without
 * explode as `k,v,k,v`, with explode as `k=v,k=v` (path, header); JSON text is accepted in a query
 * only (what the SDKs send in a path or header is never JSON, so there it is the wrong form).
 */
function objectFromText(
  text: string,
  items: string[],
  explode: boolean,
  c: MockCoercion | undefined,
  json: boolean,
): unknown {
  if (json && text.startsWith('{')) return coerceText(text, c);
  const tokens = text === '' ? [] : items;
  const pairs: [string, string][] = [];
  if (!explode && tokens.length % 2 !== 0) return text; // not this style: the validator reports the string
  for (let i = 0; i < tokens.length; i += explode ? 1 : 2) {
    const eq = explode ? tokens[i]!.indexOf('=') : 0;
    if (explode && eq <= 0) return text;
    pairs.push(
      explode ? [tokens[i]!.slice(0, eq), tokens[i]!.slice(eq + 1)] : [tokens[i]!, tokens[i + 1]!],
    );
  }
  return objectOf(pairs, c) ?? {};
}

/** An object from name/text pairs, each coerced as its property says; undefined for none. */
function objectOf(
  pairs: Iterable<[string, string]>,
  c: MockCoercion | undefined,
): Record<string, unknown> | undefined {
  let out: Record<string, unknown> | undefined;
  for (const [key, text] of pairs) (out ??= {})[key] = coerceText(text, propertyOf(c, key));
  return out;
}

/** The parts of a request its stages read fields from. */
export interface RequestParts {
  /** Path parameters, decoded. */
  path: Record<string, string>;
  /** Path parameters as sent, for items whose `,` separators must be found before decoding. */
  rawPath?: Record<string, string>;
  query: URLSearchParams;
  /** The query as sent (`?a=1`), for values whose delimiters must be found before decoding. */
  search?: string;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  cookies: Record<string, string>;
  /** The parsed body, once there is one. */
  body?: unknown;
}

/** One field of the request; undefined when absent. */
export function requestField(req: RequestParts, { in: where, name }: MockRequestField): unknown {
  if (where === 'query') return req.query.get(name) ?? undefined;
  if (where === 'header') return req.headers[name.toLowerCase()];
  if (where === 'body') return isJsonObject(req.body) ? req.body[name] : undefined;
  return (where === 'path' ? req.path : req.cookies)[name];
}

/** Reads one parameter as its schema wants it; `undefined` when absent. */
export function readParameter(param: MockParameter, sources: RequestParts): unknown {
  const { name, coerce } = param;
  const { query } = sources;
  const inQuery = param.in === 'query';
  const array = isOf('array', coerce);
  const object = !array && isOf('object', coerce);
  if (inQuery && param.style === 'deepObject') {
    const pairs = [...query]
      .filter(([key]) => key.startsWith(`${name}[`) && key.endsWith(']'))
      .map(([key, value]): [string, string] => [key.slice(name.length + 1, -1), value]);
    return objectOf(pairs, coerce);
  }
  // Matrix and label path values are read as the simple-style text they carry (`;id=a,b` → `a,b`).
  const sent = param.in === 'path' ? sources.rawPath?.[name] : undefined;
  const rawPath = sent === undefined ? undefined : (simplePathText(param, sent) ?? sent);
  // A query parameter may repeat (also as `name[]`); path, header and cookie values come once.
  const raw = inQuery
    ? undefined
    : rawPath !== undefined
      ? decodeText(rawPath)
      : (requestField(sources, param) as string | undefined);
  const once = raw === undefined ? [] : [raw];
  const all = inQuery ? [...query.getAll(name), ...query.getAll(`${name}[]`)] : once;
  // `form` + explode objects: every declared property is a query parameter of its own.
  if (inQuery && object && param.explode && all.length === 0) {
    const declared = Object.keys(coerce!.properties ?? {}).filter((k) => query.has(k));
    return objectOf(
      declared.map((k) => [k, query.get(k)!]),
      coerce,
    );
  }
  if (all.length === 0) return undefined;
  // Exploded path and header objects are `k=v` pairs; a query object's single value is not.
  // Form and simple styles join with commas and escape those inside keys and values: split before decoding.
  const items = (text: string, separator: string): string[] =>
    separator !== ','
      ? text.split(separator)
      : inQuery && sources.search !== undefined
        ? (rawQueryValue(sources.search, name) ?? text).split(',').map(formDecode)
        : rawPath !== undefined
          ? rawPath.split(',').map(decodeText)
          : text.split(separator);
  if (object && all.length === 1)
    return objectFromText(all[0]!, items(all[0]!, ','), !inQuery && param.explode, coerce, inQuery);
  // form+explode repeats the key; a single joined value is accepted too (many clients send it).
  if (array && param.explode && all.length > 1) return all.map((v) => coerceText(v, coerce!.items));
  if (array) {
    const separator = { spaceDelimited: ' ', pipeDelimited: '|' }[param.style] ?? ',';
    return all[0] === '' ? [] : items(all[0]!, separator).map((t) => coerceText(t, coerce!.items));
  }
  // A repeated scalar parameter is reported as an array ("must be integer (got array)").
  return all.length === 1 ? coerceText(all[0]!, coerce) : all;
}

/**
 * A matrix or label path value as sent (still percent-encoded), as the simple-style text it stands
 * for: `;id=a,b` and exploded `;id=a;id=b` → `a,b`, `;a=1;b=2` → `a=1,b=2`, `.a,b` and `.a.b` →
 * `a,b`; a simple one as it is. Undefined when the value lacks its style's prefix or names (the SDKs
 * never send that: the request check reports it).
 */
export function simplePathText(param: MockParameter, sent: string): string | undefined {
  const { style, explode, coerce } = param;
  const container = explode && (isOf('array', coerce) || isOf('object', coerce));
  if (style === 'label') {
    if (!sent.startsWith('.')) return undefined;
    return container ? sent.slice(1).split('.').join(',') : sent.slice(1);
  }
  if (style !== 'matrix') return sent;
  if (!sent.startsWith(';')) return undefined;
  const key = encodeURIComponent(param.name);
  const valueOf = (part: string): string | undefined =>
    part === key ? '' : part.startsWith(`${key}=`) ? part.slice(key.length + 1) : undefined;
  const parts = sent.slice(1).split(';');
  // Exploded objects name each property (`;a=1`), kept as simple style's `a=1`.
  if (container && isOf('object', coerce)) return parts.join(',');
  const values = (container ? parts : [sent.slice(1)]).map(valueOf);
  return values.includes(undefined) ? undefined : values.join(',');
}

/**
 * The raw (still percent-encoded) value of the query parameter `name` (or `name[]`), for one sent
 * once. The pipe and space delimiters are sent escaped, so only commas can be told apart this way.
 */
function rawQueryValue(search: string, name: string): string | undefined {
  for (const pair of search.replace(/^\?/, '').split('&')) {
    const eq = pair.indexOf('=');
    const key = formDecode(eq === -1 ? pair : pair.slice(0, eq));
    if (key === name || key === `${name}[]`) return eq === -1 ? '' : pair.slice(eq + 1);
  }
  return undefined;
}

/** Query text decoded as URLSearchParams does (`+` is a space). */
const formDecode = (text: string): string => decodeText(text.replace(/\+/g, ' '));

/**
 * A urlencoded body's fields that have a declared style (OpenAPI Encoding Object), read from the
 * body text as query parameters of that style are: they replace what `formObject` made of them.
 */
export function readStyledFields(
  out: Record<string, unknown>,
  text: string,
  styles: Record<string, { style: string; explode: boolean }>,
  c: MockCoercion | undefined,
): void {
  const query = new URLSearchParams(text);
  const sources: RequestParts = { path: {}, query, search: text, headers: {}, cookies: {} };
  for (const field of styledFields(styles, c)) {
    const { name } = field;
    for (const key of Object.keys(out))
      if (key === name || key.startsWith(`${name}[`)) delete out[key];
    const value = readParameter(field, sources);
    if (value !== undefined) out[name] = value;
  }
}

/** A urlencoded body's styled fields as the query parameters of that style they are read as. */
export function styledFields(
  styles: Record<string, { style: string; explode: boolean }>,
  c: MockCoercion | undefined,
): MockParameter[] {
  return Object.entries(styles).map(([name, { style, explode }]) => {
    const coerce = propertyOf(c, name);
    const field = { name, in: 'query' as const, required: false, style, explode };
    return coerce ? { ...field, coerce } : field;
  });
}

/** Content types a part without a filename is text in whatever property: none, JSON, any text/*. */
const isTextPart = (type: string | undefined): boolean =>
  type === undefined || type === 'application/json' || type.startsWith('text/');

/**
 * Builds the object a form body stands for: file parts become `MockFile`s, text parts are coerced,
 * JSON parts parsed (`application/json`, or a part of `jsonParts`, declared with a `+json` type).
 * A part is a file when it has a filename, as the SDKs send the IR's file parts (`fileParts`).
 * One without is text, whatever type labels it (a declared `encoding.contentType: application/sdp`
 * labels text), unless its property is a file part or undeclared and the type is not text's.
 */
export function formObject(
  parts: FormPart[],
  c: MockCoercion | undefined,
  jsonParts: readonly string[] = [],
  fileParts: readonly string[] = [],
): Record<string, unknown> {
  const grouped = new Map<string, FormPart[]>();
  for (const part of parts) {
    const declared = propertyOf(c, part.name) !== undefined;
    const name = part.name.endsWith('[]') && !declared ? part.name.slice(0, -2) : part.name;
    grouped.set(name, [...(grouped.get(name) ?? []), part]);
  }
  const out: Record<string, unknown> = {};
  for (const [name, group] of grouped) {
    const prop = propertyOf(c, name);
    const array = isOf('array', prop);
    const target = array ? prop!.items : prop;
    const json = jsonParts.includes(name);
    const textField = prop !== undefined && !fileParts.includes(name);
    const values = group.map((part) => {
      if (part.filename !== undefined || !(json || textField || isTextPart(part.contentType)))
        return new MockFile(
          part.filename,
          part.contentType ?? 'application/octet-stream',
          part.bytes,
        );
      const text = decoder.decode(part.bytes);
      if (json || part.contentType === 'application/json') return orText(text, JSON.parse);
      return coerceText(text, target);
    });
    // Arrays are repeated parts; a repeated part of a scalar property is reported as an array.
    out[name] = array || values.length > 1 ? values : values[0];
  }
  return out;
}

export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!header) return out;
  for (const pair of header.split(';')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    out[pair.slice(0, eq).trim()] = decodeText(pair.slice(eq + 1).trim());
  }
  return out;
}

/** Percent-decoded text, or the text as it is when it is no valid encoding. */
export const decodeText = (text: string): string => orText(text, decodeURIComponent);

/** What `read` makes of the text, or the text as it is when `read` throws. */
export function orText<T>(text: string, read: (text: string) => T): T | string {
  try {
    return read(text);
  } catch {
    return text;
  }
}
