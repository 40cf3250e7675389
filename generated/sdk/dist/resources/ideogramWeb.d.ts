import { type APIPromise, APIResource, type RequestOptions, type TaskResultAt, type TaskRun, type WaitOptions } from '../core/index.js';
import { type IdeogramWebImagesDescribeParams, type IdeogramWebImagesDescribeResponse, type IdeogramWebImagesGenerateParams, type IdeogramWebImagesGenerateResponse, type IdeogramWebImagesRemixParams, type IdeogramWebImagesRemixResponse, type IdeogramWebImagesUpscaleParams, type IdeogramWebImagesUpscaleResponse, type IdeogramWebTasksRetrieveParams, type IdeogramWebTasksRetrieveResponse } from '../operations/ideogramWeb.js';
/**
 * Ideogram (web app) (Ideogram 逆向): Ideogram through its web app ("逆向", reverse-engineered) under `/api/ideogram`: start a
 * generation, remix or upscale, take its `request_id`, then poll
 * `POST /api/ideogram/task-request` until `is_completed` (images in
 * `sampling_requests[0].responses`). Only the task query was seen on the site (marked "in
 * development"); the other routes are inferred. An optional `Access-Token` header is shown
 * in addition to the Bearer key.
 */
export declare class IdeogramWeb extends APIResource {
    /**
   * Ideogram (web app) (Ideogram 逆向): Ideogram through its web app ("逆向", reverse-engineered) under `/api/ideogram`: start a
   * generation, remix or upscale, take its `request_id`, then poll
   * `POST /api/ideogram/task-request` until `is_completed` (images in
   * `sampling_requests[0].responses`). Only the task query was seen on the site (marked "in
   * development"); the other routes are inferred. An optional `Access-Token` header is shown
   * in addition to the Bearer key.
   */
    readonly images: IdeogramWebImages;
    /**
   * Ideogram (web app) (Ideogram 逆向): Ideogram through its web app ("逆向", reverse-engineered) under `/api/ideogram`: start a
   * generation, remix or upscale, take its `request_id`, then poll
   * `POST /api/ideogram/task-request` until `is_completed` (images in
   * `sampling_requests[0].responses`). Only the task query was seen on the site (marked "in
   * development"); the other routes are inferred. An optional `Access-Token` header is shown
   * in addition to the Bearer key.
   */
    readonly tasks: IdeogramWebTasks;
}
/**
 * Ideogram (web app) (Ideogram 逆向): Ideogram through its web app ("逆向", reverse-engineered) under `/api/ideogram`: start a
 * generation, remix or upscale, take its `request_id`, then poll
 * `POST /api/ideogram/task-request` until `is_completed` (images in
 * `sampling_requests[0].responses`). Only the task query was seen on the site (marked "in
 * development"); the other routes are inferred. An optional `Access-Token` header is shown
 * in addition to the Bearer key.
 */
