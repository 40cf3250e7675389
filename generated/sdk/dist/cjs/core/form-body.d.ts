/**
 * Encoding of every body kind (the operation's request content): JSON, multipart form, urlencoded
 * form, raw bytes or text. Operations with form, multipart or binary bodies pass `encodeBody` as
 * their body's `encode`; it brings in the upload conversions (uploads.ts, mime.ts).
 */
import { type BodySpec, type EncodedBody } from './body.js';
export declare function encodeBody(spec: BodySpec): Promise<EncodedBody>;
export declare function toFormData(value: unknown, partTypes: Readonly<Record<string, string>>): Promise<FormData>;
