import { type APIPromise, type BaseClient, type RequestOptions } from '../core/index.js';
import type { components } from '../schema.js';
/** Parameters of `client.kling.images.generations.create()` (klingCreateImageGeneration). */
export type KlingImagesGenerationsCreateParams = components['schemas']['KlingImageGenerationRequest'];
/** Success body of `client.kling.images.generations.create()` (klingCreateImageGeneration). */
export type KlingImagesGenerationsCreateResponse = components['schemas']['KlingSubmitResponse'];
/** Error bodies of `client.kling.images.generations.create()`: read them from `APIError<KlingImagesGenerationsCreateErrorBody>`'s `error`. */
export type KlingImagesGenerationsCreateErrorBody = components['schemas']['KlingErrorResponse'] | components['schemas']['RelayErrorEnvelope'];
/**
 * Start an image generation task
 *
 * Text to image (optionally guided by a reference `image`) with Kling. Answers at once with
 * `data.task_id`; poll `GET /kling/v1/images/generations/{task_id}` until `task_status` is
 * `succeed` (image URLs in `data.task_result.images`) or `failed`.
 *
 * `POST /kling/v1/images/generations` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `KlingImagesGenerationsCreateResponse` body.
 * @example
 * ```ts
 * const result = await client.kling.images.generations.create({
 *   model_name: 'kling-v1',
 *   prompt: 'A paper-craft diorama of a mountain village in winter, soft light',
 *   negative_prompt: 'text, watermark',
 *   n: 2,
 *   aspect_ratio: '1:1',
 * });
 * ```
 * @see E63 图像生成 (Image generation)
 */
export declare function klingImagesGenerationsCreate(client: BaseClient, params: KlingImagesGenerationsCreateParams, options?: RequestOptions): APIPromise<KlingImagesGenerationsCreateResponse>;
/** Success body of `client.kling.images.generations.retrieve()` (klingGetImageGenerationTask). */
export type KlingImagesGenerationsRetrieveResponse = components['schemas']['KlingTaskResponse'];
/** Error bodies of `client.kling.images.generations.retrieve()`: read them from `APIError<KlingImagesGenerationsRetrieveErrorBody>`'s `error`. */
export type KlingImagesGenerationsRetrieveErrorBody = components['schemas']['RelayErrorEnvelope'] | components['schemas']['KlingErrorResponse'];
/**
 * Get an image generation task
 *
 * Returns an image generation task: `data.task_status` (`submitted`, `processing`,
 * `succeed`, `failed`), the image URLs in `data.task_result.images` once it succeeded, and
 * `data.task_status_msg` when it failed. This is the image kind of the single "查询任务" page,
 * which documents the text-to-video variant.
 *
 * `GET /kling/v1/images/generations/{task_id}` — Retried automatically on connection errors, 408, 409, 429 and 5xx.
 * @param task_id Task id returned by the image generation route.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `KlingImagesGenerationsRetrieveResponse` body.
 * @example
 * ```ts
 * const result = await client.kling.images.generations.retrieve('CjhR7WdVRdkAAAAAA7Hm5Q');
 * ```
 * @see 查询任务
 */
export declare function klingImagesGenerationsRetrieve(client: BaseClient, task_id: string, options?: RequestOptions): APIPromise<KlingImagesGenerationsRetrieveResponse>;
/** Parameters of `client.kling.videos.text2video.create()` (klingCreateText2Video). */
export type KlingVideosText2videoCreateParams = components['schemas']['KlingText2VideoRequest'];
/** Success body of `client.kling.videos.text2video.create()` (klingCreateText2Video). */
export type KlingVideosText2videoCreateResponse = components['schemas']['KlingSubmitResponse'];
/** Error bodies of `client.kling.videos.text2video.create()`: read them from `APIError<KlingVideosText2videoCreateErrorBody>`'s `error`. */
export type KlingVideosText2videoCreateErrorBody = components['schemas']['KlingErrorResponse'] | components['schemas']['RelayErrorEnvelope'];
/**
 * Start a text-to-video task
 *
 * Text to video (5 or 10 s) with Kling, in `std` or `pro` mode, with optional camera
 * movement. Answers at once with `data.task_id`; poll
 * `GET /kling/v1/videos/text2video/{task_id}` until `task_status` is `succeed` (video URL
 * in `data.task_result.videos`) or `failed`.
 *
 * `POST /kling/v1/videos/text2video` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `KlingVideosText2videoCreateResponse` body.
 * @example
 * ```ts
 * const result = await client.kling.videos.text2video.create({
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
 * });
 * ```
 * @see E64 文生视频 (Text to video)
 */
