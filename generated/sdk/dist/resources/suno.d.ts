import { type APIPromise, APIResource, type RequestOptions, type TaskResultAt, type TaskRun, type WaitOptions } from '../core/index.js';
import { type SunoV30MusicConcatParams, type SunoV30MusicConcatResponse, type SunoV30MusicCreateParams, type SunoV30MusicCreateResponse, type SunoV30MusicRetrieveResponse, type SunoV35MusicCreateParams, type SunoV35MusicCreateResponse, type SunoV35MusicRetrieveResponse } from '../operations/suno.js';
/**
 * Suno (Suno音乐接口): Suno music generation, versions v3.0 (`chirp-v3-0`, songs up to ~2 min) and v3.5
 * (`chirp-v3-5`, up to ~4 min), in the GoAmz/PiAPI-style format under `/suno/v1`. Generate
 * (or concat) returns `data.task_id`; poll the version's get-music endpoint until
 * `data.status` is `completed`; the clips (two per generation) carry `audio_url`,
 * `video_url` and cover images. Paths and shapes here are mostly inferred (see `x-doubt`).
 */
export declare class Suno extends APIResource {
    /**
   * Suno (Suno音乐接口): Suno music generation, versions v3.0 (`chirp-v3-0`, songs up to ~2 min) and v3.5
   * (`chirp-v3-5`, up to ~4 min), in the GoAmz/PiAPI-style format under `/suno/v1`. Generate
   * (or concat) returns `data.task_id`; poll the version's get-music endpoint until
   * `data.status` is `completed`; the clips (two per generation) carry `audio_url`,
   * `video_url` and cover images. Paths and shapes here are mostly inferred (see `x-doubt`).
   */
    readonly v30: SunoV30;
    /**
   * Suno (Suno音乐接口): Suno music generation, versions v3.0 (`chirp-v3-0`, songs up to ~2 min) and v3.5
   * (`chirp-v3-5`, up to ~4 min), in the GoAmz/PiAPI-style format under `/suno/v1`. Generate
   * (or concat) returns `data.task_id`; poll the version's get-music endpoint until
   * `data.status` is `completed`; the clips (two per generation) carry `audio_url`,
   * `video_url` and cover images. Paths and shapes here are mostly inferred (see `x-doubt`).
   */
    readonly v35: SunoV35;
}
/**
 * Suno (Suno音乐接口): Suno music generation, versions v3.0 (`chirp-v3-0`, songs up to ~2 min) and v3.5
 * (`chirp-v3-5`, up to ~4 min), in the GoAmz/PiAPI-style format under `/suno/v1`. Generate
 * (or concat) returns `data.task_id`; poll the version's get-music endpoint until
 * `data.status` is `completed`; the clips (two per generation) carry `audio_url`,
 * `video_url` and cover images. Paths and shapes here are mostly inferred (see `x-doubt`).
 */
export declare class SunoV30 extends APIResource {
    /**
   * Suno (Suno音乐接口): Suno music generation, versions v3.0 (`chirp-v3-0`, songs up to ~2 min) and v3.5
   * (`chirp-v3-5`, up to ~4 min), in the GoAmz/PiAPI-style format under `/suno/v1`. Generate
   * (or concat) returns `data.task_id`; poll the version's get-music endpoint until
   * `data.status` is `completed`; the clips (two per generation) carry `audio_url`,
   * `video_url` and cover images. Paths and shapes here are mostly inferred (see `x-doubt`).
   */
    readonly music: SunoV30Music;
}
/**
 * Suno (Suno音乐接口): Suno music generation, versions v3.0 (`chirp-v3-0`, songs up to ~2 min) and v3.5
 * (`chirp-v3-5`, up to ~4 min), in the GoAmz/PiAPI-style format under `/suno/v1`. Generate
 * (or concat) returns `data.task_id`; poll the version's get-music endpoint until
 * `data.status` is `completed`; the clips (two per generation) carry `audio_url`,
 * `video_url` and cover images. Paths and shapes here are mostly inferred (see `x-doubt`).
 */