export declare class IdeogramWebImages extends APIResource {
    /**
   * Describe an image through the web app
   *
   * Returns text descriptions of an image through the Ideogram web app, modelled as
   * synchronous. Path, body and answer are inferred, not seen on the site.
   *
   * `POST /api/ideogram/describe` — Not re-sent automatically once it may have reached the server (it can start paid work).
   * @param params Query/header parameters and the request body.
   * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
   * @returns The `IdeogramWebImagesDescribeResponse` body.
   * @example
   * ```ts
   * const result = await client.ideogramWeb.images.describe({
   *   'Access-Token': '12345678',
   *   image: 'https://cdn.example.com/inputs/night-market.jpg',
   * });
   * ```
   * @see E71 图片描述 (Describe (web app))
   */
    describe(params: IdeogramWebImagesDescribeParams, options?: RequestOptions): APIPromise<IdeogramWebImagesDescribeResponse>;
    /**
   * Start a web-app text-to-image generation
   *
   * Text to image through the Ideogram web app. Answers with a `request_id`; poll
   * `POST /api/ideogram/task-request` with it until `is_completed` is true. Path and body are
   * inferred, not seen on the site.
   *
   * `POST /api/ideogram/generate` — Not re-sent automatically once it may have reached the server (it can start paid work).
   * @param params Query/header parameters and the request body.
   * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
   * @returns The `IdeogramWebImagesGenerateResponse` body.
   * @example
   * ```ts
   * const result = await client.ideogramWeb.images.generate({
   *   'Access-Token': '12345678',
   *   prompt: 'dog',
   *   aspect_ratio: '1:1',
   *   model_version: 'V_0_3',
   *   private: true,
   *   use_autoprompt_option: 'AUTO',
   *   sampling_speed: 0,
   * });
   * ```
   * @see E68 文生图 (Text to image (web app))
   */
    generate(params: IdeogramWebImagesGenerateParams, options?: RequestOptions): APIPromise<IdeogramWebImagesGenerateResponse>;
    /**
   * Submits the task, then polls it until it succeeds (resolves with the final snapshot), fails (`TaskFailedError`), is cancelled (`TaskCancelledError`) or runs out of time (`TaskTimeoutError`). Also an async iterable of progress snapshots.
   *
   * Start a web-app text-to-image generation
   *
   * Text to image through the Ideogram web app. Answers with a `request_id`; poll
   * `POST /api/ideogram/task-request` with it until `is_completed` is true. Path and body are
   * inferred, not seen on the site.
   *
   * `POST /api/ideogram/generate` — Not re-sent automatically once it may have reached the server (it can start paid work).
   * @param params Query/header parameters and the request body.
   * @param options Wait options: `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
   * @returns A `TaskRun`: await it for the final snapshot (`result`, `results`, raw `task`), or iterate it for snapshots.
   * @example
   * ```ts
   * const task = await client.ideogramWeb.images.generateAndWait({
   *   'Access-Token': '12345678',
   *   prompt: 'dog',
   *   aspect_ratio: '1:1',
   *   model_version: 'V_0_3',
   *   private: true,
   *   use_autoprompt_option: 'AUTO',
   *   sampling_speed: 0,
   * }, { onProgress: (s) => console.log(s.state, s.progress) });
   * console.log(task.result);
   * ```
   * @see E68 文生图 (Text to image (web app))
   */
    generateAndWait(params: IdeogramWebImagesGenerateParams, options?: WaitOptions<IdeogramWebTasksRetrieveResponse, TaskResultAt<IdeogramWebTasksRetrieveResponse, '/sampling_requests/0/responses'>>): TaskRun<IdeogramWebTasksRetrieveResponse, TaskResultAt<IdeogramWebTasksRetrieveResponse, '/sampling_requests/0/responses'>>;
    /**
   * Start a web-app remix
   *
   * Creates new images from an input image and a prompt through the Ideogram web app. Answers
   * with a `request_id`; poll `POST /api/ideogram/task-request`. Path and body are inferred,
   * not seen on the site.
   *
   * `POST /api/ideogram/remix` — Not re-sent automatically once it may have reached the server (it can start paid work).
   * @param params Query/header parameters and the request body.
   * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
   * @returns The `IdeogramWebImagesRemixResponse` body.
   * @example
   * ```ts
   * const result = await client.ideogramWeb.images.remix({
   *   'Access-Token': '12345678',
   *   prompt: 'A finished 3D render of this sketch of a treehouse, golden hour',
   *   image: 'https://cdn.example.com/inputs/treehouse-sketch.png',
   *   image_weight: 50,
   *   aspect_ratio: '1:1',
   * });
   * ```
   * @see E69 合成图 (Remix / compose (web app))
   */
    remix(params: IdeogramWebImagesRemixParams, options?: RequestOptions): APIPromise<IdeogramWebImagesRemixResponse>;
    /**
   * Submits the task, then polls it until it succeeds (resolves with the final snapshot), fails (`TaskFailedError`), is cancelled (`TaskCancelledError`) or runs out of time (`TaskTimeoutError`). Also an async iterable of progress snapshots.
   *
   * Start a web-app remix
   *
   * Creates new images from an input image and a prompt through the Ideogram web app. Answers
   * with a `request_id`; poll `POST /api/ideogram/task-request`. Path and body are inferred,
   * not seen on the site.
   *
   * `POST /api/ideogram/remix` — Not re-sent automatically once it may have reached the server (it can start paid work).
   * @param params Query/header parameters and the request body.
   * @param options Wait options: `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
   * @returns A `TaskRun`: await it for the final snapshot (`result`, `results`, raw `task`), or iterate it for snapshots.
   * @example
   * ```ts
   * const task = await client.ideogramWeb.images.remixAndWait({
   *   'Access-Token': '12345678',
   *   prompt: 'A finished 3D render of this sketch of a treehouse, golden hour',
   *   image: 'https://cdn.example.com/inputs/treehouse-sketch.png',
   *   image_weight: 50,
   *   aspect_ratio: '1:1',
   * }, { onProgress: (s) => console.log(s.state, s.progress) });
   * console.log(task.result);
   * ```
   * @see E69 合成图 (Remix / compose (web app))
   */
    remixAndWait(params: IdeogramWebImagesRemixParams, options?: WaitOptions<IdeogramWebTasksRetrieveResponse, TaskResultAt<IdeogramWebTasksRetrieveResponse, '/sampling_requests/0/responses'>>): TaskRun<IdeogramWebTasksRetrieveResponse, TaskResultAt<IdeogramWebTasksRetrieveResponse, '/sampling_requests/0/responses'>>;
    /**
   * Start a web-app upscale
   *
   * Upscales one image of a finished generation (its `response_id` from the task query)
   * through the Ideogram web app. Answers with a `request_id`; poll
   * `POST /api/ideogram/task-request`. Path and body are inferred, not seen on the site.
   *
   * `POST /api/ideogram/upscale` — Not re-sent automatically once it may have reached the server (it can start paid work).
   * @param params Query/header parameters and the request body.
   * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
   * @returns The `IdeogramWebImagesUpscaleResponse` body.
   * @example
   * ```ts
   * const result = await client.ideogramWeb.images.upscale({
   *   'Access-Token': '12345678',
   *   response_id: 'I0KkrjcfQH6bqJVz2Prp9g',
   *   resemblance: 55,
   *   detail: 50,
   * });
   * ```
   * @see E70 放大图片 (Upscale (web app))
   */
    upscale(params: IdeogramWebImagesUpscaleParams, options?: RequestOptions): APIPromise<IdeogramWebImagesUpscaleResponse>;
    /**
   * Submits the task, then polls it until it succeeds (resolves with the final snapshot), fails (`TaskFailedError`), is cancelled (`TaskCancelledError`) or runs out of time (`TaskTimeoutError`). Also an async iterable of progress snapshots.
   *
   * Start a web-app upscale
   *
   * Upscales one image of a finished generation (its `response_id` from the task query)
   * through the Ideogram web app. Answers with a `request_id`; poll
   * `POST /api/ideogram/task-request`. Path and body are inferred, not seen on the site.
   *
   * `POST /api/ideogram/upscale` — Not re-sent automatically once it may have reached the server (it can start paid work).
   * @param params Query/header parameters and the request body.
   * @param options Wait options: `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
   * @returns A `TaskRun`: await it for the final snapshot (`result`, `results`, raw `task`), or iterate it for snapshots.
   * @example
   * ```ts
   * const task = await client.ideogramWeb.images.upscaleAndWait({
   *   'Access-Token': '12345678',
   *   response_id: 'I0KkrjcfQH6bqJVz2Prp9g',
   *   resemblance: 55,
   *   detail: 50,
   * }, { onProgress: (s) => console.log(s.state, s.progress) });
   * console.log(task.result);
   * ```
   * @see E70 放大图片 (Upscale (web app))
   */
    upscaleAndWait(params: IdeogramWebImagesUpscaleParams, options?: WaitOptions<IdeogramWebTasksRetrieveResponse, TaskResultAt<IdeogramWebTasksRetrieveResponse, '/sampling_requests/0/responses'>>): TaskRun<IdeogramWebTasksRetrieveResponse, TaskResultAt<IdeogramWebTasksRetrieveResponse, '/sampling_requests/0/responses'>>;
}
/**
 * Ideogram (web app) (Ideogram 逆向): Ideogram through its web app ("逆向", reverse-engineered) under `/api/ideogram`: start a
 * generation, remix or upscale, take its `request_id`, then poll
 * `POST /api/ideogram/task-request` until `is_completed` (images in
 * `sampling_requests[0].responses`). Only the task query was seen on the site (marked "in
 * development"); the other routes are inferred. An optional `Access-Token` header is shown
 * in addition to the Bearer key.
 */
