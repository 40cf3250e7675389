/**
 * Encoding of every body kind (the operation's request content): JSON, multipart form, urlencoded
 * form, raw bytes or text. Operations with form, multipart or binary bodies pass `encodeBody` as
 * their body's `encode`; it brings in the upload conversions (uploads.ts, mime.ts).
 */
import { encodeJsonBody, encodeTextBody, type BodyParts, type EncodedBody } from './body.js';
import { ShellApiError } from './errors.js';
// Non-file fields as query values are: text as is, objects as JSON, dates in ISO form.
import { scalar } from './query.js';
import { formBodyText } from './query-styles.js';
import { isUploadable, toNamedBlob, type Uploadable } from './uploads.js';

export async function encodeBody(spec: BodyParts): Promise<EncodedBody> {
  const { kind, value } = spec;
  if (value === undefined) return {};
  switch (kind) {
    case 'json':
      return encodeJsonBody(spec);
    case 'text':
      return encodeTextBody(spec);
    case 'urlencoded': {
      const contentType = spec.mediaType ?? 'application/x-www-form-urlencoded';
      return {
        body: formBodyText(fieldsOf(value, 'form'), spec.formStyles ?? {}),
        contentType,
        ownType: setType(contentType),
      };
    }
    case 'multipart': {
      const form = await toFormData(
        value,
        spec.partTypes ?? {},
        spec.jsonParts ?? [],
        multipartSubtype(spec.mediaType),
      );
      if (form instanceof FormData)
        // No type: fetch writes FormData's with the boundary.
        return { body: form, ownType: setType(undefined) };
      return { body: form.body, contentType: form.type, ownType: setType(form.type) };
    }
    case 'binary': {
      if (!isUploadable(value))
        throw new ShellApiError(
          'A binary body must be a Blob, File, Uint8Array, ArrayBuffer or stream.',
        );
      const { blob } = await toNamedBlob(value, {
        fallbackName: 'body',
        declaredType: spec.mediaType,
      });
      return { body: blob, contentType: blob.type || spec.mediaType || 'application/octet-stream' };
    }
  }
}

/**
 * The multipart type a body declares (multipart/mixed, multipart/related…) is the one sent, in the
 * same boundary format; a wildcard or anything else is form-data, the type fetch writes for FormData.
 */
const FORM_DATA = 'multipart/form-data';
const multipartSubtype = (mediaType: string | undefined): string =>
  mediaType !== undefined && /^multipart\/[a-z0-9][a-z0-9.+-]*$/i.test(mediaType)
    ? mediaType.toLowerCase()
    : FORM_DATA;

/** FormData's type is left to fetch, which writes it with the boundary. */
const setType = (contentType: string | undefined) => (headers: Headers) => {
  headers.delete('content-type');
  if (contentType) headers.set('content-type', contentType);
};

type Part = [
  name: string,
  value: string | Blob,
  filename: string | undefined,
  type: string | undefined,
];

/**
 * A multipart body's parts in field order. A non-file part with a declared type (the IR's
 * `partType`: application/json for an object part) is sent as text labelled so; FormData cannot
 * label a text part, so such a body is written by hand (multipartBlob), as is one of another
 * multipart type than form-data (FormData is only that), and the rest as FormData.
 */
export async function toFormData(
  value: unknown,
  partTypes: Readonly<Record<string, string>>,
  jsonParts: readonly string[] = [],
  mediaType: string = FORM_DATA,
): Promise<FormData | { body: Blob; type: string }> {
  const parts: Part[] = [];
  for (const [name, field] of Object.entries(fieldsOf(value, 'multipart'))) {
    if (field === undefined || field === null) continue;
    const items = Array.isArray(field) ? field : [field];
    for (const item of items) {
      if (item === undefined || item === null) continue;
      if (isUploadable(item)) {
        const { blob, filename } = await toNamedBlob(item as Uploadable, {
          fallbackName: name,
          declaredType: partTypes[name],
        });
        parts.push([name, blob, filename, undefined]);
      } else {
        // A JSON part's value is JSON text: a string is quoted, as the receiver parses it.
        const text = jsonParts.includes(name) ? JSON.stringify(item) : scalar(item);
        parts.push([name, text, undefined, partTypes[name]]);
      }
    }
  }
  if (
    mediaType !== FORM_DATA ||
    parts.some(([, v, , type]) => typeof v === 'string' && type !== undefined)
  )
    return multipartBlob(parts, mediaType);
  const form = new FormData();
  for (const [name, v, filename] of parts)
    if (typeof v === 'string') form.append(name, v);
    else form.append(name, v, filename);
  return form;
}

/** RFC 7578 parts, names escaped as browsers do (`"` and line breaks percent-encoded). */
function multipartBlob(parts: Part[], mediaType: string): { body: Blob; type: string } {
  const boundary = `----FormBoundary${Math.random().toString(16).slice(2)}${Date.now().toString(16)}`;
  // CR, LF and the quote percent-encoded (`%0D`, `%0A`, `%22`), as browsers write them.
  const quote = (s: string) => `"${s.replace(/[\r\n"]/g, encodeURIComponent)}"`;
  const chunks: (string | Blob)[] = [];
  for (const [name, v, filename, declared] of parts) {
    const file = typeof v === 'string' ? '' : `; filename=${quote(filename ?? name)}`;
    const type = typeof v === 'string' ? declared : v.type || 'application/octet-stream';
    chunks.push(`--${boundary}\r\nContent-Disposition: form-data; name=${quote(name)}${file}\r\n`);
    chunks.push(type ? `Content-Type: ${type}\r\n\r\n` : '\r\n', v, '\r\n');
  }
  chunks.push(`--${boundary}--\r\n`);
  return { body: new Blob(chunks), type: `${mediaType}; boundary=${boundary}` };
}

/** A form or multipart body's fields: it must be an object. */
function fieldsOf(value: unknown, kind: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object')
    throw new ShellApiError(`A ${kind} body must be an object of fields.`);
  return value as Record<string, unknown>;
}
