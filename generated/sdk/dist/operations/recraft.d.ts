import { type APIPromise, type BaseClient, type RequestOptions, type Uploadable } from '../core/index.js';
import type { components } from '../schema.js';
/** Parameters of `client.recraft.styles.create()` (recraftCreateStyle). */
export type RecraftStylesCreateParams = Omit<components['schemas']['RecraftCreateStyleRequest'], 'file'> & { /** One to five reference images (PNG, JPG or WEBP), one `file` part each. */ file: Uploadable | Uploadable[]; };
/** Success body of `client.recraft.styles.create()` (recraftCreateStyle). */
export type RecraftStylesCreateResponse = components['schemas']['RecraftCreateStyleResponse'];
/** Error bodies of `client.recraft.styles.create()`: read them from `APIError<RecraftStylesCreateErrorBody>`'s `error`. */
export type RecraftStylesCreateErrorBody = components['schemas']['RelayErrorEnvelope'];
/**
 * Create a style from reference images
 *
 * Upload one to five reference images (`multipart/form-data`, one `file` part each) and a
 * base `style`; Recraft extracts a custom style and returns its `id`. Pass that id as
 * `style_id` to the image generation route.
 *
 * `POST /recraft/v1/styles` — Not re-sent automatically once it may have reached the server (it is not idempotent).
 * @param params Query/header parameters and the request body.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `RecraftStylesCreateResponse` body.
 * @example
 * ```ts
 * import fs from 'node:fs';
 *
 * const result = await client.recraft.styles.create({
 *   style: 'digital_illustration',
 *   file: fs.createReadStream('file.png'),
 * });
 * ```
 * @see E47 创建样式 (Create style)
 */
export declare function recraftStylesCreate(client: BaseClient, params: RecraftStylesCreateParams, options?: RequestOptions): APIPromise<RecraftStylesCreateResponse>;
/** Parameters of `client.recraft.images.generate()` (recraftGenerateImage). */
export type RecraftImagesGenerateParams = components['schemas']['RecraftGenerateImageRequest'];
/** Success body of `client.recraft.images.generate()` (recraftGenerateImage). */
export type RecraftImagesGenerateResponse = components['schemas']['RecraftImagesResponse'];
/** Error bodies of `client.recraft.images.generate()`: read them from `APIError<RecraftImagesGenerateErrorBody>`'s `error`. */
export type RecraftImagesGenerateErrorBody = components['schemas']['RelayErrorEnvelope'];
/**
 * Generate images
 *
 * Text to image with Recraft V3 (default) or V2, as raster or vector illustrations. Choose
 * a base `style` (and `substyle`) or a custom `style_id` from the styles route; `controls`
 * sets preferred and background colours. The answer lists the images as URLs (valid about
 * 24 hours) or base64 (`response_format: b64_json`). Synchronous.
 *
 * `POST /recraft/v1/images/generations` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `RecraftImagesGenerateResponse` body.
 * @example
 * ```ts
 * const result = await client.recraft.images.generate({
 *   prompt: 'A minimalist fox logo made of geometric shapes',
 *   style: 'vector_illustration',
 *   model: 'recraftv3',
 *   size: '1024x1024',
 *   n: 2,
 *   controls: {
 *     colors: [
 *       {
 *         rgb: [255, 122, 0],
 *       },
 *       {
 *         rgb: [34, 34, 34],
 *       },
 *     ],
 *     background_color: {
 *       rgb: [255, 255, 255],
 *     },
 *   },
 * });
 * ```
 * @see E48 生成图像 (Generate image)
 */
export declare function recraftImagesGenerate(client: BaseClient, params: RecraftImagesGenerateParams, options?: RequestOptions): APIPromise<RecraftImagesGenerateResponse>;
/** Parameters of `client.recraft.images.vectorize()` (recraftVectorizeImage). */
export type RecraftImagesVectorizeParams = Omit<components['schemas']['RecraftImageFileRequest'], 'file'> & { /** The image (PNG, JPG or WEBP, at most 5 MB). */ file: Uploadable; };
/** Success body of `client.recraft.images.vectorize()` (recraftVectorizeImage). */
export type RecraftImagesVectorizeResponse = components['schemas']['RecraftImageFileResponse'];
/** Error bodies of `client.recraft.images.vectorize()`: read them from `APIError<RecraftImagesVectorizeErrorBody>`'s `error`. */
export type RecraftImagesVectorizeErrorBody = components['schemas']['RelayErrorEnvelope'];
/**
 * Vectorize an image
 *
 * Converts an uploaded raster image (`multipart/form-data` part `file`, PNG/JPG/WEBP up to
 * 5 MB) into an SVG. The answer holds the SVG's URL (valid about 24 hours) or, with
 * `response_format: b64_json`, its base64 content. Synchronous.
 *
 * `POST /recraft/v1/images/vectorize` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `RecraftImagesVectorizeResponse` body.
 * @example
 * ```ts
 * import fs from 'node:fs';
 *
 * const result = await client.recraft.images.vectorize({
 *   file: fs.createReadStream('file.png'),
 * });
 * ```
 * @see E49 图像矢量化 (Vectorize image)
 */
