import { type APIPromise, APIResource, type PageItem, type PagePromise, type RequestOptions, type TaskResultAt, type TaskRun, type TaskSnapshot, type WaitOptions } from '../core/index.js';
import { type MidjourneyInsightFaceSwapParams, type MidjourneyInsightFaceSwapResponse, type MidjourneySubmitActionParams, type MidjourneySubmitActionResponse, type MidjourneySubmitBlendParams, type MidjourneySubmitBlendResponse, type MidjourneySubmitDescribeParams, type MidjourneySubmitDescribeResponse, type MidjourneySubmitImagineParams, type MidjourneySubmitImagineResponse, type MidjourneySubmitModalParams, type MidjourneySubmitModalResponse, type MidjourneySubmitShortenParams, type MidjourneySubmitShortenResponse, type MidjourneyTasksCancelResponse, type MidjourneyTasksImageSeedResponse, type MidjourneyTasksListByConditionParams, type MidjourneyTasksListByConditionResponse, type MidjourneyTasksListResponse, type MidjourneyTasksQueryParams, type MidjourneyTasksQueryResponse, type MidjourneyTasksQueueResponse, type MidjourneyTasksRetrieveResponse } from '../operations/midjourney.js';
/**
 * Midjourney (Midjourney): Midjourney through the midjourney-proxy protocol (the relay accepts both the
 * midjourney-proxy and the midjourney-proxy-plus variants). Submit a job (`/mj/submit/...`,
 * `/mj/insight-face/swap`), take the task id from `result` (check `code`: 1 or 22 = accepted),
 * then poll `GET /mj/task/{id}/fetch` until `status` is `SUCCESS` or `FAILURE`, or let the
 * relay call you back. Finished images carry `buttons`; run one with `POST /mj/submit/action`.
 *
 * ### Speed modes (补充 - 其他参数以及回调)
 *
 * The mode of a job can be chosen three ways; a mode fixed on the key wins over the path,
 * and the path wins over the default:
 *
 * - a path prefix in front of the normal `/mj/...` path: `/mj/...` (default, fast),
 *   `/mj-fast/mj/...`, `/mj-turbo/mj/...`, `/mj-relax/mj/...`. Example:
 *   `POST /mj-relax/mj/submit/imagine`;
 * - the body field `mode`: `fast`, `turbo` or `relax`;
 * - the key's own settings.
 *
 * How result image URLs are served can be chosen with a prefix too:
 * `/mj-{mode}-relay/mj/...`, `/mj-{mode}-origin/mj/...`, `/mj-{mode}-proxy/mj/...` (and
 * `/mj-proxy/mj/...`), where `{mode}` is `fast`, `turbo` or `relax`. (Another relay of the
 * family spells the mode prefixes `/fast/mj/...` and `/relax/mj/...`.) These prefixes are
 * not listed as separate paths in this spec: prepend them to any path of this tag.
 *
 * ### Callbacks
 *
 * Every submit accepts `notifyHook`, a URL. The relay then sends `POST` requests with the
 * task object (`MjTask`, the same as the fetch answer) as JSON body to that URL whenever the
 * task's status changes; any 2xx answer is accepted. When `notifyHook` is empty, the hook
 * configured globally on the relay is used. `state` is echoed back in the task, to match
 * callbacks to your own records.
 *
 * ### Data structures
 *
 * `MjTask`: `id`, `action` (IMAGINE, UPSCALE, VARIATION, REROLL, ZOOM, PAN, DESCRIBE, BLEND,
 * SHORTEN, SWAP_FACE), `status` (NOT_START, SUBMITTED, MODAL, IN_PROGRESS, FAILURE, SUCCESS,
 * CANCEL), `progress` ("0%" … "100%"), `imageUrl`, `failReason`, times in epoch
 * milliseconds, `buttons` and `properties`. `MjButton`: `customId` (pass it to the action
 * endpoint), `emoji`, `label`, `type`, `style`.
 *
 * Error statuses follow the relay's template (401, 403, 404, ...); refused submits answer
 * HTTP 200 with a `code` other than 1/22.
 */
