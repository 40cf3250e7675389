import { type APIPromise, type BaseClient, type RequestOptions, type Stream } from '../core/index.js';
import type { components } from '../schema.js';
/** Parameters of `client.chat.completions.create()` (createChatCompletion). */
export type ChatCompletionsCreateParams = components['schemas']['ChatRequest'];
/** Success body of `client.chat.completions.create()` (createChatCompletion). */
export type ChatCompletionsCreateResponse = components['schemas']['ChatCompletion'];
/** One streamed event of `client.chat.completions.create()` (with `stream: true`). */
export type ChatCompletionsCreateChunk = components['schemas']['ChatChunk'];
/** Error bodies of `client.chat.completions.create()`: read them from `APIError<ChatCompletionsCreateErrorBody>`'s `error`. */
export type ChatCompletionsCreateErrorBody = components['schemas']['ErrorEnvelope'] | components['schemas']['ErrorEnvelope'] | components['schemas']['ErrorEnvelope'];
/**
 * Create a chat completion
 *
 * Answers a list of messages; streams chunks when `stream` is true.
 *
 * `POST /v1/chat/completions` — Retried automatically on connection errors, 408, 409, 429 and 5xx.
 * @param params Query/header parameters and the request body.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `ChatCompletionsCreateResponse` body, or with `stream: true` a `Stream` of `ChatCompletionsCreateChunk` events to iterate with `for await`.
 * @example
 * ```ts
 * const result = await client.chat.completions.create({
 *   model: 'gpt-4o',
 *   messages: [
 *     {
 *       role: 'user',
 *       content: 'Say this is a test',
 *     },
 *   ],
 * });
 *
 * // Streaming:
 * const stream = await client.chat.completions.create({
 *   model: 'gpt-4o',
 *   messages: [
 *     {
 *       role: 'user',
 *       content: 'Say this is a test',
 *     },
 *   ],
 *   stream: true,
 * });
 * for await (const chunk of stream) {
 *   console.log(chunk);
 * }
 * ```
 * @see F01 聊天接口 (Chat)
 * @see F02 图片分析 (Vision)
 */
export declare function chatCompletionsCreate(client: BaseClient, params: ChatCompletionsCreateParams & {
    stream: true;
}, options?: RequestOptions): APIPromise<Stream<ChatCompletionsCreateChunk>>;
/**
 * Create a chat completion
 *
 * Answers a list of messages; streams chunks when `stream` is true.
 *
 * `POST /v1/chat/completions` — Retried automatically on connection errors, 408, 409, 429 and 5xx.
 * @param params Query/header parameters and the request body.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `ChatCompletionsCreateResponse` body, or with `stream: true` a `Stream` of `ChatCompletionsCreateChunk` events to iterate with `for await`.
 * @example
 * ```ts
 * const result = await client.chat.completions.create({
 *   model: 'gpt-4o',
 *   messages: [
 *     {
 *       role: 'user',
 *       content: 'Say this is a test',
 *     },
 *   ],
 * });
 *
 * // Streaming:
 * const stream = await client.chat.completions.create({
 *   model: 'gpt-4o',
 *   messages: [
 *     {
 *       role: 'user',
 *       content: 'Say this is a test',
 *     },
 *   ],
 *   stream: true,
 * });
 * for await (const chunk of stream) {
 *   console.log(chunk);
 * }
 * ```
 * @see F01 聊天接口 (Chat)
 * @see F02 图片分析 (Vision)
 */
export declare function chatCompletionsCreate(client: BaseClient, params: ChatCompletionsCreateParams & {
    stream?: false | null | undefined;
}, options?: RequestOptions): APIPromise<ChatCompletionsCreateResponse>;
/**
 * Create a chat completion
 *
 * Answers a list of messages; streams chunks when `stream` is true.
 *
 * `POST /v1/chat/completions` — Retried automatically on connection errors, 408, 409, 429 and 5xx.
 * @param params Query/header parameters and the request body.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `ChatCompletionsCreateResponse` body, or with `stream: true` a `Stream` of `ChatCompletionsCreateChunk` events to iterate with `for await`.
 * @example
 * ```ts
 * const result = await client.chat.completions.create({
 *   model: 'gpt-4o',
 *   messages: [
 *     {
 *       role: 'user',
 *       content: 'Say this is a test',
 *     },
 *   ],
 * });
 *
 * // Streaming:
 * const stream = await client.chat.completions.create({
 *   model: 'gpt-4o',
 *   messages: [
 *     {
 *       role: 'user',
 *       content: 'Say this is a test',
 *     },
 *   ],
 *   stream: true,
 * });
 * for await (const chunk of stream) {
 *   console.log(chunk);
 * }
 * ```
 * @see F01 聊天接口 (Chat)
 * @see F02 图片分析 (Vision)
 */
export declare function chatCompletionsCreate(client: BaseClient, params: ChatCompletionsCreateParams, options?: RequestOptions): APIPromise<Stream<ChatCompletionsCreateChunk> | ChatCompletionsCreateResponse>;
