import type { APIPromise, BaseClient, RequestOptions } from '../core/index.js';
import type { components } from '../schema.js';
/** Parameters of `client.images.generate()` (createImage). */
export type ImagesGenerateParams = components['schemas']['CreateImageRequest'];
/** Success body of `client.images.generate()` (createImage). */
export type ImagesGenerateResponse = components['schemas']['ImagesResponse'];
/** Error bodies of `client.images.generate()`: read them from `APIError<ImagesGenerateErrorBody>`'s `error`. */
export type ImagesGenerateErrorBody = components['schemas']['ErrorEnvelope'];
/**
 * Generate images (OpenAI format)
 *
 * Creates images from a prompt and answers synchronously with URLs (or base64). The same
 * endpoint serves DALL·E 3 and, selected by `model`, Flux and Recraft in DALL·E format.
 * `quality` and `style: vivid|natural` are DALL·E 3 options; Recraft reads `style` as a
 * Recraft style. Image URLs expire; download what you keep.
 *
 * `POST /v1/images/generations` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `ImagesGenerateResponse` body.
 * @example
 * ```ts
 * const result = await client.images.generate({
 *   model: 'flux-dev',
 *   prompt: 'a red fox sitting in fresh snow, morning light, photorealistic',
 *   size: '1024x768',
 *   n: 1,
 * });
 * ```
 * @see E22 Flux DALL·E格式 (Flux via the OpenAI images format)
 * @see E23 Redraft DALL·E格式 (Recraft via the OpenAI images format ("Redraft" is a typo on the site))
 * @see E24 DALL·E 3 (DALL·E 3)
 */
export declare function imagesGenerate(client: BaseClient, params: ImagesGenerateParams, options?: RequestOptions): APIPromise<ImagesGenerateResponse>;
