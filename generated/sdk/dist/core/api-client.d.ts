import type { APIPromise } from './api-promise.js';
import { BaseClient, type ClientConfig, type ClientOptions, type RawRequestOptions } from './client.js';
/**
 * The base of the generated client class: a `BaseClient` with calls to endpoints the spec does not
 * describe (`get/post/put/patch/delete`), and settings-only `toJSON` / `console.log`. Standalone
 * functions need only a `BaseClient`, so their bundles carry none of these.
 */
export declare class APIClient extends BaseClient {
    #private;
    constructor(options: ClientOptions, config: ClientConfig);
    /** Never shows the key: what `console.log(client)` and `JSON.stringify(client)` see. */
    toJSON(): Record<string, unknown>;
    /**
   * Calls an endpoint the spec does not describe (the escape hatch): `path` is sent as given
   * (after `baseUrl`), with the client's key, retries, timeouts and errors. `GET`/`PUT`/`DELETE`
   * are retried like reads; `POST`/`PATCH` only when surely unsent (or with `idempotent: true`).
   */
    get<T = unknown>(path: string, options?: RawRequestOptions): APIPromise<T>;
    post<T = unknown>(path: string, options?: RawRequestOptions): APIPromise<T>;
    put<T = unknown>(path: string, options?: RawRequestOptions): APIPromise<T>;
    patch<T = unknown>(path: string, options?: RawRequestOptions): APIPromise<T>;
    delete<T = unknown>(path: string, options?: RawRequestOptions): APIPromise<T>;
}
