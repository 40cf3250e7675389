import type { APIPromise, BaseClient, RequestOptions } from '../core/index.js';
import type { components } from '../schema.js';
/** Parameters of `client.embeddings.create()` (createEmbedding). */
export type EmbeddingsCreateParams = components['schemas']['CreateEmbeddingRequest'];
/** Success body of `client.embeddings.create()` (createEmbedding). */
export type EmbeddingsCreateResponse = components['schemas']['CreateEmbeddingResponse'];
/** Error bodies of `client.embeddings.create()`: read them from `APIError<EmbeddingsCreateErrorBody>`'s `error`. */
export type EmbeddingsCreateErrorBody = components['schemas']['ErrorEnvelope'];
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
