import type { APIPromise, BaseClient, RequestOptions } from '../core/index.js';
import type { components } from '../schema.js';
/** Parameters of `client.flux.pro11.create()` (fluxCreatePro11). */
export type FluxPro11CreateParams = components['schemas']['FluxPro11Request'];
/** Success body of `client.flux.pro11.create()` (fluxCreatePro11). */
export type FluxPro11CreateResponse = components['schemas']['FluxSubmitResponse'];
/** Error bodies of `client.flux.pro11.create()`: read them from `APIError<FluxPro11CreateErrorBody>`'s `error`. */
export type FluxPro11CreateErrorBody = components['schemas']['RelayErrorEnvelope'];
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
export declare function fluxPro11Create(client: BaseClient, params: FluxPro11CreateParams, options?: RequestOptions): APIPromise<FluxPro11CreateResponse>;
/** Parameters of `client.flux.pro.create()` (fluxCreatePro). */
export type FluxProCreateParams = components['schemas']['FluxProRequest'];
/** Success body of `client.flux.pro.create()` (fluxCreatePro). */
export type FluxProCreateResponse = components['schemas']['FluxSubmitResponse'];
/** Error bodies of `client.flux.pro.create()`: read them from `APIError<FluxProCreateErrorBody>`'s `error`. */
export type FluxProCreateErrorBody = components['schemas']['RelayErrorEnvelope'];
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
export declare function fluxProCreate(client: BaseClient, params: FluxProCreateParams, options?: RequestOptions): APIPromise<FluxProCreateResponse>;
/** Parameters of `client.flux.dev.create()` (fluxCreateDev). */
export type FluxDevCreateParams = components['schemas']['FluxDevRequest'];
/** Success body of `client.flux.dev.create()` (fluxCreateDev). */
export type FluxDevCreateResponse = components['schemas']['FluxSubmitResponse'];
/** Error bodies of `client.flux.dev.create()`: read them from `APIError<FluxDevCreateErrorBody>`'s `error`. */
export type FluxDevCreateErrorBody = components['schemas']['RelayErrorEnvelope'];
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
export declare function fluxDevCreate(client: BaseClient, params: FluxDevCreateParams, options?: RequestOptions): APIPromise<FluxDevCreateResponse>;
/** Parameters of `client.flux.tasks.retrieve()` (fluxGetResult). */
export type FluxTasksRetrieveParams = { /** Task id returned by a submit route. */ id: string; };
/** Success body of `client.flux.tasks.retrieve()` (fluxGetResult). */
export type FluxTasksRetrieveResponse = components['schemas']['FluxGetResultResponse'];
/** Error bodies of `client.flux.tasks.retrieve()`: read them from `APIError<FluxTasksRetrieveErrorBody>`'s `error`. */
export type FluxTasksRetrieveErrorBody = components['schemas']['RelayErrorEnvelope'];
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
export declare function fluxTasksRetrieve(client: BaseClient, params: FluxTasksRetrieveParams, options?: RequestOptions): APIPromise<FluxTasksRetrieveResponse>;
