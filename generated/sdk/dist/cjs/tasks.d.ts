import { type BaseClient, type TaskDescriptor, type TaskResultAt, type TaskRun, type TaskSnapshot, type WaitOptions } from './core/index.js';
import { type FluxDevCreateParams, type FluxPro11CreateParams, type FluxProCreateParams, type FluxTasksRetrieveResponse } from './operations/flux.js';
import { type IdeogramWebImagesGenerateParams, type IdeogramWebImagesRemixParams, type IdeogramWebImagesUpscaleParams, type IdeogramWebTasksRetrieveResponse } from './operations/ideogramWeb.js';
import { type KlingImagesGenerationsCreateParams, type KlingImagesGenerationsRetrieveResponse, type KlingVideosImage2videoCreateParams, type KlingVideosImage2videoRetrieveResponse, type KlingVideosText2videoCreateParams, type KlingVideosText2videoRetrieveResponse } from './operations/kling.js';
import { type LumaGenerationsCreateParams, type LumaGenerationsExtendParams, type LumaGenerationsRetrieveResponse } from './operations/luma.js';
import { type MidjourneyInsightFaceSwapParams, type MidjourneySubmitActionParams, type MidjourneySubmitBlendParams, type MidjourneySubmitDescribeParams, type MidjourneySubmitImagineParams, type MidjourneySubmitModalParams, type MidjourneySubmitShortenParams, type MidjourneyTasksRetrieveResponse } from './operations/midjourney.js';
import { type RunwayImageToVideoCreateParams, type RunwayTasksRetrieveResponse } from './operations/runway.js';
import { type SunoV30MusicConcatParams, type SunoV30MusicCreateParams, type SunoV30MusicRetrieveResponse, type SunoV35MusicCreateParams, type SunoV35MusicRetrieveResponse } from './operations/suno.js';
/** How to poll a Flux generation with `fluxGetResult` and read its state (from the spec's `x-task-families.flux`). */
export declare const fluxTasksRetrieveTask: TaskDescriptor<FluxTasksRetrieveResponse, TaskResultAt<FluxTasksRetrieveResponse, '/result/sample'>>;
/**
 * Waits for an existing Flux generation to end, polling `GET /flux/v1/get_result`.
 * Resolves with the final snapshot; rejects with `TaskFailedError`, `TaskCancelledError`, `TaskTimeoutError` or `APIUserAbortError`. Iterate it for progress snapshots.
 * @param id The task id returned by the submit.
 * @param options `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
 * @returns A `TaskRun` (promise of the final snapshot, async iterable of snapshots).
 * @example
 * ```ts
 * for await (const snapshot of client.flux.tasks.waitFor('task-id')) {
 *   console.log(snapshot.state, snapshot.progress);
 * }
 * ```
 */
export declare function fluxTasksRetrieveUntilDone(client: BaseClient, id: string, options?: WaitOptions<FluxTasksRetrieveResponse, TaskResultAt<FluxTasksRetrieveResponse, '/result/sample'>>): TaskRun<FluxTasksRetrieveResponse, TaskResultAt<FluxTasksRetrieveResponse, '/result/sample'>>;
/** How to poll a Ideogram web-app generation with `ideogramWebGetTask` and read its state (from the spec's `x-task-families.ideogram-web`). */
export declare const ideogramWebTasksRetrieveTask: TaskDescriptor<IdeogramWebTasksRetrieveResponse, TaskResultAt<IdeogramWebTasksRetrieveResponse, '/sampling_requests/0/responses'>>;
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
export declare function ideogramWebTasksRetrieveUntilDone(client: BaseClient, id: string, options?: WaitOptions<IdeogramWebTasksRetrieveResponse, TaskResultAt<IdeogramWebTasksRetrieveResponse, '/sampling_requests/0/responses'>>): TaskRun<IdeogramWebTasksRetrieveResponse, TaskResultAt<IdeogramWebTasksRetrieveResponse, '/sampling_requests/0/responses'>>;
/** How to poll a Kling task with `klingGetImageGenerationTask` and read its state (from the spec's `x-task-families.kling`). */
export declare const klingImagesGenerationsRetrieveTask: TaskDescriptor<KlingImagesGenerationsRetrieveResponse, TaskResultAt<KlingImagesGenerationsRetrieveResponse, '/data/task_result/images'>>;
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
export declare function klingImagesGenerationsRetrieveUntilDone(client: BaseClient, id: string, options?: WaitOptions<KlingImagesGenerationsRetrieveResponse, TaskResultAt<KlingImagesGenerationsRetrieveResponse, '/data/task_result/images'>>): TaskRun<KlingImagesGenerationsRetrieveResponse, TaskResultAt<KlingImagesGenerationsRetrieveResponse, '/data/task_result/images'>>;
/** How to poll a Kling task with `klingGetImage2VideoTask` and read its state (from the spec's `x-task-families.kling`). */
export declare const klingVideosImage2videoRetrieveTask: TaskDescriptor<KlingVideosImage2videoRetrieveResponse, TaskResultAt<KlingVideosImage2videoRetrieveResponse, '/data/task_result/videos'>>;
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
export declare function klingVideosImage2videoRetrieveUntilDone(client: BaseClient, id: string, options?: WaitOptions<KlingVideosImage2videoRetrieveResponse, TaskResultAt<KlingVideosImage2videoRetrieveResponse, '/data/task_result/videos'>>): TaskRun<KlingVideosImage2videoRetrieveResponse, TaskResultAt<KlingVideosImage2videoRetrieveResponse, '/data/task_result/videos'>>;
/** How to poll a Kling task with `klingGetText2VideoTask` and read its state (from the spec's `x-task-families.kling`). */
export declare const klingVideosText2videoRetrieveTask: TaskDescriptor<KlingVideosText2videoRetrieveResponse, TaskResultAt<KlingVideosText2videoRetrieveResponse, '/data/task_result/videos'>>;
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
export declare function klingVideosText2videoRetrieveUntilDone(client: BaseClient, id: string, options?: WaitOptions<KlingVideosText2videoRetrieveResponse, TaskResultAt<KlingVideosText2videoRetrieveResponse, '/data/task_result/videos'>>): TaskRun<KlingVideosText2videoRetrieveResponse, TaskResultAt<KlingVideosText2videoRetrieveResponse, '/data/task_result/videos'>>;
/** How to poll a Luma video generation with `lumaGetGeneration` and read its state (from the spec's `x-task-families.luma`). */
export declare const lumaGenerationsRetrieveTask: TaskDescriptor<LumaGenerationsRetrieveResponse, TaskResultAt<LumaGenerationsRetrieveResponse, '/video/url'>>;
/**
 * Waits for an existing Luma video generation to end, polling `GET /luma/generations/{task_id}`.
 * Resolves with the final snapshot; rejects with `TaskFailedError`, `TaskCancelledError`, `TaskTimeoutError` or `APIUserAbortError`. Iterate it for progress snapshots.
 * @param id The task id returned by the submit.
 * @param options `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
 * @returns A `TaskRun` (promise of the final snapshot, async iterable of snapshots).
 * @example
 * ```ts
 * for await (const snapshot of client.luma.generations.waitFor('task-id')) {
 *   console.log(snapshot.state, snapshot.progress);
 * }
 * ```
 */
