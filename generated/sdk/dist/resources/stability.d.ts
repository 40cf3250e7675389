import { type APIPromise, APIResource, type BinaryAs, type BinaryRequestOptions, type BinaryResult, type RequestOptions } from '../core/index.js';
import { type StabilityCoreCreateParams, type StabilityEnginesTextToImageParams, type StabilityEnginesTextToImageResponse, type StabilitySd3CreateParams, type StabilitySdxlCreateParams, type StabilitySdxlCreateResponse, type StabilityUltraCreateParams } from '../operations/stability.js';
/**
 * Stability AI (SD图像接口): Stability AI image generation in Stability's own REST format under the prefix `/sd`, all
 * synchronous. v2beta (`/sd/v2beta/stable-image/generate/{ultra,core,sd3}`) takes
 * `multipart/form-data` and answers with the image bytes (`accept: image/*`, default) or
 * base64 JSON (`accept: application/json`); errors are `{id, name, errors[]}`. v1
 * (`/sd/v1/generation/.../text-to-image`, SDXL 1.0 and SD 1.6) takes JSON `text_prompts` and
 * answers with base64 `artifacts` or a PNG (`Accept: image/png`); errors are
 * `{id, name, message}`. The original navigation shows the v1 route twice: under SD图像接口 →
 * SDXL (fixed engine) and as the top-level item "SDXL & SD1.6" (`{engine_id}` in the path).
 */
export declare class Stability extends APIResource {
    /**
   * Stability AI (SD图像接口): Stability AI image generation in Stability's own REST format under the prefix `/sd`, all
   * synchronous. v2beta (`/sd/v2beta/stable-image/generate/{ultra,core,sd3}`) takes
   * `multipart/form-data` and answers with the image bytes (`accept: image/*`, default) or
   * base64 JSON (`accept: application/json`); errors are `{id, name, errors[]}`. v1
   * (`/sd/v1/generation/.../text-to-image`, SDXL 1.0 and SD 1.6) takes JSON `text_prompts` and
   * answers with base64 `artifacts` or a PNG (`Accept: image/png`); errors are
   * `{id, name, message}`. The original navigation shows the v1 route twice: under SD图像接口 →
   * SDXL (fixed engine) and as the top-level item "SDXL & SD1.6" (`{engine_id}` in the path).
   */
    readonly core: StabilityCore;
    /**
   * Stability AI (SD图像接口): Stability AI image generation in Stability's own REST format under the prefix `/sd`, all
   * synchronous. v2beta (`/sd/v2beta/stable-image/generate/{ultra,core,sd3}`) takes
   * `multipart/form-data` and answers with the image bytes (`accept: image/*`, default) or
   * base64 JSON (`accept: application/json`); errors are `{id, name, errors[]}`. v1
   * (`/sd/v1/generation/.../text-to-image`, SDXL 1.0 and SD 1.6) takes JSON `text_prompts` and
   * answers with base64 `artifacts` or a PNG (`Accept: image/png`); errors are
   * `{id, name, message}`. The original navigation shows the v1 route twice: under SD图像接口 →
   * SDXL (fixed engine) and as the top-level item "SDXL & SD1.6" (`{engine_id}` in the path).
   */
    readonly engines: StabilityEngines;
    /**
   * Stability AI (SD图像接口): Stability AI image generation in Stability's own REST format under the prefix `/sd`, all
   * synchronous. v2beta (`/sd/v2beta/stable-image/generate/{ultra,core,sd3}`) takes
   * `multipart/form-data` and answers with the image bytes (`accept: image/*`, default) or
   * base64 JSON (`accept: application/json`); errors are `{id, name, errors[]}`. v1
   * (`/sd/v1/generation/.../text-to-image`, SDXL 1.0 and SD 1.6) takes JSON `text_prompts` and
   * answers with base64 `artifacts` or a PNG (`Accept: image/png`); errors are
   * `{id, name, message}`. The original navigation shows the v1 route twice: under SD图像接口 →
   * SDXL (fixed engine) and as the top-level item "SDXL & SD1.6" (`{engine_id}` in the path).
   */
    readonly sd3: StabilitySd3;
    /**
   * Stability AI (SD图像接口): Stability AI image generation in Stability's own REST format under the prefix `/sd`, all
   * synchronous. v2beta (`/sd/v2beta/stable-image/generate/{ultra,core,sd3}`) takes
   * `multipart/form-data` and answers with the image bytes (`accept: image/*`, default) or
   * base64 JSON (`accept: application/json`); errors are `{id, name, errors[]}`. v1
   * (`/sd/v1/generation/.../text-to-image`, SDXL 1.0 and SD 1.6) takes JSON `text_prompts` and
   * answers with base64 `artifacts` or a PNG (`Accept: image/png`); errors are
   * `{id, name, message}`. The original navigation shows the v1 route twice: under SD图像接口 →
   * SDXL (fixed engine) and as the top-level item "SDXL & SD1.6" (`{engine_id}` in the path).
   */
    readonly sdxl: StabilitySdxl;
    /**
   * Stability AI (SD图像接口): Stability AI image generation in Stability's own REST format under the prefix `/sd`, all
   * synchronous. v2beta (`/sd/v2beta/stable-image/generate/{ultra,core,sd3}`) takes
   * `multipart/form-data` and answers with the image bytes (`accept: image/*`, default) or
   * base64 JSON (`accept: application/json`); errors are `{id, name, errors[]}`. v1
   * (`/sd/v1/generation/.../text-to-image`, SDXL 1.0 and SD 1.6) takes JSON `text_prompts` and
   * answers with base64 `artifacts` or a PNG (`Accept: image/png`); errors are
   * `{id, name, message}`. The original navigation shows the v1 route twice: under SD图像接口 →
   * SDXL (fixed engine) and as the top-level item "SDXL & SD1.6" (`{engine_id}` in the path).
   */
    readonly ultra: StabilityUltra;
}
/**
 * Stability AI (SD图像接口): Stability AI image generation in Stability's own REST format under the prefix `/sd`, all
 * synchronous. v2beta (`/sd/v2beta/stable-image/generate/{ultra,core,sd3}`) takes
 * `multipart/form-data` and answers with the image bytes (`accept: image/*`, default) or
 * base64 JSON (`accept: application/json`); errors are `{id, name, errors[]}`. v1
 * (`/sd/v1/generation/.../text-to-image`, SDXL 1.0 and SD 1.6) takes JSON `text_prompts` and
 * answers with base64 `artifacts` or a PNG (`Accept: image/png`); errors are
 * `{id, name, message}`. The original navigation shows the v1 route twice: under SD图像接口 →
 * SDXL (fixed engine) and as the top-level item "SDXL & SD1.6" (`{engine_id}` in the path).
 */
