import { type APIPromise, APIResource, type RequestOptions, type TaskResultAt, type TaskRun, type WaitOptions } from '../core/index.js';
import { type FluxDevCreateParams, type FluxDevCreateResponse, type FluxPro11CreateParams, type FluxPro11CreateResponse, type FluxProCreateParams, type FluxProCreateResponse, type FluxTasksRetrieveParams, type FluxTasksRetrieveResponse } from '../operations/flux.js';
/**
 * Flux (Flux): Black Forest Labs FLUX image models in BFL's official format under `/flux/v1`: submit to
 * `flux-pro-1.1`, `flux-pro` or `flux-dev`, take the task `id`, then poll
 * `GET /flux/v1/get_result?id=...` until `Ready` (image URL in `result.sample`). In the
 * original navigation these are top-level items without a group; Flux in DALL·E format is
 * under tag `images`.
 */
export declare class Flux extends APIResource {
    /**
   * Flux (Flux): Black Forest Labs FLUX image models in BFL's official format under `/flux/v1`: submit to
   * `flux-pro-1.1`, `flux-pro` or `flux-dev`, take the task `id`, then poll
   * `GET /flux/v1/get_result?id=...` until `Ready` (image URL in `result.sample`). In the
   * original navigation these are top-level items without a group; Flux in DALL·E format is
   * under tag `images`.
   */
    readonly dev: FluxDev;
    /**
   * Flux (Flux): Black Forest Labs FLUX image models in BFL's official format under `/flux/v1`: submit to
   * `flux-pro-1.1`, `flux-pro` or `flux-dev`, take the task `id`, then poll
   * `GET /flux/v1/get_result?id=...` until `Ready` (image URL in `result.sample`). In the
   * original navigation these are top-level items without a group; Flux in DALL·E format is
   * under tag `images`.
   */
    readonly pro: FluxPro;
    /**
   * Flux (Flux): Black Forest Labs FLUX image models in BFL's official format under `/flux/v1`: submit to
   * `flux-pro-1.1`, `flux-pro` or `flux-dev`, take the task `id`, then poll
   * `GET /flux/v1/get_result?id=...` until `Ready` (image URL in `result.sample`). In the
   * original navigation these are top-level items without a group; Flux in DALL·E format is
   * under tag `images`.
   */
    readonly pro11: FluxPro11;
    /**
   * Flux (Flux): Black Forest Labs FLUX image models in BFL's official format under `/flux/v1`: submit to
   * `flux-pro-1.1`, `flux-pro` or `flux-dev`, take the task `id`, then poll
   * `GET /flux/v1/get_result?id=...` until `Ready` (image URL in `result.sample`). In the
   * original navigation these are top-level items without a group; Flux in DALL·E format is
   * under tag `images`.
   */
    readonly tasks: FluxTasks;
}
/**
 * Flux (Flux): Black Forest Labs FLUX image models in BFL's official format under `/flux/v1`: submit to
 * `flux-pro-1.1`, `flux-pro` or `flux-dev`, take the task `id`, then poll
 * `GET /flux/v1/get_result?id=...` until `Ready` (image URL in `result.sample`). In the
 * original navigation these are top-level items without a group; Flux in DALL·E format is
 * under tag `images`.
 */
export declare class FluxDev extends APIResource {
    /**
   * Start a FLUX.1 [dev] generation
   *
   * Text to image with FLUX.1 [dev] (`steps`, `guidance` adjustable). Answers at once with a
   * task `id`; poll `GET /flux/v1/get_result?id=...` until `Ready`.
   *
   * `POST /flux/v1/flux-dev` — Not re-sent automatically once it may have reached the server (it can start paid work).
   * @param params Query/header parameters and the request body.
   * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
   * @returns The `FluxDevCreateResponse` body.
   * @example
   * ```ts
   * const result = await client.flux.dev.create({
   *   prompt: 'A cute robot watering plants on a balcony, children\'s book illustration',
   *   width: 1024,
   *   height: 1024,
   *   steps: 28,
   *   guidance: 3,
   * });
   * ```
   * @see E57 flux-dev (FLUX.1 [dev])
   */
    create(params: FluxDevCreateParams, options?: RequestOptions): APIPromise<FluxDevCreateResponse>;
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
    createAndWait(params: FluxDevCreateParams, options?: WaitOptions<FluxTasksRetrieveResponse, TaskResultAt<FluxTasksRetrieveResponse, '/result/sample'>>): TaskRun<FluxTasksRetrieveResponse, TaskResultAt<FluxTasksRetrieveResponse, '/result/sample'>>;
}
/**
 * Flux (Flux): Black Forest Labs FLUX image models in BFL's official format under `/flux/v1`: submit to
 * `flux-pro-1.1`, `flux-pro` or `flux-dev`, take the task `id`, then poll
 * `GET /flux/v1/get_result?id=...` until `Ready` (image URL in `result.sample`). In the
 * original navigation these are top-level items without a group; Flux in DALL·E format is
 * under tag `images`.
 */
