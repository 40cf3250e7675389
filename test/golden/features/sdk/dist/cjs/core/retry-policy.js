"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RETRY_POLICY = void 0;
/** How often and how long the client retries, as the generator decided it (its IR). */
exports.RETRY_POLICY = {
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
