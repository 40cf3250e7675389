import { type APIPromise, type BaseClient, type RequestOptions, type Uploadable } from '../core/index.js';
import type { components } from '../schema.js';
/** Parameters of `client.ideogram.images.generate()` (ideogramGenerate). */
export type IdeogramImagesGenerateParams = components['schemas']['IdeogramGenerateRequest'];
/** Success body of `client.ideogram.images.generate()` (ideogramGenerate). */
export type IdeogramImagesGenerateResponse = components['schemas']['IdeogramImagesResponse'];
/** Error bodies of `client.ideogram.images.generate()`: read them from `APIError<IdeogramImagesGenerateErrorBody>`'s `error`. */
export type IdeogramImagesGenerateErrorBody = components['schemas']['RelayErrorEnvelope'];
/**
 * Generate images
 *
 * Text to image with Ideogram (strong at rendering text inside images). Put the settings
 * in `image_request`: `prompt`, `aspect_ratio` or `resolution`, `model`, `style_type`,
 * `magic_prompt_option`, `num_images` (1–8). Synchronous: the answer lists the image URLs
 * (valid about 24 hours).
 *
 * `POST /ideogram/generate` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `IdeogramImagesGenerateResponse` body.
 * @example
 * ```ts
 * const result = await client.ideogram.images.generate({
 *   image_request: {
 *     prompt: 'A retro travel poster with the words "VISIT HANGZHOU" above West Lake at sunset',
 *     aspect_ratio: 'ASPECT_10_16',
 *     model: 'V_2',
 *     magic_prompt_option: 'AUTO',
 *     style_type: 'DESIGN',
 *     num_images: 1,
 *   },
 * });
 * ```
 * @see E59 Generate(文生图) (Generate (text to image))
 */
export declare function ideogramImagesGenerate(client: BaseClient, params: IdeogramImagesGenerateParams, options?: RequestOptions): APIPromise<IdeogramImagesGenerateResponse>;
/** Parameters of `client.ideogram.images.remix()` (ideogramRemix). */
export type IdeogramImagesRemixParams = Omit<components['schemas']['IdeogramRemixRequest'], 'image_file'> & { /** The input image (JPEG, WEBP or PNG). */ image_file: Uploadable; };
/** Success body of `client.ideogram.images.remix()` (ideogramRemix). */
export type IdeogramImagesRemixResponse = components['schemas']['IdeogramImagesResponse'];
/** Error bodies of `client.ideogram.images.remix()`: read them from `APIError<IdeogramImagesRemixErrorBody>`'s `error`. */
export type IdeogramImagesRemixErrorBody = components['schemas']['RelayErrorEnvelope'];
/**
 * Remix an image
 *
 * Creates new images from an uploaded image and a prompt. Send `multipart/form-data` with
 * `image_file` and `image_request`, the generation settings plus `image_weight` (1–100, how
 * much the input image counts) as a JSON text part. Synchronous.
 *
 * `POST /ideogram/remix` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `IdeogramImagesRemixResponse` body.
 * @example
 * ```ts
 * import fs from 'node:fs';
 *
 * const result = await client.ideogram.images.remix({
 *   image_request: {
 *     prompt: 'A watercolor painting of this cat',
 *     aspect_ratio: 'ASPECT_1_1',
 *     image_weight: 60,
 *     model: 'V_2',
 *     magic_prompt_option: 'ON',
 *   },
 *   image_file: fs.createReadStream('image_file.jpg'),
 * });
 * ```
 * @see E60 Remix(混合图) (Remix (image + prompt))
 */
export declare function ideogramImagesRemix(client: BaseClient, params: IdeogramImagesRemixParams, options?: RequestOptions): APIPromise<IdeogramImagesRemixResponse>;
/** Parameters of `client.ideogram.images.upscale()` (ideogramUpscale). */
export type IdeogramImagesUpscaleParams = Omit<components['schemas']['IdeogramUpscaleRequest'], 'image_file'> & { /** The image to upscale (JPEG, WEBP or PNG). */ image_file: Uploadable; };
/** Success body of `client.ideogram.images.upscale()` (ideogramUpscale). */
export type IdeogramImagesUpscaleResponse = components['schemas']['IdeogramImagesResponse'];
/** Error bodies of `client.ideogram.images.upscale()`: read them from `APIError<IdeogramImagesUpscaleErrorBody>`'s `error`. */
export type IdeogramImagesUpscaleErrorBody = components['schemas']['RelayErrorEnvelope'];
/**
 * Upscale an image
 *
 * Upscales an uploaded image. Send `multipart/form-data` with `image_file` and
 * `image_request`, a JSON text part with optional `prompt`, `resemblance` and `detail`
 * (1–100 each, default 50), `magic_prompt_option`, `num_images` and `seed`. Synchronous.
 *
 * `POST /ideogram/upscale` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `IdeogramImagesUpscaleResponse` body.
 * @example
 * ```ts
 * import fs from 'node:fs';
 *
 * const result = await client.ideogram.images.upscale({
 *   image_request: {
 *     resemblance: 80,
 *     detail: 70,
 *     magic_prompt_option: 'OFF',
 *   },
 *   image_file: fs.createReadStream('image_file.jpg'),
 * });
 * ```
 * @see E61 Upscale(放大高清) (Upscale)
 */
export declare function ideogramImagesUpscale(client: BaseClient, params: IdeogramImagesUpscaleParams, options?: RequestOptions): APIPromise<IdeogramImagesUpscaleResponse>;
/** Parameters of `client.ideogram.images.describe()` (ideogramDescribe). */
export type IdeogramImagesDescribeParams = Omit<components['schemas']['IdeogramDescribeRequest'], 'image_file'> & { /** The image to describe (JPEG, WEBP or PNG). */ image_file: Uploadable; };
/** Success body of `client.ideogram.images.describe()` (ideogramDescribe). */
export type IdeogramImagesDescribeResponse = components['schemas']['IdeogramDescribeResponse'];
/** Error bodies of `client.ideogram.images.describe()`: read them from `APIError<IdeogramImagesDescribeErrorBody>`'s `error`. */
export type IdeogramImagesDescribeErrorBody = components['schemas']['RelayErrorEnvelope'];
/**
 * Describe an image
 *
 * Returns text descriptions of an uploaded image (`multipart/form-data` part
 * `image_file`), usable as prompts. Synchronous.
 *
 * `POST /ideogram/describe` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `IdeogramImagesDescribeResponse` body.
 * @example
 * ```ts
 * import fs from 'node:fs';
 *
 * const result = await client.ideogram.images.describe({
 *   image_file: fs.createReadStream('image_file.jpg'),
 * });
 * ```
 * @see E62 Describe(描述) (Describe (image to text))
 */
export declare function ideogramImagesDescribe(client: BaseClient, params: IdeogramImagesDescribeParams, options?: RequestOptions): APIPromise<IdeogramImagesDescribeResponse>;
