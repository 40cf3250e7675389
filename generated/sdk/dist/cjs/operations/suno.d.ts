import { type APIPromise, type BaseClient, type RequestOptions } from '../core/index.js';
import type { components } from '../schema.js';
/** Parameters of `client.suno.v30.music.create()` (sunoV30CreateMusic). */
export type SunoV30MusicCreateParams = components['schemas']['SunoGenerateRequest'];
/** Success body of `client.suno.v30.music.create()` (sunoV30CreateMusic). */
export type SunoV30MusicCreateResponse = components['schemas']['SunoSubmitResponse'];
/** Error bodies of `client.suno.v30.music.create()`: read them from `APIError<SunoV30MusicCreateErrorBody>`'s `error`. */
export type SunoV30MusicCreateErrorBody = components['schemas']['RelayErrorEnvelope'];
/**
 * Generate music (v3.0)
 *
 * Starts a Suno v3.0 (`chirp-v3-0`, songs up to about 2 minutes) generation: lyrics mode
 * (`custom_mode: true`) or description mode. Returns `data.task_id`; poll
 * `GET /suno/v1/v3.0/music/{task_id}` until `data.status` is `completed` (audio URLs in
 * `data.clips`) or `failed`. Extend a clip with `input.continue_clip_id` + `continue_at`, then
 * merge with `POST /suno/v1/v3.0/music/concat`.
 *
 * `POST /suno/v1/v3.0/music` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `SunoV30MusicCreateResponse` body.
 * @example
 * ```ts
 * const result = await client.suno.v30.music.create({
 *   custom_mode: true,
 *   mv: 'chirp-v3-0',
 *   input: {
 *     prompt: '[Verse]\nCity lights in the pouring rain\n[Chorus]\nNeon rain, wash away my pain',
 *     title: 'Neon Rain',
 *     tags: 'synthwave, female vocals',
 *   },
 * });
 * ```
 * @see E31 生成音乐 (Generate music (v3.0))
 */
export declare function sunoV30MusicCreate(client: BaseClient, params: SunoV30MusicCreateParams, options?: RequestOptions): APIPromise<SunoV30MusicCreateResponse>;
/** Success body of `client.suno.v30.music.retrieve()` (sunoV30GetMusic). */
export type SunoV30MusicRetrieveResponse = components['schemas']['SunoFetchResponse'];
/** Error bodies of `client.suno.v30.music.retrieve()`: read them from `APIError<SunoV30MusicRetrieveErrorBody>`'s `error`. */
export type SunoV30MusicRetrieveErrorBody = components['schemas']['RelayErrorEnvelope'];
/**
 * Get music (v3.0)
 *
 * Polls a Suno v3.0 task. `data.status` goes `pending` → `processing` → `completed`
 * (or `failed`); when completed, `data.clips` maps each clip id to its `audio_url`,
 * `video_url`, cover images and metadata. Poll every 5 seconds or so.
 *
 * `GET /suno/v1/v3.0/music/{task_id}` — Retried automatically on connection errors, 408, 409, 429 and 5xx.
 * @param task_id The `data.task_id` returned by generate or concat.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `SunoV30MusicRetrieveResponse` body.
 * @example
 * ```ts
 * const result = await client.suno.v30.music.retrieve('6f0e3c2a-9b1d-4c8e-8a47-2d5f1e9b7c31');
 * ```
 * @see E32 获取音乐 (Get music (v3.0))
 * @see E36 获取音乐 (Get music (flat copy)
 */
