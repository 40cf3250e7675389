import { type APIPromise, APIResource, type RequestOptions, type TaskResultAt, type TaskRun, type WaitOptions } from '../core/index.js';
import { type KlingImagesGenerationsCreateParams, type KlingImagesGenerationsCreateResponse, type KlingImagesGenerationsRetrieveResponse, type KlingVideosImage2videoCreateParams, type KlingVideosImage2videoCreateResponse, type KlingVideosImage2videoRetrieveResponse, type KlingVideosText2videoCreateParams, type KlingVideosText2videoCreateResponse, type KlingVideosText2videoRetrieveResponse } from '../operations/kling.js';
/**
 * Kling (Kling): Kuaishou Kling image and video generation in Kling's official format under `/kling/v1`:
 * start an image generation, text-to-video or image-to-video task (`data.task_id`), then
 * poll the query route of the same kind (`GET /kling/v1/<kind>/{task_id}`) until
 * `task_status` is `succeed` or `failed`. Answers use the envelope `{code, message,
 * request_id, data}` with `code` 0 on success. In the original navigation these are
 * top-level items without a group.
 */
export declare class Kling extends APIResource {
    /**
   * Kling (Kling): Kuaishou Kling image and video generation in Kling's official format under `/kling/v1`:
   * start an image generation, text-to-video or image-to-video task (`data.task_id`), then
   * poll the query route of the same kind (`GET /kling/v1/<kind>/{task_id}`) until
   * `task_status` is `succeed` or `failed`. Answers use the envelope `{code, message,
   * request_id, data}` with `code` 0 on success. In the original navigation these are
   * top-level items without a group.
   */
    readonly images: KlingImages;
    /**
   * Kling (Kling): Kuaishou Kling image and video generation in Kling's official format under `/kling/v1`:
   * start an image generation, text-to-video or image-to-video task (`data.task_id`), then
   * poll the query route of the same kind (`GET /kling/v1/<kind>/{task_id}`) until
   * `task_status` is `succeed` or `failed`. Answers use the envelope `{code, message,
   * request_id, data}` with `code` 0 on success. In the original navigation these are
   * top-level items without a group.
   */
    readonly videos: KlingVideos;
}
/**
 * Kling (Kling): Kuaishou Kling image and video generation in Kling's official format under `/kling/v1`:
 * start an image generation, text-to-video or image-to-video task (`data.task_id`), then
 * poll the query route of the same kind (`GET /kling/v1/<kind>/{task_id}`) until
 * `task_status` is `succeed` or `failed`. Answers use the envelope `{code, message,
 * request_id, data}` with `code` 0 on success. In the original navigation these are
 * top-level items without a group.
 */
export declare class KlingImages extends APIResource {
    /**
   * Kling (Kling): Kuaishou Kling image and video generation in Kling's official format under `/kling/v1`:
   * start an image generation, text-to-video or image-to-video task (`data.task_id`), then
   * poll the query route of the same kind (`GET /kling/v1/<kind>/{task_id}`) until
   * `task_status` is `succeed` or `failed`. Answers use the envelope `{code, message,
   * request_id, data}` with `code` 0 on success. In the original navigation these are
   * top-level items without a group.
   */
    readonly generations: KlingImagesGenerations;
}
/**
 * Kling (Kling): Kuaishou Kling image and video generation in Kling's official format under `/kling/v1`:
 * start an image generation, text-to-video or image-to-video task (`data.task_id`), then
 * poll the query route of the same kind (`GET /kling/v1/<kind>/{task_id}`) until
 * `task_status` is `succeed` or `failed`. Answers use the envelope `{code, message,
 * request_id, data}` with `code` 0 on success. In the original navigation these are
 * top-level items without a group.
 */
