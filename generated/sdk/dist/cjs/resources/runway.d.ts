import { type APIPromise, APIResource, type RequestOptions, type TaskResultAt, type TaskRun, type WaitOptions } from '../core/index.js';
import { type RunwayImageToVideoCreateParams, type RunwayImageToVideoCreateResponse, type RunwayTasksRetrieveParams, type RunwayTasksRetrieveResponse } from '../operations/runway.js';
/**
 * Runway (视频生成 / 任务管理): Runway Gen-3 video in Runway's official format under `/runwayml/v1`: start an
 * image-to-video task, then poll `GET /runwayml/v1/tasks/{id}` until `SUCCEEDED` (video URLs
 * in `output`) or `FAILED`. In the original navigation these are the top-level groups
 * "视频生成" (video generation) and "任务管理" (task management).
 */
export declare class Runway extends APIResource {
    /**
   * Runway (视频生成 / 任务管理): Runway Gen-3 video in Runway's official format under `/runwayml/v1`: start an
   * image-to-video task, then poll `GET /runwayml/v1/tasks/{id}` until `SUCCEEDED` (video URLs
   * in `output`) or `FAILED`. In the original navigation these are the top-level groups
   * "视频生成" (video generation) and "任务管理" (task management).
   */
    readonly imageToVideo: RunwayImageToVideo;
    /**
   * Runway (视频生成 / 任务管理): Runway Gen-3 video in Runway's official format under `/runwayml/v1`: start an
   * image-to-video task, then poll `GET /runwayml/v1/tasks/{id}` until `SUCCEEDED` (video URLs
   * in `output`) or `FAILED`. In the original navigation these are the top-level groups
   * "视频生成" (video generation) and "任务管理" (task management).
   */
    readonly tasks: RunwayTasks;
}
/**
 * Runway (视频生成 / 任务管理): Runway Gen-3 video in Runway's official format under `/runwayml/v1`: start an
 * image-to-video task, then poll `GET /runwayml/v1/tasks/{id}` until `SUCCEEDED` (video URLs
 * in `output`) or `FAILED`. In the original navigation these are the top-level groups
 * "视频生成" (video generation) and "任务管理" (task management).
 */
