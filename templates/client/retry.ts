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
import type { WithResponse } from './api-promise.js';
import type { Attempt, Call, FetchLike, Retrying } from './client.js';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  ShellApiError,
} from './errors.js';
import type { RetryClass, RetryPolicy } from './retry-types.js';
import { sleep } from './timers.js';

export { isRequestNotSent } from './not-sent.js';
export type { Retrying } from './client.js';
export type { RetryClass, RetryPolicy } from './retry-types.js';

/** Should this HTTP response be retried (given retries remain)? */
export function shouldRetryResponse(
  response: Response,
  retryClass: RetryClass,
  policy: RetryPolicy,
): boolean {
  const hint = response.headers.get(policy.hintHeader);
  if (hint === 'true') return true;
  if (hint === 'false') return false;
  return retryClass === 'safe' && retryableStatus(response.status, policy.retryStatuses, policy);
}

/** `status` is one of `statuses` or at least the policy's `retryStatusFrom` (polls list their own). */
export function retryableStatus(
  status: number | undefined,
  statuses: readonly number[],
  policy: RetryPolicy,
): boolean {
  return status !== undefined && (statuses.includes(status) || status >= policy.retryStatusFrom);
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
  const base = Math.min(policy.initialDelayMs * 2 ** retriesDone, policy.maxDelayMs);
  return hintedDelayMs(headers, policy, now) ?? Math.round(base * (1 - random * policy.jitter));
}

/** The server's hint when it is within 0..maxServerDelayMs; otherwise the caller backs off. */
export function hintedDelayMs(
  headers: Headers | undefined,
  policy: RetryPolicy,
  now?: number,
): number | undefined {
  const suggested = serverSuggestedDelayMs(headers, now);
  return suggested !== undefined && suggested >= 0 && suggested <= policy.maxServerDelayMs
    ? suggested
    : undefined;
}

/** The server's hint in ms, or undefined when it gave none (or nothing readable). */
export function serverSuggestedDelayMs(
  headers: Headers | undefined,
  now: number = Date.now(),
): number | undefined {
  const ms = headers?.get('retry-after-ms')?.trim();
  if (ms && Number.isFinite(+ms)) return +ms;
  const after = headers?.get('retry-after')?.trim();
  if (!after) return undefined;
  if (Number.isFinite(+after)) return +after * 1000;
  const date = Date.parse(after);
  return Number.isNaN(date) ? undefined : date - now;
}

/**
 * Retries for a client: the generated client class passes this in its config (`retrying`); a bare
 * `BaseClient` without it sends each request once, and its bundle carries none of this module.
 * It wraps the attempt: an error response is judged as it arrives (one retried is dropped unread),
 * a failure when the attempt throws it.
 */
export const retrying: Retrying = {
  wrap: (attempt, client, { maxRetries, backoff }) => {
    // The client has a policy whenever its config has `retrying`; the `backoff` overrides are
    // applied here, so a client without `retrying` bundles neither.
    const policy = withBackoff(client.retryPolicy!, backoff);
    Object.assign(client, { retryPolicy: policy, maxRetries: maxRetries ?? policy.maxRetries });
    return (call) => retried(attempt, call, policy, client.maxRetries);
  },
};

/** `attempt` re-sent by `policy` up to `retries` times (or the call's own `maxRetries`). */
async function retried(
  attempt: Attempt,
  call: Call,
  policy: RetryPolicy,
  retries: number,
): Promise<WithResponse<unknown>> {
  const { options } = call;
  const maxRetries = Math.max(0, options.maxRetries ?? retries);
  const retryClass: RetryClass = options.idempotent ? 'safe' : call.operation.retry;
  for (let done = 0; ; done++) {
    let delay: number | undefined;
    let status = 0;
    // The server asked for a wait beyond the ceiling: no retry, the error carries the wait.
    let beyond: number | undefined;
    const judged: FetchLike = async (url, init) => {
      const response = await call.fetch(url, init);
      if (response.ok || !shouldRetryResponse(response, retryClass, policy)) return response;
      const suggested = serverSuggestedDelayMs(response.headers);
      if (suggested !== undefined && suggested > policy.maxServerDelayMs) beyond = suggested;
      else if (done < maxRetries) {
        delay = retryDelayMs(response.headers, done, policy);
        status = response.status;
        response.body?.cancel().catch(() => {});
        // The attempt passes a ShellApiError through as it is; caught below.
        throw new ShellApiError('retry');
      }
      return response;
    };
    try {
      return await attempt({ ...call, fetch: judged });
    } catch (error) {
      if (beyond !== undefined && error instanceof APIError && error.status)
        Object.assign(error, {
          retryAfterMs: beyond,
          message: `${error.message} (not retried: the server asked to wait ${beyond} ms, beyond the client's ceiling)`,
        });
      // Connection errors and timeouts of safe calls; of unsafe ones only what surely never left.
      if (
        delay === undefined &&
        done < maxRetries &&
        error instanceof APIConnectionError &&
        (retryClass === 'safe' ||
          (error.requestNotSent && !(error instanceof APIConnectionTimeoutError)))
      )
        delay = retryDelayMs(undefined, done, policy);
      if (delay === undefined) throw error;
      call.onRetry?.(delay, status || (error as Error));
      await sleep(delay, options.signal);
    }
  }
}

/** The policy with the client's `backoff` overrides applied (undefined ones ignored). */
export function withBackoff(policy: RetryPolicy, backoff: BackoffOptions = {}): RetryPolicy {
  const out = { ...policy };
  for (const key of ['initialDelayMs', 'maxDelayMs', 'maxServerDelayMs'] as const)
    out[key] = backoff[key] ?? policy[key];
  return out;
}