export declare class FluxPro extends APIResource {
    /**
   * Start a FLUX.1 [pro] generation
   *
   * Text to image with FLUX.1 [pro], with sampling controls (`steps`, `guidance`,
   * `interval`). Answers at once with a task `id`; poll `GET /flux/v1/get_result?id=...`
   * until `Ready`.
   *
   * `POST /flux/v1/flux-pro` — Not re-sent automatically once it may have reached the server (it can start paid work).
   * @param params Query/header parameters and the request body.
   * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
   * @returns The `FluxProCreateResponse` body.
   * @example
   * ```ts
   * const result = await client.flux.pro.create({
   *   prompt: 'Studio portrait of an elderly fisherman, dramatic side light, 85mm',
   *   width: 768,
   *   height: 1024,
   *   steps: 40,
   *   guidance: 2.5,
   *   interval: 2,
   *   seed: 20240801,
   *   output_format: 'png',
   * });
   * ```
   * @see E56 flux-pro (FLUX.1 [pro])
   */
    create(params: FluxProCreateParams, options?: RequestOptions): APIPromise<FluxProCreateResponse>;
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
    createAndWait(params: FluxProCreateParams, options?: WaitOptions<FluxTasksRetrieveResponse, TaskResultAt<FluxTasksRetrieveResponse, '/result/sample'>>): TaskRun<FluxTasksRetrieveResponse, TaskResultAt<FluxTasksRetrieveResponse, '/result/sample'>>;
}
/**
 * Flux (Flux): Black Forest Labs FLUX image models in BFL's official format under `/flux/v1`: submit to
 * `flux-pro-1.1`, `flux-pro` or `flux-dev`, take the task `id`, then poll
 * `GET /flux/v1/get_result?id=...` until `Ready` (image URL in `result.sample`). In the
 * original navigation these are top-level items without a group; Flux in DALL·E format is
 * under tag `images`.
 */
export declare class FluxPro11 extends APIResource {
    /**
   * Start a FLUX 1.1 [pro] generation
   *
   * Text to image with FLUX 1.1 [pro]. Answers at once with a task `id`; poll
   * `GET /flux/v1/get_result?id=...` until the status is `Ready` (image URL in
   * `result.sample`, short-lived) or a final failure state.
   *
   * `POST /flux/v1/flux-pro-1.1` — Not re-sent automatically once it may have reached the server (it can start paid work).
   * @param params Query/header parameters and the request body.
   * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
   * @returns The `FluxPro11CreateResponse` body.
   * @example
   * ```ts
   * const result = await client.flux.pro11.create({
   *   prompt: 'A misty pine forest at sunrise, rays of light through the trees, photorealistic',
   *   width: 1024,
   *   height: 768,
   *   prompt_upsampling: false,
   *   safety_tolerance: 2,
   *   output_format: 'jpeg',
   * });
   * ```
   * @see E55 flux-pro-1.1 (FLUX 1.1 [pro])
   */
    create(params: FluxPro11CreateParams, options?: RequestOptions): APIPromise<FluxPro11CreateResponse>;
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
    createAndWait(params: FluxPro11CreateParams, options?: WaitOptions<FluxTasksRetrieveResponse, TaskResultAt<FluxTasksRetrieveResponse, '/result/sample'>>): TaskRun<FluxTasksRetrieveResponse, TaskResultAt<FluxTasksRetrieveResponse, '/result/sample'>>;
}
/**
 * Flux (Flux): Black Forest Labs FLUX image models in BFL's official format under `/flux/v1`: submit to
 * `flux-pro-1.1`, `flux-pro` or `flux-dev`, take the task `id`, then poll
 * `GET /flux/v1/get_result?id=...` until `Ready` (image URL in `result.sample`). In the
 * original navigation these are top-level items without a group; Flux in DALL·E format is
 * under tag `images`.
 */
export declare class FluxTasks extends APIResource {
    /**
   * Get a Flux task's result
   *
   * Returns the status of a Flux task: `Pending` while it runs, `Ready` with the image URL in
   * `result.sample` (short-lived; download it), or a final failure: `Request Moderated`,
   * `Content Moderated`, `Error` or `Task not found`. Poll every second or two.
   *
   * `GET /flux/v1/get_result` — Retried automatically on connection errors, 408, 409, 429 and 5xx.
   * @param params Query/header parameters.
   * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
   * @returns The `FluxTasksRetrieveResponse` body.
   * @example
   * ```ts
   * const result = await client.flux.tasks.retrieve({
   *   id: '3c6f2b8e-9a41-4d7b-8f5e-1b2c3d4e5f60',
   * });
   * ```
   * @see E58 flux-查询 (Get result)
   */
    retrieve(params: FluxTasksRetrieveParams, options?: RequestOptions): APIPromise<FluxTasksRetrieveResponse>;
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
    waitFor(id: string, options?: WaitOptions<FluxTasksRetrieveResponse, TaskResultAt<FluxTasksRetrieveResponse, '/result/sample'>>): TaskRun<FluxTasksRetrieveResponse, TaskResultAt<FluxTasksRetrieveResponse, '/result/sample'>>;
}