export declare class RunwayImageToVideo extends APIResource {
    /**
   * Start an image-to-video task
   *
   * Animates a start image (HTTPS URL or data URI, or first/last keyframes) into a 5 or 10
   * second video with Runway Gen-3 Alpha Turbo, guided by an optional `promptText`. Answers
   * at once with the task `id`; poll `GET /runwayml/v1/tasks/{id}` until the status is
   * `SUCCEEDED` (video URLs in `output`) or `FAILED`.
   *
   * `POST /runwayml/v1/image_to_video` — Not re-sent automatically once it may have reached the server (it can start paid work).
   * @param params Query/header parameters and the request body.
   * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
   * @returns The `RunwayImageToVideoCreateResponse` body.
   * @example
   * ```ts
   * const result = await client.runway.imageToVideo.create({
   *   'X-Runway-Version': '2024-11-06',
   *   promptImage: 'https://cdn.example.com/inputs/beach-sunset.jpg',
   *   model: 'gen3a_turbo',
   *   promptText: 'The camera slowly pushes in as waves roll onto the shore',
   *   duration: 5,
   *   ratio: '16:9',
   *   seed: 4242,
   * });
   * ```
   * @see E53 图生视频 (Image to video)
   */
    create(params: RunwayImageToVideoCreateParams, options?: RequestOptions): APIPromise<RunwayImageToVideoCreateResponse>;
    /**
   * Submits the task, then polls it until it succeeds (resolves with the final snapshot), fails (`TaskFailedError`), is cancelled (`TaskCancelledError`) or runs out of time (`TaskTimeoutError`). Also an async iterable of progress snapshots.
   *
   * Start an image-to-video task
   *
   * Animates a start image (HTTPS URL or data URI, or first/last keyframes) into a 5 or 10
   * second video with Runway Gen-3 Alpha Turbo, guided by an optional `promptText`. Answers
   * at once with the task `id`; poll `GET /runwayml/v1/tasks/{id}` until the status is
   * `SUCCEEDED` (video URLs in `output`) or `FAILED`.
   *
   * `POST /runwayml/v1/image_to_video` — Not re-sent automatically once it may have reached the server (it can start paid work).
   * @param params Query/header parameters and the request body.
   * @param options Wait options: `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
   * @returns A `TaskRun`: await it for the final snapshot (`result`, `results`, raw `task`), or iterate it for snapshots.
   * @example
   * ```ts
   * const task = await client.runway.imageToVideo.createAndWait({
   *   'X-Runway-Version': '2024-11-06',
   *   promptImage: 'https://cdn.example.com/inputs/beach-sunset.jpg',
   *   model: 'gen3a_turbo',
   *   promptText: 'The camera slowly pushes in as waves roll onto the shore',
   *   duration: 5,
   *   ratio: '16:9',
   *   seed: 4242,
   * }, { onProgress: (s) => console.log(s.state, s.progress) });
   * console.log(task.result);
   * ```
   * @see E53 图生视频 (Image to video)
   */
    createAndWait(params: RunwayImageToVideoCreateParams, options?: WaitOptions<RunwayTasksRetrieveResponse, TaskResultAt<RunwayTasksRetrieveResponse, '/output'>>): TaskRun<RunwayTasksRetrieveResponse, TaskResultAt<RunwayTasksRetrieveResponse, '/output'>>;
}
/**
 * Runway (视频生成 / 任务管理): Runway Gen-3 video in Runway's official format under `/runwayml/v1`: start an
 * image-to-video task, then poll `GET /runwayml/v1/tasks/{id}` until `SUCCEEDED` (video URLs
 * in `output`) or `FAILED`. In the original navigation these are the top-level groups
 * "视频生成" (video generation) and "任务管理" (task management).
 */
export declare class RunwayTasks extends APIResource {
    /**
   * Get a Runway task
   *
   * Returns the task's status (`PENDING`, `THROTTLED`, `RUNNING`, `SUCCEEDED`, `FAILED` or
   * `CANCELLED`), its `progress` as a fraction while running, the video URLs in `output` once
   * it succeeded, and `failure` when it failed. Poll every few seconds.
   *
   * `GET /runwayml/v1/tasks/{id}` — Retried automatically on connection errors, 408, 409, 429 and 5xx.
   * @param id Task id returned by the submit route.
   * @param params Query/header parameters.
   * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
   * @returns The `RunwayTasksRetrieveResponse` body.
   * @example
   * ```ts
   * const result = await client.runway.tasks.retrieve('17f20503-6c24-4c16-946b-35dbbce2af2f', {
   *   'X-Runway-Version': '2024-11-06',
   * });
   * ```
   * @see E54 任务查询 (Get task)
   */
    retrieve(id: string, params?: RunwayTasksRetrieveParams, options?: RequestOptions): APIPromise<RunwayTasksRetrieveResponse>;
    /**
   * Waits for an existing Runway task to end, polling `GET /runwayml/v1/tasks/{id}`.
   * Resolves with the final snapshot; rejects with `TaskFailedError`, `TaskCancelledError`, `TaskTimeoutError` or `APIUserAbortError`. Iterate it for progress snapshots.
   * @param id The task id returned by the submit.
   * @param options `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
   * @returns A `TaskRun` (promise of the final snapshot, async iterable of snapshots).
   * @example
   * ```ts
   * for await (const snapshot of client.runway.tasks.waitFor('task-id')) {
   *   console.log(snapshot.state, snapshot.progress);
   * }
   * ```
   */
    waitFor(id: string, options?: WaitOptions<RunwayTasksRetrieveResponse, TaskResultAt<RunwayTasksRetrieveResponse, '/output'>>): TaskRun<RunwayTasksRetrieveResponse, TaskResultAt<RunwayTasksRetrieveResponse, '/output'>>;
}
