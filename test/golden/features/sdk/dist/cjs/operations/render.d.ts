import type { APIPromise, BaseClient, RequestOptions } from '../core/index.js';
import type { components } from '../schema.js';
/** Parameters of `client.render.tasks.list()` (listRenderTasks). */
export type RenderTasksListParams = {
    status?: 'waiting' | 'working' | 'done' | 'error' | 'stopped';
    limit?: number;
};
/** Success body of `client.render.tasks.list()` (listRenderTasks). */
export type RenderTasksListResponse = components['schemas']['RenderTask'][];
/**
 * List render tasks
 *
 * `GET /render/tasks` — Retried automatically on connection errors, 408, 409, 429 and 5xx.
 * @param params Query/header parameters.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `RenderTasksListResponse` body.
 * @example
 * ```ts
 * const result = await client.render.tasks.list();
 * ```
 */
export declare function renderTasksList(client: BaseClient, params?: RenderTasksListParams, options?: RequestOptions): APIPromise<RenderTasksListResponse>;
/** Parameters of `client.render.tasks.create()` (submitRender). */
export type RenderTasksCreateParams = {
    /** What to render. */
    prompt: string;
    size?: '512x512' | '1024x1024';
    /** URL that receives the task on every status change. */
    notifyHook?: string;
};
/** Success body of `client.render.tasks.create()` (submitRender). */
export type RenderTasksCreateResponse = {
    id: string;
};
/** Error bodies of `client.render.tasks.create()`: read them from `APIError<RenderTasksCreateErrorBody>`'s `error`. */
export type RenderTasksCreateErrorBody = components['schemas']['ErrorEnvelope'] | components['schemas']['ErrorEnvelope'];
/**
 * Submit a render task
 *
 * Starts a paid render; poll it with `getRenderTask`.
 *
 * `POST /render/tasks` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `RenderTasksCreateResponse` body.
 * @example
 * ```ts
 * const result = await client.render.tasks.create({
 *   prompt: 'a cat in a hat',
 *   size: '512x512',
 * });
 * ```
 */
export declare function renderTasksCreate(client: BaseClient, params: RenderTasksCreateParams, options?: RequestOptions): APIPromise<RenderTasksCreateResponse>;
/** Success body of `client.render.tasks.retrieve()` (getRenderTask). */
export type RenderTasksRetrieveResponse = components['schemas']['RenderTask'];
/** Error bodies of `client.render.tasks.retrieve()`: read them from `APIError<RenderTasksRetrieveErrorBody>`'s `error`. */
export type RenderTasksRetrieveErrorBody = components['schemas']['ErrorEnvelope'];
/**
 * Get a render task
 *
 * `GET /render/tasks/{task_id}` — Retried automatically on connection errors, 408, 409, 429 and 5xx.
 * @param task_id The `task_id` path parameter.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `RenderTasksRetrieveResponse` body.
 * @example
 * ```ts
 * const result = await client.render.tasks.retrieve('task_123');
 * ```
 */
export declare function renderTasksRetrieve(client: BaseClient, task_id: string, options?: RequestOptions): APIPromise<RenderTasksRetrieveResponse>;
/** Success body of `client.render.tasks.cancel()` (cancelRenderTask). */
export type RenderTasksCancelResponse = components['schemas']['RenderTask'];
/**
 * Cancel a render task
 *
 * `POST /render/tasks/{task_id}/cancel` — Retried automatically on connection errors, 408, 409, 429 and 5xx.
 * @param task_id The `task_id` path parameter.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `RenderTasksCancelResponse` body.
 * @example
 * ```ts
 * const result = await client.render.tasks.cancel('task_123');
 * ```
 */
export declare function renderTasksCancel(client: BaseClient, task_id: string, options?: RequestOptions): APIPromise<RenderTasksCancelResponse>;