export declare class StabilityCore extends APIResource {
    /**
   * Generate an image with Stable Image Core
   *
   * Fast, low-cost text-to-image with optional `style_preset`. Same request and answer
   * conventions as Ultra: `multipart/form-data` in; image bytes (`accept: image/*`, default)
   * or base64 JSON (`accept: application/json`) out. Synchronous.
   *
   * `POST /sd/v2beta/stable-image/generate/core` — Not re-sent automatically once it may have reached the server (it can start paid work).
   * @param params Query/header parameters and the request body.
   * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
   * @returns The bytes as a `Blob` (default), or an `ArrayBuffer`, `ReadableStream` or `Response` with `{ as }`.
   * @example
   * ```ts
   * const blob = await client.stability.core.create({
   *   prompt: 'A young astronaut with a cat helmet, floating among candy-coloured planets',
   *   aspect_ratio: '2:3',
   *   style_preset: 'anime',
   *   output_format: 'webp',
   * });
   * const bytes = new Uint8Array(await blob.arrayBuffer());
   * ```
   * @see E43 Stable Image Core (Stable Image Core)
   */
    create<A extends BinaryAs = 'blob'>(params: StabilityCoreCreateParams, options?: BinaryRequestOptions<A>): APIPromise<BinaryResult<A>>;
}
/**
 * Stability AI (SD图像接口): Stability AI image generation in Stability's own REST format under the prefix `/sd`, all
 * synchronous. v2beta (`/sd/v2beta/stable-image/generate/{ultra,core,sd3}`) takes
 * `multipart/form-data` and answers with the image bytes (`accept: image/*`, default) or
 * base64 JSON (`accept: application/json`); errors are `{id, name, errors[]}`. v1
 * (`/sd/v1/generation/.../text-to-image`, SDXL 1.0 and SD 1.6) takes JSON `text_prompts` and
 * answers with base64 `artifacts` or a PNG (`Accept: image/png`); errors are
 * `{id, name, message}`. The original navigation shows the v1 route twice: under SD图像接口 →
 * SDXL (fixed engine) and as the top-level item "SDXL & SD1.6" (`{engine_id}` in the path).
 */
