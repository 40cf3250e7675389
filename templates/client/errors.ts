/**
 * Error classes. One base (`ShellApiError`); `APIError` for anything that came back from the
 * server (a class per status family, typed body as generic); connection, timeout and abort errors;
 * task errors; callback payload errors. Credential headers are redacted by name; messages, headers
 * and bodies are scrubbed of the API key (with the client's `scrubbing`) before they are stored
 * (callback bodies come from the API, not from the client, and hold no key).
 */
// Parsed bodies hold no dates, so the query's record test is the envelope's object test.
import { isRecord as isObject } from './query.js';
import { keepText, redactHeaders, type Scrubber } from './redact.js';

/** `value` with secrets scrubbed from every string (as it is when the client scrubs nothing). */
const scrubValue = (value: unknown, scrub: Scrubber): unknown => scrub.deep?.(value) ?? value;

export class ShellApiError extends Error {
  override name: string = 'ShellApiError';
  /** Private (invisible to inspection and JSON): scrubs secrets from the cause when serialising. */
  readonly #scrub: Scrubber;

  constructor(message: string, options?: { cause?: unknown; scrub?: Scrubber | undefined }) {
    const scrub = options?.scrub ?? keepText;
    const cause = options?.cause;
    // Platform errors (e.g. `Headers.set` rejecting a value) may quote the key: scrub them in place.
    scrub.causes?.(cause);
    super(message, cause === undefined ? undefined : { cause });
    this.#scrub = scrub;
  }

  /**
   * What `JSON.stringify(error)` shows: name, message, every subclass's own fields (`status`,
   * `headers`, `taskId`, …, already scrubbed when set) and the cause; no stack, no request options.
   */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      ...(this as object),
      // Left out by `JSON.stringify` when there is none.
      cause: describeCause(this.cause, this.#scrub),
    };
  }
}

/** Response headers that carry a request id, most specific first. */
const REQUEST_ID_HEADERS = [
  'x-request-id',
  'request-id',
  'x-oneapi-request-id',
  'x-amz-request-id',
];

export interface APIErrorInit<TBody> {
  status: number | undefined;
  /** Already-parsed body (JSON value or text), if any. */
  body?: TBody;
  headers?: Headers | undefined;
  message?: string | undefined;
  scrub?: Scrubber | undefined;
  cause?: unknown;
  retryAfterMs?: number | undefined;
}

/** The server answered with an error (or a stream carried one). `error` is the parsed body. */
export class APIError<TBody = unknown> extends ShellApiError {
  override name: string = 'APIError';
  /** HTTP status; undefined for an error delivered inside an SSE stream or a connection error. */
  declare readonly status: number | undefined;
  /** Response headers, lower-cased, credentials redacted. */
  declare readonly headers: Record<string, string> | undefined;
  /** From `x-request-id` (or a relay's equivalent): quote it when reporting a problem. */
  declare readonly requestId: string | undefined;
  /** The parsed error body (typed by the operation's error responses). */
  declare readonly error: TBody | undefined;
  /** `error.code` / `code` of the usual envelopes, when present. */
  declare readonly code: string | undefined;
  /** `error.type` of OpenAI-style envelopes, when present. */
  declare readonly type: string | undefined;
  /**
   * The wait the server asked for (`retry-after-ms` / `retry-after`), in ms. Set when the client
   * gave up because the wait was beyond its ceiling (`retryPolicy.maxServerDelayMs`).
   */
  declare readonly retryAfterMs: number | undefined;

  constructor(init: APIErrorInit<TBody>) {
    const scrub = init.scrub ?? keepText;
    super(scrub(init.message ?? APIError.makeMessage(init.status, init.body)), {
      cause: init.cause,
      scrub,
    });
    const headers = init.headers && redactHeaders(init.headers, scrub);
    // An absent body stays absent (scrubDeep returns non-objects as they are).
    const error = scrubValue(init.body, scrub);
    Object.assign(this, {
      status: init.status,
      headers,
      requestId: findRequestId((name) => headers?.[name]),
      error,
      ...pickEnvelope(error),
      retryAfterMs: init.retryAfterMs,
    });
  }

