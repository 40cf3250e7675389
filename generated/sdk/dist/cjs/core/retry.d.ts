/**
 * When to re-send a request, and how long to wait first.
 *
 * Every operation has a retry class from the spec (`x-retry`):
 * - `safe` (reads, polls, idempotent calls): retried on connection errors, timeouts and the
 *   policy's retryable statuses (`retryStatuses`, and `retryStatusFrom` up), like the OpenAI SDK.
 * - `unsafe` (paid submits): re-sent only when the failure proves the request never reached the
 *   server — the transport error names a failure that happens before a connection exists
 *   (DNS lookup failed, connection refused, network/host unreachable, connect timeout) — or when
 *   the server explicitly answers `x-should-retry: true`. A reset or closed socket, a timeout, or
 *   any HTTP status (even 429/503) may come after the job was accepted, so it is not retried.
 *   Browsers hide the cause of network errors, so there unsafe calls are never re-sent.
 *
 * The numbers (how often, how long, which statuses) are the API's `RetryPolicy`, decided once in
 * the generator's IR and emitted as `RETRY_POLICY` (retry-policy.ts, next to this file).
 */
import type { BackoffOptions } from './backoff.js';
import type { PlugIn } from './client.js';
export { isRequestNotSent } from './not-sent.js';
export type RetryClass = 'safe' | 'unsafe';
/** How often and how long to retry: the generated `RETRY_POLICY` (from the IR) is the default. */
export interface RetryPolicy {
    /** Retries after the first attempt, unless the client or call says otherwise. */
    readonly maxRetries: number;
    /** Delay before the first retry without a server hint; doubles each retry. */
    readonly initialDelayMs: number;
    /** Cap of the doubling. */
    readonly maxDelayMs: number;
    /** Longest server-suggested wait (`retry-after`, `retry-after-ms`) that is honoured. */
    readonly maxServerDelayMs: number;
    /** Up to this fraction of a backoff delay is taken off at random. */
    readonly jitter: number;
    /** Statuses retried on `safe` operations, besides `retryStatusFrom` and up. */
    readonly retryStatuses: readonly number[];
    readonly retryStatusFrom: number;
    /** Response header by which the server says whether to retry (`true` / `false`). */
    readonly hintHeader: string;
    /** Task waits: consecutive transient poll failures tolerated. */
    readonly maxPollErrors: number;
    /** Task waits: statuses (besides `retryStatusFrom` and up) that count as transient. */
    readonly pollRetryStatuses: readonly number[];
}
/** Should this HTTP response be retried (given retries remain)? */
export declare function shouldRetryResponse(response: Response, retryClass: RetryClass, policy: RetryPolicy): boolean;
/**
 * Wait before the next attempt: the server's `retry-after-ms` / `retry-after` (seconds or HTTP
 * date) when within 0..maxServerDelayMs, else `initial × 2^retriesDone` capped, minus up to
 * `jitter` of it.
 */
export declare function retryDelayMs(headers: Headers | undefined, retriesDone: number, policy: RetryPolicy, now?: number, random?: number): number;
/** The server's hint in ms, or undefined when it gave none (or nothing readable). */
export declare function serverSuggestedDelayMs(headers: Headers | undefined, now?: number): number | undefined;
/** The client's retry plug-in (see `retrying`). */
export interface Retrying extends PlugIn {
    /** The policy with the client option `backoff` applied. */
    withBackoff(policy: RetryPolicy, backoff?: BackoffOptions): RetryPolicy;
}
/**
 * Retries for a client: the generated client class passes this in its config (`retrying`); a bare
 * `BaseClient` without it sends each request once, and its bundle carries none of this module.
 * It wraps the attempt: error responses are judged as they arrive (a retried one is dropped
 * unread), failures when the attempt throws them.
 */
export declare const retrying: Retrying;
/** The policy with the client's `backoff` overrides applied (undefined ones ignored). */
export declare function withBackoff(policy: RetryPolicy, backoff?: BackoffOptions): RetryPolicy;