export declare function lumaGenerationsRetrieveUntilDone(client: BaseClient, id: string, options?: WaitOptions<LumaGenerationsRetrieveResponse, TaskResultAt<LumaGenerationsRetrieveResponse, '/video/url'>>): TaskRun<LumaGenerationsRetrieveResponse, TaskResultAt<LumaGenerationsRetrieveResponse, '/video/url'>>;
/**
 * Reads a Luma video generation callback (`notifyHook` of `client.luma.generations.create()`, `notifyHook` of `client.luma.generations.extend()`): the request the API sends to your URL on each status change.
 * Returns the snapshot `waitFor` yields, its state mapped from the vendor status; throws `CallbackPayloadError` when the body is not JSON or not such a task (answer with a 400). Extra fields and unknown status values are let through.
 * @param body The request body: its text (`await request.text()`), bytes, or the parsed JSON.
 * @returns A `TaskSnapshot`: `id`, `state`, `progress`, `vendorStatus`, the raw `task`, `result`/`results` once succeeded, `reason` once failed.
 * @example
 * ```ts
 * export async function POST(request: Request): Promise<Response> {
 *   const snapshot = client.luma.generations.parseCallback(await request.text());
 *   console.log(snapshot.id, snapshot.state, snapshot.result);
 *   return new Response(null, { status: 204 });
 * }
 * ```
 */
export declare function parseLumaCallback(body: unknown): TaskSnapshot<LumaGenerationsRetrieveResponse, TaskResultAt<LumaGenerationsRetrieveResponse, '/video/url'>>;
/** How to poll a Midjourney task with `mjFetchTask` and read its state (from the spec's `x-task-families.midjourney`). */
export declare const midjourneyTasksRetrieveTask: TaskDescriptor<MidjourneyTasksRetrieveResponse, TaskResultAt<MidjourneyTasksRetrieveResponse, '/imageUrl'>>;
/**
 * Waits for an existing Midjourney task to end, polling `GET /mj/task/{id}/fetch`.
 * Resolves with the final snapshot; rejects with `TaskFailedError`, `TaskCancelledError`, `TaskTimeoutError` or `APIUserAbortError`. Iterate it for progress snapshots.
 * @param id The task id returned by the submit.
 * @param options `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
 * @returns A `TaskRun` (promise of the final snapshot, async iterable of snapshots).
 * @example
 * ```ts
 * for await (const snapshot of client.midjourney.tasks.waitFor('task-id')) {
 *   console.log(snapshot.state, snapshot.progress);
 * }
 * ```
 */
export declare function midjourneyTasksRetrieveUntilDone(client: BaseClient, id: string, options?: WaitOptions<MidjourneyTasksRetrieveResponse, TaskResultAt<MidjourneyTasksRetrieveResponse, '/imageUrl'>>): TaskRun<MidjourneyTasksRetrieveResponse, TaskResultAt<MidjourneyTasksRetrieveResponse, '/imageUrl'>>;
/**
 * Reads a Midjourney task callback (`notifyHook` of `client.midjourney.insightFace.swap()`, `notifyHook` of `client.midjourney.submit.action()`, `notifyHook` of `client.midjourney.submit.blend()`, …): the request the API sends to your URL on each status change.
 * Returns the snapshot `waitFor` yields, its state mapped from the vendor status; throws `CallbackPayloadError` when the body is not JSON or not such a task (answer with a 400). Extra fields and unknown status values are let through.
 * @param body The request body: its text (`await request.text()`), bytes, or the parsed JSON.
 * @returns A `TaskSnapshot`: `id`, `state`, `progress`, `vendorStatus`, the raw `task`, `result`/`results` once succeeded, `reason` once failed.
 * @example
 * ```ts
 * export async function POST(request: Request): Promise<Response> {
 *   const snapshot = client.midjourney.tasks.parseCallback(await request.text());
 *   console.log(snapshot.id, snapshot.state, snapshot.result);
 *   return new Response(null, { status: 204 });
 * }
 * ```
 */
