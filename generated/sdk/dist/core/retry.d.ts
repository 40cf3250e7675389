/**
 * When to re-send a request, and how long to wait first.
 *
 * Every operation has a retry class from the spec (`x-retry`):
 * - `safe` (reads, polls, idempotent calls): retried on connection errors, timeouts and the
 *   policy's retryable statuses (`retryStatuses`, and `retryStatusFrom` up), like the OpenAI SDK.
 * - `unsafe` (paid submits): re-sent only when the failure proves the request never reached the
 *   server — the transport error names a failure that happens before a connection exists
 *   (DNS lookup failed, connection refused, network/host unreachable) — or when the server
 *   explicitly answers `x-should-retry: true`. A reset or closed socket, or any HTTP status (even
 *   429/503) may come after the job was accepted, so it is not retried; nor is any timeout: the
 *   `timeout` timer aborts fetch without saying whether it was still connecting, so a connect
 *   timeout cannot be told apart (the Python SDK, which could, keeps the same rule).
 *   Browsers hide the cause of network errors, so there unsafe calls are never re-sent.
 *
 * The numbers (how often, how long, which statuses) are the API's `RetryPolicy`, decided once in
 * the generator's IR and emitted as `RETRY_POLICY` (retry-policy.ts, next to this file).
 */
import type { BackoffOptions } from './backoff.js';
import type { Retrying } from './client.js';
import type { RetryClass, RetryPolicy } from './retry-types.js';
export { isRequestNotSent } from './not-sent.js';
export type { Retrying } from './client.js';
export type { RetryClass, RetryPolicy } from './retry-types.js';
/** Should this HTTP response be retried (given retries remain)? */
export declare function shouldRetryResponse(response: Response, retryClass: RetryClass, policy: RetryPolicy): boolean;
/** `status` is one of `statuses` or at least the policy's `retryStatusFrom` (polls list their own). */
export declare function retryableStatus(status: number | undefined, statuses: readonly number[], policy: RetryPolicy): boolean;
/**
 * Wait before the next attempt: the server's `retry-after-ms` / `retry-after` (seconds or HTTP
 * date) when within 0..maxServerDelayMs, else `initial × 2^retriesDone` capped, minus up to
 * `jitter` of it.
 */
export declare function retryDelayMs(headers: Headers | undefined, retriesDone: number, policy: RetryPolicy, now?: number, random?: number): number;
/** The server's hint when it is within 0..maxServerDelayMs; otherwise the caller backs off. */
export declare function hintedDelayMs(headers: Headers | undefined, policy: RetryPolicy, now?: number): number | undefined;
/** The server's hint in ms, or undefined when it gave none (or nothing readable). */
export declare function serverSuggestedDelayMs(headers: Headers | undefined, now?: number): number | undefined;
/**
 * Retries for a client: the generated client class passes this in its config (`retrying`); a bare
 * `BaseClient` without it sends each request once, and its bundle carries none of this module.
 * It wraps the attempt: an error response is judged as it arrives (one retried is dropped unread),
 * a failure when the attempt throws it.
 */
export declare const retrying: Retrying;
/** The policy with the client's `backoff` overrides applied (undefined ones ignored). */
export declare function withBackoff(policy: RetryPolicy, backoff?: BackoffOptions): RetryPolicy;
