/**
 * Encoding of every body kind (the operation's request content): JSON, multipart form, urlencoded
 * form, raw bytes or text. Operations with form, multipart or binary bodies pass `encodeBody` as
 * their body's `encode`; it brings in the upload conversions (uploads.ts, mime.ts).
 */
import { encodePlainBody, type BodySpec, type EncodedBody } from './body.js';
import { ShellApiError } from './errors.js';
// Non-file fields as query values are: text as is, objects as JSON, dates in ISO form.
import { scalar, type QueryStyle } from './query.js';
import { formBodyText } from './query-styles.js';
import { isUploadable, toNamedBlob, type Uploadable } from './uploads.js';

export async function encodeBody(spec: BodySpec): Promise<EncodedBody> {
  const { kind, value } = spec;
  if (value === undefined) return {};
  switch (kind) {
    case 'json':
    case 'text':
      return encodePlainBody(spec);
    case 'urlencoded':
      return {
        body: formText(value, spec.formStyles ?? {}),
        contentType: spec.mediaType ?? 'application/x-www-form-urlencoded',
        ownType: setType(spec.mediaType ?? 'application/x-www-form-urlencoded'),
      };
    case 'multipart':
      return {
        // No type: fetch writes FormData's with the boundary.
        body: await toFormData(value, spec.partTypes ?? {}),
        ownType: setType(undefined),
      };
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

/** FormData's type is left to fetch, which writes it with the boundary. */
const setType = (contentType: string | undefined) => (headers: Headers) => {
  headers.delete('content-type');
  if (contentType) headers.set('content-type', contentType);
};

export async function toFormData(
  value: unknown,
  partTypes: Readonly<Record<string, string>>,
): Promise<FormData> {
  if (value === null || typeof value !== 'object')
    throw new ShellApiError('A multipart body must be an object of fields.');
  const form = new FormData();
  for (const [name, field] of Object.entries(value as Record<string, unknown>)) {
    if (field === undefined || field === null) continue;
    const items = Array.isArray(field) ? field : [field];
    for (const item of items) {
      if (item === undefined || item === null) continue;
      if (isUploadable(item)) {
        const { blob, filename } = await toNamedBlob(item as Uploadable, {
          fallbackName: name,
          declaredType: partTypes[name],
        });
        form.append(name, blob, filename);
      } else {
        form.append(name, scalar(item));
      }
    }
  }
  return form;
}

/** A urlencoded body's text (formBodyText, shared with the docs console), from an object of fields. */
function formText(value: unknown, styles: Readonly<Record<string, QueryStyle>>): string {
  if (value === null || typeof value !== 'object')
    throw new ShellApiError('A form body must be an object of fields.');
  return formBodyText(value as Record<string, unknown>, styles);
}
