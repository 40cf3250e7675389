import { type APIPromise, type BaseClient, type PageItem, type PagePromise, type RequestOptions } from '../core/index.js';
import type { components } from '../schema.js';
/** Parameters of `client.midjourney.insightFace.swap()` (mjSubmitSwapFace). */
export type MidjourneyInsightFaceSwapParams = components['schemas']['MjSwapFaceRequest'];
/** Success body of `client.midjourney.insightFace.swap()` (mjSubmitSwapFace). */
export type MidjourneyInsightFaceSwapResponse = components['schemas']['MjSubmitResult'];
/** Error bodies of `client.midjourney.insightFace.swap()`: read them from `APIError<MidjourneyInsightFaceSwapErrorBody>`'s `error`. */
export type MidjourneyInsightFaceSwapErrorBody = components['schemas']['RelayErrorEnvelope'];
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
export declare function midjourneyInsightFaceSwap(client: BaseClient, params: MidjourneyInsightFaceSwapParams, options?: RequestOptions): APIPromise<MidjourneyInsightFaceSwapResponse>;
/** Parameters of `client.midjourney.submit.action()` (mjSubmitAction). */
export type MidjourneySubmitActionParams = components['schemas']['MjActionRequest'];
/** Success body of `client.midjourney.submit.action()` (mjSubmitAction). */
export type MidjourneySubmitActionResponse = components['schemas']['MjSubmitResult'];
/** Error bodies of `client.midjourney.submit.action()`: read them from `APIError<MidjourneySubmitActionErrorBody>`'s `error`. */
export type MidjourneySubmitActionErrorBody = components['schemas']['RelayErrorEnvelope'];
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
export declare function midjourneySubmitAction(client: BaseClient, params: MidjourneySubmitActionParams, options?: RequestOptions): APIPromise<MidjourneySubmitActionResponse>;
/** Parameters of `client.midjourney.submit.blend()` (mjSubmitBlend). */
export type MidjourneySubmitBlendParams = components['schemas']['MjBlendRequest'];
/** Success body of `client.midjourney.submit.blend()` (mjSubmitBlend). */
export type MidjourneySubmitBlendResponse = components['schemas']['MjSubmitResult'];
/** Error bodies of `client.midjourney.submit.blend()`: read them from `APIError<MidjourneySubmitBlendErrorBody>`'s `error`. */
export type MidjourneySubmitBlendErrorBody = components['schemas']['RelayErrorEnvelope'];
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
export declare function midjourneySubmitBlend(client: BaseClient, params: MidjourneySubmitBlendParams, options?: RequestOptions): APIPromise<MidjourneySubmitBlendResponse>;
/** Parameters of `client.midjourney.submit.describe()` (mjSubmitDescribe). */
export type MidjourneySubmitDescribeParams = components['schemas']['MjDescribeRequest'];
/** Success body of `client.midjourney.submit.describe()` (mjSubmitDescribe). */
export type MidjourneySubmitDescribeResponse = components['schemas']['MjSubmitResult'];
/** Error bodies of `client.midjourney.submit.describe()`: read them from `APIError<MidjourneySubmitDescribeErrorBody>`'s `error`. */
export type MidjourneySubmitDescribeErrorBody = components['schemas']['RelayErrorEnvelope'];
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
export declare function midjourneySubmitDescribe(client: BaseClient, params: MidjourneySubmitDescribeParams, options?: RequestOptions): APIPromise<MidjourneySubmitDescribeResponse>;
/** Parameters of `client.midjourney.submit.imagine()` (mjSubmitImagine). */
export type MidjourneySubmitImagineParams = components['schemas']['MjImagineRequest'];
/** Success body of `client.midjourney.submit.imagine()` (mjSubmitImagine). */
export type MidjourneySubmitImagineResponse = components['schemas']['MjSubmitResult'];
/** Error bodies of `client.midjourney.submit.imagine()`: read them from `APIError<MidjourneySubmitImagineErrorBody>`'s `error`. */
export type MidjourneySubmitImagineErrorBody = components['schemas']['RelayErrorEnvelope'];
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
export declare function midjourneySubmitImagine(client: BaseClient, params: MidjourneySubmitImagineParams, options?: RequestOptions): APIPromise<MidjourneySubmitImagineResponse>;
/** Parameters of `client.midjourney.submit.modal()` (mjSubmitModal). */
export type MidjourneySubmitModalParams = components['schemas']['MjModalRequest'];
/** Success body of `client.midjourney.submit.modal()` (mjSubmitModal). */
export type MidjourneySubmitModalResponse = components['schemas']['MjSubmitResult'];
/** Error bodies of `client.midjourney.submit.modal()`: read them from `APIError<MidjourneySubmitModalErrorBody>`'s `error`. */
export type MidjourneySubmitModalErrorBody = components['schemas']['RelayErrorEnvelope'];
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
export declare function midjourneySubmitModal(client: BaseClient, params: MidjourneySubmitModalParams, options?: RequestOptions): APIPromise<MidjourneySubmitModalResponse>;
/** Parameters of `client.midjourney.submit.shorten()` (mjSubmitShorten). */
export type MidjourneySubmitShortenParams = components['schemas']['MjShortenRequest'];
/** Success body of `client.midjourney.submit.shorten()` (mjSubmitShorten). */
export type MidjourneySubmitShortenResponse = components['schemas']['MjSubmitResult'];
/** Error bodies of `client.midjourney.submit.shorten()`: read them from `APIError<MidjourneySubmitShortenErrorBody>`'s `error`. */
export type MidjourneySubmitShortenErrorBody = components['schemas']['RelayErrorEnvelope'];
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
export declare function midjourneySubmitShorten(client: BaseClient, params: MidjourneySubmitShortenParams, options?: RequestOptions): APIPromise<MidjourneySubmitShortenResponse>;
/** Success body of `client.midjourney.tasks.list()` (mjListTasks). */
export type MidjourneyTasksListResponse = components['schemas']['MjTaskList'];
/** Error bodies of `client.midjourney.tasks.list()`: read them from `APIError<MidjourneyTasksListErrorBody>`'s `error`. */
export type MidjourneyTasksListErrorBody = components['schemas']['RelayErrorEnvelope'];
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
export declare function midjourneyTasksList(client: BaseClient, options?: RequestOptions): APIPromise<MidjourneyTasksListResponse>;
/** Parameters of `client.midjourney.tasks.listByCondition()` (mjListTasksByCondition). */
export type MidjourneyTasksListByConditionParams = components['schemas']['MjListByConditionRequest'];
/** Success body of `client.midjourney.tasks.listByCondition()` (mjListTasksByCondition). */
export type MidjourneyTasksListByConditionResponse = components['schemas']['MjTaskList'];
/** Error bodies of `client.midjourney.tasks.listByCondition()`: read them from `APIError<MidjourneyTasksListByConditionErrorBody>`'s `error`. */
export type MidjourneyTasksListByConditionErrorBody = components['schemas']['RelayErrorEnvelope'];
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
export declare function midjourneyTasksListByCondition(client: BaseClient, params: MidjourneyTasksListByConditionParams, options?: RequestOptions): APIPromise<MidjourneyTasksListByConditionResponse>;
/** Parameters of `client.midjourney.tasks.query()` (mjQueryTasks). */
export type MidjourneyTasksQueryParams = components['schemas']['MjQueryRequest'];
/** Success body of `client.midjourney.tasks.query()` (mjQueryTasks). */
export type MidjourneyTasksQueryResponse = components['schemas']['MjTaskPage'];
/** Error bodies of `client.midjourney.tasks.query()`: read them from `APIError<MidjourneyTasksQueryErrorBody>`'s `error`. */
export type MidjourneyTasksQueryErrorBody = components['schemas']['RelayErrorEnvelope'];
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
export declare function midjourneyTasksQuery(client: BaseClient, params?: MidjourneyTasksQueryParams, options?: RequestOptions): PagePromise<MidjourneyTasksQueryResponse, PageItem<MidjourneyTasksQueryResponse, '/content'>>;
/** Success body of `client.midjourney.tasks.queue()` (mjListQueue). */
export type MidjourneyTasksQueueResponse = components['schemas']['MjTaskList'];
/** Error bodies of `client.midjourney.tasks.queue()`: read them from `APIError<MidjourneyTasksQueueErrorBody>`'s `error`. */
export type MidjourneyTasksQueueErrorBody = components['schemas']['RelayErrorEnvelope'];
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
export declare function midjourneyTasksQueue(client: BaseClient, options?: RequestOptions): APIPromise<MidjourneyTasksQueueResponse>;
/** Success body of `client.midjourney.tasks.cancel()` (mjCancelTask). */
export type MidjourneyTasksCancelResponse = components['schemas']['MjSubmitResult'];
/** Error bodies of `client.midjourney.tasks.cancel()`: read them from `APIError<MidjourneyTasksCancelErrorBody>`'s `error`. */
export type MidjourneyTasksCancelErrorBody = components['schemas']['RelayErrorEnvelope'];
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
export declare function midjourneyTasksCancel(client: BaseClient, id: string, options?: RequestOptions): APIPromise<MidjourneyTasksCancelResponse>;
/** Success body of `client.midjourney.tasks.retrieve()` (mjFetchTask). */
export type MidjourneyTasksRetrieveResponse = components['schemas']['MjTask'];
/** Error bodies of `client.midjourney.tasks.retrieve()`: read them from `APIError<MidjourneyTasksRetrieveErrorBody>`'s `error`. */
export type MidjourneyTasksRetrieveErrorBody = components['schemas']['RelayErrorEnvelope'];
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
export declare function midjourneyTasksRetrieve(client: BaseClient, id: string, options?: RequestOptions): APIPromise<MidjourneyTasksRetrieveResponse>;
/** Success body of `client.midjourney.tasks.imageSeed()` (mjGetImageSeed). */
export type MidjourneyTasksImageSeedResponse = components['schemas']['MjImageSeedResult'];
/** Error bodies of `client.midjourney.tasks.imageSeed()`: read them from `APIError<MidjourneyTasksImageSeedErrorBody>`'s `error`. */
export type MidjourneyTasksImageSeedErrorBody = components['schemas']['RelayErrorEnvelope'];
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
export declare function midjourneyTasksImageSeed(client: BaseClient, id: string, options?: RequestOptions): APIPromise<MidjourneyTasksImageSeedResponse>;
