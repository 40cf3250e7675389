/**
 * The `Prefer` request header (RFC 7240), as Prism reads it plus our fault-injection tokens:
 * `code=404`, `example=NAME`, `delay=2000`, `drop`, `stall`, `task=fail|cancel`, `retry-after=5`.
 * `?__code=` and `?__example=` query parameters (also Prism's) work the same. A token the mock
 * does not know, or a value it cannot use, is an error (400): a typo must not pass silently.
 * RFC 7240's own preferences (`return`, `respond-async`, `wait`, `handling`) are accepted and
 * ignored, since any HTTP client may send them, with any `;` parameters; the mock's own take none.
 */
export interface Preferences {
    code?: number;
    example?: string;
    /** Milliseconds of mock-clock time to wait before answering. */
    delay?: number;
    drop: boolean;
    stall: boolean;
    task?: 'fail' | 'cancel';
    /** Seconds for `Retry-After` on an injected 429/503. */
    retryAfter?: number;
}
export type PreferParse = {
    ok: true;
    prefer: Preferences;
} | {
    ok: false;
    message: string;
};
/** Longest `Prefer: delay=` in mock-clock ms (one minute): longer waits are mistakes, not tests. */
export declare const MAX_DELAY_MS: number;
export declare function parsePrefer(header: string | undefined, query?: URLSearchParams): PreferParse;