export declare function parseMidjourneyCallback(body: unknown): TaskSnapshot<MidjourneyTasksRetrieveResponse, TaskResultAt<MidjourneyTasksRetrieveResponse, '/imageUrl'>>;
/** How to poll a Runway task with `runwayGetTask` and read its state (from the spec's `x-task-families.runway`). */
export declare const runwayTasksRetrieveTask: TaskDescriptor<RunwayTasksRetrieveResponse, TaskResultAt<RunwayTasksRetrieveResponse, '/output'>>;
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
export declare function runwayTasksRetrieveUntilDone(client: BaseClient, id: string, options?: WaitOptions<RunwayTasksRetrieveResponse, TaskResultAt<RunwayTasksRetrieveResponse, '/output'>>): TaskRun<RunwayTasksRetrieveResponse, TaskResultAt<RunwayTasksRetrieveResponse, '/output'>>;
/** How to poll a Suno v3.0 music task with `sunoV30GetMusic` and read its state (from the spec's `x-task-families.suno-v30`). */
export declare const sunoV30MusicRetrieveTask: TaskDescriptor<SunoV30MusicRetrieveResponse, TaskResultAt<SunoV30MusicRetrieveResponse, '/data/clips'>>;
/**
 * Waits for an existing Suno v3.0 music task to end, polling `GET /suno/v1/v3.0/music/{task_id}`.
 * Resolves with the final snapshot; rejects with `TaskFailedError`, `TaskCancelledError`, `TaskTimeoutError` or `APIUserAbortError`. Iterate it for progress snapshots.
 * @param id The task id returned by the submit.
 * @param options `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
 * @returns A `TaskRun` (promise of the final snapshot, async iterable of snapshots).
 * @example
 * ```ts
 * for await (const snapshot of client.suno.v30.music.waitFor('task-id')) {
 *   console.log(snapshot.state, snapshot.progress);
 * }
 * ```
 */
export declare function sunoV30MusicRetrieveUntilDone(client: BaseClient, id: string, options?: WaitOptions<SunoV30MusicRetrieveResponse, TaskResultAt<SunoV30MusicRetrieveResponse, '/data/clips'>>): TaskRun<SunoV30MusicRetrieveResponse, TaskResultAt<SunoV30MusicRetrieveResponse, '/data/clips'>>;
/** How to poll a Suno v3.5 music task with `sunoV35GetMusic` and read its state (from the spec's `x-task-families.suno-v35`). */
export declare const sunoV35MusicRetrieveTask: TaskDescriptor<SunoV35MusicRetrieveResponse, TaskResultAt<SunoV35MusicRetrieveResponse, '/data/clips'>>;
/**
 * Waits for an existing Suno v3.5 music task to end, polling `GET /suno/v1/music/{task_id}`.
 * Resolves with the final snapshot; rejects with `TaskFailedError`, `TaskCancelledError`, `TaskTimeoutError` or `APIUserAbortError`. Iterate it for progress snapshots.
 * @param id The task id returned by the submit.
 * @param options `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
 * @returns A `TaskRun` (promise of the final snapshot, async iterable of snapshots).
 * @example
 * ```ts
 * for await (const snapshot of client.suno.v35.music.waitFor('task-id')) {
 *   console.log(snapshot.state, snapshot.progress);
 * }
 * ```
 */
export declare function sunoV35MusicRetrieveUntilDone(client: BaseClient, id: string, options?: WaitOptions<SunoV35MusicRetrieveResponse, TaskResultAt<SunoV35MusicRetrieveResponse, '/data/clips'>>): TaskRun<SunoV35MusicRetrieveResponse, TaskResultAt<SunoV35MusicRetrieveResponse, '/data/clips'>>;
/**
 * Submits the task, then polls it until it succeeds (resolves with the final snapshot), fails (`TaskFailedError`), is cancelled (`TaskCancelledError`) or runs out of time (`TaskTimeoutError`). Also an async iterable of progress snapshots.
 *
 * Submit a face-swap task
 *
 * Replaces the face in `targetBase64` with the face from `sourceBase64` (InsightFace). Returns a
 * task id in `result`; poll `GET /mj/task/{id}/fetch` until `status` is `SUCCESS` (the task has
 * `action: SWAP_FACE` and the swapped image in `imageUrl`). Pass `notifyHook` to be called back on every status change.
 *
 * `POST /mj/insight-face/swap` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Wait options: `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
 * @returns A `TaskRun`: await it for the final snapshot (`result`, `results`, raw `task`), or iterate it for snapshots.
 * @example
 * ```ts
 * const task = await client.midjourney.insightFace.swapAndWait({
 *   sourceBase64: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
 *   targetBase64: 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==',
 *   notifyHook: 'https://hooks.example.com/mj/callback',
 *   state: 'user-4711',
 * }, { onProgress: (s) => console.log(s.state, s.progress) });
 * console.log(task.result);
 * ```
 * @see E08 提交swap_face任务 (Submit an InsightFace face-swap task)
 */
