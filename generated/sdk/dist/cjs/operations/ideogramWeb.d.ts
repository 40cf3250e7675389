import { type APIPromise, type BaseClient, type RequestOptions } from '../core/index.js';
import type { components } from '../schema.js';
/** Parameters of `client.ideogramWeb.tasks.retrieve()` (ideogramWebGetTask). */
export type IdeogramWebTasksRetrieveParams = components['schemas']['IdeogramWebTaskRequest'] & { /** Extra token shown on the page in addition to the Bearer key; its purpose is not documented. */ "Access-Token"?: string; };
/** Success body of `client.ideogramWeb.tasks.retrieve()` (ideogramWebGetTask). */
export type IdeogramWebTasksRetrieveResponse = components['schemas']['IdeogramWebTaskResponse'];
/** Error bodies of `client.ideogramWeb.tasks.retrieve()`: read them from `APIError<IdeogramWebTasksRetrieveErrorBody>`'s `error`. */
export type IdeogramWebTasksRetrieveErrorBody = components['schemas']['RelayErrorEnvelope'];
/**
 * Query an Ideogram web-app generation
 *
 * Looks up a generation by `request_id` and returns it in `sampling_requests`:
 * `completion_percentage` (0–100) and `is_completed` tell the progress; once complete,
 * `responses[]` lists the images (`image_url`, `response_id` for upscaling). Poll every few
 * seconds. A read: safe to repeat although it is a POST.
 *
 * `POST /api/ideogram/task-request` — Retried automatically on connection errors, 408, 409, 429 and 5xx.
 * @param params Query/header parameters and the request body.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `IdeogramWebTasksRetrieveResponse` body.
 * @example
 * ```ts
 * const result = await client.ideogramWeb.tasks.retrieve({
 *   'Access-Token': '12345678',
 *   request_id: 'QGvBNC-SReSCnZ7y-hnYbg',
 * });
 * ```
 * @see E67 ideogram任务查询 (Ideogram task request (poll))
 */
export declare function ideogramWebTasksRetrieve(client: BaseClient, params: IdeogramWebTasksRetrieveParams, options?: RequestOptions): APIPromise<IdeogramWebTasksRetrieveResponse>;
/** Parameters of `client.ideogramWeb.images.generate()` (ideogramWebGenerate). */
export type IdeogramWebImagesGenerateParams = components['schemas']['IdeogramWebGenerateRequest'] & { /** Extra token the task query page shows; assumed to apply here too. */ "Access-Token"?: string; };
/** Success body of `client.ideogramWeb.images.generate()` (ideogramWebGenerate). */
export type IdeogramWebImagesGenerateResponse = components['schemas']['IdeogramWebSubmitResponse'];
/** Error bodies of `client.ideogramWeb.images.generate()`: read them from `APIError<IdeogramWebImagesGenerateErrorBody>`'s `error`. */
export type IdeogramWebImagesGenerateErrorBody = components['schemas']['RelayErrorEnvelope'];
/**
 * Start a web-app text-to-image generation
 *
 * Text to image through the Ideogram web app. Answers with a `request_id`; poll
 * `POST /api/ideogram/task-request` with it until `is_completed` is true. Path and body are
 * inferred, not seen on the site.
 *
 * `POST /api/ideogram/generate` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `IdeogramWebImagesGenerateResponse` body.
 * @example
 * ```ts
 * const result = await client.ideogramWeb.images.generate({
 *   'Access-Token': '12345678',
 *   prompt: 'dog',
 *   aspect_ratio: '1:1',
 *   model_version: 'V_0_3',
 *   private: true,
 *   use_autoprompt_option: 'AUTO',
 *   sampling_speed: 0,
 * });
 * ```
 * @see E68 文生图 (Text to image (web app))
 */