  /** `404 Task not found` style message from the usual error envelopes. */
  static makeMessage(status: number | undefined, body: unknown): string {
    const detail =
      extractMessage(body) ??
      (status === undefined
        ? 'API error'
        : body === undefined || body === ''
          ? 'status code (no body)'
          : 'status code');
    return status === undefined ? detail : `${status} ${detail}`;
  }

  /** The class for a status: `NotFoundError` for 404, `InternalServerError` for 5xx, … */
  static generate<TBody = unknown>(init: APIErrorInit<TBody>): APIError<TBody> {
    // Any 5xx (and beyond) is 500's class.
    const Class = STATUS_ERRORS[Math.min(init.status ?? 0, 500)] ?? APIError;
    return new Class<TBody>(init);
  }
}

/**
 * The subclass of `APIError` for each status `APIError.generate` picks (5xx beyond these:
 * `InternalServerError`), from one table: the classes differ in name only (their `name` and the
 * class's own). Pure (the calls are marked so): a bundle that never turns a status into an error
 * (`APIError.generate`) and names none of them carries none of them.
 */
const STATUS_ERRORS: Readonly<Record<number, typeof APIError>> = /*#__PURE__*/ statusErrors({
  400: 'BadRequest',
  401: 'Authentication',
  403: 'PermissionDenied',
  404: 'NotFound',
  409: 'Conflict',
  422: 'UnprocessableEntity',
  429: 'RateLimit',
  500: 'InternalServer',
});

function statusErrors(names: Record<number, string>): Record<number, typeof APIError> {
  const classes: Record<number, typeof APIError> = {};
  for (const [status, stem] of Object.entries(names)) {
    const name = `${stem}Error`;
    // A class made as a computed property's value takes the key as its own `name`.
    classes[status as unknown as number] = {
      [name]: class<TBody = unknown> extends APIError<TBody> {
        override name: string = name;
      },
    }[name]!;
  }
  return classes;
}

/** The class of `status` (pure: a wrapped table read, which a bundler may drop when unused). */
function statusError(status: number): typeof APIError {
  return STATUS_ERRORS[status]!;
}

export const BadRequestError: typeof APIError = /*#__PURE__*/ statusError(400);
export type BadRequestError<TBody = unknown> = APIError<TBody>;
export const AuthenticationError: typeof APIError = /*#__PURE__*/ statusError(401);
export type AuthenticationError<TBody = unknown> = APIError<TBody>;
export const PermissionDeniedError: typeof APIError = /*#__PURE__*/ statusError(403);
export type PermissionDeniedError<TBody = unknown> = APIError<TBody>;
export const NotFoundError: typeof APIError = /*#__PURE__*/ statusError(404);
export type NotFoundError<TBody = unknown> = APIError<TBody>;
export const ConflictError: typeof APIError = /*#__PURE__*/ statusError(409);
export type ConflictError<TBody = unknown> = APIError<TBody>;
export const UnprocessableEntityError: typeof APIError = /*#__PURE__*/ statusError(422);
export type UnprocessableEntityError<TBody = unknown> = APIError<TBody>;
export const RateLimitError: typeof APIError = /*#__PURE__*/ statusError(429);
export type RateLimitError<TBody = unknown> = APIError<TBody>;
/** Any 5xx. */
export const InternalServerError: typeof APIError = /*#__PURE__*/ statusError(500);
export type InternalServerError<TBody = unknown> = APIError<TBody>;

/** What the connection, timeout and abort errors take (their message has a default). */
interface NoResponseInit {
  message?: string | undefined;
  cause?: unknown;
  scrub?: Scrubber | undefined;
}

/** No usable response: DNS, refused or reset connection, TLS, … `cause` holds the transport error. */
export class APIConnectionError extends APIError<undefined> {
  override name: string = 'APIConnectionError';
  /** True when the failure shows the request never reached the server (safe to re-send anything). */
  declare readonly requestNotSent: boolean;

  constructor(init: NoResponseInit & { requestNotSent?: boolean | undefined }) {
    // The innermost cause says what happened (`connect ECONNREFUSED 127.0.0.1:4010`, `bad port`).
    let cause = init.cause;
    let detail = '';
    for (let i = 0; i < 8 && cause instanceof Error; i++, cause = cause.cause)
      detail = `: ${cause.message.replace(/\.$/, '')}`;
    super({ ...init, status: undefined, message: init.message ?? `Connection error${detail}.` });
    this.requestNotSent = init.requestNotSent ?? false;
  }
}