export declare class SunoV30Music extends APIResource {
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
    concat(params: SunoV30MusicConcatParams, options?: RequestOptions): APIPromise<SunoV30MusicConcatResponse>;
    /**
   * Submits the task, then polls it until it succeeds (resolves with the final snapshot), fails (`TaskFailedError`), is cancelled (`TaskCancelledError`) or runs out of time (`TaskTimeoutError`). Also an async iterable of progress snapshots.
   *
   * Merge an extended clip into a full song (v3.0)
   *
   * After extending a clip one or more times, send the last extension's `clip_id` to get one
   * complete song. Returns `data.task_id`; poll `GET /suno/v1/v3.0/music/{task_id}` like a
   * generation (the merged clip has `metadata.type: concat`).
   *
   * `POST /suno/v1/v3.0/music/concat` — Not re-sent automatically once it may have reached the server (it can start paid work).
   * @param params Query/header parameters and the request body.
   * @param options Wait options: `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
   * @returns A `TaskRun`: await it for the final snapshot (`result`, `results`, raw `task`), or iterate it for snapshots.
   * @example
   * ```ts
   * const task = await client.suno.v30.music.concatAndWait({
   *   clip_id: '56ea8da3-8507-4118-9f1e-111111111111',
   * }, { onProgress: (s) => console.log(s.state, s.progress) });
   * console.log(task.result);
   * ```
   * @see E33 合并音乐 (Concat (merge extended clips into a full song))
   */
    concatAndWait(params: SunoV30MusicConcatParams, options?: WaitOptions<SunoV30MusicRetrieveResponse, TaskResultAt<SunoV30MusicRetrieveResponse, '/data/clips'>>): TaskRun<SunoV30MusicRetrieveResponse, TaskResultAt<SunoV30MusicRetrieveResponse, '/data/clips'>>;
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
    create(params: SunoV30MusicCreateParams, options?: RequestOptions): APIPromise<SunoV30MusicCreateResponse>;
    /**
   * Submits the task, then polls it until it succeeds (resolves with the final snapshot), fails (`TaskFailedError`), is cancelled (`TaskCancelledError`) or runs out of time (`TaskTimeoutError`). Also an async iterable of progress snapshots.
   *
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
   * @param options Wait options: `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
   * @returns A `TaskRun`: await it for the final snapshot (`result`, `results`, raw `task`), or iterate it for snapshots.
   * @example
   * ```ts
   * const task = await client.suno.v30.music.createAndWait({
   *   custom_mode: true,
   *   mv: 'chirp-v3-0',
   *   input: {
   *     prompt: '[Verse]\nCity lights in the pouring rain\n[Chorus]\nNeon rain, wash away my pain',
   *     title: 'Neon Rain',
   *     tags: 'synthwave, female vocals',
   *   },
   * }, { onProgress: (s) => console.log(s.state, s.progress) });
   * console.log(task.result);
   * ```
   * @see E31 生成音乐 (Generate music (v3.0))
   */
    createAndWait(params: SunoV30MusicCreateParams, options?: WaitOptions<SunoV30MusicRetrieveResponse, TaskResultAt<SunoV30MusicRetrieveResponse, '/data/clips'>>): TaskRun<SunoV30MusicRetrieveResponse, TaskResultAt<SunoV30MusicRetrieveResponse, '/data/clips'>>;
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
    retrieve(task_id: string, options?: RequestOptions): APIPromise<SunoV30MusicRetrieveResponse>;
    /**
   * Waits for an existing Suno v3.0 music task to end, polling `GET /suno/v1/v3.0/music/{task_id}`.
   * Resolves with the final snapshot; rejects with `TaskFailedError`, `TaskCancelledError`, `TaskTimeoutError` or `APIUserAbortError`. Iterate it for progress snapshots.
   * @param id The task id returned by the submit.
   * @param options `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
   * @returns A `TaskRun` (promise of the final snapshot, async iterable of snapshots).
   * @example
   * ```ts
   * for await (const snapshot of client.suno.v30.music.waitFor('task-id')) {
   *   console.log(snapshot.state, snapshot.progress);
   * }
   * ```
   */
    waitFor(id: string, options?: WaitOptions<SunoV30MusicRetrieveResponse, TaskResultAt<SunoV30MusicRetrieveResponse, '/data/clips'>>): TaskRun<SunoV30MusicRetrieveResponse, TaskResultAt<SunoV30MusicRetrieveResponse, '/data/clips'>>;
}
/**
 * Suno (Suno音乐接口): Suno music generation, versions v3.0 (`chirp-v3-0`, songs up to ~2 min) and v3.5
 * (`chirp-v3-5`, up to ~4 min), in the GoAmz/PiAPI-style format under `/suno/v1`. Generate
 * (or concat) returns `data.task_id`; poll the version's get-music endpoint until
 * `data.status` is `completed`; the clips (two per generation) carry `audio_url`,
 * `video_url` and cover images. Paths and shapes here are mostly inferred (see `x-doubt`).
 */
