/**
 * Credentials check from the operation's security requirements: any alternative whose schemes
 * are all present and well-formed lets the request in. By default any token value passes; with
 * configured keys (`startMock({ keys })`, `--keys`) only those do (a bearer token, an API key,
 * basic `user:password` or a bare key as user or password), so a client's 401 handling can be
 * tested with a wrong key.
 */
import type { MockOperation, MockSecurityScheme } from './types.js';
import { orText, requestField, type RequestParts } from './coerce.js';

const UNKNOWN_KEY = 'Invalid credentials: the key is not one of the keys this mock accepts.';

/** How an `Authorization` scheme is shown in messages, and what follows it. */
const SHOWN: Record<string, [string, string]> = {
  bearer: ['Bearer', '<token>'],
  basic: ['Basic', '<base64 of user:password>'],
};

const BEARER = /^Bearer[ \t]+([\x21-\x7e]+)$/i;

/** Why a scheme is not satisfied, or undefined when it is. */
function schemeProblem(
  name: string,
  scheme: MockSecurityScheme | undefined,
  src: RequestParts,
  keys: ReadonlySet<string> | undefined,
): string | undefined {
  // mutualTLS: nothing a mock can check.
  if (!scheme || scheme.type === 'mutualTLS') return undefined;
  const known = (credential: string): string | undefined =>
    !keys || keys.has(credential) ? undefined : UNKNOWN_KEY;
  if (scheme.type === 'apiKey') {
    const key = scheme.paramName ?? name;
    const value = requestField(src, { in: scheme.in ?? 'header', name: key }) as string | undefined;
    return value
      ? known(value)
      : `Missing credentials: send the API key in the ${scheme.in ?? 'header'} "${key}".`;
  }
  // http, and OAuth 2 / OpenID Connect access tokens (bearer tokens).
  const oauth = scheme.type !== 'http';
  const kind = oauth ? 'bearer' : (scheme.scheme ?? 'bearer').toLowerCase();
  const [shown, what] = oauth
    ? ['Bearer', '<access token>']
    : (SHOWN[kind] ?? [scheme.scheme ?? kind, '<credentials>']);
  const authorization = src.headers.authorization?.trim() ?? '';
  if (authorization === '')
    return `Missing credentials: send an "Authorization: ${shown} ${what}" header.`;
  const malformed = (): string => `Malformed Authorization header: expected "${shown} ${what}".`;
  if (kind === 'bearer') {
    const m = BEARER.exec(authorization);
    return m ? known(m[1]!) : malformed();
  }
  if (kind !== 'basic')
    return authorization.toLowerCase().startsWith(`${kind} `) ? undefined : malformed();
  const m = /^Basic[ \t]+([A-Za-z0-9+/]+={0,2})$/i.exec(authorization);
  // Text atob cannot decode stays base64, which holds no ':': malformed.
  const decoded = m ? orText(m[1]!, atob) : '';
  const colon = decoded.indexOf(':');
  if (colon < 0) return malformed();
  // A key is the whole `user:password` (the SDKs send a bare key as `key:`, as `curl -u KEY:`
  // does), or a bare key sent as the password (`curl -u user:KEY`).
  const user = decoded.slice(0, colon);
  const password = decoded.slice(colon + 1);
  if (password === '') return known(user);
  return known(decoded) && (password.includes(':') ? UNKNOWN_KEY : known(password));
}

/**
 * The `WWW-Authenticate` value of a 401: one challenge per scheme the operation accepts, in its
 * order (RFC 9110 §11.6.1 lets a 401 list several). http schemes name their own scheme (`Basic`,
 * `Bearer`, `Digest`); OAuth 2 / OpenID Connect take bearer tokens. An API key has no registered
 * challenge, so it gets an `ApiKey` one that says where the key goes (a 401 must carry one).
 */
export function challenge(
  op: MockOperation,
  schemes: Record<string, MockSecurityScheme>,
): string | undefined {
  const seen = new Set<string>();
  for (const name of op.security.flat()) {
    const scheme = schemes[name];
    if (!scheme || scheme.type === 'mutualTLS') continue;
    if (scheme.type === 'apiKey') {
      const where = `in="${scheme.in ?? 'header'}", name="${scheme.paramName ?? name}"`;
      seen.add(`ApiKey realm="mock", ${where}`);
      continue;
    }
    const kind = scheme.type === 'http' ? (scheme.scheme ?? 'bearer') : 'bearer';
    const shown = SHOWN[kind.toLowerCase()]?.[0] ?? kind;
    seen.add(`${shown} realm="mock"`);
  }
  return seen.size > 0 ? [...seen].join(', ') : undefined;
}

/** Undefined when the request may pass; else the message for the 401. */
export function checkCredentials(
  op: MockOperation,
  schemes: Record<string, MockSecurityScheme>,
  src: RequestParts,
  keys?: ReadonlySet<string>,
): string | undefined {
  if (op.security.length === 0) return undefined;
  let first: string | undefined;
  for (const alternative of op.security) {
    let problem: string | undefined;
    for (const name of alternative) {
      problem = schemeProblem(name, schemes[name], src, keys);
      if (problem !== undefined) break;
    }
    if (problem === undefined) return undefined;
    first ??= problem;
  }
  return first;
}
