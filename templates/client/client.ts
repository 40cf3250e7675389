/**
 * The client core: options, URL/header/body assembly, the attempt loop (timeouts, retries by
 * retry class, abort), and turning responses into data, streams or typed errors. Generated code
 * calls `client.request(operation, options)`; everything else here is plumbing.
 */
import { APIPromise, type WithResponse } from './api-promise.js';
import { encodeJsonBody, type BodySpec, type EncodedBody } from './body.js';
import { checkCallOptions, checkClientOptions } from './check-options.js';
import { readEnv } from './env.js';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  findRequestId,
  ShellApiError,
} from './errors.js';
import type { PathExpander } from './path.js';
import { scalar, serializeQuery, type QueryPairs, type QueryStyle } from './query.js';
import { keepText, type Scrubber } from './redact.js';
import {
  parseBuffered,
  parseErrorBody,
  rebuildResponse,
  type BinaryAs,
  type ResponseAs,
} from './response.js';
import type { BackoffOptions } from './backoff.js';
import { isRequestNotSent } from './not-sent.js';
import { setUserAgent } from './user-agent.js';
import type { RetryClass, RetryPolicy } from './retry-types.js';
import { linkSignal, MAX_TIMER_MS } from './timers.js';

/** The parts of `RequestInit` the client sets; declared here so the types need no DOM lib. */
export interface FetchInit extends CallInit {
  signal: AbortSignal;
}

/** What fetch gets besides the attempt's signal (see `Call`). */
export interface CallInit {
  method: string;
  headers: Headers;
  body: FormData | Blob | string | null;
  [option: string]: unknown;
}

export type FetchLike = (input: string, init: FetchInit) => Promise<Response>;

export type HeadersInput = Readonly<Record<string, string | null | undefined>>;

export interface ClientOptions {
  /** API key. Default: the `<PREFIX>_API_KEY` environment variable (`ClientConfig.envPrefix`). */
  apiKey?: string | undefined;
  /** Root URL. Default: `<PREFIX>_BASE_URL`, else the spec's first server. */
  baseUrl?: string | undefined;
  /** A fetch implementation (default: the global one). */
  fetch?: FetchLike | undefined;
  /** Retries after the first attempt (default: the API's `RETRY_POLICY.maxRetries`; a bare `BaseClient` needs `retrying` in its config to retry at all). Unsafe operations are re-sent only when the request surely never left. */
  maxRetries?: number | undefined;
  /** Per attempt, ms, covering headers and reading the body (default 10 minutes; `Infinity` = none). For streams it covers the headers. */
  timeout?: number | undefined;
  /** Longest gap between two chunks of a stream, ms (default 5 minutes; 0 = no limit). */
  idleTimeout?: number | undefined;
  /** Sent with every request; `null` removes a header. */
  defaultHeaders?: HeadersInput | undefined;
  /** Added to every request's query string. */
  defaultQuery?: Readonly<Record<string, unknown>> | undefined;
  /**
   * Receives log lines (default: `console`); credentials are redacted first. Needs a client with
   * logging (the generated client class; a bare `BaseClient` only with `logging` and `scrubbing`
   * in its config).
   */
  logger?: Partial<Logger> | undefined;
  /**
   * Lowest level logged: `debug` (every request and response), `info` (retries), `warn`
   * (default), `error`, or `off`. Default: the `<PREFIX>_LOG` environment variable, else `warn`.
   */
  logLevel?: LogLevel | undefined;
  /**
   * Largest buffered answer (JSON, text, error bodies) in bytes; a larger one raises
   * `ResponseTooLargeError` (default 64 MiB). Streams and `as: 'stream' | 'response'` are exempt.
   * Needs a client with guarded reads (the generated client class; a bare `BaseClient` only with
   * `reading` in its config).
   */
  maxResponseBytes?: number | undefined;
  /** Overrides of the retry policy's delays (mostly for tests). */
  backoff?: BackoffOptions | undefined;
}

