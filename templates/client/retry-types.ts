/** Retry classes and policies as the client core and `retrying` (retry.ts) read them; types only. */

/** From the spec (`x-retry`): may this be re-sent after it may have reached the server? */
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