export declare class IdeogramWebTasks extends APIResource {
    /**
   * Query an Ideogram web-app generation
   *
   * Looks up a generation by `request_id` and returns it in `sampling_requests`:
   * `completion_percentage` (0–100) and `is_completed` tell the progress; once complete,
   * `responses[]` lists the images (`image_url`, `response_id` for upscaling). Poll every few
   * seconds. A read: safe to repeat although it is a POST.
   *
   * `POST /api/ideogram/task-request` — Retried automatically on connection errors, 408, 409, 429 and 5xx.
   * @param params Query/header parameters and the request body.
   * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
   * @returns The `IdeogramWebTasksRetrieveResponse` body.
   * @example
   * ```ts
   * const result = await client.ideogramWeb.tasks.retrieve({
   *   'Access-Token': '12345678',
   *   request_id: 'QGvBNC-SReSCnZ7y-hnYbg',
   * });
   * ```
   * @see E67 ideogram任务查询 (Ideogram task request (poll))
   */
    retrieve(params: IdeogramWebTasksRetrieveParams, options?: RequestOptions): APIPromise<IdeogramWebTasksRetrieveResponse>;
    /**
   * Waits for an existing Ideogram web-app generation to end, polling `POST /api/ideogram/task-request`.
   * Resolves with the final snapshot; rejects with `TaskFailedError`, `TaskCancelledError`, `TaskTimeoutError` or `APIUserAbortError`. Iterate it for progress snapshots.
   * @param id The task id returned by the submit.
   * @param options `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
   * @returns A `TaskRun` (promise of the final snapshot, async iterable of snapshots).
   * @example
   * ```ts
   * for await (const snapshot of client.ideogramWeb.tasks.waitFor('task-id')) {
   *   console.log(snapshot.state, snapshot.progress);
   * }
   * ```
   */
    waitFor(id: string, options?: WaitOptions<IdeogramWebTasksRetrieveResponse, TaskResultAt<IdeogramWebTasksRetrieveResponse, '/sampling_requests/0/responses'>>): TaskRun<IdeogramWebTasksRetrieveResponse, TaskResultAt<IdeogramWebTasksRetrieveResponse, '/sampling_requests/0/responses'>>;
}
