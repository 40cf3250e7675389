/**
 * A request target (`/v1/models?limit=2`) as its path and query. A plain target (the common
 * request) is split as text; anything the URL parser would change (percent escapes, dot segments,
 * backslashes, a fragment, characters it encodes) goes through `URL`, so both give the same answer.
 */
export interface RequestTarget {
    pathname: string;
    /** The query as sent (with its `?`, or ''): delimiters inside values are still escaped there. */
    search: string;
    searchParams: URLSearchParams;
}
export declare function requestTarget(target: string): RequestTarget;
/**
 * The target as a URL. Joined as text, not resolved against a base: a target starting with `//`
 * would otherwise be read as a host (`//%ZZ/…` throws).
 */
export declare function parsedTarget(target: string): RequestTarget;
