/**
 * Cookie parameters, for the operations that declare them (they pass `cookies: withCookies({...})`):
 * one `Cookie` header of `name=value` pairs joined by `; `, in spec order. A value is percent-encoded
 * as `encodeURIComponent` does, `'` too (so `;`, `,`, spaces and quotes never reach the header raw,
 * and a sample's shell quoting never meets one); an array's items are encoded one by one and joined by `,`. The Python SDK's `_cookie_header` follows
 * the same rule byte for byte (test/client-runtime/cookie-vectors.json checks both).
 */
import { scalar } from './query.js';

/** The `name=value; …` text of the given cookies; `undefined` and `null` ones are left out. */
export function cookieHeader(cookies: Readonly<Record<string, unknown>>): string {
  const pairs: string[] = [];
  for (const [name, value] of Object.entries(cookies)) {
    if (value === undefined || value === null) continue;
    const items = Array.isArray(value) ? value : [value];
    pairs.push(`${name}=${items.map(cookieText).join(',')}`);
  }
  return pairs.join('; ');
}

/** One value, percent-encoded as `encodeURIComponent` does, `'` too. */
export const cookieText = (value: unknown): string =>
  encodeURIComponent(scalar(value)).replace(/'/g, '%27');

/**
 * Adds the cookie parameters to the headers built for a call: they come first, then any `cookie`
 * header the client's `defaultHeaders` or the call's `headers` gave (joined, not replaced).
 */
export const withCookies =
  (cookies: Readonly<Record<string, unknown>>) =>
  (headers: Headers): void => {
    const text = [cookieHeader(cookies), headers.get('cookie')].filter(Boolean).join('; ');
    if (text) headers.set('cookie', text);
  };