export interface RequestOptions {
  signal?: AbortSignal | undefined;
  timeout?: number | undefined;
  idleTimeout?: number | undefined;
  maxRetries?: number | undefined;
  /** Extra headers; `null` removes one. */
  headers?: HeadersInput | undefined;
  /** Extra query parameters. */
  query?: Readonly<Record<string, unknown>> | undefined;
  /**
   * Declare this call safe to re-send even if the operation is `unsafe` (e.g. you send an
   * idempotency key the server honours). Default: the operation's own retry class.
   */
  idempotent?: boolean | undefined;
  /** How to return the body (see ResponseAs); default from the operation. */
  as?: ResponseAs | undefined;
  /** Largest buffered answer for this call, in bytes (see `ClientOptions.maxResponseBytes`; ignored without guarded reads). */
  maxResponseBytes?: number | undefined;
  /** Passed to fetch as is (e.g. `dispatcher`, `cache`, `credentials`). */
  fetchOptions?: Readonly<Record<string, unknown>> | undefined;
}

/** Request options of a binary download: `as` picks Blob (default), ArrayBuffer, ReadableStream or Response. */
export type BinaryRequestOptions<A extends BinaryAs> = Omit<RequestOptions, 'as'> & {
  as?: A | undefined;
};

/** How a credential is sent. */
export type AuthScheme =
  | { type: 'bearer' }
  /** `encode` is `basicCredentials` (basic-auth.ts), so only APIs with basic auth bundle it. */
  | { type: 'basic'; encode: (key: string) => string }
  | { type: 'header'; name: string }
  | { type: 'query'; name: string };

/**
 * What the generated subclass tells the core about its API. `retrying` needs `retryPolicy`; the
 * generated `CLIENT_CONFIG` has neither (the client class adds both, with the API's `RETRY_POLICY`).
 */
export type ClientConfig = ClientConfigBase &
  (
    | {
        logging?: undefined;
        /**
         * Scrubs the API key and credential-looking default header values from every error
         * message, error body and cause (`scrubSecrets` of redact.ts, which the generated client
         * class passes). Without it credential headers are still redacted by name, but a key the
         * server echoes back in a message or body stays as it came.
         */
        scrubbing?: Scrubbing | undefined;
      }
    | {
        /**
         * Builds the logger (`safeLogging` of logger.ts, which the generated client class passes);
         * without it the client logs nothing, so bundles that never log carry no logging code.
         */
        logging: (options: ClientOptions, envPrefix: string, scrub: Scrubber) => ClientLog;
        /** Log lines quote URLs (a query key) and bodies: a client that logs scrubs them. */
        scrubbing: Scrubbing;
      }
  ) &
  (
    | { retrying?: undefined; retryPolicy?: RetryPolicy | undefined }
    | {
        /**
         * Re-sends failed requests by `retryPolicy` (`retrying` of retry.ts, which the generated
         * client class passes); without it the client sends each request once and bundles no
         * retry code.
         */
        retrying: Retrying;
        /** How often and how long to retry: the generated `RETRY_POLICY`, decided in the IR. */
        retryPolicy: RetryPolicy;
      }
  );

/**
 * Builds the client's scrubber from its key, default headers and config (whose auth schemes say
 * how the key goes on the wire), as `scrubSecrets` of redact.ts does.
 */
export type Scrubbing = (
  apiKey: string | undefined,
  defaultHeaders: HeadersInput | undefined,
  config?: Pick<ClientConfigBase, 'authSchemes'>,
) => Scrubber;

/** The parts of `ClientConfig` besides scrubbing, logging and retries. */
export interface ClientConfigBase {
  /** Environment variable prefix: `ACME` reads `ACME_API_KEY` / `ACME_BASE_URL` (and `ACME_LOG`). */
  envPrefix: string;
  defaultBaseUrl?: string | undefined;
  /** Security schemes by name. */
  authSchemes: Readonly<Record<string, AuthScheme>>;
  /**
   * Version segments some of the spec's paths start with (e.g. `/v1`): with a `baseUrl` ending in
   * one, a call whose path starts with it drops it from the base once (never `/v1/v1/…`); others
   * keep it. The client warns at construction (once per logger and base URL: copies do not repeat it).
   */
  pathPrefixes?: readonly string[] | undefined;
  /** `<package>/<version> (typescript)`: the User-Agent outside browsers (user-agent.ts); default headers win. */
  userAgent?: string | undefined;
  /**
   * Reads bodies under `maxResponseBytes` and watches `as: 'stream'` bodies for `idleTimeout`
   * (`guardedReading` of body-reader.ts, which the generated client class passes); without it
   * bodies are read by the platform under the attempt's timeout, uncapped, and bundles carry
   * neither guard. Event streams keep their idle watchdog either way.
   */
  reading?: PlugIn | undefined;
}

/**
 * How a streaming answer is read: streaming operations pass `sseStream(…)` (stream.ts), so the
 * stream code is bundled only with them.
 */
