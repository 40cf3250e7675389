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

/** Path characters the URL parser keeps as they are (no `%`, so no encoded dot segments). */
const PLAIN_PATH = /^\/[A-Za-z0-9\-._~!$&'()*+,;=:@/]*$/;
/** `.` or `..` as a whole segment: the URL parser removes those. */
const DOT_SEGMENT = /\/\.\.?(?:\/|$)/;
/** Printable ASCII but `#` (a fragment): the query encodes nothing that its parsing would not decode back. */
const PLAIN_QUERY = /^[\x21\x22\x24-\x7e]*$/;

export function requestTarget(target: string): RequestTarget {
  const q = target.indexOf('?');
  const path = q === -1 ? target : target.slice(0, q);
  // With its `?`: the constructor drops one leading `?`, and the query may start with another.
  const query = q === -1 ? '' : target.slice(q);
  const dots = path.includes('/.') && DOT_SEGMENT.test(path);
  if (!dots && PLAIN_PATH.test(path) && PLAIN_QUERY.test(query))
    return { pathname: path, search: query, searchParams: new URLSearchParams(query) };
  return parsedTarget(target);
}

/**
 * The target as a URL. Joined as text, not resolved against a base: a target starting with `//`
 * would otherwise be read as a host (`//%ZZ/…` throws).
 */
export function parsedTarget(target: string): RequestTarget {
  return new URL(`http://mock.invalid${target.startsWith('/') ? '' : '/'}${target}`);
}
