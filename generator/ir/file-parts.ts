/**
 * Which properties of a multipart request body are file parts, decided once for the SDKs (what
 * they send) and the mock (what it reads): a property whose schema is binary (`format: binary`, or
 * a `contentMediaType` without a `contentEncoding`), an array of such, or a union with such a
 * variant. The SDKs take a file for it and send it with a filename; when the union also has a text
 * string variant (a file or a URL), a string given is that text (`EncodingIr.text`), not a path.
 * Every other part is text sent without one: its declared content type (`encoding.contentType`,
 * e.g. application/sdp) labels that text, it does not make it a file.
 */
import { setOwn } from '../util/own-property.js';
import { hiddenIn } from './directions.js';
import { resolveSchema } from './resolve-schema.js';
import type { ApiIr, ContentIr, ObjectSchema, SchemaIr } from './types.js';

type Schemas = Pick<ApiIr, 'schemas'>;

/**
 * Whether the schema, through arrays and union variants, has a string leaf that is binary (a file)
 * or, with `binary` false, a text string (a URL beside a file).
 */
function hasString(ir: Schemas, schema: SchemaIr, binary: boolean, depth = 0): boolean {
  const s = resolveSchema(ir, schema);
  if (depth > 8) return false;
  if (s.kind === 'array') return hasString(ir, s.items, binary, depth + 1);
  if (s.kind === 'union') return s.variants.some((v) => hasString(ir, v, binary, depth + 1));
  return s.kind === 'string' && s.binary === binary;
}

/** The properties of an object body, with those of its `allOf` parts (the first declaration wins). */
function properties(ir: Schemas, schema: SchemaIr, depth = 0): ObjectSchema['properties'] {
  const s = resolveSchema(ir, schema);
  if (s.kind === 'object') return s.properties;
  if (s.kind !== 'intersection' || depth > 8) return [];
  const all = s.parts.flatMap((part) => properties(ir, part, depth + 1));
  return all.filter((p, i) => all.findIndex((q) => q.name === p.name) === i);
}

/** Marks a multipart content's file parts in its `encoding` (`EncodingIr.file`), in place. */
export function markFileParts(ir: Schemas, content: ContentIr): void {
  if (content.kind !== 'multipart' || !content.schema) return;
  for (const p of properties(ir, content.schema)) {
    // A readOnly property is not sent: no file input for it.
    if (!hasString(ir, p.schema, true) || hiddenIn(p.schema, 'request')) continue;
    const declared = Object.hasOwn(content.encoding, p.name) ? content.encoding[p.name] : undefined;
    const text = hasString(ir, p.schema, false) ? { text: true as const } : {};
    setOwn(content.encoding, p.name, { ...(declared ?? { headers: [] }), file: true, ...text });
  }
}
