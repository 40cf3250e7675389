import type { QueryStyle } from './query.js';
export type BodyKind = 'json' | 'multipart' | 'urlencoded' | 'binary' | 'text';
/** A body's kind, value and how to send it: what an encoder reads. */
export interface BodyParts {
  kind: BodyKind;
  /** The media type to send (JSON/urlencoded/binary/text); multipart sets its own with the boundary. */
  mediaType?: string | undefined;
  /** Multipart: declared `encoding.contentType` per part. */
  partTypes?: Readonly<Record<string, string>> | undefined;
  /** Multipart: parts sent as JSON text (the IR's `EncodingIr.json`), a string as `"…"` too. */
  jsonParts?: readonly string[] | undefined;
  /** Urlencoded: fields with a declared style beside form-exploded (written as query parameters are). */
  formStyles?: Readonly<Record<string, QueryStyle>> | undefined;
  value: unknown;
}
export type BodyEncoder = (spec: BodyParts) => Promise<EncodedBody>;
/**
 * A body as the generated code describes it. JSON is built in; every other kind brings its
 * encoder (`encodeTextBody` here, `encodeBody` of form-body.ts), so the types refuse a form or
 * text body without one and the core carries no check for it.
 */
export type BodySpec = BodyParts &
  ({ kind: 'json'; encode?: BodyEncoder | undefined } | { encode: BodyEncoder });
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
/** The encoding every client has: a JSON body (an absent value sends none). */
export declare function encodeJsonBody(spec: BodyParts): Promise<EncodedBody>;
/** A text body: operations with one pass it as their body's `encode`. */
export declare function encodeTextBody(spec: BodyParts): Promise<EncodedBody>;