export declare class Midjourney extends APIResource {
    /**
   * Midjourney (Midjourney): Midjourney through the midjourney-proxy protocol (the relay accepts both the
   * midjourney-proxy and the midjourney-proxy-plus variants). Submit a job (`/mj/submit/...`,
   * `/mj/insight-face/swap`), take the task id from `result` (check `code`: 1 or 22 = accepted),
   * then poll `GET /mj/task/{id}/fetch` until `status` is `SUCCESS` or `FAILURE`, or let the
   * relay call you back. Finished images carry `buttons`; run one with `POST /mj/submit/action`.
   *
   * ### Speed modes (补充 - 其他参数以及回调)
   *
   * The mode of a job can be chosen three ways; a mode fixed on the key wins over the path,
   * and the path wins over the default:
   *
   * - a path prefix in front of the normal `/mj/...` path: `/mj/...` (default, fast),
   *   `/mj-fast/mj/...`, `/mj-turbo/mj/...`, `/mj-relax/mj/...`. Example:
   *   `POST /mj-relax/mj/submit/imagine`;
   * - the body field `mode`: `fast`, `turbo` or `relax`;
   * - the key's own settings.
   *
   * How result image URLs are served can be chosen with a prefix too:
   * `/mj-{mode}-relay/mj/...`, `/mj-{mode}-origin/mj/...`, `/mj-{mode}-proxy/mj/...` (and
   * `/mj-proxy/mj/...`), where `{mode}` is `fast`, `turbo` or `relax`. (Another relay of the
   * family spells the mode prefixes `/fast/mj/...` and `/relax/mj/...`.) These prefixes are
   * not listed as separate paths in this spec: prepend them to any path of this tag.
   *
   * ### Callbacks
   *
   * Every submit accepts `notifyHook`, a URL. The relay then sends `POST` requests with the
   * task object (`MjTask`, the same as the fetch answer) as JSON body to that URL whenever the
   * task's status changes; any 2xx answer is accepted. When `notifyHook` is empty, the hook
   * configured globally on the relay is used. `state` is echoed back in the task, to match
   * callbacks to your own records.
   *
   * ### Data structures
   *
   * `MjTask`: `id`, `action` (IMAGINE, UPSCALE, VARIATION, REROLL, ZOOM, PAN, DESCRIBE, BLEND,
   * SHORTEN, SWAP_FACE), `status` (NOT_START, SUBMITTED, MODAL, IN_PROGRESS, FAILURE, SUCCESS,
   * CANCEL), `progress` ("0%" … "100%"), `imageUrl`, `failReason`, times in epoch
   * milliseconds, `buttons` and `properties`. `MjButton`: `customId` (pass it to the action
   * endpoint), `emoji`, `label`, `type`, `style`.
   *
   * Error statuses follow the relay's template (401, 403, 404, ...); refused submits answer
   * HTTP 200 with a `code` other than 1/22.
   */
    readonly insightFace: MidjourneyInsightFace;
    /**
   * Midjourney (Midjourney): Midjourney through the midjourney-proxy protocol (the relay accepts both the
   * midjourney-proxy and the midjourney-proxy-plus variants). Submit a job (`/mj/submit/...`,
   * `/mj/insight-face/swap`), take the task id from `result` (check `code`: 1 or 22 = accepted),
   * then poll `GET /mj/task/{id}/fetch` until `status` is `SUCCESS` or `FAILURE`, or let the
   * relay call you back. Finished images carry `buttons`; run one with `POST /mj/submit/action`.
   *
   * ### Speed modes (补充 - 其他参数以及回调)
   *
   * The mode of a job can be chosen three ways; a mode fixed on the key wins over the path,
   * and the path wins over the default:
   *
   * - a path prefix in front of the normal `/mj/...` path: `/mj/...` (default, fast),
   *   `/mj-fast/mj/...`, `/mj-turbo/mj/...`, `/mj-relax/mj/...`. Example:
   *   `POST /mj-relax/mj/submit/imagine`;
   * - the body field `mode`: `fast`, `turbo` or `relax`;
   * - the key's own settings.
   *
   * How result image URLs are served can be chosen with a prefix too:
   * `/mj-{mode}-relay/mj/...`, `/mj-{mode}-origin/mj/...`, `/mj-{mode}-proxy/mj/...` (and
   * `/mj-proxy/mj/...`), where `{mode}` is `fast`, `turbo` or `relax`. (Another relay of the
   * family spells the mode prefixes `/fast/mj/...` and `/relax/mj/...`.) These prefixes are
   * not listed as separate paths in this spec: prepend them to any path of this tag.
   *
   * ### Callbacks
   *
   * Every submit accepts `notifyHook`, a URL. The relay then sends `POST` requests with the
   * task object (`MjTask`, the same as the fetch answer) as JSON body to that URL whenever the
   * task's status changes; any 2xx answer is accepted. When `notifyHook` is empty, the hook
   * configured globally on the relay is used. `state` is echoed back in the task, to match
   * callbacks to your own records.
   *
   * ### Data structures
   *
   * `MjTask`: `id`, `action` (IMAGINE, UPSCALE, VARIATION, REROLL, ZOOM, PAN, DESCRIBE, BLEND,
   * SHORTEN, SWAP_FACE), `status` (NOT_START, SUBMITTED, MODAL, IN_PROGRESS, FAILURE, SUCCESS,
   * CANCEL), `progress` ("0%" … "100%"), `imageUrl`, `failReason`, times in epoch
   * milliseconds, `buttons` and `properties`. `MjButton`: `customId` (pass it to the action
   * endpoint), `emoji`, `label`, `type`, `style`.
   *
   * Error statuses follow the relay's template (401, 403, 404, ...); refused submits answer
   * HTTP 200 with a `code` other than 1/22.
   */
    readonly submit: MidjourneySubmit;
    /**
   * Midjourney (Midjourney): Midjourney through the midjourney-proxy protocol (the relay accepts both the
   * midjourney-proxy and the midjourney-proxy-plus variants). Submit a job (`/mj/submit/...`,
   * `/mj/insight-face/swap`), take the task id from `result` (check `code`: 1 or 22 = accepted),
   * then poll `GET /mj/task/{id}/fetch` until `status` is `SUCCESS` or `FAILURE`, or let the
   * relay call you back. Finished images carry `buttons`; run one with `POST /mj/submit/action`.
   *
   * ### Speed modes (补充 - 其他参数以及回调)
   *
   * The mode of a job can be chosen three ways; a mode fixed on the key wins over the path,
   * and the path wins over the default:
   *
   * - a path prefix in front of the normal `/mj/...` path: `/mj/...` (default, fast),
   *   `/mj-fast/mj/...`, `/mj-turbo/mj/...`, `/mj-relax/mj/...`. Example:
   *   `POST /mj-relax/mj/submit/imagine`;
   * - the body field `mode`: `fast`, `turbo` or `relax`;
   * - the key's own settings.
   *
   * How result image URLs are served can be chosen with a prefix too:
   * `/mj-{mode}-relay/mj/...`, `/mj-{mode}-origin/mj/...`, `/mj-{mode}-proxy/mj/...` (and
   * `/mj-proxy/mj/...`), where `{mode}` is `fast`, `turbo` or `relax`. (Another relay of the
   * family spells the mode prefixes `/fast/mj/...` and `/relax/mj/...`.) These prefixes are
   * not listed as separate paths in this spec: prepend them to any path of this tag.
   *
   * ### Callbacks
   *
   * Every submit accepts `notifyHook`, a URL. The relay then sends `POST` requests with the
   * task object (`MjTask`, the same as the fetch answer) as JSON body to that URL whenever the
   * task's status changes; any 2xx answer is accepted. When `notifyHook` is empty, the hook
   * configured globally on the relay is used. `state` is echoed back in the task, to match
   * callbacks to your own records.
   *
   * ### Data structures
   *
   * `MjTask`: `id`, `action` (IMAGINE, UPSCALE, VARIATION, REROLL, ZOOM, PAN, DESCRIBE, BLEND,
   * SHORTEN, SWAP_FACE), `status` (NOT_START, SUBMITTED, MODAL, IN_PROGRESS, FAILURE, SUCCESS,
   * CANCEL), `progress` ("0%" … "100%"), `imageUrl`, `failReason`, times in epoch
   * milliseconds, `buttons` and `properties`. `MjButton`: `customId` (pass it to the action
   * endpoint), `emoji`, `label`, `type`, `style`.
   *
   * Error statuses follow the relay's template (401, 403, 404, ...); refused submits answer
   * HTTP 200 with a `code` other than 1/22.
   */
    readonly tasks: MidjourneyTasks;
}
/**
 * Midjourney (Midjourney): Midjourney through the midjourney-proxy protocol (the relay accepts both the
 * midjourney-proxy and the midjourney-proxy-plus variants). Submit a job (`/mj/submit/...`,
 * `/mj/insight-face/swap`), take the task id from `result` (check `code`: 1 or 22 = accepted),
 * then poll `GET /mj/task/{id}/fetch` until `status` is `SUCCESS` or `FAILURE`, or let the
 * relay call you back. Finished images carry `buttons`; run one with `POST /mj/submit/action`.
 *
 * ### Speed modes (补充 - 其他参数以及回调)
 *
 * The mode of a job can be chosen three ways; a mode fixed on the key wins over the path,
 * and the path wins over the default:
 *
 * - a path prefix in front of the normal `/mj/...` path: `/mj/...` (default, fast),
 *   `/mj-fast/mj/...`, `/mj-turbo/mj/...`, `/mj-relax/mj/...`. Example:
 *   `POST /mj-relax/mj/submit/imagine`;
 * - the body field `mode`: `fast`, `turbo` or `relax`;
 * - the key's own settings.
 *
 * How result image URLs are served can be chosen with a prefix too:
 * `/mj-{mode}-relay/mj/...`, `/mj-{mode}-origin/mj/...`, `/mj-{mode}-proxy/mj/...` (and
 * `/mj-proxy/mj/...`), where `{mode}` is `fast`, `turbo` or `relax`. (Another relay of the
 * family spells the mode prefixes `/fast/mj/...` and `/relax/mj/...`.) These prefixes are
 * not listed as separate paths in this spec: prepend them to any path of this tag.
 *
 * ### Callbacks
 *
 * Every submit accepts `notifyHook`, a URL. The relay then sends `POST` requests with the
 * task object (`MjTask`, the same as the fetch answer) as JSON body to that URL whenever the
 * task's status changes; any 2xx answer is accepted. When `notifyHook` is empty, the hook
 * configured globally on the relay is used. `state` is echoed back in the task, to match
 * callbacks to your own records.
 *
 * ### Data structures
 *
 * `MjTask`: `id`, `action` (IMAGINE, UPSCALE, VARIATION, REROLL, ZOOM, PAN, DESCRIBE, BLEND,
 * SHORTEN, SWAP_FACE), `status` (NOT_START, SUBMITTED, MODAL, IN_PROGRESS, FAILURE, SUCCESS,
 * CANCEL), `progress` ("0%" … "100%"), `imageUrl`, `failReason`, times in epoch
 * milliseconds, `buttons` and `properties`. `MjButton`: `customId` (pass it to the action
 * endpoint), `emoji`, `label`, `type`, `style`.
 *
 * Error statuses follow the relay's template (401, 403, 404, ...); refused submits answer
 * HTTP 200 with a `code` other than 1/22.
 */
