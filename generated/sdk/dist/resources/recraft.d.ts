import { type APIPromise, APIResource, type RequestOptions } from '../core/index.js';
import { type RecraftImagesClarityUpscaleParams, type RecraftImagesClarityUpscaleResponse, type RecraftImagesGenerateParams, type RecraftImagesGenerateResponse, type RecraftImagesGenerativeUpscaleParams, type RecraftImagesGenerativeUpscaleResponse, type RecraftImagesRemoveBackgroundParams, type RecraftImagesRemoveBackgroundResponse, type RecraftImagesVectorizeParams, type RecraftImagesVectorizeResponse, type RecraftStylesCreateParams, type RecraftStylesCreateResponse } from '../operations/recraft.js';
/**
 * Recraft (styles / images): Recraft in its official format under `/recraft/v1`, all synchronous: create a custom
 * style from reference images, generate raster or vector images (JSON), and vectorize,
 * remove the background of, or upscale an uploaded image (`multipart/form-data`). Results
 * are URLs valid about 24 hours, or base64 with `response_format: b64_json`. In the original
 * navigation these are the top-level groups "styles" and "images"; Recraft in DALL·E format
 * is under tag `images`.
 */
export declare class Recraft extends APIResource {
    /**
   * Recraft (styles / images): Recraft in its official format under `/recraft/v1`, all synchronous: create a custom
   * style from reference images, generate raster or vector images (JSON), and vectorize,
   * remove the background of, or upscale an uploaded image (`multipart/form-data`). Results
   * are URLs valid about 24 hours, or base64 with `response_format: b64_json`. In the original
   * navigation these are the top-level groups "styles" and "images"; Recraft in DALL·E format
   * is under tag `images`.
   */
    readonly images: RecraftImages;
    /**
   * Recraft (styles / images): Recraft in its official format under `/recraft/v1`, all synchronous: create a custom
   * style from reference images, generate raster or vector images (JSON), and vectorize,
   * remove the background of, or upscale an uploaded image (`multipart/form-data`). Results
   * are URLs valid about 24 hours, or base64 with `response_format: b64_json`. In the original
   * navigation these are the top-level groups "styles" and "images"; Recraft in DALL·E format
   * is under tag `images`.
   */
    readonly styles: RecraftStyles;
}
/**
 * Recraft (styles / images): Recraft in its official format under `/recraft/v1`, all synchronous: create a custom
 * style from reference images, generate raster or vector images (JSON), and vectorize,
 * remove the background of, or upscale an uploaded image (`multipart/form-data`). Results
 * are URLs valid about 24 hours, or base64 with `response_format: b64_json`. In the original
 * navigation these are the top-level groups "styles" and "images"; Recraft in DALL·E format
 * is under tag `images`.
 */
export declare class RecraftImages extends APIResource {
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
    clarityUpscale(params: RecraftImagesClarityUpscaleParams, options?: RequestOptions): APIPromise<RecraftImagesClarityUpscaleResponse>;
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
    generate(params: RecraftImagesGenerateParams, options?: RequestOptions): APIPromise<RecraftImagesGenerateResponse>;
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
    generativeUpscale(params: RecraftImagesGenerativeUpscaleParams, options?: RequestOptions): APIPromise<RecraftImagesGenerativeUpscaleResponse>;
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
    removeBackground(params: RecraftImagesRemoveBackgroundParams, options?: RequestOptions): APIPromise<RecraftImagesRemoveBackgroundResponse>;
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
    vectorize(params: RecraftImagesVectorizeParams, options?: RequestOptions): APIPromise<RecraftImagesVectorizeResponse>;
}
/**
 * Recraft (styles / images): Recraft in its official format under `/recraft/v1`, all synchronous: create a custom
 * style from reference images, generate raster or vector images (JSON), and vectorize,
 * remove the background of, or upscale an uploaded image (`multipart/form-data`). Results
 * are URLs valid about 24 hours, or base64 with `response_format: b64_json`. In the original
 * navigation these are the top-level groups "styles" and "images"; Recraft in DALL·E format
 * is under tag `images`.
 */
export declare class RecraftStyles extends APIResource {
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
    create(params: RecraftStylesCreateParams, options?: RequestOptions): APIPromise<RecraftStylesCreateResponse>;
}
