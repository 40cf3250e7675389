import { type APIPromise, type BaseClient, type BinaryAs, type BinaryRequestOptions, type BinaryResult, type RequestOptions, type Uploadable } from '../core/index.js';
import type { components } from '../schema.js';
/** Parameters of `client.stability.ultra.create()` (stabilityGenerateUltra). */
export type StabilityUltraCreateParams = components['schemas']['StabilityUltraRequest'] & { /** `image/*` for the raw image bytes, `application/json` for a base64 JSON answer. */ accept?: 'image/*' | 'application/json'; };
/** Error bodies of `client.stability.ultra.create()`: read them from `APIError<StabilityUltraCreateErrorBody>`'s `error`. */
export type StabilityUltraCreateErrorBody = components['schemas']['StabilityV2Error'] | components['schemas']['RelayErrorEnvelope'];
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
export declare function stabilityUltraCreate<A extends BinaryAs = 'blob'>(client: BaseClient, params: StabilityUltraCreateParams, options?: BinaryRequestOptions<A>): APIPromise<BinaryResult<A>>;
/** Parameters of `client.stability.core.create()` (stabilityGenerateCore). */
export type StabilityCoreCreateParams = components['schemas']['StabilityCoreRequest'] & { /** `image/*` for the raw image bytes, `application/json` for a base64 JSON answer. */ accept?: 'image/*' | 'application/json'; };
/** Error bodies of `client.stability.core.create()`: read them from `APIError<StabilityCoreCreateErrorBody>`'s `error`. */
export type StabilityCoreCreateErrorBody = components['schemas']['StabilityV2Error'] | components['schemas']['RelayErrorEnvelope'];
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
export declare function stabilityCoreCreate<A extends BinaryAs = 'blob'>(client: BaseClient, params: StabilityCoreCreateParams, options?: BinaryRequestOptions<A>): APIPromise<BinaryResult<A>>;
/** Parameters of `client.stability.sd3.create()` (stabilityGenerateSd3). */
export type StabilitySd3CreateParams = Omit<components['schemas']['StabilitySd3Request'], 'image'> & { /** Start image (image-to-image only); PNG, JPEG or WEBP. */ image?: Uploadable; } & { /** `image/*` for the raw image bytes, `application/json` for a base64 JSON answer. */ accept?: 'image/*' | 'application/json'; };
/** Error bodies of `client.stability.sd3.create()`: read them from `APIError<StabilitySd3CreateErrorBody>`'s `error`. */
export type StabilitySd3CreateErrorBody = components['schemas']['StabilityV2Error'] | components['schemas']['RelayErrorEnvelope'];
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
export declare function stabilitySd3Create<A extends BinaryAs = 'blob'>(client: BaseClient, params: StabilitySd3CreateParams, options?: BinaryRequestOptions<A>): APIPromise<BinaryResult<A>>;
/** Parameters of `client.stability.sdxl.create()` (stabilitySdxlTextToImage). */
export type StabilitySdxlCreateParams = components['schemas']['StabilitySdxlRequest'] & { /** `application/json` for base64 artifacts, `image/png` for the PNG bytes. */ Accept?: 'application/json' | 'image/png'; };
/** Success body of `client.stability.sdxl.create()` (stabilitySdxlTextToImage). */
export type StabilitySdxlCreateResponse = components['schemas']['StabilityArtifactsResponse'];
/** Error bodies of `client.stability.sdxl.create()`: read them from `APIError<StabilitySdxlCreateErrorBody>`'s `error`. */
export type StabilitySdxlCreateErrorBody = components['schemas']['StabilityV1Error'] | components['schemas']['RelayErrorEnvelope'];
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
export declare function stabilitySdxlCreate(client: BaseClient, params: StabilitySdxlCreateParams, options?: RequestOptions): APIPromise<StabilitySdxlCreateResponse>;
/** Parameters of `client.stability.engines.textToImage()` (stabilityEngineTextToImage). */
export type StabilityEnginesTextToImageParams = components['schemas']['StabilitySdxlRequest'] & { /** `application/json` for base64 artifacts, `image/png` for the PNG bytes. */ Accept?: 'application/json' | 'image/png'; };
/** Success body of `client.stability.engines.textToImage()` (stabilityEngineTextToImage). */
export type StabilityEnginesTextToImageResponse = components['schemas']['StabilityArtifactsResponse'];
/** Error bodies of `client.stability.engines.textToImage()`: read them from `APIError<StabilityEnginesTextToImageErrorBody>`'s `error`. */
export type StabilityEnginesTextToImageErrorBody = components['schemas']['StabilityV1Error'] | components['schemas']['RelayErrorEnvelope'];
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
export declare function stabilityEnginesTextToImage(client: BaseClient, engine_id: 'stable-diffusion-xl-1024-v1-0' | 'stable-diffusion-v1-6' | 'stable-diffusion-xl-beta-v2-2-2', params: StabilityEnginesTextToImageParams, options?: RequestOptions): APIPromise<StabilityEnginesTextToImageResponse>;
