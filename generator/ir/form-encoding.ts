/**
 * The per-property encoding of a form body (multipart or urlencoded), decided once for the SDKs and
 * the mock: the Encoding Object as written, and what OpenAPI 3.1 makes of a property it leaves out.
 * A part's content type defaults to its schema's `contentMediaType` (also on an array's items),
 * so `{type: string, contentMediaType: image/png}` is labelled and checked as `encoding.contentType:
 * image/png` would be. A urlencoded property's `style`/`explode` is kept when it is not OpenAPI's
 * default (form, exploded): the SDKs write it, and the mock reads it, as a query parameter's.
 * An object part (or an array's object items) without either defaults to application/json, as
 * OpenAPI says: the SDKs send it as JSON text labelled so; a primitive part stays unlabelled text.
 */
import { setOwn } from '../util/own-property.js';
import { get } from '../util/json-pointer.js';
import type { IrContext } from './context.js';
import type { EncodingIr } from './types.js';
import { sendableMediaType } from './media-type.js';
import { JSON_MEDIA_TYPE } from '../../templates/client/response.js';

type Raw = Record<string, unknown>;

const isRaw = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Follows `$ref`s of a raw schema (cycle-safe); undefined when it is none. */
function derefSchema(ctx: IrContext, schema: unknown): Raw | undefined {
  let node = schema;
  for (let hops = 0; hops < 32 && isRaw(node) && typeof node.$ref === 'string'; hops++)
    node = get(ctx.document, node.$ref);
  return isRaw(node) ? node : undefined;
}

/** The raw property schemas of an object schema and its `allOf` parts (the first declaration wins). */
function rawProperties(ctx: IrContext, schema: unknown, depth = 0): Map<string, unknown> {
  const s = derefSchema(ctx, schema);
  const out = new Map<string, unknown>();
  if (!s || depth > 8) return out;
  if (isRaw(s.properties))
    for (const [name, prop] of Object.entries(s.properties)) out.set(name, prop);
  for (const part of Array.isArray(s.allOf) ? s.allOf : [])
    for (const [name, prop] of rawProperties(ctx, part, depth + 1))
      if (!out.has(name)) out.set(name, prop);
  return out;
}

/** A property's `contentMediaType`, or its items' for an array of parts. */
function contentMediaTypeOf(ctx: IrContext, property: unknown): string | undefined {
  const s = derefSchema(ctx, property);
  if (typeof s?.contentMediaType === 'string') return s.contentMediaType;
  const items = s && derefSchema(ctx, s.items);
  return typeof items?.contentMediaType === 'string' ? items.contentMediaType : undefined;
}

/** Whether a property (or its items, for an array of parts) is an object: OpenAPI's JSON part. */
function isObjectPart(ctx: IrContext, property: unknown): boolean {
  const s = derefSchema(ctx, property);
  const part = s?.type === 'array' ? derefSchema(ctx, s.items) : s;
  if (!part) return false;
  const types = Array.isArray(part.type) ? part.type : [part.type];
  return (
    types.includes('object') ||
    (part.type === undefined && (isRaw(part.properties) || part.additionalProperties !== undefined))
  );
}

/** One property's declared content type and the concrete type the SDKs label a part with. */
function withContentType(e: EncodingIr, contentType: string): EncodingIr {
  e.contentType = contentType;
  const partType = sendableMediaType(contentType);
  if (partType) e.partType = partType;
  if (partType && JSON_MEDIA_TYPE.test(partType.toLowerCase())) e.json = true;
  return e;
}

/**
 * A form body's encoding by property: the spec's Encoding Objects, and for a multipart body each
 * property without a declared `contentType` whose schema has a `contentMediaType` or is an object.
 */
export function formEncoding(
  ctx: IrContext,
  rawEncoding: unknown,
  rawSchema: unknown,
  multipart: boolean,
): Record<string, EncodingIr> {
  const encoding: Record<string, EncodingIr> = {};
  for (const [prop, enc] of Object.entries(isRaw(rawEncoding) ? rawEncoding : {})) {
    const raw = isRaw(enc) ? enc : {};
    const e: EncodingIr = { headers: Object.keys(isRaw(raw.headers) ? raw.headers : {}) };
    if (typeof raw.contentType === 'string') withContentType(e, raw.contentType);
    const style = typeof raw.style === 'string' ? raw.style : 'form';
    const explode = typeof raw.explode === 'boolean' ? raw.explode : style === 'form';
    if (!multipart && (style !== 'form' || !explode)) Object.assign(e, { style, explode });
    setOwn(encoding, prop, e);
  }
  if (!multipart) return encoding;
  for (const [prop, schema] of rawProperties(ctx, rawSchema)) {
    const declared = Object.hasOwn(encoding, prop) ? encoding[prop]! : undefined;
    if (declared?.contentType !== undefined) continue;
    const type =
      contentMediaTypeOf(ctx, schema) ??
      (isObjectPart(ctx, schema) ? 'application/json' : undefined);
    if (type !== undefined)
      setOwn(encoding, prop, withContentType(declared ?? { headers: [] }, type));
  }
  return encoding;
}

/** A urlencoded body's properties not sent form-exploded: name → style and explode. */
export function styledFields(
  encoding: Readonly<Record<string, EncodingIr>>,
): [string, { style: string; explode: boolean }][] {
  return Object.entries(encoding).flatMap(([name, e]) =>
    e.style === undefined ? [] : [[name, { style: e.style, explode: e.explode ?? false }]],
  ) as [string, { style: string; explode: boolean }][];
}

/** A multipart body's text parts sent as JSON text (`EncodingIr.json`, not a file part). */
export const jsonPartNames = (encoding: Readonly<Record<string, EncodingIr>>): string[] =>
  Object.entries(encoding).flatMap(([name, e]) => (e.json && !e.file ? [name] : []));
