/**
 * The retry policy every SDK runtime applies, decided once and handed to each runtime as generated
 * constants (TypeScript and Python). Which operations are `safe` to re-send is per operation
 * (`OperationIr.retry`); this is the rest: how often, how long to wait, what counts as retryable.
 */
import type { RetryPolicyIr } from './types.js';

export const RETRY_POLICY: RetryPolicyIr = {
  maxRetries: 2,
  initialDelayMs: 500,
  maxDelayMs: 8_000,
  maxServerDelayMs: 60_000,
  jitter: 0.25,
  retryStatuses: [408, 409, 429],
  retryStatusFrom: 500,
  hintHeader: 'x-should-retry',
  maxPollErrors: 5,
  pollRetryStatuses: [408, 429],
};
