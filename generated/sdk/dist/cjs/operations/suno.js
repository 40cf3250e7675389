"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sunoV30MusicCreate = sunoV30MusicCreate;
exports.sunoV30MusicRetrieve = sunoV30MusicRetrieve;
exports.sunoV30MusicConcat = sunoV30MusicConcat;
exports.sunoV35MusicCreate = sunoV35MusicCreate;
exports.sunoV35MusicRetrieve = sunoV35MusicRetrieve;
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
function sunoV30MusicCreate(client, params, options) {
    return client.request({
        method: 'post',
        path: '/suno/v1/v3.0/music',
        body: { kind: 'json', value: params },
        retry: 'unsafe',
        auth: 'bearerAuth',
        as: 'json',
    }, options);
}
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
function sunoV30MusicRetrieve(client, task_id, options) {
    return client.request({
        method: 'get',
        path: '/suno/v1/v3.0/music/{task_id}',
        pathParams: { task_id: task_id },
        retry: 'safe',
        auth: 'bearerAuth',
        as: 'json',
    }, options);
}
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
function sunoV30MusicConcat(client, params, options) {
    return client.request({
        method: 'post',
        path: '/suno/v1/v3.0/music/concat',
        body: { kind: 'json', value: params },
        retry: 'unsafe',
        auth: 'bearerAuth',
        as: 'json',
    }, options);
}
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
function sunoV35MusicCreate(client, params, options) {
    return client.request({
        method: 'post',
        path: '/suno/v1/music',
        body: { kind: 'json', value: params },
        retry: 'unsafe',
        auth: 'bearerAuth',
        as: 'json',
    }, options);
}
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
function sunoV35MusicRetrieve(client, task_id, options) {
    return client.request({
        method: 'get',
        path: '/suno/v1/music/{task_id}',
        pathParams: { task_id: task_id },
        retry: 'safe',
        auth: 'bearerAuth',
        as: 'json',
    }, options);
}
