import { type BaseClient, type TaskDescriptor, type TaskRun, type WaitOptions } from './core/index.js';
import { type RenderTasksCreateParams, type RenderTasksRetrieveResponse } from './operations/render.js';
/** How to poll a Render task with `getRenderTask` and read its state (from the spec's `x-task-families.render`). */
export declare const renderTasksRetrieveTask: TaskDescriptor<RenderTasksRetrieveResponse>;
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
export declare function renderTasksRetrieveUntilDone(client: BaseClient, id: string, options?: WaitOptions<RenderTasksRetrieveResponse>): TaskRun<RenderTasksRetrieveResponse>;
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
export declare function renderTasksCreateAndWait(client: BaseClient, params: RenderTasksCreateParams, options?: WaitOptions<RenderTasksRetrieveResponse>): TaskRun<RenderTasksRetrieveResponse>;
