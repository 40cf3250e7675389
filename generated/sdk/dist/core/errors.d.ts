import { type Scrubber } from './redact.js';
export declare class ShellApiError extends Error {
    #private;
    name: string;
    constructor(message: string, options?: {
        cause?: unknown;
        scrub?: Scrubber | undefined;
    });
    /**
     * What `JSON.stringify(error)` shows: name, message, every subclass's own fields (`status`,
     * `headers`, `taskId`, …, already scrubbed when set) and the cause; no stack, no request options.
     */
    toJSON(): Record<string, unknown>;
}
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
export declare class APIError<TBody = unknown> extends ShellApiError {
    name: string;
    /** HTTP status; undefined for an error delivered inside an SSE stream or a connection error. */
    readonly status: number | undefined;
    /** Response headers, lower-cased, credentials redacted. */
    readonly headers: Record<string, string> | undefined;
    /** From `x-request-id` (or a relay's equivalent): quote it when reporting a problem. */
    readonly requestId: string | undefined;
    /** The parsed error body (typed by the operation's error responses). */
    readonly error: TBody | undefined;
    /** `error.code` / `code` of the usual envelopes, when present. */
    readonly code: string | undefined;
    /** `error.type` of OpenAI-style envelopes, when present. */
    readonly type: string | undefined;
    /**
     * The wait the server asked for (`retry-after-ms` / `retry-after`), in ms. Set when the client
     * gave up because the wait was beyond its ceiling (`retryPolicy.maxServerDelayMs`).
     */
    readonly retryAfterMs: number | undefined;
    constructor(init: APIErrorInit<TBody>);
    /** `404 Task not found` style message from the usual error envelopes. */
    static makeMessage(status: number | undefined, body: unknown): string;
    /** The class for a status: `NotFoundError` for 404, `InternalServerError` for 5xx, … */
    static generate<TBody = unknown>(init: APIErrorInit<TBody>): APIError<TBody>;
}
export declare const BadRequestError: typeof APIError;
export type BadRequestError<TBody = unknown> = APIError<TBody>;
export declare const AuthenticationError: typeof APIError;
export type AuthenticationError<TBody = unknown> = APIError<TBody>;
export declare const PermissionDeniedError: typeof APIError;
export type PermissionDeniedError<TBody = unknown> = APIError<TBody>;
export declare const NotFoundError: typeof APIError;
export type NotFoundError<TBody = unknown> = APIError<TBody>;
export declare const ConflictError: typeof APIError;
export type ConflictError<TBody = unknown> = APIError<TBody>;
export declare const UnprocessableEntityError: typeof APIError;
export type UnprocessableEntityError<TBody = unknown> = APIError<TBody>;
export declare const RateLimitError: typeof APIError;
export type RateLimitError<TBody = unknown> = APIError<TBody>;
/** Any 5xx. */
export declare const InternalServerError: typeof APIError;
export type InternalServerError<TBody = unknown> = APIError<TBody>;
/** What the connection, timeout and abort errors take (their message has a default). */
interface NoResponseInit {
    message?: string | undefined;
    cause?: unknown;
    scrub?: Scrubber | undefined;
}
/** No usable response: DNS, refused or reset connection, TLS, … `cause` holds the transport error. */
export declare class APIConnectionError extends APIError<undefined> {
    name: string;
    /** True when the failure shows the request never reached the server (safe to re-send anything). */
    readonly requestNotSent: boolean;
    constructor(init: NoResponseInit & {
        requestNotSent?: boolean | undefined;
    });
}
/** An attempt exceeded `timeout` (headers and body) or a stream went quiet for `idleTimeout`. */
export declare class APIConnectionTimeoutError extends APIConnectionError {
    name: string;
    constructor(init?: NoResponseInit);
}
/** The caller aborted through its `signal`. Never retried. */
export declare class APIUserAbortError extends APIError<undefined> {
    name: string;
    constructor(init?: NoResponseInit);
}
/**
 * A stream ended before its operation's terminator (e.g. `[DONE]`), or its last event was cut
 * off mid-payload: the answer is incomplete. The chunks already yielded are all there is.
 */