export declare function midjourneyInsightFaceSwapAndWait(client: BaseClient, params: MidjourneyInsightFaceSwapParams, options?: WaitOptions<MidjourneyTasksRetrieveResponse, TaskResultAt<MidjourneyTasksRetrieveResponse, '/imageUrl'>>): TaskRun<MidjourneyTasksRetrieveResponse, TaskResultAt<MidjourneyTasksRetrieveResponse, '/imageUrl'>>;
/**
 * Submits the task, then polls it until it succeeds (resolves with the final snapshot), fails (`TaskFailedError`), is cancelled (`TaskCancelledError`) or runs out of time (`TaskTimeoutError`). Also an async iterable of progress snapshots.
 *
 * Run a button of a task (upscale, variation, zoom ...)
 *
 * Presses one of the `buttons` of a finished task: pass the parent `taskId` and the button's
 * `customId` (e.g. `MJ::JOB::upsample::1::<hash>` for U1). This creates a new task; poll it with
 * `GET /mj/task/{id}/fetch`. Some buttons (custom zoom, vary region with remix) put the new task
 * in `MODAL` status; finish it with `POST /mj/submit/modal`. Pass `notifyHook` to be called back on every status change.
 *
 * `POST /mj/submit/action` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Wait options: `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
 * @returns A `TaskRun`: await it for the final snapshot (`result`, `results`, raw `task`), or iterate it for snapshots.
 * @example
 * ```ts
 * const task = await client.midjourney.submit.actionAndWait({
 *   customId: 'MJ::JOB::upsample::1::8a1c2e4f-5b7d-4e3a-9f10-2c6b7d8e9a01',
 *   taskId: '1730621718151844',
 *   notifyHook: 'https://hooks.example.com/mj/callback',
 * }, { onProgress: (s) => console.log(s.state, s.progress) });
 * console.log(task.result);
 * ```
 * @see E09 执行动作 (Run an action (button))
 */
export declare function midjourneySubmitActionAndWait(client: BaseClient, params: MidjourneySubmitActionParams, options?: WaitOptions<MidjourneyTasksRetrieveResponse, TaskResultAt<MidjourneyTasksRetrieveResponse, '/imageUrl'>>): TaskRun<MidjourneyTasksRetrieveResponse, TaskResultAt<MidjourneyTasksRetrieveResponse, '/imageUrl'>>;
/**
 * Submits the task, then polls it until it succeeds (resolves with the final snapshot), fails (`TaskFailedError`), is cancelled (`TaskCancelledError`) or runs out of time (`TaskTimeoutError`). Also an async iterable of progress snapshots.
 *
 * Submit a Blend task
 *
 * Mixes 2 to 5 images (data URIs in `base64Array`) into a new image grid; `dimensions` picks
 * the ratio. Returns a task id in `result`; poll `GET /mj/task/{id}/fetch`. Pass `notifyHook` to be called back on every status change.
 *
 * `POST /mj/submit/blend` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Wait options: `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
 * @returns A `TaskRun`: await it for the final snapshot (`result`, `results`, raw `task`), or iterate it for snapshots.
 * @example
 * ```ts
 * const task = await client.midjourney.submit.blendAndWait({
 *   base64Array: [
 *     'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
 *     'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
 *   ],
 *   dimensions: 'SQUARE',
 *   botType: 'MID_JOURNEY',
 * }, { onProgress: (s) => console.log(s.state, s.progress) });
 * console.log(task.result);
 * ```
 * @see E10 提交Blend任务 (Submit a Blend task)
 */
export declare function midjourneySubmitBlendAndWait(client: BaseClient, params: MidjourneySubmitBlendParams, options?: WaitOptions<MidjourneyTasksRetrieveResponse, TaskResultAt<MidjourneyTasksRetrieveResponse, '/imageUrl'>>): TaskRun<MidjourneyTasksRetrieveResponse, TaskResultAt<MidjourneyTasksRetrieveResponse, '/imageUrl'>>;
/**
 * Submits the task, then polls it until it succeeds (resolves with the final snapshot), fails (`TaskFailedError`), is cancelled (`TaskCancelledError`) or runs out of time (`TaskTimeoutError`). Also an async iterable of progress snapshots.
 *
 * Submit a Describe task
 *
 * Asks Midjourney for four prompts that describe an image (`base64`, a data URI). Returns a task
 * id; when the task (`action: DESCRIBE`) succeeds, the prompts are in `promptEn` / `prompt`.
 * Pass `notifyHook` to be called back on every status change.
 *
 * `POST /mj/submit/describe` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Wait options: `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
 * @returns A `TaskRun`: await it for the final snapshot (`result`, `results`, raw `task`), or iterate it for snapshots.
 * @example
 * ```ts
 * const task = await client.midjourney.submit.describeAndWait({
 *   base64: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
 *   botType: 'MID_JOURNEY',
 * }, { onProgress: (s) => console.log(s.state, s.progress) });
 * console.log(task.result);
 * ```
 * @see E11 提交Describe任务 (Submit a Describe task)
 */
