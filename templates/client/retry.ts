/**
 * When to re-send a request, and how long to wait first.
 *
 * Every operation has a retry class from the spec (`x-retry`):
 * - `safe` (reads, polls, idempotent calls): retried on connection errors, timeouts, 408, 409,
 *   429 and 5xx, like the OpenAI SDK.
 * - `unsafe` (paid submits): re-sent only when the failure proves the request never reached the
 *   server — the transport error names a failure that happens before a connection exists
 *   (DNS lookup failed, connection refused, network/host unreachable, connect timeout) — or when
 *   the server explicitly answers `x-should-retry: true`. A reset or closed socket, a timeout, or
 *   any HTTP status (even 429/503) may come after the job was accepted, so it is not retried.
 *   Browsers hide the cause of network errors, so there unsafe calls are never re-sent.
 */
import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError } from './errors.js';

export type RetryClass = 'safe' | 'unsafe';

export interface BackoffOptions {
  /** Delay before the first retry without a server hint (default 500 ms); doubles each retry. */
  initialDelayMs?: number;
  /** Cap of the doubling (default 8 s). */
  maxDelayMs?: number;
  /** Longest server-suggested wait (`retry-after`) that is honoured (default 60 s). */
  maxServerDelayMs?: number;
}

/** Error codes (Node/undici, anywhere in the `cause` chain) raised before any request byte is written. */
const NOT_SENT_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_NONAME',
  'EAI_FAIL',
  'ENETUNREACH',
  'ENETDOWN',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** True when the transport error shows the request never left the client. When unsure: false. */
export function isRequestNotSent(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 8) return false;
  const code = (error as { code?: unknown }).code;
  const errors = (error as { errors?: unknown }).errors;
  // An AggregateError (several addresses tried) counts only if every attempt failed before sending.
  if (Array.isArray(errors) && errors.length > 0)
    return errors.every((inner) => isRequestNotSent(inner, depth + 1));
  if (typeof code === 'string' && NOT_SENT_CODES.has(code)) return true;
  return isRequestNotSent((error as { cause?: unknown }).cause, depth + 1);
}

/** Should this HTTP response be retried (given retries remain)? */
export function shouldRetryResponse(response: Response, retryClass: RetryClass): boolean {
  const hint = response.headers.get('x-should-retry');
  if (hint === 'true') return true;
  if (hint === 'false') return false;
  if (retryClass === 'unsafe') return false;
  const status = response.status;
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/** Should this transport failure be retried (given retries remain)? */
export function shouldRetryError(error: unknown, retryClass: RetryClass): boolean {
  if (error instanceof APIUserAbortError) return false;
  if (error instanceof APIConnectionTimeoutError) return retryClass === 'safe';
  if (error instanceof APIConnectionError) return retryClass === 'safe' || error.requestNotSent;
  return false;
}

/**
 * Wait before the next attempt: the server's `retry-after-ms` / `retry-after` (seconds or HTTP
 * date) when within 0..maxServerDelayMs, else `initial × 2^retriesDone` capped, minus up to 25% jitter.
 */
export function retryDelayMs(
  headers: Headers | undefined,
  retriesDone: number,
  options: BackoffOptions = {},
  now: number = Date.now(),
  random: number = Math.random(),
): number {
  const suggested = serverSuggestedDelayMs(headers, now);
  const maxServer = options.maxServerDelayMs ?? 60_000;
  if (suggested !== undefined && suggested >= 0 && suggested <= maxServer) return suggested;
  const initial = options.initialDelayMs ?? 500;
  const cap = options.maxDelayMs ?? 8_000;
  const base = Math.min(initial * 2 ** retriesDone, cap);
  return Math.round(base * (1 - random * 0.25));
}

/**
 * The server's requested wait when it exceeds `maxServerDelayMs`: the client then gives up at once
 * (an error carrying the wait) rather than retrying early. Undefined when there is no such hint.
 */
export function retryAfterBeyondCeiling(
  headers: Headers,
  options: BackoffOptions = {},
  now: number = Date.now(),
): number | undefined {
  const suggested = serverSuggestedDelayMs(headers, now);
  const maxServer = options.maxServerDelayMs ?? 60_000;
  return suggested !== undefined && suggested > maxServer ? suggested : undefined;
}

/** The server's hint in ms, or undefined when it gave none (or nothing readable). */
export function serverSuggestedDelayMs(
  headers: Headers | undefined,
  now: number = Date.now(),
): number | undefined {
  if (!headers) return undefined;
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '') {
    const value = Number(ms);
    if (Number.isFinite(value)) return value;
  }
  const after = headers.get('retry-after');
  if (after === null || after.trim() === '') return undefined;
  const seconds = Number(after);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(after);
  return Number.isNaN(date) ? undefined : date - now;
}
