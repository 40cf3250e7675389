import { type APIPromise, type BaseClient, type RequestOptions, type Stream } from '../core/index.js';
import type { components } from '../schema.js';
/** Parameters of `client.chat.completions.create()` (createChatCompletion). */
export type ChatCompletionsCreateParams = components['schemas']['CreateChatCompletionRequest'];
/** Success body of `client.chat.completions.create()` (createChatCompletion). */
export type ChatCompletionsCreateResponse = components['schemas']['ChatCompletion'];
/** One streamed event of `client.chat.completions.create()` (with `stream: true`). */
export type ChatCompletionsCreateChunk = components['schemas']['ChatCompletionChunk'];
/** Error bodies of `client.chat.completions.create()`: read them from `APIError<ChatCompletionsCreateErrorBody>`'s `error`. */
export type ChatCompletionsCreateErrorBody = components['schemas']['ErrorEnvelope'];
/**
 * Create a chat completion
 *
 * OpenAI-compatible chat endpoint. Send the conversation in `messages` and pick the upstream
 * with `model`: OpenAI models, `gemini-pro`, a custom GPT (`gpt-4-gizmo-<gizmo id>`, the id
 * from the GPT's share URL), `gpt-4-all` (reads an image or file URL placed at the start of the
 * text, and can draw pictures), `gpt-4-vision-preview` (image parts), or `stable-diffusion`
 * (the prompt goes in as the user message). Image-generating models answer with Markdown
 * image links in `choices[0].message.content`.
 *
 * With `stream: true` the answer comes as server-sent events: one `ChatCompletionChunk` per
 * `data:` line, ending with `data: [DONE]`.
 *
 * `POST /v1/chat/completions` — Retried automatically on connection errors, 408, 409, 429 and 5xx.
 * @param params Query/header parameters and the request body.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `ChatCompletionsCreateResponse` body, or with `stream: true` a `Stream` of `ChatCompletionsCreateChunk` events to iterate with `for await`.
 * @example
 * ```ts
 * const result = await client.chat.completions.create({
 *   model: 'gpt-3.5-turbo',
 *   messages: [
 *     {
 *       role: 'system',
 *       content: 'You are a helpful assistant.',
 *     },
 *     {
 *       role: 'user',
 *       content: 'Say this is a test!',
 *     },
 *   ],
 *   temperature: 0.7,
 * });
 *
 * // Streaming:
 * const stream = await client.chat.completions.create({
 *   model: 'gpt-3.5-turbo',
 *   messages: [
 *     {
 *       role: 'system',
 *       content: 'You are a helpful assistant.',
 *     },
 *     {
 *       role: 'user',
 *       content: 'Say this is a test!',
 *     },
 *   ],
 *   temperature: 0.7,
 *   stream: true,
 * });
 * for await (const chunk of stream) {
 *   console.log(chunk);
 * }
 * ```
 * @see E01 聊天接口 (Chat completions (general))
 * @see E02 gpts (Call a custom GPT)
 * @see E03 gemini-pro (Gemini via the OpenAI format)
 * @see E04 gpt-4-all(分析图片) (Image analysis with gpt-4-all)
 * @see E05 gpt-4-vision-preview (Vision via content parts)
 * @see E25 Stable-Diffusion (Stable Diffusion via the chat format)
 * @see E26 gpt-4-all(生成图片) (Image generation with gpt-4-all)
 */
