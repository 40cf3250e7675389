import { type APIPromise, APIResource, type RequestOptions, type TaskResultAt, type TaskRun, type TaskSnapshot, type WaitOptions } from '../core/index.js';
import { type LumaGenerationsCreateParams, type LumaGenerationsCreateResponse, type LumaGenerationsExtendParams, type LumaGenerationsExtendResponse, type LumaGenerationsRetrieveResponse } from '../operations/luma.js';
/**
 * Luma (Luma视频接口): Luma Dream Machine video generation (reverse web API). Generate or extend returns a
 * generation object at once; poll `GET /luma/generations/{task_id}` until `state` is
 * `completed` and take `video.url`. The original navigation splits the pages into a free
 * tier (免费版: get video) and a paid tier (付费版: get, generate, extend video); no source
 * showed a different path for the free tier.
 */
export declare class Luma extends APIResource {
    /**
   * Luma (Luma视频接口): Luma Dream Machine video generation (reverse web API). Generate or extend returns a
   * generation object at once; poll `GET /luma/generations/{task_id}` until `state` is
   * `completed` and take `video.url`. The original navigation splits the pages into a free
   * tier (免费版: get video) and a paid tier (付费版: get, generate, extend video); no source
   * showed a different path for the free tier.
   */
    readonly generations: LumaGenerations;
}
/**
 * Luma (Luma视频接口): Luma Dream Machine video generation (reverse web API). Generate or extend returns a
 * generation object at once; poll `GET /luma/generations/{task_id}` until `state` is
 * `completed` and take `video.url`. The original navigation splits the pages into a free
 * tier (免费版: get video) and a paid tier (付费版: get, generate, extend video); no source
 * showed a different path for the free tier.
 */
export declare class LumaGenerations extends APIResource {
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
    create(params: LumaGenerationsCreateParams, options?: RequestOptions): APIPromise<LumaGenerationsCreateResponse>;
    /**
   * Submits the task, then polls it until it succeeds (resolves with the final snapshot), fails (`TaskFailedError`), is cancelled (`TaskCancelledError`) or runs out of time (`TaskTimeoutError`). Also an async iterable of progress snapshots.
   *
   * Generate a video
   *
   * Starts a Luma Dream Machine video from `user_prompt`, optionally from a start frame
   * (`image_url`) and/or to an end frame (`image_end_url`). Answers at once with the
   * generation object (`state: pending`); poll `GET /luma/generations/{task_id}` with its `id`
   * until `state` is `completed` (`video.url` set) or `failed`, or pass `notify_hook`.
   *
   * `POST /luma/generations` — Not re-sent automatically once it may have reached the server (it can start paid work).
   * @param params Query/header parameters and the request body.
   * @param options Wait options: `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
   * @returns A `TaskRun`: await it for the final snapshot (`result`, `results`, raw `task`), or iterate it for snapshots.
   * @example
   * ```ts
   * const task = await client.luma.generations.createAndWait({
   *   user_prompt: 'a paper boat drifting down a rainy street, cinematic',
   *   expand_prompt: true,
   *   aspect_ratio: '16:9',
   *   loop: false,
   * }, { onProgress: (s) => console.log(s.state, s.progress) });
   * console.log(task.result);
   * ```
   * @see E40 生成视频 (Generate video (paid tier))
   */
    createAndWait(params: LumaGenerationsCreateParams, options?: WaitOptions<LumaGenerationsRetrieveResponse, TaskResultAt<LumaGenerationsRetrieveResponse, '/video/url'>>): TaskRun<LumaGenerationsRetrieveResponse, TaskResultAt<LumaGenerationsRetrieveResponse, '/video/url'>>;
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
    extend(task_id: string, params: LumaGenerationsExtendParams, options?: RequestOptions): APIPromise<LumaGenerationsExtendResponse>;
    /**
   * Submits the task, then polls it until it succeeds (resolves with the final snapshot), fails (`TaskFailedError`), is cancelled (`TaskCancelledError`) or runs out of time (`TaskTimeoutError`). Also an async iterable of progress snapshots.
   *
   * Extend a video
   *
   * Continues a finished generation (`task_id`) with a new `user_prompt`. Creates a new
   * generation; poll `GET /luma/generations/{task_id}` with the new `id`.
   *
   * `POST /luma/generations/{task_id}/extend` — Not re-sent automatically once it may have reached the server (it can start paid work).
   * @param task_id The finished generation to extend.
   * @param params Query/header parameters and the request body.
   * @param options Wait options: `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
   * @returns A `TaskRun`: await it for the final snapshot (`result`, `results`, raw `task`), or iterate it for snapshots.
   * @example
   * ```ts
   * const task = await client.luma.generations.extendAndWait('4d3c2b1a-8f7e-4a6b-9c5d-1e2f3a4b5c6d', {
   *   user_prompt: 'the boat reaches a canal and floats under a lit bridge',
   *   expand_prompt: true,
   * }, { onProgress: (s) => console.log(s.state, s.progress) });
   * console.log(task.result);
   * ```
   * @see E41 延长视频 (Extend video (paid tier))
   */
    extendAndWait(task_id: string, params: LumaGenerationsExtendParams, options?: WaitOptions<LumaGenerationsRetrieveResponse, TaskResultAt<LumaGenerationsRetrieveResponse, '/video/url'>>): TaskRun<LumaGenerationsRetrieveResponse, TaskResultAt<LumaGenerationsRetrieveResponse, '/video/url'>>;
    /**
   * Reads a Luma video generation callback (`notifyHook` of `client.luma.generations.create()`, `notifyHook` of `client.luma.generations.extend()`): the request the API sends to your URL on each status change.
   * Returns the snapshot `waitFor` yields, its state mapped from the vendor status; throws `CallbackPayloadError` when the body is not JSON or not such a task (answer with a 400). Extra fields and unknown status values are let through.
   * @param body The request body: its text (`await request.text()`), bytes, or the parsed JSON.
   * @returns A `TaskSnapshot`: `id`, `state`, `progress`, `vendorStatus`, the raw `task`, `result`/`results` once succeeded, `reason` once failed.
   * @example
   * ```ts
   * export async function POST(request: Request): Promise<Response> {
   *   const snapshot = client.luma.generations.parseCallback(await request.text());
   *   console.log(snapshot.id, snapshot.state, snapshot.result);
   *   return new Response(null, { status: 204 });
   * }
   * ```
   */
    parseCallback(body: unknown): TaskSnapshot<LumaGenerationsRetrieveResponse, TaskResultAt<LumaGenerationsRetrieveResponse, '/video/url'>>;
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
    retrieve(task_id: string, options?: RequestOptions): APIPromise<LumaGenerationsRetrieveResponse>;
    /**
   * Waits for an existing Luma video generation to end, polling `GET /luma/generations/{task_id}`.
   * Resolves with the final snapshot; rejects with `TaskFailedError`, `TaskCancelledError`, `TaskTimeoutError` or `APIUserAbortError`. Iterate it for progress snapshots.
   * @param id The task id returned by the submit.
   * @param options `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
   * @returns A `TaskRun` (promise of the final snapshot, async iterable of snapshots).
   * @example
   * ```ts
   * for await (const snapshot of client.luma.generations.waitFor('task-id')) {
   *   console.log(snapshot.state, snapshot.progress);
   * }
   * ```
   */
    waitFor(id: string, options?: WaitOptions<LumaGenerationsRetrieveResponse, TaskResultAt<LumaGenerationsRetrieveResponse, '/video/url'>>): TaskRun<LumaGenerationsRetrieveResponse, TaskResultAt<LumaGenerationsRetrieveResponse, '/video/url'>>;
}
