/** The client option `backoff` over the API's retry policy. */
import type { RetryPolicy } from './retry.js';

/** The client option `backoff`: overrides of the policy's delays (mostly for tests). */
export interface BackoffOptions {
  initialDelayMs?: number | undefined;
  maxDelayMs?: number | undefined;
  maxServerDelayMs?: number | undefined;
}

/** The policy with the client's `backoff` overrides applied (undefined ones ignored). */
export function withBackoff(policy: RetryPolicy, backoff: BackoffOptions = {}): RetryPolicy {
  return {
    ...policy,
    initialDelayMs: backoff.initialDelayMs ?? policy.initialDelayMs,
    maxDelayMs: backoff.maxDelayMs ?? policy.maxDelayMs,
    maxServerDelayMs: backoff.maxServerDelayMs ?? policy.maxServerDelayMs,
  };
}