export declare function ideogramWebImagesGenerate(client: BaseClient, params: IdeogramWebImagesGenerateParams, options?: RequestOptions): APIPromise<IdeogramWebImagesGenerateResponse>;
/** Parameters of `client.ideogramWeb.images.remix()` (ideogramWebRemix). */
export type IdeogramWebImagesRemixParams = components['schemas']['IdeogramWebRemixRequest'] & { /** Extra token the task query page shows; assumed to apply here too. */ "Access-Token"?: string; };
/** Success body of `client.ideogramWeb.images.remix()` (ideogramWebRemix). */
export type IdeogramWebImagesRemixResponse = components['schemas']['IdeogramWebSubmitResponse'];
/** Error bodies of `client.ideogramWeb.images.remix()`: read them from `APIError<IdeogramWebImagesRemixErrorBody>`'s `error`. */
export type IdeogramWebImagesRemixErrorBody = components['schemas']['RelayErrorEnvelope'];
/**
 * Start a web-app remix
 *
 * Creates new images from an input image and a prompt through the Ideogram web app. Answers
 * with a `request_id`; poll `POST /api/ideogram/task-request`. Path and body are inferred,
 * not seen on the site.
 *
 * `POST /api/ideogram/remix` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `IdeogramWebImagesRemixResponse` body.
 * @example
 * ```ts
 * const result = await client.ideogramWeb.images.remix({
 *   'Access-Token': '12345678',
 *   prompt: 'A finished 3D render of this sketch of a treehouse, golden hour',
 *   image: 'https://cdn.example.com/inputs/treehouse-sketch.png',
 *   image_weight: 50,
 *   aspect_ratio: '1:1',
 * });
 * ```
 * @see E69 合成图 (Remix / compose (web app))
 */
export declare function ideogramWebImagesRemix(client: BaseClient, params: IdeogramWebImagesRemixParams, options?: RequestOptions): APIPromise<IdeogramWebImagesRemixResponse>;
/** Parameters of `client.ideogramWeb.images.upscale()` (ideogramWebUpscale). */
export type IdeogramWebImagesUpscaleParams = components['schemas']['IdeogramWebUpscaleRequest'] & { /** Extra token the task query page shows; assumed to apply here too. */ "Access-Token"?: string; };
/** Success body of `client.ideogramWeb.images.upscale()` (ideogramWebUpscale). */
export type IdeogramWebImagesUpscaleResponse = components['schemas']['IdeogramWebSubmitResponse'];
/** Error bodies of `client.ideogramWeb.images.upscale()`: read them from `APIError<IdeogramWebImagesUpscaleErrorBody>`'s `error`. */
export type IdeogramWebImagesUpscaleErrorBody = components['schemas']['RelayErrorEnvelope'];
/**
 * Start a web-app upscale
 *
 * Upscales one image of a finished generation (its `response_id` from the task query)
 * through the Ideogram web app. Answers with a `request_id`; poll
 * `POST /api/ideogram/task-request`. Path and body are inferred, not seen on the site.
 *
 * `POST /api/ideogram/upscale` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `IdeogramWebImagesUpscaleResponse` body.
 * @example
 * ```ts
 * const result = await client.ideogramWeb.images.upscale({
 *   'Access-Token': '12345678',
 *   response_id: 'I0KkrjcfQH6bqJVz2Prp9g',
 *   resemblance: 55,
 *   detail: 50,
 * });
 * ```
 * @see E70 放大图片 (Upscale (web app))
 */
export declare function ideogramWebImagesUpscale(client: BaseClient, params: IdeogramWebImagesUpscaleParams, options?: RequestOptions): APIPromise<IdeogramWebImagesUpscaleResponse>;
/** Parameters of `client.ideogramWeb.images.describe()` (ideogramWebDescribe). */
export type IdeogramWebImagesDescribeParams = components['schemas']['IdeogramWebDescribeRequest'] & { /** Extra token the task query page shows; assumed to apply here too. */ "Access-Token"?: string; };
/** Success body of `client.ideogramWeb.images.describe()` (ideogramWebDescribe). */
export type IdeogramWebImagesDescribeResponse = components['schemas']['IdeogramWebDescribeResponse'];
/** Error bodies of `client.ideogramWeb.images.describe()`: read them from `APIError<IdeogramWebImagesDescribeErrorBody>`'s `error`. */
export type IdeogramWebImagesDescribeErrorBody = components['schemas']['RelayErrorEnvelope'];
/**
 * Describe an image through the web app
 *
 * Returns text descriptions of an image through the Ideogram web app, modelled as
 * synchronous. Path, body and answer are inferred, not seen on the site.
 *
 * `POST /api/ideogram/describe` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `IdeogramWebImagesDescribeResponse` body.
 * @example
 * ```ts
 * const result = await client.ideogramWeb.images.describe({
 *   'Access-Token': '12345678',
 *   image: 'https://cdn.example.com/inputs/night-market.jpg',
 * });
 * ```
 * @see E71 图片描述 (Describe (web app))
 */
export declare function ideogramWebImagesDescribe(client: BaseClient, params: IdeogramWebImagesDescribeParams, options?: RequestOptions): APIPromise<IdeogramWebImagesDescribeResponse>;
