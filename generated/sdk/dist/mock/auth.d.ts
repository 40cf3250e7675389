/**
 * Credentials check from the operation's security requirements: any alternative whose schemes
 * are all present and well-formed lets the request in. By default any token value passes; with
 * configured keys (`startMock({ keys })`, `--keys`) only those do (a bearer token, an API key,
 * basic `user:password` or a bare key as user or password), so a client's 401 handling can be
 * tested with a wrong key.
 */
import type { MockOperation, MockSecurityScheme } from './types.js';
import { type RequestParts } from './coerce.js';
/**
 * The `WWW-Authenticate` value of a 401: one challenge per scheme the operation accepts, in its
 * order (RFC 9110 §11.6.1 lets a 401 list several). http schemes name their own scheme (`Basic`,
 * `Bearer`, `Digest`); OAuth 2 / OpenID Connect take bearer tokens. An API key has no registered
 * challenge, so it gets an `ApiKey` one that says where the key goes (a 401 must carry one).
 */
export declare function challenge(op: MockOperation, schemes: Record<string, MockSecurityScheme>): string | undefined;
/** Undefined when the request may pass; else the message for the 401. */
export declare function checkCredentials(op: MockOperation, schemes: Record<string, MockSecurityScheme>, src: RequestParts, keys?: ReadonlySet<string>): string | undefined;