export declare function recraftImagesVectorize(client: BaseClient, params: RecraftImagesVectorizeParams, options?: RequestOptions): APIPromise<RecraftImagesVectorizeResponse>;
/** Parameters of `client.recraft.images.removeBackground()` (recraftRemoveBackground). */
export type RecraftImagesRemoveBackgroundParams = Omit<components['schemas']['RecraftImageFileRequest'], 'file'> & { /** The image (PNG, JPG or WEBP, at most 5 MB). */ file: Uploadable; };
/** Success body of `client.recraft.images.removeBackground()` (recraftRemoveBackground). */
export type RecraftImagesRemoveBackgroundResponse = components['schemas']['RecraftImageFileResponse'];
/** Error bodies of `client.recraft.images.removeBackground()`: read them from `APIError<RecraftImagesRemoveBackgroundErrorBody>`'s `error`. */
export type RecraftImagesRemoveBackgroundErrorBody = components['schemas']['RelayErrorEnvelope'];
/**
 * Remove the background of an image
 *
 * Cuts the subject out of an uploaded image (`multipart/form-data` part `file`) and returns
 * a PNG with a transparent background, as a URL (valid about 24 hours) or base64.
 * Synchronous.
 *
 * `POST /recraft/v1/images/removeBackground` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `RecraftImagesRemoveBackgroundResponse` body.
 * @example
 * ```ts
 * import fs from 'node:fs';
 *
 * const result = await client.recraft.images.removeBackground({
 *   file: fs.createReadStream('file.png'),
 *   response_format: 'url',
 * });
 * ```
 * @see E50 移除背景 (Remove background)
 */
export declare function recraftImagesRemoveBackground(client: BaseClient, params: RecraftImagesRemoveBackgroundParams, options?: RequestOptions): APIPromise<RecraftImagesRemoveBackgroundResponse>;
/** Parameters of `client.recraft.images.clarityUpscale()` (recraftClarityUpscale). */
export type RecraftImagesClarityUpscaleParams = Omit<components['schemas']['RecraftImageFileRequest'], 'file'> & { /** The image (PNG, JPG or WEBP, at most 5 MB). */ file: Uploadable; };
/** Success body of `client.recraft.images.clarityUpscale()` (recraftClarityUpscale). */
export type RecraftImagesClarityUpscaleResponse = components['schemas']['RecraftImageFileResponse'];
/** Error bodies of `client.recraft.images.clarityUpscale()`: read them from `APIError<RecraftImagesClarityUpscaleErrorBody>`'s `error`. */
export type RecraftImagesClarityUpscaleErrorBody = components['schemas']['RelayErrorEnvelope'];
/**
 * Upscale an image (clarity)
 *
 * Raises the resolution and sharpness of an uploaded image (`multipart/form-data` part
 * `file`) while keeping its content. Returns the result as a URL (valid about 24 hours) or
 * base64. Synchronous.
 *
 * `POST /recraft/v1/images/clarityUpscale` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `RecraftImagesClarityUpscaleResponse` body.
 * @example
 * ```ts
 * import fs from 'node:fs';
 *
 * const result = await client.recraft.images.clarityUpscale({
 *   file: fs.createReadStream('file.png'),
 * });
 * ```
 * @see E51 清晰度提升 (Clarity upscale)
 */
export declare function recraftImagesClarityUpscale(client: BaseClient, params: RecraftImagesClarityUpscaleParams, options?: RequestOptions): APIPromise<RecraftImagesClarityUpscaleResponse>;
/** Parameters of `client.recraft.images.generativeUpscale()` (recraftGenerativeUpscale). */
export type RecraftImagesGenerativeUpscaleParams = Omit<components['schemas']['RecraftImageFileRequest'], 'file'> & { /** The image (PNG, JPG or WEBP, at most 5 MB). */ file: Uploadable; };
/** Success body of `client.recraft.images.generativeUpscale()` (recraftGenerativeUpscale). */
export type RecraftImagesGenerativeUpscaleResponse = components['schemas']['RecraftImageFileResponse'];
/** Error bodies of `client.recraft.images.generativeUpscale()`: read them from `APIError<RecraftImagesGenerativeUpscaleErrorBody>`'s `error`. */
export type RecraftImagesGenerativeUpscaleErrorBody = components['schemas']['RelayErrorEnvelope'];
/**
 * Upscale an image (generative)
 *
 * Upscales an uploaded image (`multipart/form-data` part `file`) and lets the model add
 * fine detail (suited to faces and textures). Slower and pricier than the clarity upscale.
 * Returns the result as a URL (valid about 24 hours) or base64. Synchronous.
 *
 * `POST /recraft/v1/images/generativeUpscale` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `RecraftImagesGenerativeUpscaleResponse` body.
 * @example
 * ```ts
 * import fs from 'node:fs';
 *
 * const result = await client.recraft.images.generativeUpscale({
 *   file: fs.createReadStream('file.png'),
 *   response_format: 'b64_json',
 * });
 * ```
 * @see E52 生成式放大 (Generative upscale)
 */
export declare function recraftImagesGenerativeUpscale(client: BaseClient, params: RecraftImagesGenerativeUpscaleParams, options?: RequestOptions): APIPromise<RecraftImagesGenerativeUpscaleResponse>;