export declare class KlingImagesGenerations extends APIResource {
    /**
   * Start an image generation task
   *
   * Text to image (optionally guided by a reference `image`) with Kling. Answers at once with
   * `data.task_id`; poll `GET /kling/v1/images/generations/{task_id}` until `task_status` is
   * `succeed` (image URLs in `data.task_result.images`) or `failed`.
   *
   * `POST /kling/v1/images/generations` — Not re-sent automatically once it may have reached the server (it can start paid work).
   * @param params Query/header parameters and the request body.
   * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
   * @returns The `KlingImagesGenerationsCreateResponse` body.
   * @example
   * ```ts
   * const result = await client.kling.images.generations.create({
   *   model_name: 'kling-v1',
   *   prompt: 'A paper-craft diorama of a mountain village in winter, soft light',
   *   negative_prompt: 'text, watermark',
   *   n: 2,
   *   aspect_ratio: '1:1',
   * });
   * ```
   * @see E63 图像生成 (Image generation)
   */
    create(params: KlingImagesGenerationsCreateParams, options?: RequestOptions): APIPromise<KlingImagesGenerationsCreateResponse>;
    /**
   * Submits the task, then polls it until it succeeds (resolves with the final snapshot), fails (`TaskFailedError`), is cancelled (`TaskCancelledError`) or runs out of time (`TaskTimeoutError`). Also an async iterable of progress snapshots.
   *
   * Start an image generation task
   *
   * Text to image (optionally guided by a reference `image`) with Kling. Answers at once with
   * `data.task_id`; poll `GET /kling/v1/images/generations/{task_id}` until `task_status` is
   * `succeed` (image URLs in `data.task_result.images`) or `failed`.
   *
   * `POST /kling/v1/images/generations` — Not re-sent automatically once it may have reached the server (it can start paid work).
   * @param params Query/header parameters and the request body.
   * @param options Wait options: `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
   * @returns A `TaskRun`: await it for the final snapshot (`result`, `results`, raw `task`), or iterate it for snapshots.
   * @example
   * ```ts
   * const task = await client.kling.images.generations.createAndWait({
   *   model_name: 'kling-v1',
   *   prompt: 'A paper-craft diorama of a mountain village in winter, soft light',
   *   negative_prompt: 'text, watermark',
   *   n: 2,
   *   aspect_ratio: '1:1',
   * }, { onProgress: (s) => console.log(s.state, s.progress) });
   * console.log(task.result);
   * ```
   * @see E63 图像生成 (Image generation)
   */
    createAndWait(params: KlingImagesGenerationsCreateParams, options?: WaitOptions<KlingImagesGenerationsRetrieveResponse, TaskResultAt<KlingImagesGenerationsRetrieveResponse, '/data/task_result/images'>>): TaskRun<KlingImagesGenerationsRetrieveResponse, TaskResultAt<KlingImagesGenerationsRetrieveResponse, '/data/task_result/images'>>;
    /**
   * Get an image generation task
   *
   * Returns an image generation task: `data.task_status` (`submitted`, `processing`,
   * `succeed`, `failed`), the image URLs in `data.task_result.images` once it succeeded, and
   * `data.task_status_msg` when it failed. This is the image kind of the single "查询任务" page,
   * which documents the text-to-video variant.
   *
   * `GET /kling/v1/images/generations/{task_id}` — Retried automatically on connection errors, 408, 409, 429 and 5xx.
   * @param task_id Task id returned by the image generation route.
   * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
   * @returns The `KlingImagesGenerationsRetrieveResponse` body.
   * @example
   * ```ts
   * const result = await client.kling.images.generations.retrieve('CjhR7WdVRdkAAAAAA7Hm5Q');
   * ```
   * @see 查询任务
   */
    retrieve(task_id: string, options?: RequestOptions): APIPromise<KlingImagesGenerationsRetrieveResponse>;
    /**
   * Waits for an existing Kling task to end, polling `GET /kling/v1/images/generations/{task_id}`.
   * Resolves with the final snapshot; rejects with `TaskFailedError`, `TaskCancelledError`, `TaskTimeoutError` or `APIUserAbortError`. Iterate it for progress snapshots.
   * @param id The task id returned by the submit.
   * @param options `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
   * @returns A `TaskRun` (promise of the final snapshot, async iterable of snapshots).
   * @example
   * ```ts
   * for await (const snapshot of client.kling.images.generations.waitFor('task-id')) {
   *   console.log(snapshot.state, snapshot.progress);
   * }
   * ```
   */
    waitFor(id: string, options?: WaitOptions<KlingImagesGenerationsRetrieveResponse, TaskResultAt<KlingImagesGenerationsRetrieveResponse, '/data/task_result/images'>>): TaskRun<KlingImagesGenerationsRetrieveResponse, TaskResultAt<KlingImagesGenerationsRetrieveResponse, '/data/task_result/images'>>;
}
/**
 * Kling (Kling): Kuaishou Kling image and video generation in Kling's official format under `/kling/v1`:
 * start an image generation, text-to-video or image-to-video task (`data.task_id`), then
 * poll the query route of the same kind (`GET /kling/v1/<kind>/{task_id}`) until
 * `task_status` is `succeed` or `failed`. Answers use the envelope `{code, message,
 * request_id, data}` with `code` 0 on success. In the original navigation these are
 * top-level items without a group.
 */
