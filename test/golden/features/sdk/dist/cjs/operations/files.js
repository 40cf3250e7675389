"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.filesUpload = filesUpload;
exports.filesContent = filesContent;
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
function filesUpload(client, params, options) {
    return client.request({
        method: 'post',
        path: '/files',
        operationId: 'uploadFile',
        body: { kind: 'multipart', mediaType: 'multipart/form-data', value: params, partTypes: { file: 'image/png, image/jpeg' } },
        retry: 'unsafe',
        auth: 'bearerAuth',
        as: 'json',
    }, options);
}
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
function filesContent(client, file_id, options) {
    return client.request({
        method: 'get',
        path: '/files/{file_id}/content',
        operationId: 'downloadFile',
        pathParams: { file_id: file_id },
        retry: 'safe',
        auth: 'bearerAuth',
        as: 'blob',
        accept: 'image/png',
    }, options);
}
