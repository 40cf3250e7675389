"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.lumaGenerationsCreate = lumaGenerationsCreate;
exports.lumaGenerationsRetrieve = lumaGenerationsRetrieve;
exports.lumaGenerationsExtend = lumaGenerationsExtend;
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
function lumaGenerationsCreate(client, params, options) {
    return client.request({
        method: 'post',
        path: '/luma/generations',
        body: { kind: 'json', value: params },
        retry: 'unsafe',
        auth: 'bearerAuth',
        as: 'json',
    }, options);
}
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
function lumaGenerationsRetrieve(client, task_id, options) {
    return client.request({
        method: 'get',
        path: '/luma/generations/{task_id}',
        pathParams: { task_id: task_id },
        retry: 'safe',
        auth: 'bearerAuth',
        as: 'json',
    }, options);
}
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
function lumaGenerationsExtend(client, task_id, params, options) {
    return client.request({
        method: 'post',
        path: '/luma/generations/{task_id}/extend',
        pathParams: { task_id: task_id },
        body: { kind: 'json', value: params },
        retry: 'unsafe',
        auth: 'bearerAuth',
        as: 'json',
    }, options);
}