export declare class MidjourneyInsightFace extends APIResource {
    /**
   * Submit a face-swap task
   *
   * Replaces the face in `targetBase64` with the face from `sourceBase64` (InsightFace). Returns a
   * task id in `result`; poll `GET /mj/task/{id}/fetch` until `status` is `SUCCESS` (the task has
   * `action: SWAP_FACE` and the swapped image in `imageUrl`). Pass `notifyHook` to be called back on every status change.
   *
   * `POST /mj/insight-face/swap` — Not re-sent automatically once it may have reached the server (it can start paid work).
   * @param params Query/header parameters and the request body.
   * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
   * @returns The `MidjourneyInsightFaceSwapResponse` body.
   * @example
   * ```ts
   * const result = await client.midjourney.insightFace.swap({
   *   sourceBase64: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
   *   targetBase64: 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==',
   *   notifyHook: 'https://hooks.example.com/mj/callback',
   *   state: 'user-4711',
   * });
   * ```
   * @see E08 提交swap_face任务 (Submit an InsightFace face-swap task)
   */
    swap(params: MidjourneyInsightFaceSwapParams, options?: RequestOptions): APIPromise<MidjourneyInsightFaceSwapResponse>;
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
    swapAndWait(params: MidjourneyInsightFaceSwapParams, options?: WaitOptions<MidjourneyTasksRetrieveResponse, TaskResultAt<MidjourneyTasksRetrieveResponse, '/imageUrl'>>): TaskRun<MidjourneyTasksRetrieveResponse, TaskResultAt<MidjourneyTasksRetrieveResponse, '/imageUrl'>>;
}
/**
 * Midjourney (Midjourney): Midjourney through the midjourney-proxy protocol (the relay accepts both the
 * midjourney-proxy and the midjourney-proxy-plus variants). Submit a job (`/mj/submit/...`,
 * `/mj/insight-face/swap`), take the task id from `result` (check `code`: 1 or 22 = accepted),
 * then poll `GET /mj/task/{id}/fetch` until `status` is `SUCCESS` or `FAILURE`, or let the
 * relay call you back. Finished images carry `buttons`; run one with `POST /mj/submit/action`.
 *
 * ### Speed modes (补充 - 其他参数以及回调)
 *
 * The mode of a job can be chosen three ways; a mode fixed on the key wins over the path,
 * and the path wins over the default:
 *
 * - a path prefix in front of the normal `/mj/...` path: `/mj/...` (default, fast),
 *   `/mj-fast/mj/...`, `/mj-turbo/mj/...`, `/mj-relax/mj/...`. Example:
 *   `POST /mj-relax/mj/submit/imagine`;
 * - the body field `mode`: `fast`, `turbo` or `relax`;
 * - the key's own settings.
 *
 * How result image URLs are served can be chosen with a prefix too:
 * `/mj-{mode}-relay/mj/...`, `/mj-{mode}-origin/mj/...`, `/mj-{mode}-proxy/mj/...` (and
 * `/mj-proxy/mj/...`), where `{mode}` is `fast`, `turbo` or `relax`. (Another relay of the
 * family spells the mode prefixes `/fast/mj/...` and `/relax/mj/...`.) These prefixes are
 * not listed as separate paths in this spec: prepend them to any path of this tag.
 *
 * ### Callbacks
 *
 * Every submit accepts `notifyHook`, a URL. The relay then sends `POST` requests with the
 * task object (`MjTask`, the same as the fetch answer) as JSON body to that URL whenever the
 * task's status changes; any 2xx answer is accepted. When `notifyHook` is empty, the hook
 * configured globally on the relay is used. `state` is echoed back in the task, to match
 * callbacks to your own records.
 *
 * ### Data structures
 *
 * `MjTask`: `id`, `action` (IMAGINE, UPSCALE, VARIATION, REROLL, ZOOM, PAN, DESCRIBE, BLEND,
 * SHORTEN, SWAP_FACE), `status` (NOT_START, SUBMITTED, MODAL, IN_PROGRESS, FAILURE, SUCCESS,
 * CANCEL), `progress` ("0%" … "100%"), `imageUrl`, `failReason`, times in epoch
 * milliseconds, `buttons` and `properties`. `MjButton`: `customId` (pass it to the action
 * endpoint), `emoji`, `label`, `type`, `style`.
 *
 * Error statuses follow the relay's template (401, 403, 404, ...); refused submits answer
 * HTTP 200 with a `code` other than 1/22.
 */
