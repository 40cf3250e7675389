import { type APIPromise, type BaseClient, type RequestOptions } from '../core/index.js';
import type { components } from '../schema.js';
/** Parameters of `client.luma.generations.create()` (lumaCreateGeneration). */
export type LumaGenerationsCreateParams = components['schemas']['LumaGenerateRequest'];
/** Success body of `client.luma.generations.create()` (lumaCreateGeneration). */
export type LumaGenerationsCreateResponse = components['schemas']['LumaGeneration'];
/** Error bodies of `client.luma.generations.create()`: read them from `APIError<LumaGenerationsCreateErrorBody>`'s `error`. */
export type LumaGenerationsCreateErrorBody = components['schemas']['RelayErrorEnvelope'];
/**
 * Generate a video
 *
 * Starts a Luma Dream Machine video from `user_prompt`, optionally from a start frame
 * (`image_url`) and/or to an end frame (`image_end_url`). Answers at once with the
 * generation object (`state: pending`); poll `GET /luma/generations/{task_id}` with its `id`
 * until `state` is `completed` (`video.url` set) or `failed`, or pass `notify_hook`.
 *
 * `POST /luma/generations` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `LumaGenerationsCreateResponse` body.
 * @example
 * ```ts
 * const result = await client.luma.generations.create({
 *   user_prompt: 'a paper boat drifting down a rainy street, cinematic',
 *   expand_prompt: true,
 *   aspect_ratio: '16:9',
 *   loop: false,
 * });
 * ```
 * @see E40 生成视频 (Generate video (paid tier))
 */
export declare function lumaGenerationsCreate(client: BaseClient, params: LumaGenerationsCreateParams, options?: RequestOptions): APIPromise<LumaGenerationsCreateResponse>;
/** Success body of `client.luma.generations.retrieve()` (lumaGetGeneration). */
export type LumaGenerationsRetrieveResponse = components['schemas']['LumaGeneration'];
/** Error bodies of `client.luma.generations.retrieve()`: read them from `APIError<LumaGenerationsRetrieveErrorBody>`'s `error`. */
export type LumaGenerationsRetrieveErrorBody = components['schemas']['RelayErrorEnvelope'];
/**
 * Get a video generation
 *
 * Polls a generation. `state` goes `pending` → `processing` → `completed` (or `failed`);
 * when completed, `video.url` is the MP4. Poll every 5–10 seconds; a clip usually takes a
 * few minutes. The documented free-tier and paid-tier "get video" pages both map here.
 *
 * `GET /luma/generations/{task_id}` — Retried automatically on connection errors, 408, 409, 429 and 5xx.
 * @param task_id The generation `id` returned by generate or extend.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `LumaGenerationsRetrieveResponse` body.
 * @example
 * ```ts
 * const result = await client.luma.generations.retrieve('4d3c2b1a-8f7e-4a6b-9c5d-1e2f3a4b5c6d');
 * ```
 * @see E39 获取视频 (Get video (paid tier))
 * @see E38 获取视频 (Get video (free tier))
 */
export declare function lumaGenerationsRetrieve(client: BaseClient, task_id: string, options?: RequestOptions): APIPromise<LumaGenerationsRetrieveResponse>;
/** Parameters of `client.luma.generations.extend()` (lumaExtendGeneration). */
export type LumaGenerationsExtendParams = components['schemas']['LumaExtendRequest'];
/** Success body of `client.luma.generations.extend()` (lumaExtendGeneration). */
export type LumaGenerationsExtendResponse = components['schemas']['LumaGeneration'];
/** Error bodies of `client.luma.generations.extend()`: read them from `APIError<LumaGenerationsExtendErrorBody>`'s `error`. */
export type LumaGenerationsExtendErrorBody = components['schemas']['RelayErrorEnvelope'];
/**
 * Extend a video
 *
 * Continues a finished generation (`task_id`) with a new `user_prompt`. Creates a new
 * generation; poll `GET /luma/generations/{task_id}` with the new `id`.
 *
 * `POST /luma/generations/{task_id}/extend` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param task_id The finished generation to extend.
 * @param params Query/header parameters and the request body.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `LumaGenerationsExtendResponse` body.
 * @example
 * ```ts
 * const result = await client.luma.generations.extend('4d3c2b1a-8f7e-4a6b-9c5d-1e2f3a4b5c6d', {
 *   user_prompt: 'the boat reaches a canal and floats under a lit bridge',
 *   expand_prompt: true,
 * });
 * ```
 * @see E41 延长视频 (Extend video (paid tier))
 */
export declare function lumaGenerationsExtend(client: BaseClient, task_id: string, params: LumaGenerationsExtendParams, options?: RequestOptions): APIPromise<LumaGenerationsExtendResponse>;
