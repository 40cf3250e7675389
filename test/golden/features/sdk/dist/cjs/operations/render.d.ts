import type { APIPromise, BaseClient, RequestOptions } from '../core/index.js';
import type { paths } from '../schema.js';
/** Parameters of `client.render.tasks.list()` (listRenderTasks). */
export type RenderTasksListParams = {
    status?: NonNullable<paths['/render/tasks']['get']['parameters']['query']>['status'];
    limit?: NonNullable<paths['/render/tasks']['get']['parameters']['query']>['limit'];
};
/** Success body of `client.render.tasks.list()` (listRenderTasks). */
export type RenderTasksListResponse = paths['/render/tasks']['get']['responses']['200']['content']['application/json'];
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
export type RenderTasksCreateParams = NonNullable<paths['/render/tasks']['post']['requestBody']>['content']['application/json'];
/** Success body of `client.render.tasks.create()` (submitRender). */
export type RenderTasksCreateResponse = paths['/render/tasks']['post']['responses']['200']['content']['application/json'];
/** Error bodies of `client.render.tasks.create()`: read them from `APIError<RenderTasksCreateErrorBody>`'s `error`. */
export type RenderTasksCreateErrorBody = paths['/render/tasks']['post']['responses']['400']['content']['application/json'] | paths['/render/tasks']['post']['responses']['401']['content']['application/json'];
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
export type RenderTasksRetrieveResponse = paths['/render/tasks/{task_id}']['get']['responses']['200']['content']['application/json'];
/** Error bodies of `client.render.tasks.retrieve()`: read them from `APIError<RenderTasksRetrieveErrorBody>`'s `error`. */
export type RenderTasksRetrieveErrorBody = paths['/render/tasks/{task_id}']['get']['responses']['404']['content']['application/json'];
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
export declare function renderTasksRetrieve(client: BaseClient, task_id: paths['/render/tasks/{task_id}']['get']['parameters']['path']['task_id'], options?: RequestOptions): APIPromise<RenderTasksRetrieveResponse>;
/** Success body of `client.render.tasks.cancel()` (cancelRenderTask). */
export type RenderTasksCancelResponse = paths['/render/tasks/{task_id}/cancel']['post']['responses']['200']['content']['application/json'];
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
export declare function renderTasksCancel(client: BaseClient, task_id: paths['/render/tasks/{task_id}/cancel']['post']['parameters']['path']['task_id'], options?: RequestOptions): APIPromise<RenderTasksCancelResponse>;
