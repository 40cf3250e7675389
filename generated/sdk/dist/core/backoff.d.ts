/** The client option `backoff`: overrides of the policy's delays (mostly for tests). `withBackoff` of retry.ts applies them. */
export interface BackoffOptions {
    initialDelayMs?: number | undefined;
    maxDelayMs?: number | undefined;
    maxServerDelayMs?: number | undefined;
}
