import { type BaseClient, type TaskDescriptor, type TaskResultAt, type TaskRun, type TaskSnapshot, type WaitOptions } from './core/index.js';
import { type RenderTasksCreateParams, type RenderTasksRetrieveResponse } from './operations/render.js';
/** How to poll a Render task with `getRenderTask` and read its state (from the spec's `x-task-families.render`). */
export declare const renderTasksRetrieveTask: TaskDescriptor<RenderTasksRetrieveResponse, TaskResultAt<RenderTasksRetrieveResponse, '/output'>>;
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
export declare function renderTasksRetrieveUntilDone(client: BaseClient, id: string, options?: WaitOptions<RenderTasksRetrieveResponse, TaskResultAt<RenderTasksRetrieveResponse, '/output'>>): TaskRun<RenderTasksRetrieveResponse, TaskResultAt<RenderTasksRetrieveResponse, '/output'>>;
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
export declare function parseRenderCallback(body: unknown): TaskSnapshot<RenderTasksRetrieveResponse, TaskResultAt<RenderTasksRetrieveResponse, '/output'>>;
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
export declare function renderTasksCreateAndWait(client: BaseClient, params: RenderTasksCreateParams, options?: WaitOptions<RenderTasksRetrieveResponse, TaskResultAt<RenderTasksRetrieveResponse, '/output'>>): TaskRun<RenderTasksRetrieveResponse, TaskResultAt<RenderTasksRetrieveResponse, '/output'>>;