export declare function midjourneySubmitDescribeAndWait(client: BaseClient, params: MidjourneySubmitDescribeParams, options?: WaitOptions<MidjourneyTasksRetrieveResponse, TaskResultAt<MidjourneyTasksRetrieveResponse, '/imageUrl'>>): TaskRun<MidjourneyTasksRetrieveResponse, TaskResultAt<MidjourneyTasksRetrieveResponse, '/imageUrl'>>;
/**
 * Submits the task, then polls it until it succeeds (resolves with the final snapshot), fails (`TaskFailedError`), is cancelled (`TaskCancelledError`) or runs out of time (`TaskTimeoutError`). Also an async iterable of progress snapshots.
 *
 * Submit an Imagine task
 *
 * Text (optionally plus reference images in `base64Array`) to a 2×2 image grid. Midjourney
 * parameters go inside `prompt` (`--ar 16:9`, `--v 6.0`, `--niji` ...). Returns the task id in
 * `result`; poll `GET /mj/task/{id}/fetch` until `status` is `SUCCESS` (grid in `imageUrl`,
 * follow-ups in `buttons`) or `FAILURE`. Pass `notifyHook` to be called back on every status change. The speed mode can be chosen with `mode` or
 * a path prefix (see the tag description).
 *
 * `POST /mj/submit/imagine` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Wait options: `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
 * @returns A `TaskRun`: await it for the final snapshot (`result`, `results`, raw `task`), or iterate it for snapshots.
 * @example
 * ```ts
 * const task = await client.midjourney.submit.imagineAndWait({
 *   prompt: 'a koi pond in a bamboo forest, ukiyo-e style --ar 16:9 --v 6.0',
 *   botType: 'MID_JOURNEY',
 *   notifyHook: 'https://hooks.example.com/mj/callback',
 *   state: 'order-20241103-0042',
 * }, { onProgress: (s) => console.log(s.state, s.progress) });
 * console.log(task.result);
 * ```
 * @see E12 提交Imagine任务 (Submit an Imagine task)
 */
export declare function midjourneySubmitImagineAndWait(client: BaseClient, params: MidjourneySubmitImagineParams, options?: WaitOptions<MidjourneyTasksRetrieveResponse, TaskResultAt<MidjourneyTasksRetrieveResponse, '/imageUrl'>>): TaskRun<MidjourneyTasksRetrieveResponse, TaskResultAt<MidjourneyTasksRetrieveResponse, '/imageUrl'>>;
/**
 * Submits the task, then polls it until it succeeds (resolves with the final snapshot), fails (`TaskFailedError`), is cancelled (`TaskCancelledError`) or runs out of time (`TaskTimeoutError`). Also an async iterable of progress snapshots.
 *
 * Complete a task waiting in MODAL status
 *
 * Some actions (vary region, custom zoom, remix) stop in `MODAL` status and wait for extra input.
 * Send that task's id as `taskId`, with a new `prompt` and, for vary region, a `maskBase64`. The
 * work continues as a new task id in `result`; poll it with `GET /mj/task/{id}/fetch`.
 * Pass `notifyHook` to be called back on every status change.
 *
 * `POST /mj/submit/modal` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Wait options: `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
 * @returns A `TaskRun`: await it for the final snapshot (`result`, `results`, raw `task`), or iterate it for snapshots.
 * @example
 * ```ts
 * const task = await client.midjourney.submit.modalAndWait({
 *   taskId: '1730622355812093',
 *   prompt: 'a red paper lantern hanging from the branch',
 *   maskBase64: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
 * }, { onProgress: (s) => console.log(s.state, s.progress) });
 * console.log(task.result);
 * ```
 * @see E13 提交Modal (Submit a Modal (complete a MODAL task))
 */
export declare function midjourneySubmitModalAndWait(client: BaseClient, params: MidjourneySubmitModalParams, options?: WaitOptions<MidjourneyTasksRetrieveResponse, TaskResultAt<MidjourneyTasksRetrieveResponse, '/imageUrl'>>): TaskRun<MidjourneyTasksRetrieveResponse, TaskResultAt<MidjourneyTasksRetrieveResponse, '/imageUrl'>>;
/**
 * Submits the task, then polls it until it succeeds (resolves with the final snapshot), fails (`TaskFailedError`), is cancelled (`TaskCancelledError`) or runs out of time (`TaskTimeoutError`). Also an async iterable of progress snapshots.
 *
 * Submit a Shorten task
 *
 * Analyses a prompt and proposes shorter versions. Returns a task id; the finished task
 * (`action: SHORTEN`) lists the suggestions in `description` / `properties` and offers buttons
 * that run them through `POST /mj/submit/action`. Pass `notifyHook` to be called back on every status change.
 *
 * `POST /mj/submit/shorten` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Wait options: `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
 * @returns A `TaskRun`: await it for the final snapshot (`result`, `results`, raw `task`), or iterate it for snapshots.
 * @example
 * ```ts
 * const task = await client.midjourney.submit.shortenAndWait({
 *   prompt: 'a very beautiful and highly detailed photograph of an old lighthouse standing on a rocky cliff above a stormy sea at sunset with dramatic clouds',
 *   botType: 'MID_JOURNEY',
 * }, { onProgress: (s) => console.log(s.state, s.progress) });
 * console.log(task.result);
 * ```
 * @see E14 提交Shorten任务 (Submit a Shorten task)
 */