/** An attempt exceeded `timeout` (headers and body) or a stream went quiet for `idleTimeout`. */
export class APIConnectionTimeoutError extends APIConnectionError {
  override name: string = 'APIConnectionTimeoutError';

  constructor(init: NoResponseInit = {}) {
    super({ ...init, message: init.message ?? 'Request timed out.' });
  }
}

/** The caller aborted through its `signal`. Never retried. */
export class APIUserAbortError extends APIError<undefined> {
  override name: string = 'APIUserAbortError';

  constructor(init: NoResponseInit = {}) {
    super({ ...init, status: undefined, message: init.message ?? 'Request was aborted.' });
  }
}

/**
 * A stream ended before its operation's terminator (e.g. `[DONE]`), or its last event was cut
 * off mid-payload: the answer is incomplete. The chunks already yielded are all there is.
 */
export class IncompleteStreamError extends APIConnectionError {
  override name: string = 'IncompleteStreamError';

  constructor(init: { message: string; scrub?: Scrubber | undefined }) {
    super(init);
  }
}

/** A stream event whose `data:` is not the JSON its operation declares. */
export class InvalidStreamEventError extends ShellApiError {
  override name: string = 'InvalidStreamEventError';
  /** The event's data (scrubbed, cut to 200 characters). */
  declare readonly data: string;

  constructor(data: string, scrub: Scrubber = keepText, cause?: unknown) {
    const shown = scrub(truncate(data, 200));
    super(`A stream event is not valid JSON: ${shown}`, { cause, scrub });
    this.data = shown;
  }
}

/**
 * A buffered answer (JSON, text, an error body) is larger than `maxResponseBytes`. Raise the
 * limit, or ask for `as: 'stream'` / `as: 'response'` to read it yourself.
 */
export class ResponseTooLargeError extends ShellApiError {
  override name: string = 'ResponseTooLargeError';
  declare readonly limitBytes: number;
  /** HTTP status of the oversized response. */
  declare readonly status: number;

  constructor(limitBytes: number, status: number) {
    super(
      `The response body exceeds maxResponseBytes (${limitBytes} bytes); raise the limit or read it with { as: 'stream' }.`,
    );
    this.limitBytes = limitBytes;
    this.status = status;
  }
}

// ───────────────────────────── tasks ─────────────────────────────

/** The last thing known about a task when a task error is raised. */
export interface TaskErrorSnapshot {
  state: string;
  vendorStatus: unknown;
  progress?: number | undefined;
  task: unknown;
}

export class TaskError extends ShellApiError {
  override name: string = 'TaskError';
  /** The task id. */
  declare readonly taskId: string;
  /** Last snapshot seen (raw vendor task in `snapshot.task`). */
  declare readonly snapshot: TaskErrorSnapshot | undefined;

  constructor(
    message: string,
    taskId: string,
    snapshot: TaskErrorSnapshot | undefined,
    scrub: Scrubber = keepText,
  ) {
    super(scrub(message), { scrub });
    this.taskId = taskId;
    this.snapshot = scrubValue(snapshot, scrub) as TaskErrorSnapshot | undefined;
  }

  /** The raw vendor task object of the last poll. */
  get task(): unknown {
    return this.snapshot?.task;
  }
}

/** The task reached a failed state. `reason` is the vendor's failure text, when it gives one. */
export class TaskFailedError extends TaskError {
  override name: string = 'TaskFailedError';
  declare readonly reason: string | undefined;

  constructor(
    taskId: string,
    reason: string | undefined,
    snapshot: TaskErrorSnapshot,
    scrub: Scrubber = keepText,
  ) {
    super(`Task ${taskId} failed${reason ? `: ${reason}` : ''}`, taskId, snapshot, scrub);
    this.reason = reason && scrub(reason);
  }
}

/** The task was cancelled (by the vendor or by someone else). */
export class TaskCancelledError extends TaskError {
  override name: string = 'TaskCancelledError';

  constructor(taskId: string, snapshot: TaskErrorSnapshot, scrub?: Scrubber) {
    super(`Task ${taskId} was cancelled`, taskId, snapshot, scrub);
  }
}

/** The time budget ran out before the task finished. The task may still finish: wait again with its id. */
export class TaskTimeoutError extends TaskError {
  override name: string = 'TaskTimeoutError';
  declare readonly timeoutMs: number;

