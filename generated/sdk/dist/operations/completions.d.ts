import { type APIPromise, type BaseClient, type RequestOptions, type Stream } from '../core/index.js';
import type { components } from '../schema.js';
/** Parameters of `client.completions.create()` (createCompletion). */
export type CompletionsCreateParams = components['schemas']['CreateCompletionRequest'];
/** Success body of `client.completions.create()` (createCompletion). */
export type CompletionsCreateResponse = components['schemas']['Completion'];
/** One streamed event of `client.completions.create()` (with `stream: true`). */
export type CompletionsCreateChunk = components['schemas']['CompletionChunk'];
/** Error bodies of `client.completions.create()`: read them from `APIError<CompletionsCreateErrorBody>`'s `error`. */
export type CompletionsCreateErrorBody = components['schemas']['ErrorEnvelope'];
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
export declare function completionsCreate(client: BaseClient, params: CompletionsCreateParams & { stream: true }, options?: RequestOptions): APIPromise<Stream<CompletionsCreateChunk>>;
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
export declare function completionsCreate(client: BaseClient, params: CompletionsCreateParams & { stream?: false | null | undefined }, options?: RequestOptions): APIPromise<CompletionsCreateResponse>;
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
export declare function completionsCreate(client: BaseClient, params: CompletionsCreateParams, options?: RequestOptions): APIPromise<Stream<CompletionsCreateChunk> | CompletionsCreateResponse>;