export declare function klingVideosText2videoCreate(client: BaseClient, params: KlingVideosText2videoCreateParams, options?: RequestOptions): APIPromise<KlingVideosText2videoCreateResponse>;
/** Success body of `client.kling.videos.text2video.retrieve()` (klingGetText2VideoTask). */
export type KlingVideosText2videoRetrieveResponse = components['schemas']['KlingTaskResponse'];
/** Error bodies of `client.kling.videos.text2video.retrieve()`: read them from `APIError<KlingVideosText2videoRetrieveErrorBody>`'s `error`. */
export type KlingVideosText2videoRetrieveErrorBody = components['schemas']['RelayErrorEnvelope'] | components['schemas']['KlingErrorResponse'];
/**
 * Get a text-to-video task
 *
 * Returns a text-to-video task: `data.task_status` (`submitted`, `processing`, `succeed`,
 * `failed`), the video URL in `data.task_result.videos` once it succeeded, and
 * `data.task_status_msg` when it failed. Image-to-video and image tasks are read from
 * their own routes of the same shape (`/kling/v1/videos/image2video/{task_id}`,
 * `/kling/v1/images/generations/{task_id}`).
 *
 * `GET /kling/v1/videos/text2video/{task_id}` — Retried automatically on connection errors, 408, 409, 429 and 5xx.
 * @param task_id Task id returned by the text-to-video route.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `KlingVideosText2videoRetrieveResponse` body.
 * @example
 * ```ts
 * const result = await client.kling.videos.text2video.retrieve('CjMKo2dVRdkAAAAAA5QPcQ');
 * ```
 * @see E66 查询任务 (Query task)
 */
export declare function klingVideosText2videoRetrieve(client: BaseClient, task_id: string, options?: RequestOptions): APIPromise<KlingVideosText2videoRetrieveResponse>;
/** Parameters of `client.kling.videos.image2video.create()` (klingCreateImage2Video). */
export type KlingVideosImage2videoCreateParams = components['schemas']['KlingImage2VideoRequest'];
/** Success body of `client.kling.videos.image2video.create()` (klingCreateImage2Video). */
export type KlingVideosImage2videoCreateResponse = components['schemas']['KlingSubmitResponse'];
/** Error bodies of `client.kling.videos.image2video.create()`: read them from `APIError<KlingVideosImage2videoCreateErrorBody>`'s `error`. */
export type KlingVideosImage2videoCreateErrorBody = components['schemas']['KlingErrorResponse'] | components['schemas']['RelayErrorEnvelope'];
/**
 * Start an image-to-video task
 *
 * Animates a start `image` (URL or base64; optional end frame `image_tail`) into a 5 or 10 s
 * video, optionally with a motion brush (`static_mask`, `dynamic_masks`). Answers at once
 * with `data.task_id`; poll `GET /kling/v1/videos/image2video/{task_id}` until
 * `task_status` is `succeed` or `failed`.
 *
 * `POST /kling/v1/videos/image2video` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `KlingVideosImage2videoCreateResponse` body.
 * @example
 * ```ts
 * const result = await client.kling.videos.image2video.create({
 *   model_name: 'kling-v1',
 *   image: 'https://cdn.example.com/inputs/cup-empty.jpg',
 *   image_tail: 'https://cdn.example.com/inputs/cup-full.jpg',
 *   prompt: 'Coffee is poured into the cup, steam rising',
 *   mode: 'std',
 *   duration: '5',
 * });
 * ```
 * @see E65 图生视频 (Image to video)
 */
export declare function klingVideosImage2videoCreate(client: BaseClient, params: KlingVideosImage2videoCreateParams, options?: RequestOptions): APIPromise<KlingVideosImage2videoCreateResponse>;
/** Success body of `client.kling.videos.image2video.retrieve()` (klingGetImage2VideoTask). */
export type KlingVideosImage2videoRetrieveResponse = components['schemas']['KlingTaskResponse'];
/** Error bodies of `client.kling.videos.image2video.retrieve()`: read them from `APIError<KlingVideosImage2videoRetrieveErrorBody>`'s `error`. */
export type KlingVideosImage2videoRetrieveErrorBody = components['schemas']['RelayErrorEnvelope'] | components['schemas']['KlingErrorResponse'];
/**
 * Get an image-to-video task
 *
 * Returns an image-to-video task: `data.task_status` (`submitted`, `processing`, `succeed`,
 * `failed`), the video URL in `data.task_result.videos` once it succeeded, and
 * `data.task_status_msg` when it failed. This is the image-to-video kind of the single
 * "查询任务" page, which documents the text-to-video variant.
 *
 * `GET /kling/v1/videos/image2video/{task_id}` — Retried automatically on connection errors, 408, 409, 429 and 5xx.
 * @param task_id Task id returned by the image-to-video route.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `KlingVideosImage2videoRetrieveResponse` body.
 * @example
 * ```ts
 * const result = await client.kling.videos.image2video.retrieve('CjikY2dVRdkAAAAAA6Wy1g');
 * ```
 * @see 查询任务
 */
export declare function klingVideosImage2videoRetrieve(client: BaseClient, task_id: string, options?: RequestOptions): APIPromise<KlingVideosImage2videoRetrieveResponse>;