export interface StreamSpec {
  open(response: Response, options: StreamOptions): unknown;
  /**
   * Why a successful answer of this `content-type` is not the stream (then read as an error
   * body), or undefined when it is one.
   */
  notAStream?(contentType: string): string | undefined;
}

/**
 * One request on its way, as `#attempt` sends it. Plug-ins see it and pass on a copy with their
 * parts: `fetch` wrapped (logging's lines, retrying's verdict on error responses), `read` and
 * `stream` (reading's guards), `onRetry` (logging's line before a retry's wait).
 */
export interface Call {
  readonly operation: OperationRequest;
  readonly options: RequestOptions;
  readonly url: string;
  /** What `fetch` gets besides the attempt's signal. */
  readonly init: CallInit;
  readonly fetch: FetchLike;
  /** Buffers a body (default `response.arrayBuffer()`). */
  readonly read?: ((response: Response, guard: StreamOptions) => Promise<ArrayBuffer>) | undefined;
  /** The body of `as: 'stream'` (default `response.body`). */
  readonly stream?: ((response: Response, guard: StreamOptions) => unknown) | undefined;
  /** Told before a retry's wait: the delay and the failure or status that caused it. */
  readonly onRetry?: ((delayMs: number, after: Error | number) => void) | undefined;
}

/** One attempt of a call, or (wrapped by plug-ins) all of them: resolves to the data or throws. */
export type Attempt = (call: Call) => Promise<WithResponse<unknown>>;

/**
 * An opt-in part of the client (`ClientConfig.reading`, `retrying`, `logging`): it wraps the
 * attempt, so a client without it runs none of its code and bundles none of it.
 */
export interface PlugIn {
  /**
   * Wraps the client's attempt. Called once by the client's constructor, which passes its own
   * options: a plug-in sets the client settings it governs there (see `BaseClient.maxRetries`).
   */
  wrap(attempt: Attempt, client: BaseClient, options: ClientOptions): Attempt;
}

/** Reading a body under the client's guards (body-reader.ts, stream.ts). */
export interface StreamOptions {
  /** The attempt's controller: aborting it closes the connection. */
  controller: AbortController;
  /** The caller's signal, to tell a user abort from other failures. */
  userSignal?: AbortSignal | undefined;
  /** Longest silence between two chunks, ms (0 or Infinity = none; see `idleMs`). */
  idleTimeoutMs?: number | undefined;
  /** `data:` payload that ends the stream. */
  terminator?: string | undefined;
  scrub?: Scrubber | undefined;
  /** Called once when the body is finished with, for any reason. */
  onClose?: (() => void) | undefined;
}

export interface Logger {
  debug(message: string, ...args: unknown[]): void;
  info(message: string, ...args: unknown[]): void;
  warn(message: string, ...args: unknown[]): void;
  error(message: string, ...args: unknown[]): void;
}

/** Lowest level that is logged; `off` logs nothing. */
export type LogLevel = keyof Logger | 'off';

/**
 * The client's logger, and its plug-in: it wraps each call (the lines of every attempt sent and
 * answered, of each retry and of a failure). `safeLogging` of logger.ts makes it and words the
 * lines, so clients without logging carry none of the text.
 */
export interface ClientLog extends Logger, PlugIn {
  prefixKept(baseUrl: string, prefix: string): void;
}

/** The client's retry plug-in (see `retrying`). */
export type Retrying = PlugIn;

/** One call, as the generated code describes it. */
export type OperationRequest = OperationRequestBase &
  (
    | { pathParams?: undefined; expandPath?: undefined }
    | {
        /** Values of the path template's placeholders, filled in by `expandPath`. */
        pathParams: Readonly<Record<string, unknown>>;
        /**
         * Fills the `{name}` placeholders from `pathParams` (`buildPath` of path.ts): operations
         * with path parameters pass it, so only their bundles carry it. Without it (and without
         * `pathParams`) `path` is sent as written.
         */
        expandPath: PathExpander;
      }
  );

