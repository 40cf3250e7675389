import { type APIPromise, APIResource, type RequestOptions } from '../core/index.js';
import { type EmbeddingsCreateParams, type EmbeddingsCreateResponse } from '../operations/embeddings.js';
/** Embeddings (向量生成接口(Embeddings)): OpenAI-compatible text embeddings (`POST /v1/embeddings`). */
export declare class Embeddings extends APIResource {
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
    create(params: EmbeddingsCreateParams, options?: RequestOptions): APIPromise<EmbeddingsCreateResponse>;
}
