/**
 * Credentials check from the operation's security requirements: any alternative whose schemes
 * are all present and well-formed lets the request in. By default any token value passes; with
 * configured keys (`startMock({ keys })`, `--keys`) only those do (a bearer token, an API key,
 * basic `user:password` or a bare key as user or password), so a client's 401 handling can be
 * tested with a wrong key.
 */
import type { MockOperation, MockSecurityScheme } from './types.js';
import { type RequestParts } from './coerce.js';
/** Undefined when the request may pass; else the message for the 401. */
export declare function checkCredentials(op: MockOperation, schemes: Record<string, MockSecurityScheme>, src: RequestParts, keys?: ReadonlySet<string>): string | undefined;
