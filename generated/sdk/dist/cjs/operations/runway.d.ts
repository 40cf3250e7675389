import { type APIPromise, type BaseClient, type RequestOptions } from '../core/index.js';
import type { components } from '../schema.js';
/** Parameters of `client.runway.imageToVideo.create()` (runwayCreateImageToVideo). */
export type RunwayImageToVideoCreateParams = components['schemas']['RunwayImageToVideoRequest'] & { /** Runway API version. Required by Runway itself; the relay may set it for you. */ "X-Runway-Version"?: string; };
/** Success body of `client.runway.imageToVideo.create()` (runwayCreateImageToVideo). */
export type RunwayImageToVideoCreateResponse = components['schemas']['RunwayTaskCreated'];
/** Error bodies of `client.runway.imageToVideo.create()`: read them from `APIError<RunwayImageToVideoCreateErrorBody>`'s `error`. */
export type RunwayImageToVideoCreateErrorBody = components['schemas']['RelayErrorEnvelope'];
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
export declare function runwayImageToVideoCreate(client: BaseClient, params: RunwayImageToVideoCreateParams, options?: RequestOptions): APIPromise<RunwayImageToVideoCreateResponse>;
/** Parameters of `client.runway.tasks.retrieve()` (runwayGetTask). */
export type RunwayTasksRetrieveParams = { /** Runway API version. Required by Runway itself; the relay may set it for you. */ "X-Runway-Version"?: string; };
/** Success body of `client.runway.tasks.retrieve()` (runwayGetTask). */
export type RunwayTasksRetrieveResponse = components['schemas']['RunwayTask'];
/** Error bodies of `client.runway.tasks.retrieve()`: read them from `APIError<RunwayTasksRetrieveErrorBody>`'s `error`. */
export type RunwayTasksRetrieveErrorBody = components['schemas']['RelayErrorEnvelope'];
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
export declare function runwayTasksRetrieve(client: BaseClient, id: string, params?: RunwayTasksRetrieveParams, options?: RequestOptions): APIPromise<RunwayTasksRetrieveResponse>;
