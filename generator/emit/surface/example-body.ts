/**
 * Which fields an example request body sends, decided once for every output that prints one (the
 * client's JSDoc `@example`, the docs' TypeScript, Python, Python (HTTP) and curl samples), so every
 * language sends the same request: the example's own fields, plus what a form body cannot do without.
 */
import type { ApiIr, ContentIr, Json } from '../../ir/types.js';
import { resolveSchema } from '../../ir/resolve-schema.js';
import { fileFieldsOf } from './plan.js';

/**
 * The body `value` (an example) as the samples send it. A form example cannot hold bytes, so a
 * required file field it leaves out is added back ('' stands for the file; printers write a file
 * read); optional ones are not (fewer files to prepare). A multipart body left with no part at all
 * would be sent as no body: it gets its first file field (what the media type is for), else the
 * first property with an example.
 */
export function exampleBody(
  ir: ApiIr,
  content: ContentIr,
  value: Json | undefined,
): Json | undefined {
  if (content.kind !== 'multipart' && content.kind !== 'urlencoded') return value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const files = fileFieldsOf(ir, content);
  let body: { [key: string]: Json } = value;
  for (const f of files) if (f.required && !(f.name in body)) body = { ...body, [f.name]: '' };
  if (content.kind === 'multipart' && Object.keys(body).length === 0) {
    if (files[0]) return { [files[0].name]: '' };
    const schema = content.schema && resolveSchema(ir, content.schema);
    const shown =
      schema?.kind === 'object'
        ? schema.properties.find(
            (p) => resolveSchema(ir, p.schema).examples.length > 0 || p.schema.examples.length > 0,
          )
        : undefined;
    if (shown) {
      const examples = shown.schema.examples.length
        ? shown.schema.examples
        : resolveSchema(ir, shown.schema).examples;
      return { [shown.name]: examples[0]! };
    }
  }
  return body;
}

/**
 * The body `value` with the stream flag as an example call sends it (the client's JSDoc example
 * and the docs' samples read this one rule): `true` when the call streams; else `false` for a
 * flag that defaults to true, else the example's own value unless it asks for the stream (an
 * explicit `false` is sent as given, as the try-it console's Send sends it).
 */
export function flaggedBody(
  value: Json | undefined,
  flag: string | undefined,
  defaultOn: boolean,
  stream: boolean,
): Json | undefined {
  if (flag === undefined || !value || typeof value !== 'object' || Array.isArray(value))
    return value;
  const copy: { [key: string]: Json } = { ...value };
  if (stream) copy[flag] = true;
  else if (defaultOn) copy[flag] = false;
  else if (copy[flag] === true) delete copy[flag];
  return copy;
}