export declare class MidjourneySubmit extends APIResource {
    /**
   * Run a button of a task (upscale, variation, zoom ...)
   *
   * Presses one of the `buttons` of a finished task: pass the parent `taskId` and the button's
   * `customId` (e.g. `MJ::JOB::upsample::1::<hash>` for U1). This creates a new task; poll it with
   * `GET /mj/task/{id}/fetch`. Some buttons (custom zoom, vary region with remix) put the new task
   * in `MODAL` status; finish it with `POST /mj/submit/modal`. Pass `notifyHook` to be called back on every status change.
   *
   * `POST /mj/submit/action` — Not re-sent automatically once it may have reached the server (it can start paid work).
   * @param params Query/header parameters and the request body.
   * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
   * @returns The `MidjourneySubmitActionResponse` body.
   * @example
   * ```ts
   * const result = await client.midjourney.submit.action({
   *   customId: 'MJ::JOB::upsample::1::8a1c2e4f-5b7d-4e3a-9f10-2c6b7d8e9a01',
   *   taskId: '1730621718151844',
   *   notifyHook: 'https://hooks.example.com/mj/callback',
   * });
   * ```
   * @see E09 执行动作 (Run an action (button))
   */
    action(params: MidjourneySubmitActionParams, options?: RequestOptions): APIPromise<MidjourneySubmitActionResponse>;
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
    actionAndWait(params: MidjourneySubmitActionParams, options?: WaitOptions<MidjourneyTasksRetrieveResponse, TaskResultAt<MidjourneyTasksRetrieveResponse, '/imageUrl'>>): TaskRun<MidjourneyTasksRetrieveResponse, TaskResultAt<MidjourneyTasksRetrieveResponse, '/imageUrl'>>;
    /**
   * Submit a Blend task
   *
   * Mixes 2 to 5 images (data URIs in `base64Array`) into a new image grid; `dimensions` picks
   * the ratio. Returns a task id in `result`; poll `GET /mj/task/{id}/fetch`. Pass `notifyHook` to be called back on every status change.
   *
   * `POST /mj/submit/blend` — Not re-sent automatically once it may have reached the server (it can start paid work).
   * @param params Query/header parameters and the request body.
   * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
   * @returns The `MidjourneySubmitBlendResponse` body.
   * @example
   * ```ts
   * const result = await client.midjourney.submit.blend({
   *   base64Array: [
   *     'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
   *     'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
   *   ],
   *   dimensions: 'SQUARE',
   *   botType: 'MID_JOURNEY',
   * });
   * ```
   * @see E10 提交Blend任务 (Submit a Blend task)
   */
    blend(params: MidjourneySubmitBlendParams, options?: RequestOptions): APIPromise<MidjourneySubmitBlendResponse>;
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
    blendAndWait(params: MidjourneySubmitBlendParams, options?: WaitOptions<MidjourneyTasksRetrieveResponse, TaskResultAt<MidjourneyTasksRetrieveResponse, '/imageUrl'>>): TaskRun<MidjourneyTasksRetrieveResponse, TaskResultAt<MidjourneyTasksRetrieveResponse, '/imageUrl'>>;
    /**
   * Submit a Describe task
   *
   * Asks Midjourney for four prompts that describe an image (`base64`, a data URI). Returns a task
   * id; when the task (`action: DESCRIBE`) succeeds, the prompts are in `promptEn` / `prompt`.
   * Pass `notifyHook` to be called back on every status change.
   *
   * `POST /mj/submit/describe` — Not re-sent automatically once it may have reached the server (it can start paid work).
   * @param params Query/header parameters and the request body.
   * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
   * @returns The `MidjourneySubmitDescribeResponse` body.
   * @example
   * ```ts
   * const result = await client.midjourney.submit.describe({
   *   base64: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
   *   botType: 'MID_JOURNEY',
   * });
   * ```
   * @see E11 提交Describe任务 (Submit a Describe task)
   */
    describe(params: MidjourneySubmitDescribeParams, options?: RequestOptions): APIPromise<MidjourneySubmitDescribeResponse>;
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
    describeAndWait(params: MidjourneySubmitDescribeParams, options?: WaitOptions<MidjourneyTasksRetrieveResponse, TaskResultAt<MidjourneyTasksRetrieveResponse, '/imageUrl'>>): TaskRun<MidjourneyTasksRetrieveResponse, TaskResultAt<MidjourneyTasksRetrieveResponse, '/imageUrl'>>;
    /**
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
   * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
   * @returns The `MidjourneySubmitImagineResponse` body.
   * @example
   * ```ts
   * const result = await client.midjourney.submit.imagine({
   *   prompt: 'a koi pond in a bamboo forest, ukiyo-e style --ar 16:9 --v 6.0',
   *   botType: 'MID_JOURNEY',
   *   notifyHook: 'https://hooks.example.com/mj/callback',
   *   state: 'order-20241103-0042',
   * });
   * ```
   * @see E12 提交Imagine任务 (Submit an Imagine task)
   */
    imagine(params: MidjourneySubmitImagineParams, options?: RequestOptions): APIPromise<MidjourneySubmitImagineResponse>;
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
    imagineAndWait(params: MidjourneySubmitImagineParams, options?: WaitOptions<MidjourneyTasksRetrieveResponse, TaskResultAt<MidjourneyTasksRetrieveResponse, '/imageUrl'>>): TaskRun<MidjourneyTasksRetrieveResponse, TaskResultAt<MidjourneyTasksRetrieveResponse, '/imageUrl'>>;
    /**
   * Complete a task waiting in MODAL status
   *
   * Some actions (vary region, custom zoom, remix) stop in `MODAL` status and wait for extra input.
   * Send that task's id as `taskId`, with a new `prompt` and, for vary region, a `maskBase64`. The
   * work continues as a new task id in `result`; poll it with `GET /mj/task/{id}/fetch`.
   * Pass `notifyHook` to be called back on every status change.
   *
   * `POST /mj/submit/modal` — Not re-sent automatically once it may have reached the server (it can start paid work).
   * @param params Query/header parameters and the request body.
   * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
   * @returns The `MidjourneySubmitModalResponse` body.
   * @example
   * ```ts
   * const result = await client.midjourney.submit.modal({
   *   taskId: '1730622355812093',
   *   prompt: 'a red paper lantern hanging from the branch',
   *   maskBase64: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
   * });
   * ```
   * @see E13 提交Modal (Submit a Modal (complete a MODAL task))
   */
    modal(params: MidjourneySubmitModalParams, options?: RequestOptions): APIPromise<MidjourneySubmitModalResponse>;
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
    modalAndWait(params: MidjourneySubmitModalParams, options?: WaitOptions<MidjourneyTasksRetrieveResponse, TaskResultAt<MidjourneyTasksRetrieveResponse, '/imageUrl'>>): TaskRun<MidjourneyTasksRetrieveResponse, TaskResultAt<MidjourneyTasksRetrieveResponse, '/imageUrl'>>;
    /**
   * Submit a Shorten task
   *
   * Analyses a prompt and proposes shorter versions. Returns a task id; the finished task
   * (`action: SHORTEN`) lists the suggestions in `description` / `properties` and offers buttons
   * that run them through `POST /mj/submit/action`. Pass `notifyHook` to be called back on every status change.
   *
   * `POST /mj/submit/shorten` — Not re-sent automatically once it may have reached the server (it can start paid work).
   * @param params Query/header parameters and the request body.
   * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
   * @returns The `MidjourneySubmitShortenResponse` body.
   * @example
   * ```ts
   * const result = await client.midjourney.submit.shorten({
   *   prompt: 'a very beautiful and highly detailed photograph of an old lighthouse standing on a rocky cliff above a stormy sea at sunset with dramatic clouds',
   *   botType: 'MID_JOURNEY',
   * });
   * ```
   * @see E14 提交Shorten任务 (Submit a Shorten task)
   */
    shorten(params: MidjourneySubmitShortenParams, options?: RequestOptions): APIPromise<MidjourneySubmitShortenResponse>;
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
    shortenAndWait(params: MidjourneySubmitShortenParams, options?: WaitOptions<MidjourneyTasksRetrieveResponse, TaskResultAt<MidjourneyTasksRetrieveResponse, '/imageUrl'>>): TaskRun<MidjourneyTasksRetrieveResponse, TaskResultAt<MidjourneyTasksRetrieveResponse, '/imageUrl'>>;
}
/**
 * Midjourney (Midjourney): Midjourney through the midjourney-proxy protocol (the relay accepts both the
 * midjourney-proxy and the midjourney-proxy-plus variants). Submit a job (`/mj/submit/...`,
 * `/mj/insight-face/swap`), take the task id from `result` (check `code`: 1 or 22 = accepted),
 * then poll `GET /mj/task/{id}/fetch` until `status` is `SUCCESS` or `FAILURE`, or let the
 * relay call you back. Finished images carry `buttons`; run one with `POST /mj/submit/action`.
 *
 * ### Speed modes (补充 - 其他参数以及回调)
 *
 * The mode of a job can be chosen three ways; a mode fixed on the key wins over the path,
 * and the path wins over the default:
 *
 * - a path prefix in front of the normal `/mj/...` path: `/mj/...` (default, fast),
 *   `/mj-fast/mj/...`, `/mj-turbo/mj/...`, `/mj-relax/mj/...`. Example:
 *   `POST /mj-relax/mj/submit/imagine`;
 * - the body field `mode`: `fast`, `turbo` or `relax`;
 * - the key's own settings.
 *
 * How result image URLs are served can be chosen with a prefix too:
 * `/mj-{mode}-relay/mj/...`, `/mj-{mode}-origin/mj/...`, `/mj-{mode}-proxy/mj/...` (and
 * `/mj-proxy/mj/...`), where `{mode}` is `fast`, `turbo` or `relax`. (Another relay of the
 * family spells the mode prefixes `/fast/mj/...` and `/relax/mj/...`.) These prefixes are
 * not listed as separate paths in this spec: prepend them to any path of this tag.
 *
 * ### Callbacks
 *
 * Every submit accepts `notifyHook`, a URL. The relay then sends `POST` requests with the
 * task object (`MjTask`, the same as the fetch answer) as JSON body to that URL whenever the
 * task's status changes; any 2xx answer is accepted. When `notifyHook` is empty, the hook
 * configured globally on the relay is used. `state` is echoed back in the task, to match
 * callbacks to your own records.
 *
 * ### Data structures
 *
 * `MjTask`: `id`, `action` (IMAGINE, UPSCALE, VARIATION, REROLL, ZOOM, PAN, DESCRIBE, BLEND,
 * SHORTEN, SWAP_FACE), `status` (NOT_START, SUBMITTED, MODAL, IN_PROGRESS, FAILURE, SUCCESS,
 * CANCEL), `progress` ("0%" … "100%"), `imageUrl`, `failReason`, times in epoch
 * milliseconds, `buttons` and `properties`. `MjButton`: `customId` (pass it to the action
 * endpoint), `emoji`, `label`, `type`, `style`.
 *
 * Error statuses follow the relay's template (401, 403, 404, ...); refused submits answer
 * HTTP 200 with a `code` other than 1/22.
 */
