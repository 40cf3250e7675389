/**
 * Request bodies as the generated code describes them, and the encoding every client has: JSON and
 * text. Forms, multipart and raw bytes need `encodeBody` (form-body.ts), which operations with such
 * bodies pass as `encode`, so JSON-only code bundles none of the upload handling. Every body is
 * materialised before the first attempt so retries can re-send it.
 */
import { ShellApiError } from './errors.js';
import type { QueryStyle } from './query.js';

export type BodyKind = 'json' | 'multipart' | 'urlencoded' | 'binary' | 'text';

export interface BodySpec {
  kind: BodyKind;
  /** The media type to send (JSON/urlencoded/binary/text); multipart sets its own with the boundary. */
  mediaType?: string | undefined;
  /** Multipart: declared `encoding.contentType` per part. */
  partTypes?: Readonly<Record<string, string>> | undefined;
  /** Urlencoded: fields with a declared style beside form-exploded (written as query parameters are). */
  formStyles?: Readonly<Record<string, QueryStyle>> | undefined;
  value: unknown;
  /** The encoder for kinds beyond JSON and text (`encodeBody` of form-body.ts). */
  encode?: ((spec: BodySpec) => Promise<EncodedBody>) | undefined;
}

export interface EncodedBody {
  /** Absent for a request without a body. */
  body?: FormData | Blob | string | undefined;
  /** Header to send; undefined when fetch must choose (FormData boundary). */
  contentType?: string | undefined;
  /**
   * Set when the encoding computed the type (multipart boundary, urlencoded form): puts it back
   * over a default, header parameter or option Content-Type, which would mislabel the bytes.
   */
  ownType?: ((headers: Headers) => void) | undefined;
}

/** JSON and text bodies; other kinds need the operation's `encode`. */
export async function encodePlainBody(spec: BodySpec): Promise<EncodedBody> {
  const { kind, value } = spec;
  if (value === undefined) return {};
  if (kind === 'json')
    return { body: JSON.stringify(value), contentType: spec.mediaType ?? 'application/json' };
  if (kind === 'text') return { body: String(value), contentType: spec.mediaType ?? 'text/plain' };
  throw new ShellApiError(`A ${kind} body needs an encoder: pass \`encode: encodeBody\`.`);
}