  constructor(
    taskId: string,
    timeoutMs: number,
    snapshot: TaskErrorSnapshot | undefined,
    scrub?: Scrubber,
  ) {
    super(`Task ${taskId} did not finish within ${timeoutMs} ms`, taskId, snapshot, scrub);
    this.timeoutMs = timeoutMs;
  }
}

/** The submit succeeded at HTTP level but its response holds no task id (the vendor refused the job). */
export class TaskSubmitError extends ShellApiError {
  override name: string = 'TaskSubmitError';
  /** The submit response body. */
  declare readonly response: unknown;
  /** The vendor's own code (`code` or `error.code`), e.g. `24` for a banned prompt. */
  declare readonly code: string | undefined;
  /** The vendor's explanation (`description`, `message`, …), when it gives one. */
  declare readonly description: string | undefined;

  constructor(message: string, response: unknown, scrub: Scrubber = keepText) {
    const code = pickEnvelope(response).code;
    const description =
      response && typeof response === 'object' ? extractMessage(response) : undefined;
    const detail = [description, code !== undefined ? `code ${code}` : undefined]
      .filter(Boolean)
      .join(', ');
    super(scrub(detail ? `${message} The vendor said: ${detail}.` : message), {
      scrub,
    });
    this.response = scrubValue(response, scrub);
    this.code = code;
    this.description = description && scrub(description);
  }
}

/**
 * A callback (webhook) body that is not what the API sends: empty, not JSON, or not a task of the
 * family (no object, no status or id at the family's pointers). Answer such a request with a 400.
 */
export class CallbackPayloadError extends ShellApiError {
  override name: string = 'CallbackPayloadError';
  /** The body as received (parsed, when it was JSON). */
  declare readonly body: unknown;

  constructor(message: string, body: unknown, cause?: unknown) {
    super(message, { cause });
    this.body = body;
  }
}

// ───────────────────────────── helpers ─────────────────────────────

/** The request id of response headers, read by lower-cased name with `get`. */
export function findRequestId(
  get: (name: string) => string | null | undefined,
): string | undefined {
  // The first header present (`find(Boolean)` skips the absent ones: null or undefined).
  return REQUEST_ID_HEADERS.map(get).find(Boolean) as string | undefined;
}

/** Message from `{error: {message}}`, `{error: '...'}`, `{message}`, `{msg}`, `{detail}`, `{description}`, `{title}` or plain text. */
export function extractMessage(body: unknown): string | undefined {
  if (typeof body === 'string') return truncate(body.trim()) || undefined;
  if (!isObject(body)) return undefined;
  // In the order of Python's `extract_message`; RFC 9457's `detail`, then its `title`, last.
  for (const key of [
    'error',
    'message',
    'msg',
    'detail',
    'description',
    'error_description',
    'title',
  ]) {
    const value = body[key];
    // A nested `error` object has its own message (or its JSON).
    const found =
      typeof value === 'string'
        ? value
        : key === 'error' && isObject(value) && extractMessage(value);
    if (found) return truncate(found);
  }
  try {
    return truncate(JSON.stringify(body));
  } catch {
    return undefined;
  }
}

/** `code` and `type` of `{error: {code, type}}` or `{code, type}` envelopes. */
function pickEnvelope(body: unknown): { code: string | undefined; type: string | undefined } {
  const read = (value: unknown): string | undefined =>
    typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  const record = isObject(body) ? (isObject(body['error']) ? body['error'] : body) : {};
  return { code: read(record['code']), type: read(record['type']) };
}

/** `text` cut to `max` characters, with an ellipsis when cut. */
export function truncate(text: string, max = 500): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

export function describeCause(cause: unknown, scrub: Scrubber, depth = 0): unknown {
  if (cause instanceof Error) {
    const code = (cause as { code?: unknown }).code;
    // Undefined members (no code, no cause, past the depth) are left out by `JSON.stringify`.
    return {
      name: cause.name,
      message: scrub(cause.message),
      code: typeof code === 'string' ? code : undefined,
      cause: depth < 3 ? describeCause(cause.cause, scrub, depth + 1) : undefined,
    };
  }
  return typeof cause === 'string' ? scrub(cause) : undefined;
}