export declare function chatCompletionsCreate(client: BaseClient, params: ChatCompletionsCreateParams & { stream: true }, options?: RequestOptions): APIPromise<Stream<ChatCompletionsCreateChunk>>;
/**
 * Create a chat completion
 *
 * OpenAI-compatible chat endpoint. Send the conversation in `messages` and pick the upstream
 * with `model`: OpenAI models, `gemini-pro`, a custom GPT (`gpt-4-gizmo-<gizmo id>`, the id
 * from the GPT's share URL), `gpt-4-all` (reads an image or file URL placed at the start of the
 * text, and can draw pictures), `gpt-4-vision-preview` (image parts), or `stable-diffusion`
 * (the prompt goes in as the user message). Image-generating models answer with Markdown
 * image links in `choices[0].message.content`.
 *
 * With `stream: true` the answer comes as server-sent events: one `ChatCompletionChunk` per
 * `data:` line, ending with `data: [DONE]`.
 *
 * `POST /v1/chat/completions` — Retried automatically on connection errors, 408, 409, 429 and 5xx.
 * @param params Query/header parameters and the request body.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `ChatCompletionsCreateResponse` body, or with `stream: true` a `Stream` of `ChatCompletionsCreateChunk` events to iterate with `for await`.
 * @example
 * ```ts
 * const result = await client.chat.completions.create({
 *   model: 'gpt-3.5-turbo',
 *   messages: [
 *     {
 *       role: 'system',
 *       content: 'You are a helpful assistant.',
 *     },
 *     {
 *       role: 'user',
 *       content: 'Say this is a test!',
 *     },
 *   ],
 *   temperature: 0.7,
 * });
 *
 * // Streaming:
 * const stream = await client.chat.completions.create({
 *   model: 'gpt-3.5-turbo',
 *   messages: [
 *     {
 *       role: 'system',
 *       content: 'You are a helpful assistant.',
 *     },
 *     {
 *       role: 'user',
 *       content: 'Say this is a test!',
 *     },
 *   ],
 *   temperature: 0.7,
 *   stream: true,
 * });
 * for await (const chunk of stream) {
 *   console.log(chunk);
 * }
 * ```
 * @see E01 聊天接口 (Chat completions (general))
 * @see E02 gpts (Call a custom GPT)
 * @see E03 gemini-pro (Gemini via the OpenAI format)
 * @see E04 gpt-4-all(分析图片) (Image analysis with gpt-4-all)
 * @see E05 gpt-4-vision-preview (Vision via content parts)
 * @see E25 Stable-Diffusion (Stable Diffusion via the chat format)
 * @see E26 gpt-4-all(生成图片) (Image generation with gpt-4-all)
 */
export declare function chatCompletionsCreate(client: BaseClient, params: ChatCompletionsCreateParams & { stream?: false | null | undefined }, options?: RequestOptions): APIPromise<ChatCompletionsCreateResponse>;
/**
 * Create a chat completion
 *
 * OpenAI-compatible chat endpoint. Send the conversation in `messages` and pick the upstream
 * with `model`: OpenAI models, `gemini-pro`, a custom GPT (`gpt-4-gizmo-<gizmo id>`, the id
 * from the GPT's share URL), `gpt-4-all` (reads an image or file URL placed at the start of the
 * text, and can draw pictures), `gpt-4-vision-preview` (image parts), or `stable-diffusion`
 * (the prompt goes in as the user message). Image-generating models answer with Markdown
 * image links in `choices[0].message.content`.
 *
 * With `stream: true` the answer comes as server-sent events: one `ChatCompletionChunk` per
 * `data:` line, ending with `data: [DONE]`.
 *
 * `POST /v1/chat/completions` — Retried automatically on connection errors, 408, 409, 429 and 5xx.
 * @param params Query/header parameters and the request body.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `ChatCompletionsCreateResponse` body, or with `stream: true` a `Stream` of `ChatCompletionsCreateChunk` events to iterate with `for await`.
 * @example
 * ```ts
 * const result = await client.chat.completions.create({
 *   model: 'gpt-3.5-turbo',
 *   messages: [
 *     {
 *       role: 'system',
 *       content: 'You are a helpful assistant.',
 *     },
 *     {
 *       role: 'user',
 *       content: 'Say this is a test!',
 *     },
 *   ],
 *   temperature: 0.7,
 * });
 *
 * // Streaming:
 * const stream = await client.chat.completions.create({
 *   model: 'gpt-3.5-turbo',
 *   messages: [
 *     {
 *       role: 'system',
 *       content: 'You are a helpful assistant.',
 *     },
 *     {
 *       role: 'user',
 *       content: 'Say this is a test!',
 *     },
 *   ],
 *   temperature: 0.7,
 *   stream: true,
 * });
 * for await (const chunk of stream) {
 *   console.log(chunk);
 * }
 * ```
 * @see E01 聊天接口 (Chat completions (general))
 * @see E02 gpts (Call a custom GPT)
 * @see E03 gemini-pro (Gemini via the OpenAI format)
 * @see E04 gpt-4-all(分析图片) (Image analysis with gpt-4-all)
 * @see E05 gpt-4-vision-preview (Vision via content parts)
 * @see E25 Stable-Diffusion (Stable Diffusion via the chat format)
 * @see E26 gpt-4-all(生成图片) (Image generation with gpt-4-all)
 */
export declare function chatCompletionsCreate(client: BaseClient, params: ChatCompletionsCreateParams, options?: RequestOptions): APIPromise<Stream<ChatCompletionsCreateChunk> | ChatCompletionsCreateResponse>;