export declare class StabilityEngines extends APIResource {
    /**
   * Text to image with a chosen v1 engine (SDXL, SD 1.6)
   *
   * Stability v1 text-to-image on the engine named in the path (`stable-diffusion-xl-1024-v1-0`,
   * `stable-diffusion-v1-6`, ...). Same body and answers as the fixed SDXL route: JSON
   * `text_prompts` in; base64 `artifacts` (`Accept: application/json`, default) or PNG bytes
   * (`Accept: image/png`) out. Synchronous.
   *
   * `POST /sd/v1/generation/{engine_id}/text-to-image` — Not re-sent automatically once it may have reached the server (it can start paid work).
   * @param engine_id The v1 engine to run.
   * @param params Query/header parameters and the request body.
   * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
   * @returns The `StabilityEnginesTextToImageResponse` body.
   * @example
   * ```ts
   * const result = await client.stability.engines.textToImage('stable-diffusion-v1-6', {
   *   text_prompts: [
   *     {
   *       text: 'A cozy reading nook with a cat asleep on a pile of books, warm lamp light',
   *     },
   *   ],
   *   height: 768,
   *   width: 512,
   *   samples: 2,
   *   steps: 40,
   *   sampler: 'K_DPMPP_2M',
   *   seed: 42,
   * });
   * ```
   * @see E46 Text-to-image (SDXL & SD 1.6 text to image)
   */
    textToImage(engine_id: 'stable-diffusion-xl-1024-v1-0' | 'stable-diffusion-v1-6' | 'stable-diffusion-xl-beta-v2-2-2', params: StabilityEnginesTextToImageParams, options?: RequestOptions): APIPromise<StabilityEnginesTextToImageResponse>;
}
/**
 * Stability AI (SD图像接口): Stability AI image generation in Stability's own REST format under the prefix `/sd`, all
 * synchronous. v2beta (`/sd/v2beta/stable-image/generate/{ultra,core,sd3}`) takes
 * `multipart/form-data` and answers with the image bytes (`accept: image/*`, default) or
 * base64 JSON (`accept: application/json`); errors are `{id, name, errors[]}`. v1
 * (`/sd/v1/generation/.../text-to-image`, SDXL 1.0 and SD 1.6) takes JSON `text_prompts` and
 * answers with base64 `artifacts` or a PNG (`Accept: image/png`); errors are
 * `{id, name, message}`. The original navigation shows the v1 route twice: under SD图像接口 →
 * SDXL (fixed engine) and as the top-level item "SDXL & SD1.6" (`{engine_id}` in the path).
 */
export declare class StabilitySd3 extends APIResource {
    /**
   * Generate an image with Stable Diffusion 3
   *
   * Stable Diffusion 3 (large, large-turbo or medium) as text-to-image or, with
   * `mode: image-to-image`, transforming an uploaded `image` by `strength`. Send
   * `multipart/form-data`; the `accept` header picks image bytes (default) or base64 JSON.
   * Synchronous.
   *
   * `POST /sd/v2beta/stable-image/generate/sd3` — Not re-sent automatically once it may have reached the server (it can start paid work).
   * @param params Query/header parameters and the request body.
   * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
   * @returns The bytes as a `Blob` (default), or an `ArrayBuffer`, `ReadableStream` or `Response` with `{ as }`.
   * @example
   * ```ts
   * const blob = await client.stability.sd3.create({
   *   prompt: 'A red fox reading a newspaper in a Parisian cafe, oil painting',
   *   mode: 'text-to-image',
   *   model: 'sd3-large',
   *   aspect_ratio: '3:2',
   *   output_format: 'jpeg',
   * });
   * const bytes = new Uint8Array(await blob.arrayBuffer());
   * ```
   * @see E44 Stable Diffusion 3 (Stable Diffusion 3)
   */
    create<A extends BinaryAs = 'blob'>(params: StabilitySd3CreateParams, options?: BinaryRequestOptions<A>): APIPromise<BinaryResult<A>>;
}
/**
 * Stability AI (SD图像接口): Stability AI image generation in Stability's own REST format under the prefix `/sd`, all
 * synchronous. v2beta (`/sd/v2beta/stable-image/generate/{ultra,core,sd3}`) takes
 * `multipart/form-data` and answers with the image bytes (`accept: image/*`, default) or
 * base64 JSON (`accept: application/json`); errors are `{id, name, errors[]}`. v1
 * (`/sd/v1/generation/.../text-to-image`, SDXL 1.0 and SD 1.6) takes JSON `text_prompts` and
 * answers with base64 `artifacts` or a PNG (`Accept: image/png`); errors are
 * `{id, name, message}`. The original navigation shows the v1 route twice: under SD图像接口 →
 * SDXL (fixed engine) and as the top-level item "SDXL & SD1.6" (`{engine_id}` in the path).
 */