export declare class KlingVideos extends APIResource {
    /**
   * Kling (Kling): Kuaishou Kling image and video generation in Kling's official format under `/kling/v1`:
   * start an image generation, text-to-video or image-to-video task (`data.task_id`), then
   * poll the query route of the same kind (`GET /kling/v1/<kind>/{task_id}`) until
   * `task_status` is `succeed` or `failed`. Answers use the envelope `{code, message,
   * request_id, data}` with `code` 0 on success. In the original navigation these are
   * top-level items without a group.
   */
    readonly image2video: KlingVideosImage2video;
    /**
   * Kling (Kling): Kuaishou Kling image and video generation in Kling's official format under `/kling/v1`:
   * start an image generation, text-to-video or image-to-video task (`data.task_id`), then
   * poll the query route of the same kind (`GET /kling/v1/<kind>/{task_id}`) until
   * `task_status` is `succeed` or `failed`. Answers use the envelope `{code, message,
   * request_id, data}` with `code` 0 on success. In the original navigation these are
   * top-level items without a group.
   */
    readonly text2video: KlingVideosText2video;
}
/**
 * Kling (Kling): Kuaishou Kling image and video generation in Kling's official format under `/kling/v1`:
 * start an image generation, text-to-video or image-to-video task (`data.task_id`), then
 * poll the query route of the same kind (`GET /kling/v1/<kind>/{task_id}`) until
 * `task_status` is `succeed` or `failed`. Answers use the envelope `{code, message,
 * request_id, data}` with `code` 0 on success. In the original navigation these are
 * top-level items without a group.
 */