export declare class IncompleteStreamError extends APIConnectionError {
    name: string;
    constructor(init: {
        message: string;
        scrub?: Scrubber | undefined;
    });
}
/** A stream event whose `data:` is not the JSON its operation declares. */
export declare class InvalidStreamEventError extends ShellApiError {
    name: string;
    /** The event's data (scrubbed, cut to 200 characters). */
    readonly data: string;
    constructor(data: string, scrub?: Scrubber, cause?: unknown);
}
/**
 * A buffered answer (JSON, text, an error body) is larger than `maxResponseBytes`. Raise the
 * limit, or ask for `as: 'stream'` / `as: 'response'` to read it yourself.
 */
export declare class ResponseTooLargeError extends ShellApiError {
    name: string;
    readonly limitBytes: number;
    /** HTTP status of the oversized response. */
    readonly status: number;
    constructor(limitBytes: number, status: number);
}
/** The last thing known about a task when a task error is raised. */
export interface TaskErrorSnapshot {
    state: string;
    vendorStatus: unknown;
    progress?: number | undefined;
    task: unknown;
}
export declare class TaskError extends ShellApiError {
    name: string;
    /** The task id. */
    readonly taskId: string;
    /** Last snapshot seen (raw vendor task in `snapshot.task`). */
    readonly snapshot: TaskErrorSnapshot | undefined;
    constructor(message: string, taskId: string, snapshot: TaskErrorSnapshot | undefined, scrub?: Scrubber);
    /** The raw vendor task object of the last poll. */
    get task(): unknown;
}
/** The task reached a failed state. `reason` is the vendor's failure text, when it gives one. */
export declare class TaskFailedError extends TaskError {
    name: string;
    readonly reason: string | undefined;
    constructor(taskId: string, reason: string | undefined, snapshot: TaskErrorSnapshot, scrub?: Scrubber);
}
/** The task was cancelled (by the vendor or by someone else). */
export declare class TaskCancelledError extends TaskError {
    name: string;
    constructor(taskId: string, snapshot: TaskErrorSnapshot, scrub?: Scrubber);
}
/** The time budget ran out before the task finished. The task may still finish: wait again with its id. */
export declare class TaskTimeoutError extends TaskError {
    name: string;
    readonly timeoutMs: number;
    constructor(taskId: string, timeoutMs: number, snapshot: TaskErrorSnapshot | undefined, scrub?: Scrubber);
}
/** The submit succeeded at HTTP level but its response holds no task id (the vendor refused the job). */
export declare class TaskSubmitError extends ShellApiError {
    name: string;
    /** The submit response body. */
    readonly response: unknown;
    /** The vendor's own code (`code` or `error.code`), e.g. `24` for a banned prompt. */
    readonly code: string | undefined;
    /** The vendor's explanation (`description`, `message`, …), when it gives one. */
    readonly description: string | undefined;
    constructor(message: string, response: unknown, scrub?: Scrubber);
}
/**
 * A callback (webhook) body that is not what the API sends: empty, not JSON, or not a task of the
 * family (no object, no status or id at the family's pointers). Answer such a request with a 400.
 */
export declare class CallbackPayloadError extends ShellApiError {
    name: string;
    /** The body as received (parsed, when it was JSON). */
    readonly body: unknown;
    constructor(message: string, body: unknown, cause?: unknown);
}
/** The request id of response headers, read by lower-cased name with `get`. */
export declare function findRequestId(get: (name: string) => string | null | undefined): string | undefined;
/** Message from `{error: {message}}`, `{error: '...'}`, `{message}`, `{msg}`, `{detail}`, `{description}`, `{title}` or plain text. */
export declare function extractMessage(body: unknown): string | undefined;
/** `text` cut to `max` characters, with an ellipsis when cut. */
export declare function truncate(text: string, max?: number): string;
export declare function describeCause(cause: unknown, scrub: Scrubber, depth?: number): unknown;
export {};
