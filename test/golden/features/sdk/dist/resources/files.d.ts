import { type APIPromise, APIResource, type BinaryAs, type BinaryRequestOptions, type BinaryResult, type RequestOptions } from '../core/index.js';
import { type FilesUploadParams, type FilesUploadResponse } from '../operations/files.js';
/** Files: Uploads and binary downloads. */
export declare class Files extends APIResource {
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
    content<A extends BinaryAs = 'blob'>(file_id: string, options?: BinaryRequestOptions<A>): APIPromise<BinaryResult<A>>;
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
    upload(params: FilesUploadParams, options?: RequestOptions): APIPromise<FilesUploadResponse>;
}
