import type { BackoffOptions } from './backoff.js';
import type { Retrying } from './client.js';
import type { RetryClass, RetryPolicy } from './retry-types.js';
export { isRequestNotSent } from './not-sent.js';
export type { Retrying } from './client.js';
export type { RetryClass, RetryPolicy } from './retry-types.js';
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
/**
 * Retries for a client: the generated client class passes this in its config (`retrying`); a bare
 * `BaseClient` without it sends each request once, and its bundle carries none of this module.
 * It wraps the attempt: an error response is judged as it arrives (one retried is dropped unread),
 * a failure when the attempt throws it.
 */
export declare const retrying: Retrying;
/** The policy with the client's `backoff` overrides applied (undefined ones ignored). */
export declare function withBackoff(policy: RetryPolicy, backoff?: BackoffOptions): RetryPolicy;
