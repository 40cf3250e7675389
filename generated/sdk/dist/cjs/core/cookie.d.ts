/** The `name=value; …` text of the given cookies; `undefined` and `null` ones are left out. */
export declare function cookieHeader(cookies: Readonly<Record<string, unknown>>): string;
/** One value, percent-encoded as `encodeURIComponent` does, `'` too. */
export declare const cookieText: (value: unknown) => string;
/**
 * Adds the cookie parameters to the headers built for a call: they come first, then any `cookie`
 * header the client's `defaultHeaders` or the call's `headers` gave (joined, not replaced).
 */
export declare const withCookies: (cookies: Readonly<Record<string, unknown>>) => (headers: Headers) => void;