export declare class KlingVideosImage2video extends APIResource {
    /**
   * Start an image-to-video task
   *
   * Animates a start `image` (URL or base64; optional end frame `image_tail`) into a 5 or 10 s
   * video, optionally with a motion brush (`static_mask`, `dynamic_masks`). Answers at once
   * with `data.task_id`; poll `GET /kling/v1/videos/image2video/{task_id}` until
   * `task_status` is `succeed` or `failed`.
   *
   * `POST /kling/v1/videos/image2video` — Not re-sent automatically once it may have reached the server (it can start paid work).
   * @param params Query/header parameters and the request body.
   * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
   * @returns The `KlingVideosImage2videoCreateResponse` body.
   * @example
   * ```ts
   * const result = await client.kling.videos.image2video.create({
   *   model_name: 'kling-v1',
   *   image: 'https://cdn.example.com/inputs/cup-empty.jpg',
   *   image_tail: 'https://cdn.example.com/inputs/cup-full.jpg',
   *   prompt: 'Coffee is poured into the cup, steam rising',
   *   mode: 'std',
   *   duration: '5',
   * });
   * ```
   * @see E65 图生视频 (Image to video)
   */
    create(params: KlingVideosImage2videoCreateParams, options?: RequestOptions): APIPromise<KlingVideosImage2videoCreateResponse>;
    /**
   * Submits the task, then polls it until it succeeds (resolves with the final snapshot), fails (`TaskFailedError`), is cancelled (`TaskCancelledError`) or runs out of time (`TaskTimeoutError`). Also an async iterable of progress snapshots.
   *
   * Start an image-to-video task
   *
   * Animates a start `image` (URL or base64; optional end frame `image_tail`) into a 5 or 10 s
   * video, optionally with a motion brush (`static_mask`, `dynamic_masks`). Answers at once
   * with `data.task_id`; poll `GET /kling/v1/videos/image2video/{task_id}` until
   * `task_status` is `succeed` or `failed`.
   *
   * `POST /kling/v1/videos/image2video` — Not re-sent automatically once it may have reached the server (it can start paid work).
   * @param params Query/header parameters and the request body.
   * @param options Wait options: `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
   * @returns A `TaskRun`: await it for the final snapshot (`result`, `results`, raw `task`), or iterate it for snapshots.
   * @example
   * ```ts
   * const task = await client.kling.videos.image2video.createAndWait({
   *   model_name: 'kling-v1',
   *   image: 'https://cdn.example.com/inputs/cup-empty.jpg',
   *   image_tail: 'https://cdn.example.com/inputs/cup-full.jpg',
   *   prompt: 'Coffee is poured into the cup, steam rising',
   *   mode: 'std',
   *   duration: '5',
   * }, { onProgress: (s) => console.log(s.state, s.progress) });
   * console.log(task.result);
   * ```
   * @see E65 图生视频 (Image to video)
   */
    createAndWait(params: KlingVideosImage2videoCreateParams, options?: WaitOptions<KlingVideosImage2videoRetrieveResponse, TaskResultAt<KlingVideosImage2videoRetrieveResponse, '/data/task_result/videos'>>): TaskRun<KlingVideosImage2videoRetrieveResponse, TaskResultAt<KlingVideosImage2videoRetrieveResponse, '/data/task_result/videos'>>;
    /**
   * Get an image-to-video task
   *
   * Returns an image-to-video task: `data.task_status` (`submitted`, `processing`, `succeed`,
   * `failed`), the video URL in `data.task_result.videos` once it succeeded, and
   * `data.task_status_msg` when it failed. This is the image-to-video kind of the single
   * "查询任务" page, which documents the text-to-video variant.
   *
   * `GET /kling/v1/videos/image2video/{task_id}` — Retried automatically on connection errors, 408, 409, 429 and 5xx.
   * @param task_id Task id returned by the image-to-video route.
   * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
   * @returns The `KlingVideosImage2videoRetrieveResponse` body.
   * @example
   * ```ts
   * const result = await client.kling.videos.image2video.retrieve('CjikY2dVRdkAAAAAA6Wy1g');
   * ```
   * @see 查询任务
   */
    retrieve(task_id: string, options?: RequestOptions): APIPromise<KlingVideosImage2videoRetrieveResponse>;
    /**
   * Waits for an existing Kling task to end, polling `GET /kling/v1/videos/image2video/{task_id}`.
   * Resolves with the final snapshot; rejects with `TaskFailedError`, `TaskCancelledError`, `TaskTimeoutError` or `APIUserAbortError`. Iterate it for progress snapshots.
   * @param id The task id returned by the submit.
   * @param options `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
   * @returns A `TaskRun` (promise of the final snapshot, async iterable of snapshots).
   * @example
   * ```ts
   * for await (const snapshot of client.kling.videos.image2video.waitFor('task-id')) {
   *   console.log(snapshot.state, snapshot.progress);
   * }
   * ```
   */
    waitFor(id: string, options?: WaitOptions<KlingVideosImage2videoRetrieveResponse, TaskResultAt<KlingVideosImage2videoRetrieveResponse, '/data/task_result/videos'>>): TaskRun<KlingVideosImage2videoRetrieveResponse, TaskResultAt<KlingVideosImage2videoRetrieveResponse, '/data/task_result/videos'>>;
}
/**
 * Kling (Kling): Kuaishou Kling image and video generation in Kling's official format under `/kling/v1`:
 * start an image generation, text-to-video or image-to-video task (`data.task_id`), then
 * poll the query route of the same kind (`GET /kling/v1/<kind>/{task_id}`) until
 * `task_status` is `succeed` or `failed`. Answers use the envelope `{code, message,
 * request_id, data}` with `code` 0 on success. In the original navigation these are
 * top-level items without a group.
 */
