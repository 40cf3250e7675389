/**
 * How a parameter goes on the wire, decided once for both SDKs, the docs samples and the mock: its
 * OpenAPI `style` and `explode` (with the location's defaults), `allowReserved`, and whether the
 * SDK runtimes' built-in rule (simple scalars and arrays in the path, scalars in headers, form
 * exploded queries) is not enough, so the operation brings its style module (`styled`).
 */
import { get } from '../util/json-pointer.js';
import type { IrContext } from './context.js';
import type { ParameterIr } from './types.js';

type Raw = Record<string, unknown>;

const isRaw = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** OpenAPI's default style of a parameter location (explode then defaults to `style === 'form'`). */
export function defaultStyle(location: string): string {
  return location === 'query' || location === 'cookie' ? 'form' : 'simple';
}

/** Which of array and object a raw schema may be (following `$ref`s and unions; cycle-safe). */
function containers(ctx: IrContext, schema: unknown, depth = 0): Set<'array' | 'object'> {
  const out = new Set<'array' | 'object'>();
  let s = schema;
  for (let hops = 0; hops < 32 && isRaw(s) && typeof s.$ref === 'string'; hops++)
    s = get(ctx.document, s.$ref);
  if (!isRaw(s) || depth > 8) return out;
  const types = Array.isArray(s.type) ? s.type : [s.type];
  if (types.includes('array') || (s.type === undefined && s.items !== undefined)) out.add('array');
  if (types.includes('object') || (s.type === undefined && s.properties !== undefined))
    out.add('object');
  for (const key of ['oneOf', 'anyOf', 'allOf'] as const)
    for (const part of Array.isArray(s[key]) ? s[key] : [])
      for (const kind of containers(ctx, part, depth + 1)) out.add(kind);
  return out;
}

export type WireStyle = Pick<ParameterIr, 'style' | 'explode' | 'allowReserved' | 'styled'>;

/**
 * The wire style of the raw parameter `raw` in `location` (the document's validation has already
 * refused a style OpenAPI does not define there).
 */
export function wireStyleOf(ctx: IrContext, raw: Raw, location: ParameterIr['in']): WireStyle {
  const style = typeof raw.style === 'string' ? raw.style : defaultStyle(location);
  const explode = typeof raw.explode === 'boolean' ? raw.explode : style === 'form';
  const out: WireStyle = { style, explode };
  const kinds = containers(ctx, raw.schema);
  if (location === 'query') {
    if (raw.allowReserved === true) out.allowReserved = true;
    if (style !== 'form' || !explode || out.allowReserved) out.styled = true;
  }
  // Matrix and label need their prefixes; objects need `k,v` (or `k=v`) pairs in paths and headers.
  if (location === 'path' && (style !== 'simple' || kinds.has('object'))) out.styled = true;
  if (location === 'header' && kinds.size > 0) out.styled = true;
  return out;
}