export declare function midjourneySubmitShortenAndWait(client: BaseClient, params: MidjourneySubmitShortenParams, options?: WaitOptions<MidjourneyTasksRetrieveResponse, TaskResultAt<MidjourneyTasksRetrieveResponse, '/imageUrl'>>): TaskRun<MidjourneyTasksRetrieveResponse, TaskResultAt<MidjourneyTasksRetrieveResponse, '/imageUrl'>>;
/**
 * Submits the task, then polls it until it succeeds (resolves with the final snapshot), fails (`TaskFailedError`), is cancelled (`TaskCancelledError`) or runs out of time (`TaskTimeoutError`). Also an async iterable of progress snapshots.
 *
 * Generate music (v3.0)
 *
 * Starts a Suno v3.0 (`chirp-v3-0`, songs up to about 2 minutes) generation: lyrics mode
 * (`custom_mode: true`) or description mode. Returns `data.task_id`; poll
 * `GET /suno/v1/v3.0/music/{task_id}` until `data.status` is `completed` (audio URLs in
 * `data.clips`) or `failed`. Extend a clip with `input.continue_clip_id` + `continue_at`, then
 * merge with `POST /suno/v1/v3.0/music/concat`.
 *
 * `POST /suno/v1/v3.0/music` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Wait options: `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
 * @returns A `TaskRun`: await it for the final snapshot (`result`, `results`, raw `task`), or iterate it for snapshots.
 * @example
 * ```ts
 * const task = await client.suno.v30.music.createAndWait({
 *   custom_mode: true,
 *   mv: 'chirp-v3-0',
 *   input: {
 *     prompt: '[Verse]\nCity lights in the pouring rain\n[Chorus]\nNeon rain, wash away my pain',
 *     title: 'Neon Rain',
 *     tags: 'synthwave, female vocals',
 *   },
 * }, { onProgress: (s) => console.log(s.state, s.progress) });
 * console.log(task.result);
 * ```
 * @see E31 生成音乐 (Generate music (v3.0))
 */
export declare function sunoV30MusicCreateAndWait(client: BaseClient, params: SunoV30MusicCreateParams, options?: WaitOptions<SunoV30MusicRetrieveResponse, TaskResultAt<SunoV30MusicRetrieveResponse, '/data/clips'>>): TaskRun<SunoV30MusicRetrieveResponse, TaskResultAt<SunoV30MusicRetrieveResponse, '/data/clips'>>;
/**
 * Submits the task, then polls it until it succeeds (resolves with the final snapshot), fails (`TaskFailedError`), is cancelled (`TaskCancelledError`) or runs out of time (`TaskTimeoutError`). Also an async iterable of progress snapshots.
 *
 * Merge an extended clip into a full song (v3.0)
 *
 * After extending a clip one or more times, send the last extension's `clip_id` to get one
 * complete song. Returns `data.task_id`; poll `GET /suno/v1/v3.0/music/{task_id}` like a
 * generation (the merged clip has `metadata.type: concat`).
 *
 * `POST /suno/v1/v3.0/music/concat` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Wait options: `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
 * @returns A `TaskRun`: await it for the final snapshot (`result`, `results`, raw `task`), or iterate it for snapshots.
 * @example
 * ```ts
 * const task = await client.suno.v30.music.concatAndWait({
 *   clip_id: '56ea8da3-8507-4118-9f1e-111111111111',
 * }, { onProgress: (s) => console.log(s.state, s.progress) });
 * console.log(task.result);
 * ```
 * @see E33 合并音乐 (Concat (merge extended clips into a full song))
 */
export declare function sunoV30MusicConcatAndWait(client: BaseClient, params: SunoV30MusicConcatParams, options?: WaitOptions<SunoV30MusicRetrieveResponse, TaskResultAt<SunoV30MusicRetrieveResponse, '/data/clips'>>): TaskRun<SunoV30MusicRetrieveResponse, TaskResultAt<SunoV30MusicRetrieveResponse, '/data/clips'>>;
/**
 * Submits the task, then polls it until it succeeds (resolves with the final snapshot), fails (`TaskFailedError`), is cancelled (`TaskCancelledError`) or runs out of time (`TaskTimeoutError`). Also an async iterable of progress snapshots.
 *
 * Generate music (v3.5)
 *
 * Starts a Suno v3.5 (`chirp-v3-5`, songs up to about 4 minutes) generation, same body as
 * v3.0. Returns `data.task_id`; poll `GET /suno/v1/music/{task_id}` until `data.status` is
 * `completed` or `failed`.
 *
 * `POST /suno/v1/music` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Wait options: `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
 * @returns A `TaskRun`: await it for the final snapshot (`result`, `results`, raw `task`), or iterate it for snapshots.
 * @example
 * ```ts
 * const task = await client.suno.v35.music.createAndWait({
 *   custom_mode: true,
 *   mv: 'chirp-v3-5',
 *   input: {
 *     prompt: '[Verse]\nCity lights in the pouring rain\n[Chorus]\nNeon rain, wash away my pain',
 *     title: 'Neon Rain',
 *     tags: 'synthwave, female vocals',
 *   },
 * }, { onProgress: (s) => console.log(s.state, s.progress) });
 * console.log(task.result);
 * ```
 * @see E34 生成音乐 (Generate music (v3.5))
 */
export declare function sunoV35MusicCreateAndWait(client: BaseClient, params: SunoV35MusicCreateParams, options?: WaitOptions<SunoV35MusicRetrieveResponse, TaskResultAt<SunoV35MusicRetrieveResponse, '/data/clips'>>): TaskRun<SunoV35MusicRetrieveResponse, TaskResultAt<SunoV35MusicRetrieveResponse, '/data/clips'>>;
/**
 * Submits the task, then polls it until it succeeds (resolves with the final snapshot), fails (`TaskFailedError`), is cancelled (`TaskCancelledError`) or runs out of time (`TaskTimeoutError`). Also an async iterable of progress snapshots.
 *
 * Generate a video
 *
 * Starts a Luma Dream Machine video from `user_prompt`, optionally from a start frame
 * (`image_url`) and/or to an end frame (`image_end_url`). Answers at once with the
 * generation object (`state: pending`); poll `GET /luma/generations/{task_id}` with its `id`
 * until `state` is `completed` (`video.url` set) or `failed`, or pass `notify_hook`.
 *
 * `POST /luma/generations` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Wait options: `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
 * @returns A `TaskRun`: await it for the final snapshot (`result`, `results`, raw `task`), or iterate it for snapshots.
 * @example
 * ```ts
 * const task = await client.luma.generations.createAndWait({
 *   user_prompt: 'a paper boat drifting down a rainy street, cinematic',
 *   expand_prompt: true,
 *   aspect_ratio: '16:9',
 *   loop: false,
 * }, { onProgress: (s) => console.log(s.state, s.progress) });
 * console.log(task.result);
 * ```
 * @see E40 生成视频 (Generate video (paid tier))
 */