/** The parts of `OperationRequest` besides path parameters. */
export interface OperationRequestBase {
  method: string;
  /** Path template, e.g. `/mj/task/{id}/fetch`. */
  path: string;
  query?: Readonly<Record<string, unknown>> | undefined;
  /** Parameters not sent form-exploded (OpenAPI's default), with `encodeQuery` to send them. */
  queryStyles?: Readonly<Record<string, QueryStyle>> | undefined;
  /** Encodes the `queryStyles` parameters (`styledPairs` of query-styles.ts). */
  encodeQuery?: QueryPairs | undefined;
  headers?: Readonly<Record<string, unknown>> | undefined;
  /** Adds the cookie parameters to the built headers (`withCookies` of cookie.ts). */
  cookies?: ((headers: Headers) => void) | undefined;
  body?: BodySpec | undefined;
  /** From the spec: may this be re-sent after it may have reached the server? */
  retry: RetryClass;
  /** Security scheme to apply; null = none. */
  auth: string | null;
  /** The operation also accepts anonymous calls: send the key only when there is one. */
  authOptional?: boolean | undefined;
  /** Expect `text/event-stream` and return what `open` makes of it (`sseStream()` gives a `Stream`). */
  stream?: StreamSpec | undefined;
  /** Default body handling. */
  as?: ResponseAs | undefined;
  /** `Accept` header. */
  accept?: string | undefined;
}

/** 10 and 5 minutes (written out: a bundler keeps `10 * 60 * 1000` as a product). */
const DEFAULT_TIMEOUT_MS = 600_000;
const DEFAULT_IDLE_TIMEOUT_MS = 300_000;
const quiet = (): void => {};
/** The logger of a client without `logging`. */
const SILENT: Logger = { debug: quiet, info: quiet, warn: quiet, error: quiet };

export class BaseClient {
  declare readonly baseUrl: string;
  /** Retries after the first attempt: set by `retrying` (from the options and the policy), else 0. */
  declare readonly maxRetries: number;
  declare readonly timeout: number;
  declare readonly idleTimeout: number;
  /** Largest buffered answer: set by `reading` (from the options), else none (Infinity). */
  declare readonly maxResponseBytes: number;
  /**
   * The retry policy in force: the config's, with this client's `backoff` overrides applied by
   * `retrying`; undefined on a client whose config has none (a bare `new BaseClient(options,
   * CLIENT_CONFIG)`).
   */
  declare readonly retryPolicy: RetryPolicy | undefined;
  // Private fields: invisible to console.log / JSON.stringify of the client.
  readonly #apiKey: string | undefined;
  readonly #options: ClientOptions;
  readonly #config: ClientConfig;
  readonly #fetch: FetchLike;
  readonly #log: ClientLog | undefined;
  readonly #scrub: Scrubber;
  /** The version segment `baseUrl` ends with, dropped once from calls whose path starts with it. */
  readonly #prefix: string | undefined;
  /** The attempt wrapped by the config's plug-ins (innermost first: reading, retrying, logging). */
  readonly #run: Attempt;