export declare class StabilitySdxl extends APIResource {
    /**
   * SDXL 1.0 text to image
   *
   * Stability v1 text-to-image with the engine fixed to `stable-diffusion-xl-1024-v1-0`.
   * JSON body with weighted `text_prompts`. With `Accept: application/json` (default) the
   * answer lists base64 `artifacts`; with `Accept: image/png` it is the PNG itself (only one
   * sample). Synchronous. For other v1 engines use the `{engine_id}` route.
   *
   * `POST /sd/v1/generation/stable-diffusion-xl-1024-v1-0/text-to-image` — Not re-sent automatically once it may have reached the server (it can start paid work).
   * @param params Query/header parameters and the request body.
   * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
   * @returns The `StabilitySdxlCreateResponse` body.
   * @example
   * ```ts
   * const result = await client.stability.sdxl.create({
   *   text_prompts: [
   *     {
   *       text: 'A watercolor painting of a Japanese temple in autumn, maple leaves',
   *       weight: 1,
   *     },
   *     {
   *       text: 'blurry, watermark',
   *       weight: -1,
   *     },
   *   ],
   *   cfg_scale: 7,
   *   height: 1024,
   *   width: 1024,
   *   samples: 1,
   *   steps: 30,
   *   style_preset: 'enhance',
   * });
   * ```
   * @see E45 Text-to-image (SDXL text to image)
   */
    create(params: StabilitySdxlCreateParams, options?: RequestOptions): APIPromise<StabilitySdxlCreateResponse>;
}
/**
 * Stability AI (SD图像接口): Stability AI image generation in Stability's own REST format under the prefix `/sd`, all
 * synchronous. v2beta (`/sd/v2beta/stable-image/generate/{ultra,core,sd3}`) takes
 * `multipart/form-data` and answers with the image bytes (`accept: image/*`, default) or
 * base64 JSON (`accept: application/json`); errors are `{id, name, errors[]}`. v1
 * (`/sd/v1/generation/.../text-to-image`, SDXL 1.0 and SD 1.6) takes JSON `text_prompts` and
 * answers with base64 `artifacts` or a PNG (`Accept: image/png`); errors are
 * `{id, name, message}`. The original navigation shows the v1 route twice: under SD图像接口 →
 * SDXL (fixed engine) and as the top-level item "SDXL & SD1.6" (`{engine_id}` in the path).
 */
export declare class StabilityUltra extends APIResource {
    /**
   * Generate an image with Stable Image Ultra
   *
   * Stability's highest-quality text-to-image model. Send the fields as `multipart/form-data`.
   * The `accept` header picks the answer: `image/*` (default) returns the image bytes in the
   * requested `output_format` (with `finish-reason` and `seed` response headers),
   * `application/json` returns `{image, finish_reason, seed}` with the image base64-encoded.
   * Synchronous: the image is in the response.
   *
   * `POST /sd/v2beta/stable-image/generate/ultra` — Not re-sent automatically once it may have reached the server (it can start paid work).
   * @param params Query/header parameters and the request body.
   * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
   * @returns The bytes as a `Blob` (default), or an `ArrayBuffer`, `ReadableStream` or `Response` with `{ as }`.
   * @example
   * ```ts
   * const blob = await client.stability.ultra.create({
   *   prompt: 'A lighthouse on a cliff at dawn, waves crashing below, volumetric light, ultra detailed',
   *   negative_prompt: 'blurry, low quality, text',
   *   aspect_ratio: '16:9',
   *   seed: 0,
   *   output_format: 'png',
   * });
   * const bytes = new Uint8Array(await blob.arrayBuffer());
   * ```
   * @see E42 Stable Image Ultra (Stable Image Ultra)
   */
    create<A extends BinaryAs = 'blob'>(params: StabilityUltraCreateParams, options?: BinaryRequestOptions<A>): APIPromise<BinaryResult<A>>;
}
