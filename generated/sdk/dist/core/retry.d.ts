import type { BackoffOptions } from './backoff.js';
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
/** Where a request stands when `Retrying` decides (the attempt just made, counted from 0). */
export interface RetryContext {
  attempt: number;
  /** Retries allowed for this call (the client's or the call's `maxRetries`). */
  maxRetries: number;
  retryClass: RetryClass;
  policy: RetryPolicy;
}
/** A response not retried because the server asked for a wait beyond `maxServerDelayMs`. */
export interface BeyondCeiling {
  retryAfterMs: number;
  /** Appended to the error's message. */
  note: string;
}
/** What the client core calls to decide on, time and wait out a retry (see `retrying`). */
export interface Retrying {
  /** After a transport failure: the wait in ms before re-sending, or undefined to give up. */
  afterError(error: Error, context: RetryContext): number | undefined;
  /**
   * After an error response: the wait in ms before re-sending, what the error carries when the
   * server's own wait is beyond the ceiling, or undefined to give up.
   */
  afterResponse(response: Response, context: RetryContext): number | BeyondCeiling | undefined;
  sleep(ms: number, signal?: AbortSignal | null): Promise<void>;
  /** The policy with the client option `backoff` applied. */
  withBackoff(policy: RetryPolicy, backoff?: BackoffOptions): RetryPolicy;
}
/**
 * Retries for a client: the generated client class passes this in its config (`retrying`); a bare
 * `BaseClient` without it sends each request once, and its bundle carries none of this module.
 */
export declare const retrying: Retrying;
/** The policy with the client's `backoff` overrides applied (undefined ones ignored). */
export declare function withBackoff(policy: RetryPolicy, backoff?: BackoffOptions): RetryPolicy;
