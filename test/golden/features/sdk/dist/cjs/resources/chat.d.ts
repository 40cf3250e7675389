import { type APIPromise, APIResource, type RequestOptions, type Stream } from '../core/index.js';
import { type ChatCompletionsCreateChunk, type ChatCompletionsCreateParams, type ChatCompletionsCreateResponse } from '../operations/chat.js';
/** Chat (聊天): Chat completions that can stream. */
export declare class Chat extends APIResource {
    /** Chat (聊天): Chat completions that can stream. */
    readonly completions: ChatCompletions;
}
/** Chat (聊天): Chat completions that can stream. */
export declare class ChatCompletions extends APIResource {
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
    create(params: ChatCompletionsCreateParams & {
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
    create(params: ChatCompletionsCreateParams & {
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
    create(params: ChatCompletionsCreateParams, options?: RequestOptions): APIPromise<Stream<ChatCompletionsCreateChunk> | ChatCompletionsCreateResponse>;
}
