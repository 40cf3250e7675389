/**
 * Encoding of every body kind (the operation's request content): JSON, multipart form, urlencoded
 * form, raw bytes or text. Operations with form, multipart or binary bodies pass `encodeBody` as
 * their body's `encode`; it brings in the upload conversions (uploads.ts, mime.ts).
 */
import { type BodyParts, type EncodedBody } from './body.js';
export declare function encodeBody(spec: BodyParts): Promise<EncodedBody>;
/**
 * A multipart body's parts in field order. A non-file part with a declared type (the IR's
 * `partType`: application/json for an object part) is sent as text labelled so; FormData cannot
 * label a text part, so such a body is written by hand (multipartBlob), as is one of another
 * multipart type than form-data (FormData is only that), and the rest as FormData.
 */
export declare function toFormData(value: unknown, partTypes: Readonly<Record<string, string>>, jsonParts?: readonly string[], mediaType?: string): Promise<FormData | {
    body: Blob;
    type: string;
}>;
