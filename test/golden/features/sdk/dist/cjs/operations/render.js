"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderTasksList = renderTasksList;
exports.renderTasksCreate = renderTasksCreate;
exports.renderTasksRetrieve = renderTasksRetrieve;
exports.renderTasksCancel = renderTasksCancel;
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
function renderTasksList(client, params, options) {
    return client.request({
        method: 'get',
        path: '/render/tasks',
        operationId: 'listRenderTasks',
        query: { status: params?.status, limit: params?.limit },
        retry: 'safe',
        auth: 'bearerAuth',
        as: 'json',
    }, options);
}
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
function renderTasksCreate(client, params, options) {
    return client.request({
        method: 'post',
        path: '/render/tasks',
        operationId: 'submitRender',
        body: { kind: 'json', mediaType: 'application/json', value: params },
        retry: 'unsafe',
        auth: 'bearerAuth',
        as: 'json',
    }, options);
}
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
function renderTasksRetrieve(client, task_id, options) {
    return client.request({
        method: 'get',
        path: '/render/tasks/{task_id}',
        operationId: 'getRenderTask',
        pathParams: { task_id: task_id },
        retry: 'safe',
        auth: 'bearerAuth',
        as: 'json',
    }, options);
}
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
function renderTasksCancel(client, task_id, options) {
    return client.request({
        method: 'post',
        path: '/render/tasks/{task_id}/cancel',
        operationId: 'cancelRenderTask',
        pathParams: { task_id: task_id },
        retry: 'safe',
        auth: 'bearerAuth',
        as: 'json',
    }, options);
}
