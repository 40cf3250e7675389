export type RetryClass = 'safe' | 'unsafe';
export interface BackoffOptions {
    /** Delay before the first retry without a server hint (default 500 ms); doubles each retry. */
    initialDelayMs?: number;
    /** Cap of the doubling (default 8 s). */
    maxDelayMs?: number;
    /** Longest server-suggested wait (`retry-after`) that is honoured (default 60 s). */
    maxServerDelayMs?: number;
}
/** True when the transport error shows the request never left the client. When unsure: false. */
export declare function isRequestNotSent(error: unknown, depth?: number): boolean;
/** Should this HTTP response be retried (given retries remain)? */
export declare function shouldRetryResponse(response: Response, retryClass: RetryClass): boolean;
/** Should this transport failure be retried (given retries remain)? */
export declare function shouldRetryError(error: unknown, retryClass: RetryClass): boolean;
/**
 * Wait before the next attempt: the server's `retry-after-ms` / `retry-after` (seconds or HTTP
 * date) when within 0..maxServerDelayMs, else `initial × 2^retriesDone` capped, minus up to 25% jitter.
 */
export declare function retryDelayMs(headers: Headers | undefined, retriesDone: number, options?: BackoffOptions, now?: number, random?: number): number;
/**
 * The server's requested wait when it exceeds `maxServerDelayMs`: the client then gives up at once
 * (an error carrying the wait) rather than retrying early. Undefined when there is no such hint.
 */
export declare function retryAfterBeyondCeiling(headers: Headers, options?: BackoffOptions, now?: number): number | undefined;
/** The server's hint in ms, or undefined when it gave none (or nothing readable). */
export declare function serverSuggestedDelayMs(headers: Headers | undefined, now?: number): number | undefined;