export declare class KlingVideosText2video extends APIResource {
    /**
   * Start a text-to-video task
   *
   * Text to video (5 or 10 s) with Kling, in `std` or `pro` mode, with optional camera
   * movement. Answers at once with `data.task_id`; poll
   * `GET /kling/v1/videos/text2video/{task_id}` until `task_status` is `succeed` (video URL
   * in `data.task_result.videos`) or `failed`.
   *
   * `POST /kling/v1/videos/text2video` — Not re-sent automatically once it may have reached the server (it can start paid work).
   * @param params Query/header parameters and the request body.
   * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
   * @returns The `KlingVideosText2videoCreateResponse` body.
   * @example
   * ```ts
   * const result = await client.kling.videos.text2video.create({
   *   model_name: 'kling-v1',
   *   prompt: 'A hummingbird hovering at a red flower, slow motion, shallow depth of field',
   *   negative_prompt: 'blurry, distorted',
   *   cfg_scale: 0.5,
   *   mode: 'pro',
   *   camera_control: {
   *     type: 'simple',
   *     config: {
   *       horizontal: 0,
   *       vertical: 0,
   *       pan: 0,
   *       tilt: 0,
   *       roll: 0,
   *       zoom: 5,
   *     },
   *   },
   *   aspect_ratio: '16:9',
   *   duration: '5',
   *   external_task_id: 'order-20241127-0042',
   * });
   * ```
   * @see E64 文生视频 (Text to video)
   */
    create(params: KlingVideosText2videoCreateParams, options?: RequestOptions): APIPromise<KlingVideosText2videoCreateResponse>;
    /**
   * Submits the task, then polls it until it succeeds (resolves with the final snapshot), fails (`TaskFailedError`), is cancelled (`TaskCancelledError`) or runs out of time (`TaskTimeoutError`). Also an async iterable of progress snapshots.
   *
   * Start a text-to-video task
   *
   * Text to video (5 or 10 s) with Kling, in `std` or `pro` mode, with optional camera
   * movement. Answers at once with `data.task_id`; poll
   * `GET /kling/v1/videos/text2video/{task_id}` until `task_status` is `succeed` (video URL
   * in `data.task_result.videos`) or `failed`.
   *
   * `POST /kling/v1/videos/text2video` — Not re-sent automatically once it may have reached the server (it can start paid work).
   * @param params Query/header parameters and the request body.
   * @param options Wait options: `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
   * @returns A `TaskRun`: await it for the final snapshot (`result`, `results`, raw `task`), or iterate it for snapshots.
   * @example
   * ```ts
   * const task = await client.kling.videos.text2video.createAndWait({
   *   model_name: 'kling-v1',
   *   prompt: 'A hummingbird hovering at a red flower, slow motion, shallow depth of field',
   *   negative_prompt: 'blurry, distorted',
   *   cfg_scale: 0.5,
   *   mode: 'pro',
   *   camera_control: {
   *     type: 'simple',
   *     config: {
   *       horizontal: 0,
   *       vertical: 0,
   *       pan: 0,
   *       tilt: 0,
   *       roll: 0,
   *       zoom: 5,
   *     },
   *   },
   *   aspect_ratio: '16:9',
   *   duration: '5',
   *   external_task_id: 'order-20241127-0042',
   * }, { onProgress: (s) => console.log(s.state, s.progress) });
   * console.log(task.result);
   * ```
   * @see E64 文生视频 (Text to video)
   */
    createAndWait(params: KlingVideosText2videoCreateParams, options?: WaitOptions<KlingVideosText2videoRetrieveResponse, TaskResultAt<KlingVideosText2videoRetrieveResponse, '/data/task_result/videos'>>): TaskRun<KlingVideosText2videoRetrieveResponse, TaskResultAt<KlingVideosText2videoRetrieveResponse, '/data/task_result/videos'>>;
    /**
   * Get a text-to-video task
   *
   * Returns a text-to-video task: `data.task_status` (`submitted`, `processing`, `succeed`,
   * `failed`), the video URL in `data.task_result.videos` once it succeeded, and
   * `data.task_status_msg` when it failed. Image-to-video and image tasks are read from
   * their own routes of the same shape (`/kling/v1/videos/image2video/{task_id}`,
   * `/kling/v1/images/generations/{task_id}`).
   *
   * `GET /kling/v1/videos/text2video/{task_id}` — Retried automatically on connection errors, 408, 409, 429 and 5xx.
   * @param task_id Task id returned by the text-to-video route.
   * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
   * @returns The `KlingVideosText2videoRetrieveResponse` body.
   * @example
   * ```ts
   * const result = await client.kling.videos.text2video.retrieve('CjMKo2dVRdkAAAAAA5QPcQ');
   * ```
   * @see E66 查询任务 (Query task)
   */
    retrieve(task_id: string, options?: RequestOptions): APIPromise<KlingVideosText2videoRetrieveResponse>;
    /**
   * Waits for an existing Kling task to end, polling `GET /kling/v1/videos/text2video/{task_id}`.
   * Resolves with the final snapshot; rejects with `TaskFailedError`, `TaskCancelledError`, `TaskTimeoutError` or `APIUserAbortError`. Iterate it for progress snapshots.
   * @param id The task id returned by the submit.
   * @param options `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
   * @returns A `TaskRun` (promise of the final snapshot, async iterable of snapshots).
   * @example
   * ```ts
   * for await (const snapshot of client.kling.videos.text2video.waitFor('task-id')) {
   *   console.log(snapshot.state, snapshot.progress);
   * }
   * ```
   */
    waitFor(id: string, options?: WaitOptions<KlingVideosText2videoRetrieveResponse, TaskResultAt<KlingVideosText2videoRetrieveResponse, '/data/task_result/videos'>>): TaskRun<KlingVideosText2videoRetrieveResponse, TaskResultAt<KlingVideosText2videoRetrieveResponse, '/data/task_result/videos'>>;
}
