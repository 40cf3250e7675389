import { type APIPromise, APIResource, type RequestOptions, type Stream } from '../core/index.js';
import { type CompletionsCreateChunk, type CompletionsCreateParams, type CompletionsCreateResponse } from '../operations/completions.js';
/** Completions (自动补全接口(Completions)): Legacy OpenAI text completions (`POST /v1/completions`) for instruct models, with optional streaming. */
export declare class Completions extends APIResource {
    /**
   * Create a text completion (legacy)
   *
   * OpenAI-compatible legacy completion endpoint for instruct models such as
   * `gpt-3.5-turbo-instruct`: the model continues `prompt`. Prefer chat completions for chat
   * models. With `stream: true` the answer comes as server-sent events (`CompletionChunk`
   * payloads) ending with `data: [DONE]`.
   *
   * `POST /v1/completions` — Retried automatically on connection errors, 408, 409, 429 and 5xx.
   * @param params Query/header parameters and the request body.
   * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
   * @returns The `CompletionsCreateResponse` body, or with `stream: true` a `Stream` of `CompletionsCreateChunk` events to iterate with `for await`.
   * @example
   * ```ts
   * const result = await client.completions.create({
   *   model: 'gpt-3.5-turbo-instruct',
   *   prompt: 'Say this is a test',
   *   max_tokens: 7,
   *   temperature: 0,
   * });
   *
   * // Streaming:
   * const stream = await client.completions.create({
   *   model: 'gpt-3.5-turbo-instruct',
   *   prompt: 'Say this is a test',
   *   max_tokens: 7,
   *   temperature: 0,
   *   stream: true,
   * });
   * for await (const chunk of stream) {
   *   console.log(chunk);
   * }
   * ```
   * @see E06 内容补全接口 (Legacy completions)
   * @see E07 内容补全接口 (Legacy completions (flat copy of the page))
   */
    create(params: CompletionsCreateParams & { stream: true }, options?: RequestOptions): APIPromise<Stream<CompletionsCreateChunk>>;
    /**
   * Create a text completion (legacy)
   *
   * OpenAI-compatible legacy completion endpoint for instruct models such as
   * `gpt-3.5-turbo-instruct`: the model continues `prompt`. Prefer chat completions for chat
   * models. With `stream: true` the answer comes as server-sent events (`CompletionChunk`
   * payloads) ending with `data: [DONE]`.
   *
   * `POST /v1/completions` — Retried automatically on connection errors, 408, 409, 429 and 5xx.
   * @param params Query/header parameters and the request body.
   * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
   * @returns The `CompletionsCreateResponse` body, or with `stream: true` a `Stream` of `CompletionsCreateChunk` events to iterate with `for await`.
   * @example
   * ```ts
   * const result = await client.completions.create({
   *   model: 'gpt-3.5-turbo-instruct',
   *   prompt: 'Say this is a test',
   *   max_tokens: 7,
   *   temperature: 0,
   * });
   *
   * // Streaming:
   * const stream = await client.completions.create({
   *   model: 'gpt-3.5-turbo-instruct',
   *   prompt: 'Say this is a test',
   *   max_tokens: 7,
   *   temperature: 0,
   *   stream: true,
   * });
   * for await (const chunk of stream) {
   *   console.log(chunk);
   * }
   * ```
   * @see E06 内容补全接口 (Legacy completions)
   * @see E07 内容补全接口 (Legacy completions (flat copy of the page))
   */
    create(params: CompletionsCreateParams & { stream?: false | null | undefined }, options?: RequestOptions): APIPromise<CompletionsCreateResponse>;
    /**
   * Create a text completion (legacy)
   *
   * OpenAI-compatible legacy completion endpoint for instruct models such as
   * `gpt-3.5-turbo-instruct`: the model continues `prompt`. Prefer chat completions for chat
   * models. With `stream: true` the answer comes as server-sent events (`CompletionChunk`
   * payloads) ending with `data: [DONE]`.
   *
   * `POST /v1/completions` — Retried automatically on connection errors, 408, 409, 429 and 5xx.
   * @param params Query/header parameters and the request body.
   * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
   * @returns The `CompletionsCreateResponse` body, or with `stream: true` a `Stream` of `CompletionsCreateChunk` events to iterate with `for await`.
   * @example
   * ```ts
   * const result = await client.completions.create({
   *   model: 'gpt-3.5-turbo-instruct',
   *   prompt: 'Say this is a test',
   *   max_tokens: 7,
   *   temperature: 0,
   * });
   *
   * // Streaming:
   * const stream = await client.completions.create({
   *   model: 'gpt-3.5-turbo-instruct',
   *   prompt: 'Say this is a test',
   *   max_tokens: 7,
   *   temperature: 0,
   *   stream: true,
   * });
   * for await (const chunk of stream) {
   *   console.log(chunk);
   * }
   * ```
   * @see E06 内容补全接口 (Legacy completions)
   * @see E07 内容补全接口 (Legacy completions (flat copy of the page))
   */
    create(params: CompletionsCreateParams, options?: RequestOptions): APIPromise<Stream<CompletionsCreateChunk> | CompletionsCreateResponse>;
}
