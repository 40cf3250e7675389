import { type APIPromise, APIResource, type RequestOptions } from '../core/index.js';
import { type ImagesGenerateParams, type ImagesGenerateResponse } from '../operations/images.js';
/**
 * Images (图像接口(Images)): OpenAI-style image generation (`POST /v1/images/generations`), synchronous: DALL·E 3, and
 * Flux and Recraft in DALL·E format, chosen by `model`. The Images group of the original
 * navigation also holds Midjourney (tag `midjourney`) and two chat-format pages
 * (Stable-Diffusion, gpt-4-all 生成图片; tag `chat`).
 */
export declare class Images extends APIResource {
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
    generate(params: ImagesGenerateParams, options?: RequestOptions): APIPromise<ImagesGenerateResponse>;
}