export declare class SunoV35 extends APIResource {
    /**
   * Suno (Suno音乐接口): Suno music generation, versions v3.0 (`chirp-v3-0`, songs up to ~2 min) and v3.5
   * (`chirp-v3-5`, up to ~4 min), in the GoAmz/PiAPI-style format under `/suno/v1`. Generate
   * (or concat) returns `data.task_id`; poll the version's get-music endpoint until
   * `data.status` is `completed`; the clips (two per generation) carry `audio_url`,
   * `video_url` and cover images. Paths and shapes here are mostly inferred (see `x-doubt`).
   */
    readonly music: SunoV35Music;
}
/**
 * Suno (Suno音乐接口): Suno music generation, versions v3.0 (`chirp-v3-0`, songs up to ~2 min) and v3.5
 * (`chirp-v3-5`, up to ~4 min), in the GoAmz/PiAPI-style format under `/suno/v1`. Generate
 * (or concat) returns `data.task_id`; poll the version's get-music endpoint until
 * `data.status` is `completed`; the clips (two per generation) carry `audio_url`,
 * `video_url` and cover images. Paths and shapes here are mostly inferred (see `x-doubt`).
 */
export declare class SunoV35Music extends APIResource {
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
    create(params: SunoV35MusicCreateParams, options?: RequestOptions): APIPromise<SunoV35MusicCreateResponse>;
    /**
   * Submits the task, then polls it until it succeeds (resolves with the final snapshot), fails (`TaskFailedError`), is cancelled (`TaskCancelledError`) or runs out of time (`TaskTimeoutError`). Also an async iterable of progress snapshots.
   *
   * Generate music (v3.5)
   *
   * Starts a Suno v3.5 (`chirp-v3-5`, songs up to about 4 minutes) generation, same body as
   * v3.0. Returns `data.task_id`; poll `GET /suno/v1/music/{task_id}` until `data.status` is
   * `completed` or `failed`.
   *
   * `POST /suno/v1/music` — Not re-sent automatically once it may have reached the server (it can start paid work).
   * @param params Query/header parameters and the request body.
   * @param options Wait options: `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
   * @returns A `TaskRun`: await it for the final snapshot (`result`, `results`, raw `task`), or iterate it for snapshots.
   * @example
   * ```ts
   * const task = await client.suno.v35.music.createAndWait({
   *   custom_mode: true,
   *   mv: 'chirp-v3-5',
   *   input: {
   *     prompt: '[Verse]\nCity lights in the pouring rain\n[Chorus]\nNeon rain, wash away my pain',
   *     title: 'Neon Rain',
   *     tags: 'synthwave, female vocals',
   *   },
   * }, { onProgress: (s) => console.log(s.state, s.progress) });
   * console.log(task.result);
   * ```
   * @see E34 生成音乐 (Generate music (v3.5))
   */
    createAndWait(params: SunoV35MusicCreateParams, options?: WaitOptions<SunoV35MusicRetrieveResponse, TaskResultAt<SunoV35MusicRetrieveResponse, '/data/clips'>>): TaskRun<SunoV35MusicRetrieveResponse, TaskResultAt<SunoV35MusicRetrieveResponse, '/data/clips'>>;
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
    retrieve(task_id: string, options?: RequestOptions): APIPromise<SunoV35MusicRetrieveResponse>;
    /**
   * Waits for an existing Suno v3.5 music task to end, polling `GET /suno/v1/music/{task_id}`.
   * Resolves with the final snapshot; rejects with `TaskFailedError`, `TaskCancelledError`, `TaskTimeoutError` or `APIUserAbortError`. Iterate it for progress snapshots.
   * @param id The task id returned by the submit.
   * @param options `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
   * @returns A `TaskRun` (promise of the final snapshot, async iterable of snapshots).
   * @example
   * ```ts
   * for await (const snapshot of client.suno.v35.music.waitFor('task-id')) {
   *   console.log(snapshot.state, snapshot.progress);
   * }
   * ```
   */
    waitFor(id: string, options?: WaitOptions<SunoV35MusicRetrieveResponse, TaskResultAt<SunoV35MusicRetrieveResponse, '/data/clips'>>): TaskRun<SunoV35MusicRetrieveResponse, TaskResultAt<SunoV35MusicRetrieveResponse, '/data/clips'>>;
}
