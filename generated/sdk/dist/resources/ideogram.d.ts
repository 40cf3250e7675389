import { type APIPromise, APIResource, type RequestOptions } from '../core/index.js';
import { type IdeogramImagesDescribeParams, type IdeogramImagesDescribeResponse, type IdeogramImagesGenerateParams, type IdeogramImagesGenerateResponse, type IdeogramImagesRemixParams, type IdeogramImagesRemixResponse, type IdeogramImagesUpscaleParams, type IdeogramImagesUpscaleResponse } from '../operations/ideogram.js';
/**
 * Ideogram (Ideogram): Ideogram's official v1 API under `/ideogram`, all synchronous: generate (JSON
 * `image_request`), remix and upscale (`multipart/form-data` with `image_file` and
 * `image_request` as a JSON text part), and describe. Image URLs are valid about 24 hours.
 * In the original navigation these are top-level items without a group.
 */
export declare class Ideogram extends APIResource {
    /**
   * Ideogram (Ideogram): Ideogram's official v1 API under `/ideogram`, all synchronous: generate (JSON
   * `image_request`), remix and upscale (`multipart/form-data` with `image_file` and
   * `image_request` as a JSON text part), and describe. Image URLs are valid about 24 hours.
   * In the original navigation these are top-level items without a group.
   */
    readonly images: IdeogramImages;
}
/**
 * Ideogram (Ideogram): Ideogram's official v1 API under `/ideogram`, all synchronous: generate (JSON
 * `image_request`), remix and upscale (`multipart/form-data` with `image_file` and
 * `image_request` as a JSON text part), and describe. Image URLs are valid about 24 hours.
 * In the original navigation these are top-level items without a group.
 */
export declare class IdeogramImages extends APIResource {
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
    describe(params: IdeogramImagesDescribeParams, options?: RequestOptions): APIPromise<IdeogramImagesDescribeResponse>;
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
    generate(params: IdeogramImagesGenerateParams, options?: RequestOptions): APIPromise<IdeogramImagesGenerateResponse>;
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
    remix(params: IdeogramImagesRemixParams, options?: RequestOptions): APIPromise<IdeogramImagesRemixResponse>;
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
    upscale(params: IdeogramImagesUpscaleParams, options?: RequestOptions): APIPromise<IdeogramImagesUpscaleResponse>;
}
