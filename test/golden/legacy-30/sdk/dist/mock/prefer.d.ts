/**
 * The `Prefer` request header (RFC 7240), as Prism reads it plus our fault-injection tokens:
 * `code=404`, `example=NAME`, `delay=2000`, `drop`, `stall`, `task=fail|cancel`, `retry-after=5`.
 * `?__code=` and `?__example=` query parameters (also Prism's) work the same.
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
export declare function parsePrefer(header: string | undefined, query?: URLSearchParams): Preferences;
