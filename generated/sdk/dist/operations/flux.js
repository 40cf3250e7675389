/**
 * Start a FLUX 1.1 [pro] generation
 *
 * Text to image with FLUX 1.1 [pro]. Answers at once with a task `id`; poll
 * `GET /flux/v1/get_result?id=...` until the status is `Ready` (image URL in
 * `result.sample`, short-lived) or a final failure state.
 *
 * `POST /flux/v1/flux-pro-1.1` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `FluxPro11CreateResponse` body.
 * @example
 * ```ts
 * const result = await client.flux.pro11.create({
 *   prompt: 'A misty pine forest at sunrise, rays of light through the trees, photorealistic',
 *   width: 1024,
 *   height: 768,
 *   prompt_upsampling: false,
 *   safety_tolerance: 2,
 *   output_format: 'jpeg',
 * });
 * ```
 * @see E55 flux-pro-1.1 (FLUX 1.1 [pro])
 */
export function fluxPro11Create(client, params, options) {
    return client.request({
        method: 'post',
        path: '/flux/v1/flux-pro-1.1',
        body: { kind: 'json', value: params },
        retry: 'unsafe',
        auth: 'bearerAuth',
        as: 'json',
    }, options);
}
/**
 * Start a FLUX.1 [pro] generation
 *
 * Text to image with FLUX.1 [pro], with sampling controls (`steps`, `guidance`,
 * `interval`). Answers at once with a task `id`; poll `GET /flux/v1/get_result?id=...`
 * until `Ready`.
 *
 * `POST /flux/v1/flux-pro` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `FluxProCreateResponse` body.
 * @example
 * ```ts
 * const result = await client.flux.pro.create({
 *   prompt: 'Studio portrait of an elderly fisherman, dramatic side light, 85mm',
 *   width: 768,
 *   height: 1024,
 *   steps: 40,
 *   guidance: 2.5,
 *   interval: 2,
 *   seed: 20240801,
 *   output_format: 'png',
 * });
 * ```
 * @see E56 flux-pro (FLUX.1 [pro])
 */
export function fluxProCreate(client, params, options) {
    return client.request({
        method: 'post',
        path: '/flux/v1/flux-pro',
        body: { kind: 'json', value: params },
        retry: 'unsafe',
        auth: 'bearerAuth',
        as: 'json',
    }, options);
}
/**
 * Start a FLUX.1 [dev] generation
 *
 * Text to image with FLUX.1 [dev] (`steps`, `guidance` adjustable). Answers at once with a
 * task `id`; poll `GET /flux/v1/get_result?id=...` until `Ready`.
 *
 * `POST /flux/v1/flux-dev` — Not re-sent automatically once it may have reached the server (it can start paid work).
 * @param params Query/header parameters and the request body.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `FluxDevCreateResponse` body.
 * @example
 * ```ts
 * const result = await client.flux.dev.create({
 *   prompt: 'A cute robot watering plants on a balcony, children\'s book illustration',
 *   width: 1024,
 *   height: 1024,
 *   steps: 28,
 *   guidance: 3,
 * });
 * ```
 * @see E57 flux-dev (FLUX.1 [dev])
 */
export function fluxDevCreate(client, params, options) {
    return client.request({
        method: 'post',
        path: '/flux/v1/flux-dev',
        body: { kind: 'json', value: params },
        retry: 'unsafe',
        auth: 'bearerAuth',
        as: 'json',
    }, options);
}
/**
 * Get a Flux task's result
 *
 * Returns the status of a Flux task: `Pending` while it runs, `Ready` with the image URL in
 * `result.sample` (short-lived; download it), or a final failure: `Request Moderated`,
 * `Content Moderated`, `Error` or `Task not found`. Poll every second or two.
 *
 * `GET /flux/v1/get_result` — Retried automatically on connection errors, 408, 409, 429 and 5xx.
 * @param params Query/header parameters.
 * @param options Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …
 * @returns The `FluxTasksRetrieveResponse` body.
 * @example
 * ```ts
 * const result = await client.flux.tasks.retrieve({
 *   id: '3c6f2b8e-9a41-4d7b-8f5e-1b2c3d4e5f60',
 * });
 * ```
 * @see E58 flux-查询 (Get result)
 */
export function fluxTasksRetrieve(client, params, options) {
    return client.request({
        method: 'get',
        path: '/flux/v1/get_result',
        query: { id: params.id },
        retry: 'safe',
        auth: 'bearerAuth',
        as: 'json',
    }, options);
}