export declare function sunoV30MusicRetrieve(client: BaseClient, task_id: string, options?: RequestOptions): APIPromise<SunoV30MusicRetrieveResponse>;
/** Parameters of `client.suno.v30.music.concat()` (sunoV30ConcatMusic). */
export type SunoV30MusicConcatParams = components['schemas']['SunoConcatRequest'];
/** Success body of `client.suno.v30.music.concat()` (sunoV30ConcatMusic). */
export type SunoV30MusicConcatResponse = components['schemas']['SunoSubmitResponse'];
/** Error bodies of `client.suno.v30.music.concat()`: read them from `APIError<SunoV30MusicConcatErrorBody>`'s `error`. */
export type SunoV30MusicConcatErrorBody = components['schemas']['RelayErrorEnvelope'];
/**
 * Merge an extended clip into a full song (v3.0)
 *
 * After extending a clip one or more times, send the last extension's `clip_id` to get one
 * complete song. Returns `data.task_id`; poll `GET /suno/v1/v3.0/music/{task_id}` like a
 * generation (the merged clip has `metadata.type: concat`).
 *
 * `POST /suno/v1/v3.0/music/concat` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `SunoV30MusicConcatResponse` body.
 * @example
 * ```ts
 * const result = await client.suno.v30.music.concat({
 *   clip_id: '56ea8da3-8507-4118-9f1e-111111111111',
 * });
 * ```
 * @see E33 合并音乐 (Concat (merge extended clips into a full song))
 */
export declare function sunoV30MusicConcat(client: BaseClient, params: SunoV30MusicConcatParams, options?: RequestOptions): APIPromise<SunoV30MusicConcatResponse>;
/** Parameters of `client.suno.v35.music.create()` (sunoV35CreateMusic). */
export type SunoV35MusicCreateParams = components['schemas']['SunoGenerateRequest'];
/** Success body of `client.suno.v35.music.create()` (sunoV35CreateMusic). */
export type SunoV35MusicCreateResponse = components['schemas']['SunoSubmitResponse'];
/** Error bodies of `client.suno.v35.music.create()`: read them from `APIError<SunoV35MusicCreateErrorBody>`'s `error`. */
export type SunoV35MusicCreateErrorBody = components['schemas']['RelayErrorEnvelope'];
/**
 * Generate music (v3.5)
 *
 * Starts a Suno v3.5 (`chirp-v3-5`, songs up to about 4 minutes) generation, same body as
 * v3.0. Returns `data.task_id`; poll `GET /suno/v1/music/{task_id}` until `data.status` is
 * `completed` or `failed`.
 *
 * `POST /suno/v1/music` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `SunoV35MusicCreateResponse` body.
 * @example
 * ```ts
 * const result = await client.suno.v35.music.create({
 *   custom_mode: true,
 *   mv: 'chirp-v3-5',
 *   input: {
 *     prompt: '[Verse]\nCity lights in the pouring rain\n[Chorus]\nNeon rain, wash away my pain',
 *     title: 'Neon Rain',
 *     tags: 'synthwave, female vocals',
 *   },
 * });
 * ```
 * @see E34 生成音乐 (Generate music (v3.5))
 */
export declare function sunoV35MusicCreate(client: BaseClient, params: SunoV35MusicCreateParams, options?: RequestOptions): APIPromise<SunoV35MusicCreateResponse>;
/** Success body of `client.suno.v35.music.retrieve()` (sunoV35GetMusic). */
export type SunoV35MusicRetrieveResponse = components['schemas']['SunoFetchResponse'];
/** Error bodies of `client.suno.v35.music.retrieve()`: read them from `APIError<SunoV35MusicRetrieveErrorBody>`'s `error`. */
export type SunoV35MusicRetrieveErrorBody = components['schemas']['RelayErrorEnvelope'];
/**
 * Get music (v3.5)
 *
 * Polls a Suno v3.5 task. `data.status` goes `pending` → `processing` → `completed`
 * (or `failed`); when completed, `data.clips` maps each clip id to its `audio_url`,
 * `video_url`, cover images and metadata. Poll every 5 seconds or so.
 *
 * `GET /suno/v1/music/{task_id}` — Retried automatically on connection errors, 408, 409, 429 and 5xx.
 * @param task_id The `data.task_id` returned by generate or concat.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `SunoV35MusicRetrieveResponse` body.
 * @example
 * ```ts
 * const result = await client.suno.v35.music.retrieve('b7d2e4f1-3a5c-4e9b-8f12-7c6a5d4e3b21');
 * ```
 * @see E35 获取音乐 (Get music (v3.5))
 * @see E37 获取音乐 (Get music (flat copy)
 */
export declare function sunoV35MusicRetrieve(client: BaseClient, task_id: string, options?: RequestOptions): APIPromise<SunoV35MusicRetrieveResponse>;