export declare function lumaGenerationsCreateAndWait(client: BaseClient, params: LumaGenerationsCreateParams, options?: WaitOptions<LumaGenerationsRetrieveResponse, TaskResultAt<LumaGenerationsRetrieveResponse, '/video/url'>>): TaskRun<LumaGenerationsRetrieveResponse, TaskResultAt<LumaGenerationsRetrieveResponse, '/video/url'>>;
/**
 * Submits the task, then polls it until it succeeds (resolves with the final snapshot), fails (`TaskFailedError`), is cancelled (`TaskCancelledError`) or runs out of time (`TaskTimeoutError`). Also an async iterable of progress snapshots.
 *
 * Extend a video
 *
 * Continues a finished generation (`task_id`) with a new `user_prompt`. Creates a new
 * generation; poll `GET /luma/generations/{task_id}` with the new `id`.
 *
 * `POST /luma/generations/{task_id}/extend` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param task_id The finished generation to extend.
 * @param params Query/header parameters and the request body.
 * @param options Wait options: `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
 * @returns A `TaskRun`: await it for the final snapshot (`result`, `results`, raw `task`), or iterate it for snapshots.
 * @example
 * ```ts
 * const task = await client.luma.generations.extendAndWait('4d3c2b1a-8f7e-4a6b-9c5d-1e2f3a4b5c6d', {
 *   user_prompt: 'the boat reaches a canal and floats under a lit bridge',
 *   expand_prompt: true,
 * }, { onProgress: (s) => console.log(s.state, s.progress) });
 * console.log(task.result);
 * ```
 * @see E41 延长视频 (Extend video (paid tier))
 */
export declare function lumaGenerationsExtendAndWait(client: BaseClient, task_id: string, params: LumaGenerationsExtendParams, options?: WaitOptions<LumaGenerationsRetrieveResponse, TaskResultAt<LumaGenerationsRetrieveResponse, '/video/url'>>): TaskRun<LumaGenerationsRetrieveResponse, TaskResultAt<LumaGenerationsRetrieveResponse, '/video/url'>>;
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
export declare function runwayImageToVideoCreateAndWait(client: BaseClient, params: RunwayImageToVideoCreateParams, options?: WaitOptions<RunwayTasksRetrieveResponse, TaskResultAt<RunwayTasksRetrieveResponse, '/output'>>): TaskRun<RunwayTasksRetrieveResponse, TaskResultAt<RunwayTasksRetrieveResponse, '/output'>>;
/**
 * Submits the task, then polls it until it succeeds (resolves with the final snapshot), fails (`TaskFailedError`), is cancelled (`TaskCancelledError`) or runs out of time (`TaskTimeoutError`). Also an async iterable of progress snapshots.
 *
 * Start a FLUX 1.1 [pro] generation
 *
 * Text to image with FLUX 1.1 [pro]. Answers at once with a task `id`; poll
 * `GET /flux/v1/get_result?id=...` until the status is `Ready` (image URL in
 * `result.sample`, short-lived) or a final failure state.
 *
 * `POST /flux/v1/flux-pro-1.1` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Wait options: `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
 * @returns A `TaskRun`: await it for the final snapshot (`result`, `results`, raw `task`), or iterate it for snapshots.
 * @example
 * ```ts
 * const task = await client.flux.pro11.createAndWait({
 *   prompt: 'A misty pine forest at sunrise, rays of light through the trees, photorealistic',
 *   width: 1024,
 *   height: 768,
 *   prompt_upsampling: false,
 *   safety_tolerance: 2,
 *   output_format: 'jpeg',
 * }, { onProgress: (s) => console.log(s.state, s.progress) });
 * console.log(task.result);
 * ```
 * @see E55 flux-pro-1.1 (FLUX 1.1 [pro])
 */
export declare function fluxPro11CreateAndWait(client: BaseClient, params: FluxPro11CreateParams, options?: WaitOptions<FluxTasksRetrieveResponse, TaskResultAt<FluxTasksRetrieveResponse, '/result/sample'>>): TaskRun<FluxTasksRetrieveResponse, TaskResultAt<FluxTasksRetrieveResponse, '/result/sample'>>;
/**
 * Submits the task, then polls it until it succeeds (resolves with the final snapshot), fails (`TaskFailedError`), is cancelled (`TaskCancelledError`) or runs out of time (`TaskTimeoutError`). Also an async iterable of progress snapshots.
 *
 * Start a FLUX.1 [pro] generation
 *
 * Text to image with FLUX.1 [pro], with sampling controls (`steps`, `guidance`,
 * `interval`). Answers at once with a task `id`; poll `GET /flux/v1/get_result?id=...`
 * until `Ready`.
 *
 * `POST /flux/v1/flux-pro` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Wait options: `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
 * @returns A `TaskRun`: await it for the final snapshot (`result`, `results`, raw `task`), or iterate it for snapshots.
 * @example
 * ```ts
 * const task = await client.flux.pro.createAndWait({
 *   prompt: 'Studio portrait of an elderly fisherman, dramatic side light, 85mm',
 *   width: 768,
 *   height: 1024,
 *   steps: 40,
 *   guidance: 2.5,
 *   interval: 2,
 *   seed: 20240801,
 *   output_format: 'png',
 * }, { onProgress: (s) => console.log(s.state, s.progress) });
 * console.log(task.result);
 * ```
 * @see E56 flux-pro (FLUX.1 [pro])
 */
