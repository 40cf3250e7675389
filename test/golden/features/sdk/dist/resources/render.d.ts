import { type APIPromise, APIResource, type RequestOptions, type TaskResultAt, type TaskRun, type TaskSnapshot, type WaitOptions } from '../core/index.js';
import { type RenderTasksCancelResponse, type RenderTasksCreateParams, type RenderTasksCreateResponse, type RenderTasksListParams, type RenderTasksListResponse, type RenderTasksRetrieveResponse } from '../operations/render.js';
/** Render (渲染): Submit-then-poll render tasks. */
export declare class Render extends APIResource {
    /** Render (渲染): Submit-then-poll render tasks. */
    readonly tasks: RenderTasks;
}
/** Render (渲染): Submit-then-poll render tasks. */
export declare class RenderTasks extends APIResource {
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
    cancel(task_id: string, options?: RequestOptions): APIPromise<RenderTasksCancelResponse>;
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
    create(params: RenderTasksCreateParams, options?: RequestOptions): APIPromise<RenderTasksCreateResponse>;
    /**
     * Submits the task, then polls it until it succeeds (resolves with the final snapshot), fails (`TaskFailedError`), is cancelled (`TaskCancelledError`) or runs out of time (`TaskTimeoutError`). Also an async iterable of progress snapshots.
     *
     * Submit a render task
     *
     * Starts a paid render; poll it with `getRenderTask`.
     *
     * `POST /render/tasks` — Not re-sent automatically once it may have reached the server (it can start paid work).
     * @param params Query/header parameters and the request body.
     * @param options Wait options: `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
     * @returns A `TaskRun`: await it for the final snapshot (`result`, `results`, raw `task`), or iterate it for snapshots.
     * @example
     * ```ts
     * const task = await client.render.tasks.createAndWait({
     *   prompt: 'a cat in a hat',
     *   size: '512x512',
     * }, { onProgress: (s) => console.log(s.state, s.progress) });
     * console.log(task.result);
     * ```
     */
    createAndWait(params: RenderTasksCreateParams, options?: WaitOptions<RenderTasksRetrieveResponse, TaskResultAt<RenderTasksRetrieveResponse, '/output'>>): TaskRun<RenderTasksRetrieveResponse, TaskResultAt<RenderTasksRetrieveResponse, '/output'>>;
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
    list(params?: RenderTasksListParams, options?: RequestOptions): APIPromise<RenderTasksListResponse>;
    /**
     * Reads a Render task callback (`notifyHook` of `client.render.tasks.create()`): the request the API sends to your URL on each status change.
     * Returns the snapshot `waitFor` yields, its state mapped from the vendor status; throws `CallbackPayloadError` when the body is not JSON or not such a task (answer with a 400). Extra fields and unknown status values are let through.
     * @param body The request body: its text (`await request.text()`), bytes, or the parsed JSON.
     * @returns A `TaskSnapshot`: `id`, `state`, `progress`, `vendorStatus`, the raw `task`, `result`/`results` once succeeded, `reason` once failed.
     * @example
     * ```ts
     * export async function POST(request: Request): Promise<Response> {
     *   const snapshot = client.render.tasks.parseCallback(await request.text());
     *   console.log(snapshot.id, snapshot.state, snapshot.result);
     *   return new Response(null, { status: 204 });
     * }
     * ```
     */
    parseCallback(body: unknown): TaskSnapshot<RenderTasksRetrieveResponse, TaskResultAt<RenderTasksRetrieveResponse, '/output'>>;
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
    retrieve(task_id: string, options?: RequestOptions): APIPromise<RenderTasksRetrieveResponse>;
    /**
     * Waits for an existing Render task to end, polling `GET /render/tasks/{task_id}`.
     * Resolves with the final snapshot; rejects with `TaskFailedError`, `TaskCancelledError`, `TaskTimeoutError` or `APIUserAbortError`. Iterate it for progress snapshots.
     * @param id The task id returned by the submit.
     * @param options `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
     * @returns A `TaskRun` (promise of the final snapshot, async iterable of snapshots).
     * @example
     * ```ts
     * for await (const snapshot of client.render.tasks.waitFor('task-id')) {
     *   console.log(snapshot.state, snapshot.progress);
     * }
     * ```
     */
    waitFor(id: string, options?: WaitOptions<RenderTasksRetrieveResponse, TaskResultAt<RenderTasksRetrieveResponse, '/output'>>): TaskRun<RenderTasksRetrieveResponse, TaskResultAt<RenderTasksRetrieveResponse, '/output'>>;
}
