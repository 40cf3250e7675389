import type { APIPromise, BaseClient, RequestOptions } from '../core/index.js';
import type { paths } from '../schema.js';
/** Parameters of `client.embeddings.create()` (createEmbedding). */
export type EmbeddingsCreateParams = NonNullable<paths['/v1/embeddings']['post']['requestBody']>['content']['application/json'];
/** Success body of `client.embeddings.create()` (createEmbedding). */
export type EmbeddingsCreateResponse = paths['/v1/embeddings']['post']['responses']['200']['content']['application/json'];
/** Error bodies of `client.embeddings.create()`: read them from `APIError<EmbeddingsCreateErrorBody>`'s `error`. */
export type EmbeddingsCreateErrorBody = paths['/v1/embeddings']['post']['responses']['400']['content']['application/json'] | paths['/v1/embeddings']['post']['responses']['401']['content']['application/json'] | paths['/v1/embeddings']['post']['responses']['403']['content']['application/json'] | paths['/v1/embeddings']['post']['responses']['404']['content']['application/json'] | paths['/v1/embeddings']['post']['responses']['429']['content']['application/json'] | paths['/v1/embeddings']['post']['responses']['500']['content']['application/json'];
/**
 * Create embeddings
 *
 * OpenAI-compatible embeddings: returns one vector per input, in input order. Pass several
 * texts at once as an array. `dimensions` shortens the vectors of the text-embedding-3 models.
 *
 * `POST /v1/embeddings` — Retried automatically on connection errors, 408, 409, 429 and 5xx.
 * @param params Query/header parameters and the request body.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `EmbeddingsCreateResponse` body.
 * @example
 * ```ts
 * const result = await client.embeddings.create({
 *   model: 'text-embedding-ada-002',
 *   input: 'The food was delicious and the waiter was friendly.',
 * });
 * ```
 * @see E27 创建嵌入 (Create embeddings)
 */
export declare function embeddingsCreate(client: BaseClient, params: EmbeddingsCreateParams, options?: RequestOptions): APIPromise<EmbeddingsCreateResponse>;
