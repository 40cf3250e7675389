/** How often and how long the client retries, as the generator decided it (its IR). */
export const RETRY_POLICY = {
    maxRetries: 2,
    initialDelayMs: 500,
    maxDelayMs: 8000,
    maxServerDelayMs: 60000,
    jitter: 0.25,
    retryStatuses: [408, 409, 429],
    retryStatusFrom: 500,
    hintHeader: 'x-should-retry',
    maxPollErrors: 5,
    pollRetryStatuses: [408, 429],
};