export declare class MidjourneyTasks extends APIResource {
    /**
   * Cancel a task
   *
   * Cancels a task that has not finished. On success the task's status becomes `CANCEL`.
   * Cancelling twice is harmless, so the call is marked safe to retry.
   *
   * `POST /mj/task/{id}/cancel` — Retried automatically on connection errors, 408, 409, 429 and 5xx.
   * @param id Task id (the `result` of the submit).
   * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
   * @returns The `MidjourneyTasksCancelResponse` body.
   * @example
   * ```ts
   * const result = await client.midjourney.tasks.cancel('1730622588310467');
   * ```
   * @see E19 取消任务 (Cancel a task)
   */
    cancel(id: string, options?: RequestOptions): APIPromise<MidjourneyTasksCancelResponse>;
    /**
   * Get the seed of a task's image
   *
   * Returns the Midjourney seed of a finished task's image in `result`. Works only when the
   * relay's Midjourney account has its Midjourney/Niji private-message channel configured.
   *
   * `GET /mj/task/{id}/image-seed` — Retried automatically on connection errors, 408, 409, 429 and 5xx.
   * @param id Task id (the `result` of the submit).
   * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
   * @returns The `MidjourneyTasksImageSeedResponse` body.
   * @example
   * ```ts
   * const result = await client.midjourney.tasks.imageSeed('1730621718151844');
   * ```
   * @see E21 获取任务图片的seed(需设置mj或niji的私信ID) (Get the image seed of a task (needs the MJ/Niji DM channel id))
   */
    imageSeed(id: string, options?: RequestOptions): APIPromise<MidjourneyTasksImageSeedResponse>;
    /**
   * List all tasks
   *
   * Returns every task the relay keeps for your key, without filters or paging. Prefer
   * `POST /mj/task/list-by-condition` (by ids) or `POST /mj/task/query` (paged) for polling.
   *
   * `GET /mj/task/list` — Retried automatically on connection errors, 408, 409, 429 and 5xx.
   * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
   * @returns The `MidjourneyTasksListResponse` body.
   * @example
   * ```ts
   * const result = await client.midjourney.tasks.list();
   * ```
   * @see E15 查询所有任务 (List all tasks)
   */
    list(options?: RequestOptions): APIPromise<MidjourneyTasksListResponse>;
    /**
   * Get several tasks by id
   *
   * Returns the tasks whose ids are in `ids` (unknown ids are left out). Handy for polling
   * many tasks in one request. Read-only, so it is safe to retry.
   *
   * `POST /mj/task/list-by-condition` — Retried automatically on connection errors, 408, 409, 429 and 5xx.
   * @param params Query/header parameters and the request body.
   * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
   * @returns The `MidjourneyTasksListByConditionResponse` body.
   * @example
   * ```ts
   * const result = await client.midjourney.tasks.listByCondition({
   *   ids: ['1730621718151844', '1730622140063514'],
   * });
   * ```
   * @see E16 根据ID列表查询任务 (Get tasks by a list of ids)
   */
    listByCondition(params: MidjourneyTasksListByConditionParams, options?: RequestOptions): APIPromise<MidjourneyTasksListByConditionResponse>;
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
    parseCallback(body: unknown): TaskSnapshot<MidjourneyTasksRetrieveResponse, TaskResultAt<MidjourneyTasksRetrieveResponse, '/imageUrl'>>;
    /**
   * Query tasks page by page
   *
   * Paged, filtered task search (Spring Data style): `pageNumber` is 0-based, `sort` is
   * `<field>,asc|desc`, and filters such as `status`, `statusSet`, `action`, `ids` or `prompt`
   * narrow the result. The tasks are in `content`. Read-only, so it is safe to retry.
   *
   * `POST /mj/task/query` — Retried automatically on connection errors, 408, 409, 429 and 5xx.
   * @param params Query/header parameters and the request body.
   * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
   * @returns The first `MidjourneyTasksQueryResponse` page when awaited; iterate it with `for await` for every item across pages, or call `.pages()` for each page.
   * @example
   * ```ts
   * const firstPage = await client.midjourney.tasks.query({
   *   pageNumber: 0,
   *   pageSize: 10,
   *   sort: 'id,desc',
   *   action: 'IMAGINE',
   *   status: 'SUCCESS',
   * });
   *
   * // Every item, page after page:
   * for await (const item of client.midjourney.tasks.query({
   *   pageNumber: 0,
   *   pageSize: 10,
   *   sort: 'id,desc',
   *   action: 'IMAGINE',
   *   status: 'SUCCESS',
   * })) {
   *   console.log(item);
   * }
   * ```
   * @see E17 分页查询任务 (Paged task query)
   */
    query(params?: MidjourneyTasksQueryParams, options?: RequestOptions): PagePromise<MidjourneyTasksQueryResponse, PageItem<MidjourneyTasksQueryResponse, '/content'>>;
    /**
   * List queued and running tasks
   *
   * Returns the tasks that are waiting or running right now (an empty array when idle).
   *
   * `GET /mj/task/queue` — Retried automatically on connection errors, 408, 409, 429 and 5xx.
   * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
   * @returns The `MidjourneyTasksQueueResponse` body.
   * @example
   * ```ts
   * const result = await client.midjourney.tasks.queue();
   * ```
   * @see E18 查询任务队列 (Task queue)
   */
    queue(options?: RequestOptions): APIPromise<MidjourneyTasksQueueResponse>;
    /**
   * Get a task by id
   *
   * The main polling call: returns the task with its `status`, `progress` ("0%" … "100%"),
   * `imageUrl` and `buttons`. Poll every few seconds until `status` is `SUCCESS`, `FAILURE`
   * (see `failReason`) or `CANCEL`. A `MODAL` task waits for `POST /mj/submit/modal`.
   *
   * `GET /mj/task/{id}/fetch` — Retried automatically on connection errors, 408, 409, 429 and 5xx.
   * @param id Task id (the `result` of the submit).
   * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
   * @returns The `MidjourneyTasksRetrieveResponse` body.
   * @example
   * ```ts
   * const result = await client.midjourney.tasks.retrieve('1730621718151844');
   * ```
   * @see E20 指定ID获取任务 (Fetch a task by id)
   */
    retrieve(id: string, options?: RequestOptions): APIPromise<MidjourneyTasksRetrieveResponse>;
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
    waitFor(id: string, options?: WaitOptions<MidjourneyTasksRetrieveResponse, TaskResultAt<MidjourneyTasksRetrieveResponse, '/imageUrl'>>): TaskRun<MidjourneyTasksRetrieveResponse, TaskResultAt<MidjourneyTasksRetrieveResponse, '/imageUrl'>>;
}
