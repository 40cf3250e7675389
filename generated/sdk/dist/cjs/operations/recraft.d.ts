import type { APIPromise, BaseClient, RequestOptions, Uploadable } from '../core/index.js';
import type { paths } from '../schema.js';
/** Parameters of `client.recraft.styles.create()` (recraftCreateStyle). */
export type RecraftStylesCreateParams = Omit<NonNullable<paths['/recraft/v1/styles']['post']['requestBody']>['content']['multipart/form-data'], 'file'> & {
    file: Uploadable | Uploadable[];
};
/** Success body of `client.recraft.styles.create()` (recraftCreateStyle). */
export type RecraftStylesCreateResponse = paths['/recraft/v1/styles']['post']['responses']['200']['content']['application/json'];
/** Error bodies of `client.recraft.styles.create()`: read them from `APIError<RecraftStylesCreateErrorBody>`'s `error`. */
export type RecraftStylesCreateErrorBody = paths['/recraft/v1/styles']['post']['responses']['400']['content']['application/json'] | paths['/recraft/v1/styles']['post']['responses']['401']['content']['application/json'] | paths['/recraft/v1/styles']['post']['responses']['403']['content']['application/json'] | paths['/recraft/v1/styles']['post']['responses']['429']['content']['application/json'] | paths['/recraft/v1/styles']['post']['responses']['500']['content']['application/json'];
/**
 * Create a style from reference images
 *
 * Upload one to five reference images (`multipart/form-data`, one `file` part each) and a
 * base `style`; Recraft extracts a custom style and returns its `id`. Pass that id as
 * `style_id` to the image generation route.
 *
 * `POST /recraft/v1/styles` — Not re-sent automatically once it may have reached the server (it can start paid work).
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
export type RecraftImagesGenerateParams = NonNullable<paths['/recraft/v1/images/generations']['post']['requestBody']>['content']['application/json'];
/** Success body of `client.recraft.images.generate()` (recraftGenerateImage). */
export type RecraftImagesGenerateResponse = paths['/recraft/v1/images/generations']['post']['responses']['200']['content']['application/json'];
/** Error bodies of `client.recraft.images.generate()`: read them from `APIError<RecraftImagesGenerateErrorBody>`'s `error`. */
export type RecraftImagesGenerateErrorBody = paths['/recraft/v1/images/generations']['post']['responses']['400']['content']['application/json'] | paths['/recraft/v1/images/generations']['post']['responses']['401']['content']['application/json'] | paths['/recraft/v1/images/generations']['post']['responses']['403']['content']['application/json'] | paths['/recraft/v1/images/generations']['post']['responses']['429']['content']['application/json'] | paths['/recraft/v1/images/generations']['post']['responses']['500']['content']['application/json'];
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
export type RecraftImagesVectorizeParams = Omit<NonNullable<paths['/recraft/v1/images/vectorize']['post']['requestBody']>['content']['multipart/form-data'], 'file'> & {
    file: Uploadable;
};
/** Success body of `client.recraft.images.vectorize()` (recraftVectorizeImage). */
export type RecraftImagesVectorizeResponse = paths['/recraft/v1/images/vectorize']['post']['responses']['200']['content']['application/json'];
/** Error bodies of `client.recraft.images.vectorize()`: read them from `APIError<RecraftImagesVectorizeErrorBody>`'s `error`. */
export type RecraftImagesVectorizeErrorBody = paths['/recraft/v1/images/vectorize']['post']['responses']['400']['content']['application/json'] | paths['/recraft/v1/images/vectorize']['post']['responses']['401']['content']['application/json'] | paths['/recraft/v1/images/vectorize']['post']['responses']['403']['content']['application/json'] | paths['/recraft/v1/images/vectorize']['post']['responses']['429']['content']['application/json'] | paths['/recraft/v1/images/vectorize']['post']['responses']['500']['content']['application/json'];
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
export type RecraftImagesRemoveBackgroundParams = Omit<NonNullable<paths['/recraft/v1/images/removeBackground']['post']['requestBody']>['content']['multipart/form-data'], 'file'> & {
    file: Uploadable;
};
/** Success body of `client.recraft.images.removeBackground()` (recraftRemoveBackground). */
export type RecraftImagesRemoveBackgroundResponse = paths['/recraft/v1/images/removeBackground']['post']['responses']['200']['content']['application/json'];
/** Error bodies of `client.recraft.images.removeBackground()`: read them from `APIError<RecraftImagesRemoveBackgroundErrorBody>`'s `error`. */
export type RecraftImagesRemoveBackgroundErrorBody = paths['/recraft/v1/images/removeBackground']['post']['responses']['400']['content']['application/json'] | paths['/recraft/v1/images/removeBackground']['post']['responses']['401']['content']['application/json'] | paths['/recraft/v1/images/removeBackground']['post']['responses']['403']['content']['application/json'] | paths['/recraft/v1/images/removeBackground']['post']['responses']['429']['content']['application/json'] | paths['/recraft/v1/images/removeBackground']['post']['responses']['500']['content']['application/json'];
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
export type RecraftImagesClarityUpscaleParams = Omit<NonNullable<paths['/recraft/v1/images/clarityUpscale']['post']['requestBody']>['content']['multipart/form-data'], 'file'> & {
    file: Uploadable;
};
/** Success body of `client.recraft.images.clarityUpscale()` (recraftClarityUpscale). */
export type RecraftImagesClarityUpscaleResponse = paths['/recraft/v1/images/clarityUpscale']['post']['responses']['200']['content']['application/json'];
/** Error bodies of `client.recraft.images.clarityUpscale()`: read them from `APIError<RecraftImagesClarityUpscaleErrorBody>`'s `error`. */
export type RecraftImagesClarityUpscaleErrorBody = paths['/recraft/v1/images/clarityUpscale']['post']['responses']['400']['content']['application/json'] | paths['/recraft/v1/images/clarityUpscale']['post']['responses']['401']['content']['application/json'] | paths['/recraft/v1/images/clarityUpscale']['post']['responses']['403']['content']['application/json'] | paths['/recraft/v1/images/clarityUpscale']['post']['responses']['429']['content']['application/json'] | paths['/recraft/v1/images/clarityUpscale']['post']['responses']['500']['content']['application/json'];
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
export type RecraftImagesGenerativeUpscaleParams = Omit<NonNullable<paths['/recraft/v1/images/generativeUpscale']['post']['requestBody']>['content']['multipart/form-data'], 'file'> & {
    file: Uploadable;
};
/** Success body of `client.recraft.images.generativeUpscale()` (recraftGenerativeUpscale). */
export type RecraftImagesGenerativeUpscaleResponse = paths['/recraft/v1/images/generativeUpscale']['post']['responses']['200']['content']['application/json'];
/** Error bodies of `client.recraft.images.generativeUpscale()`: read them from `APIError<RecraftImagesGenerativeUpscaleErrorBody>`'s `error`. */
export type RecraftImagesGenerativeUpscaleErrorBody = paths['/recraft/v1/images/generativeUpscale']['post']['responses']['400']['content']['application/json'] | paths['/recraft/v1/images/generativeUpscale']['post']['responses']['401']['content']['application/json'] | paths['/recraft/v1/images/generativeUpscale']['post']['responses']['403']['content']['application/json'] | paths['/recraft/v1/images/generativeUpscale']['post']['responses']['429']['content']['application/json'] | paths['/recraft/v1/images/generativeUpscale']['post']['responses']['500']['content']['application/json'];
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
