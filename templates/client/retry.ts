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
import { APIConnectionError, APIConnectionTimeoutError } from './errors.js';
import { sleep } from './timers.js';

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
export function shouldRetryResponse(
  response: Response,
  retryClass: RetryClass,
  policy: RetryPolicy,
): boolean {
  const hint = response.headers.get(policy.hintHeader);
  if (hint === 'true') return true;
  if (hint === 'false') return false;
  if (retryClass === 'unsafe') return false;
  const status = response.status;
  return policy.retryStatuses.includes(status) || status >= policy.retryStatusFrom;
}

/**
 * Wait before the next attempt: the server's `retry-after-ms` / `retry-after` (seconds or HTTP
 * date) when within 0..maxServerDelayMs, else `initial × 2^retriesDone` capped, minus up to
 * `jitter` of it.
 */
export function retryDelayMs(
  headers: Headers | undefined,
  retriesDone: number,
  policy: RetryPolicy,
  now: number = Date.now(),
  random: number = Math.random(),
): number {
  const suggested = serverSuggestedDelayMs(headers, now);
  if (suggested !== undefined && suggested >= 0 && suggested <= policy.maxServerDelayMs)
    return suggested;
  const base = Math.min(policy.initialDelayMs * 2 ** retriesDone, policy.maxDelayMs);
  return Math.round(base * (1 - random * policy.jitter));
}

/** The server's hint in ms, or undefined when it gave none (or nothing readable). */
export function serverSuggestedDelayMs(
  headers: Headers | undefined,
  now: number = Date.now(),
): number | undefined {
  if (!headers) return undefined;
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '') {
    const value = Number(ms);
    if (Number.isFinite(value)) return value;
  }
  const after = headers.get('retry-after');
  if (after === null || after.trim() === '') return undefined;
  const seconds = Number(after);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(after);
  return Number.isNaN(date) ? undefined : date - now;
}

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
export const retrying: Retrying = {
  // Connection errors and timeouts of safe calls; of unsafe ones only what surely never left.
  afterError: (error, { attempt, maxRetries, retryClass, policy }) =>
    attempt < maxRetries &&
    error instanceof APIConnectionError &&
    (retryClass === 'safe' ||
      (error.requestNotSent && !(error instanceof APIConnectionTimeoutError)))
      ? retryDelayMs(undefined, attempt, policy)
      : undefined,
  afterResponse: (response, { attempt, maxRetries, retryClass, policy }) => {
    if (!shouldRetryResponse(response, retryClass, policy)) return undefined;
    // The server's wait is beyond the ceiling: give up at once (an error carrying the wait)
    // rather than retry early.
    const retryAfterMs = serverSuggestedDelayMs(response.headers);
    if (retryAfterMs !== undefined && retryAfterMs > policy.maxServerDelayMs)
      return {
        retryAfterMs,
        note: `(not retried: the server asked to wait ${retryAfterMs} ms, beyond the client's ceiling)`,
      };
    return attempt < maxRetries ? retryDelayMs(response.headers, attempt, policy) : undefined;
  },
  sleep,
  withBackoff,
};

/** The policy with the client's `backoff` overrides applied (undefined ones ignored). */
export function withBackoff(policy: RetryPolicy, backoff: BackoffOptions = {}): RetryPolicy {
  return {
    ...policy,
    initialDelayMs: backoff.initialDelayMs ?? policy.initialDelayMs,
    maxDelayMs: backoff.maxDelayMs ?? policy.maxDelayMs,
    maxServerDelayMs: backoff.maxServerDelayMs ?? policy.maxServerDelayMs,
  };
}
