import { type APIPromise, type BaseClient, type BinaryAs, type BinaryRequestOptions, type BinaryResult, type RequestOptions, type Uploadable } from '../core/index.js';
import type { components } from '../schema.js';
/** Parameters of `client.files.upload()` (uploadFile). */
export type FilesUploadParams = Omit<{
    /** The file bytes. */
    file: string;
    purpose: 'input' | 'mask';
}, 'file'> & {
    file: Uploadable;
};
/** Success body of `client.files.upload()` (uploadFile). */
export type FilesUploadResponse = components['schemas']['FileObject'];
/**
 * Upload a file
 *
 * `POST /files` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `FilesUploadResponse` body.
 * @example
 * ```ts
 * import fs from 'node:fs';
 *
 * const result = await client.files.upload({
 *   file: fs.createReadStream('file.png'),
 *   purpose: 'input',
 * });
 * ```
 */
export declare function filesUpload(client: BaseClient, params: FilesUploadParams, options?: RequestOptions): APIPromise<FilesUploadResponse>;
/** Error bodies of `client.files.content()`: read them from `APIError<FilesContentErrorBody>`'s `error`. */
export type FilesContentErrorBody = components['schemas']['ErrorEnvelope'];
/**
 * Download a file's bytes
 *
 * `GET /files/{file_id}/content` — Retried automatically on connection errors, 408, 409, 429 and 5xx.
 * @param file_id The `file_id` path parameter.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The bytes as a `Blob` (default), or an `ArrayBuffer`, `ReadableStream` or `Response` with `{ as }`.
 * @example
 * ```ts
 * const blob = await client.files.content('string');
 * const bytes = new Uint8Array(await blob.arrayBuffer());
 * ```
 */
export declare function filesContent<A extends BinaryAs = 'blob'>(client: BaseClient, file_id: string, options?: BinaryRequestOptions<A>): APIPromise<BinaryResult<A>>;