export declare function fluxProCreateAndWait(client: BaseClient, params: FluxProCreateParams, options?: WaitOptions<FluxTasksRetrieveResponse, TaskResultAt<FluxTasksRetrieveResponse, '/result/sample'>>): TaskRun<FluxTasksRetrieveResponse, TaskResultAt<FluxTasksRetrieveResponse, '/result/sample'>>;
/**
 * Submits the task, then polls it until it succeeds (resolves with the final snapshot), fails (`TaskFailedError`), is cancelled (`TaskCancelledError`) or runs out of time (`TaskTimeoutError`). Also an async iterable of progress snapshots.
 *
 * Start a FLUX.1 [dev] generation
 *
 * Text to image with FLUX.1 [dev] (`steps`, `guidance` adjustable). Answers at once with a
 * task `id`; poll `GET /flux/v1/get_result?id=...` until `Ready`.
 *
 * `POST /flux/v1/flux-dev` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Wait options: `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.
 * @returns A `TaskRun`: await it for the final snapshot (`result`, `results`, raw `task`), or iterate it for snapshots.
 * @example
 * ```ts
 * const task = await client.flux.dev.createAndWait({
 *   prompt: 'A cute robot watering plants on a balcony, children\'s book illustration',
 *   width: 1024,
 *   height: 1024,
 *   steps: 28,
 *   guidance: 3,
 * }, { onProgress: (s) => console.log(s.state, s.progress) });
 * console.log(task.result);
 * ```
 * @see E57 flux-dev (FLUX.1 [dev])
 */
export declare function fluxDevCreateAndWait(client: BaseClient, params: FluxDevCreateParams, options?: WaitOptions<FluxTasksRetrieveResponse, TaskResultAt<FluxTasksRetrieveResponse, '/result/sample'>>): TaskRun<FluxTasksRetrieveResponse, TaskResultAt<FluxTasksRetrieveResponse, '/result/sample'>>;
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
export declare function ideogramWebImagesGenerateAndWait(client: BaseClient, params: IdeogramWebImagesGenerateParams, options?: WaitOptions<IdeogramWebTasksRetrieveResponse, TaskResultAt<IdeogramWebTasksRetrieveResponse, '/sampling_requests/0/responses'>>): TaskRun<IdeogramWebTasksRetrieveResponse, TaskResultAt<IdeogramWebTasksRetrieveResponse, '/sampling_requests/0/responses'>>;
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
export declare function ideogramWebImagesRemixAndWait(client: BaseClient, params: IdeogramWebImagesRemixParams, options?: WaitOptions<IdeogramWebTasksRetrieveResponse, TaskResultAt<IdeogramWebTasksRetrieveResponse, '/sampling_requests/0/responses'>>): TaskRun<IdeogramWebTasksRetrieveResponse, TaskResultAt<IdeogramWebTasksRetrieveResponse, '/sampling_requests/0/responses'>>;
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
export declare function ideogramWebImagesUpscaleAndWait(client: BaseClient, params: IdeogramWebImagesUpscaleParams, options?: WaitOptions<IdeogramWebTasksRetrieveResponse, TaskResultAt<IdeogramWebTasksRetrieveResponse, '/sampling_requests/0/responses'>>): TaskRun<IdeogramWebTasksRetrieveResponse, TaskResultAt<IdeogramWebTasksRetrieveResponse, '/sampling_requests/0/responses'>>;
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
export declare function klingImagesGenerationsCreateAndWait(client: BaseClient, params: KlingImagesGenerationsCreateParams, options?: WaitOptions<KlingImagesGenerationsRetrieveResponse, TaskResultAt<KlingImagesGenerationsRetrieveResponse, '/data/task_result/images'>>): TaskRun<KlingImagesGenerationsRetrieveResponse, TaskResultAt<KlingImagesGenerationsRetrieveResponse, '/data/task_result/images'>>;
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
export declare function klingVideosText2videoCreateAndWait(client: BaseClient, params: KlingVideosText2videoCreateParams, options?: WaitOptions<KlingVideosText2videoRetrieveResponse, TaskResultAt<KlingVideosText2videoRetrieveResponse, '/data/task_result/videos'>>): TaskRun<KlingVideosText2videoRetrieveResponse, TaskResultAt<KlingVideosText2videoRetrieveResponse, '/data/task_result/videos'>>;
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
export declare function klingVideosImage2videoCreateAndWait(client: BaseClient, params: KlingVideosImage2videoCreateParams, options?: WaitOptions<KlingVideosImage2videoRetrieveResponse, TaskResultAt<KlingVideosImage2videoRetrieveResponse, '/data/task_result/videos'>>): TaskRun<KlingVideosImage2videoRetrieveResponse, TaskResultAt<KlingVideosImage2videoRetrieveResponse, '/data/task_result/videos'>>;