  constructor(options: ClientOptions, config: ClientConfig) {
    const env = config.envPrefix;
    const apiKey = options.apiKey ?? readEnv(`${env}_API_KEY`);
    this.#options = { ...options };
    this.#config = config;
    this.#apiKey = apiKey;
    // A control character (or DEL) in the key: `Headers` would reject it with a message quoting it.
    // eslint-disable-next-line no-control-regex
    if (apiKey !== undefined && /[\0-\x1f\x7f]/.test(apiKey))
      throw new ShellApiError(
        `The API key contains a control character (often a pasted newline); check apiKey or ${env}_API_KEY.`,
      );
    this.#scrub = config.scrubbing?.(apiKey, options.defaultHeaders, config) ?? keepText;
    const fetchImpl = options.fetch ?? (globalThis.fetch as FetchLike | undefined);
    // Mistakes in the calling code (browser production bundles skip these: check-options.browser.ts).
    checkClientOptions(options, config, fetchImpl);
    this.#fetch = fetchImpl!;
    this.#log = config.logging?.(options, env, this.#scrub);
    const baseUrl = options.baseUrl ?? readEnv(`${env}_BASE_URL`) ?? config.defaultBaseUrl;
    if (!baseUrl) throw new ShellApiError(`No base URL: pass baseUrl or set ${env}_BASE_URL.`);
    // A query or fragment would swallow every operation's path.
    if (/[?#]/.test(baseUrl))
      throw new ShellApiError('A base URL cannot hold a query or fragment: use defaultQuery.');
    this.baseUrl = baseUrl.replace(/\/+$/, '');
    // `https://host/v1` (the openai habit) with paths under `/v1` would request `/v1/v1/…`: such
    // calls drop the base's segment once (#send), others keep it. Said once per logger (copies too).
    // (`pathPrefixes` leaves out a segment the default base URL itself ends with.)
    this.#prefix = config.pathPrefixes?.find((segment) => this.baseUrl.endsWith(segment));
    if (this.#prefix) this.#log?.prefixKept(this.baseUrl, this.#prefix);
    // Defaults of a client without `retrying` and `reading`; those plug-ins set their own below.
    this.retryPolicy = config.retryPolicy;
    this.maxRetries = 0;
    this.maxResponseBytes = Infinity;
    this.timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
    this.idleTimeout = options.idleTimeout ?? DEFAULT_IDLE_TIMEOUT_MS;
    let run: Attempt = (call) => this.#attempt(call);
    for (const plugIn of [config.reading, config.retrying, this.#log])
      if (plugIn) run = plugIn.wrap(run, this, options);
    this.#run = run;
  }

  /** A copy of this client with some options changed. */
  withOptions(options: ClientOptions): this {
    const Ctor = this.constructor as new (options: ClientOptions, config: ClientConfig) => this;
    return new Ctor({ ...this.#options, ...options }, this.#config);
  }

  /**
   * Removes credentials from a text (used by errors and helpers built on the client); leaves it as
   * it is on a client without `scrubbing` in its config.
   */
  get scrub(): Scrubber {
    return this.#scrub;
  }

  /** The logger with redaction applied (no-op when the client has no `logging`). */
  get logger(): Logger {
    return this.#log ?? SILENT;
  }

  /** Sends one operation. Generated methods call this; you normally do not. */
  request<T>(operation: OperationRequest, options: RequestOptions = {}): APIPromise<T> {
    return new APIPromise<T>(this.#send(operation, options) as Promise<WithResponse<T>>);
  }

  async #send(
    operation: OperationRequest,
    options: RequestOptions,
  ): Promise<WithResponse<unknown>> {
    const scrub = this.#scrub;
    const config = this.#config;
    let url: string;
    let encoded: EncodedBody;
    let headers: Headers;
    try {
      // The operation's security scheme: none for anonymous calls, nor for optional auth without a key.
      // Defined wherever a scheme applies (refused below otherwise).
      const key = this.#apiKey!;
      const scheme =
        operation.auth === null || (operation.authOptional && !key)
          ? undefined
          : config.authSchemes[operation.auth];
      if (scheme && !key)
        throw new ShellApiError(`No API key: pass apiKey or set ${config.envPrefix}_API_KEY.`);
      const path =
        operation.expandPath?.(operation.path, operation.pathParams ?? {}) ?? operation.path;
      const query: Record<string, unknown> = {
        ...this.#options.defaultQuery,
        ...operation.query,
        ...options.query,
      };
      if (scheme?.type === 'query') query[scheme.name] = key;
      const search = serializeQuery(query, operation.queryStyles, operation.encodeQuery);
      const rel = path.startsWith('/') ? path : `/${path}`;
      const p = this.#prefix;
      // Under the base URL's version segment: drop it once (never `/v1/v1/…`).
      const base =
        p && `${rel}/`.startsWith(`${p}/`) ? this.baseUrl.slice(0, -p.length) : this.baseUrl;
      url = `${base}${rel}${search ? `?${search}` : ''}`;

      const body = operation.body;
      encoded = body ? await (body.encode ?? encodeJsonBody)(body) : {};
      headers = new Headers();
      headers.set(
        'accept',
        operation.accept ?? (operation.stream ? 'text/event-stream' : 'application/json'),
      );
      if (encoded.contentType) headers.set('content-type', encoded.contentType);
      setUserAgent(headers, config);
      if (scheme?.type === 'bearer') headers.set('authorization', `Bearer ${key}`);
      else if (scheme?.type === 'basic')
        headers.set('authorization', `Basic ${scheme.encode(key)}`);
      else if (scheme?.type === 'header') headers.set(scheme.name, key);
      // Defaults, then the operation's header parameters, then the call's: `null` removes a default
      // or per-call header; a header parameter's `null` or absence sends nothing and keeps the
      // default (as the Python SDK does). Simple style's text: a date its ISO string, unquoted.
      const params = operation.headers;
      for (const source of [this.#options.defaultHeaders, params, options.headers]) {
        for (const [name, value] of Object.entries(source ?? {})) {
          if (value == null) {
            if (value === null && source !== params) headers.delete(name);
          } else headers.set(name, scalar(value));
        }
      }
      operation.cookies?.(headers);
      encoded.ownType?.(headers);
    } catch (error) {
      if (error instanceof ShellApiError) throw error;
      // The platform's own errors (e.g. `Headers.set` on a value with a newline) may quote a secret.
      const message = String((error as { message?: unknown } | null)?.message ?? error);
      throw new ShellApiError(`Could not build the request: ${scrub(message)}`, {
        cause: error,
        scrub,
      });
    }
    checkCallOptions(options, config);
    return this.#run({
      operation,
      options,
      url,
      init: {
        ...options.fetchOptions,
        method: operation.method.toUpperCase(),
        headers,
        body: encoded.body ?? null,
      },
      fetch: this.#fetch,
    });
  }

  /**
   * One attempt: sends the request under the timeout and the caller's signal, and settles it into
   * data or a typed error. Plug-ins (`ClientConfig`) wrap it; this is all a bare client runs.
   */
  async #attempt(call: Call): Promise<WithResponse<unknown>> {
    const { operation, options } = call;
    const scrub = this.#scrub;
    // Past setTimeout's limit (e.g. `Infinity`) timers fire at once: wait the longest instead.
    const timeout = Math.min(options.timeout ?? this.timeout, MAX_TIMER_MS);
    const as: ResponseAs = options.as ?? operation.as ?? 'auto';
    // `response` and `stream` hand the body over unread; every other mode reads it here.
    const buffered = as !== 'response' && as !== 'stream';
    const userSignal = options.signal;
    const checkAbort = (): void => {
      if (userSignal?.aborted) throw new APIUserAbortError({ cause: userSignal.reason });
    };
    checkAbort();
    const controller = new AbortController();
    const unlink = linkSignal(userSignal, controller);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeout);
    const settle = (): void => {
      clearTimeout(timer);
      unlink();
    };
    // Failures without a usable response (a plug-in may retry what this throws).
    const fail = (cause: unknown): never => {
      settle();
      checkAbort();
      throw timedOut
        ? new APIConnectionTimeoutError({
            message: `Request timed out after ${timeout} ms.`,
            cause,
            scrub,
          })
        : cause instanceof ShellApiError
          ? cause
          : new APIConnectionError({ cause, requestNotSent: isRequestNotSent(cause), scrub });
    };

    const response = await call
      .fetch(call.url, { ...call.init, signal: controller.signal })
      .catch(fail);
    const { ok, status, headers: responseHeaders } = response;
    const guard: StreamOptions = {
      controller,
      userSignal,
      idleTimeoutMs: options.idleTimeout ?? this.idleTimeout,
      scrub,
      // A body read to its end unlinks the caller's signal (as `settle` does).
      onClose: unlink,
    };
    const read = (): Promise<ArrayBuffer> =>
      call.read ? call.read(response, guard) : response.arrayBuffer();

    // A relay may answer a stream request with one JSON body (often an error envelope): it is
    // read like an error body, under the timeout (and the plug-ins' guards).
    const contentType = responseHeaders.get('content-type');
    const notAStream =
      ok && buffered && contentType ? operation.stream?.notAStream?.(contentType) : undefined;

    if (!ok || notAStream) {
      // An unreadable error body is left out; a broken stand-in for a stream fails like any read.
      const bytes = await read().catch((cause: unknown) => (notAStream ? fail(cause) : undefined));
      settle();
      checkAbort();
      const body = parseErrorBody(bytes);
      throw APIError.generate({
        status,
        body,
        headers: responseHeaders,
        scrub,
        message: notAStream && `${notAStream}: ${APIError.makeMessage(status, body)}`,
      });
    }

    const requestId = findRequestId((name) => responseHeaders.get(name));

    if (operation.stream || !buffered) {
      clearTimeout(timer);
      const data =
        operation.stream && buffered
          ? operation.stream.open(response, guard)
          : as !== 'stream'
            ? response
            : call.stream
              ? call.stream(response, guard)
              : response.body;
      return { data, response, requestId };
    }

    // The body broke off (reset, timeout): a plug-in may re-send a safe call.
    const bytes = await read().catch(fail);
    settle();
    const data = parseBuffered(bytes, contentType, as);
    return { data, response: rebuildResponse(response, bytes), requestId };
  }
}

/** Options of `client.get/post/…(path, options)`: request options plus a JSON `body`. */
export interface RawRequestOptions extends RequestOptions {
  body?: unknown;
}

/** Base of generated resource classes: holds the client. */
export class APIResource {
  protected readonly _client: BaseClient;

  constructor(client: BaseClient) {
    this._client = client;
  }
}
