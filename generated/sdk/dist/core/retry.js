import { APIConnectionError, APIConnectionTimeoutError } from './errors.js';
import { sleep } from './timers.js';
export { isRequestNotSent } from './not-sent.js';
/** Should this HTTP response be retried (given retries remain)? */
export function shouldRetryResponse(response, retryClass, policy) {
    const hint = response.headers.get(policy.hintHeader);
    if (hint === 'true')
        return true;
    if (hint === 'false')
        return false;
    if (retryClass === 'unsafe')
        return false;
    const status = response.status;
    return policy.retryStatuses.includes(status) || status >= policy.retryStatusFrom;
}
/**
 * Wait before the next attempt: the server's `retry-after-ms` / `retry-after` (seconds or HTTP
 * date) when within 0..maxServerDelayMs, else `initial × 2^retriesDone` capped, minus up to
 * `jitter` of it.
 */
export function retryDelayMs(headers, retriesDone, policy, now = Date.now(), random = Math.random()) {
    const suggested = serverSuggestedDelayMs(headers, now);
    if (suggested !== undefined && suggested >= 0 && suggested <= policy.maxServerDelayMs)
        return suggested;
    const base = Math.min(policy.initialDelayMs * 2 ** retriesDone, policy.maxDelayMs);
    return Math.round(base * (1 - random * policy.jitter));
}
/** The server's hint in ms, or undefined when it gave none (or nothing readable). */
export function serverSuggestedDelayMs(headers, now = Date.now()) {
    if (!headers)
        return undefined;
    const ms = headers.get('retry-after-ms');
    if (ms !== null && ms.trim() !== '') {
        const value = Number(ms);
        if (Number.isFinite(value))
            return value;
    }
    const after = headers.get('retry-after');
    if (after === null || after.trim() === '')
        return undefined;
    const seconds = Number(after);
    if (Number.isFinite(seconds))
        return seconds * 1000;
    const date = Date.parse(after);
    return Number.isNaN(date) ? undefined : date - now;
}
/**
 * Retries for a client: the generated client class passes this in its config (`retrying`); a bare
 * `BaseClient` without it sends each request once, and its bundle carries none of this module.
 */
export const retrying = {
    // Connection errors and timeouts of safe calls; of unsafe ones only what surely never left.
    afterError: (error, { attempt, maxRetries, retryClass, policy }) => attempt < maxRetries &&
        error instanceof APIConnectionError &&
        (retryClass === 'safe' ||
            (error.requestNotSent && !(error instanceof APIConnectionTimeoutError)))
        ? retryDelayMs(undefined, attempt, policy)
        : undefined,
    afterResponse: (response, { attempt, maxRetries, retryClass, policy }) => {
        if (!shouldRetryResponse(response, retryClass, policy))
            return undefined;
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
export function withBackoff(policy, backoff = {}) {
    return {
        ...policy,
        initialDelayMs: backoff.initialDelayMs ?? policy.initialDelayMs,
        maxDelayMs: backoff.maxDelayMs ?? policy.maxDelayMs,
        maxServerDelayMs: backoff.maxServerDelayMs ?? policy.maxServerDelayMs,
    };
}
