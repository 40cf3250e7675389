/**
 * The generated client class's base, in a module of its own: the package has no side effects, so
 * a bundle of standalone functions on a bare `BaseClient` drops this whole module.
 */
import type { APIPromise } from './api-promise.js';
import {
  BaseClient,
  type ClientConfig,
  type ClientOptions,
  type RawRequestOptions,
} from './client.js';

/**
 * The base of the generated client class: a `BaseClient` with calls to endpoints the spec does not
 * describe (`get/post/put/patch/delete`), and settings-only `toJSON` / `console.log`. Standalone
 * functions need only a `BaseClient`, so their bundles carry none of these.
 */
export class APIClient extends BaseClient {
  /** The scheme raw calls authenticate with: the API's first. */
  readonly #auth: string | null;

  constructor(options: ClientOptions, config: ClientConfig) {
    super(options, config);
    this.#auth = Object.keys(config.authSchemes)[0] ?? null;
  }

  /** Never shows the key: what `console.log(client)` and `JSON.stringify(client)` see. */
  toJSON(): Record<string, unknown> {
    return {
      baseUrl: this.baseUrl,
      maxRetries: this.maxRetries,
      timeout: this.timeout,
      idleTimeout: this.idleTimeout,
    };
  }

  /**
   * Calls an endpoint the spec does not describe (the escape hatch): `path` is sent as given
   * (after `baseUrl`), with the client's key, retries, timeouts and errors. `GET`/`PUT`/`DELETE`
   * are retried like reads; `POST`/`PATCH` only when surely unsent (or with `idempotent: true`).
   */
  get<T = unknown>(path: string, options?: RawRequestOptions): APIPromise<T> {
    return this.#raw<T>('get', path, options);
  }

  post<T = unknown>(path: string, options?: RawRequestOptions): APIPromise<T> {
    return this.#raw<T>('post', path, options);
  }

  put<T = unknown>(path: string, options?: RawRequestOptions): APIPromise<T> {
    return this.#raw<T>('put', path, options);
  }

  patch<T = unknown>(path: string, options?: RawRequestOptions): APIPromise<T> {
    return this.#raw<T>('patch', path, options);
  }

  delete<T = unknown>(path: string, options?: RawRequestOptions): APIPromise<T> {
    return this.#raw<T>('delete', path, options);
  }

  #raw<T>(method: string, path: string, options: RawRequestOptions = {}): APIPromise<T> {
    const { body, ...rest } = options;
    return this.request<T>(
      {
        method,
        // Braces are literal here, not placeholders.
        path: path.replace(/[{}]/g, encodeURIComponent),
        // No body when undefined: the JSON encoder sends none.
        body: { kind: 'json', value: body },
        retry: method === 'post' || method === 'patch' ? 'unsafe' : 'safe',
        auth: this.#auth,
        as: 'auto',
      },
      rest,
    );
  }
}

// `console.log(client)` in Node: one line of settings instead of the whole resource tree.
Object.defineProperty(APIClient.prototype, Symbol.for('nodejs.util.inspect.custom'), {
  value(this: APIClient): string {
    return `${this.constructor.name} ${JSON.stringify(this.toJSON())}`;
  },
});
