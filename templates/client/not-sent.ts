/**
 * Whether a transport error shows the request never left: decides `APIConnectionError.requestNotSent`.
 * Browser bundles get not-sent.browser.ts instead (the package's `browser` field).
 */

/**
 * Error codes (Node/undici, anywhere in the `cause` chain) raised before any request byte is
 * written: ECONNREFUSED, ENOTFOUND, EAI_AGAIN/NONAME/FAIL, ENETUNREACH/DOWN, EHOSTUNREACH/DOWN and
 * EADDRNOTAVAIL. No timeout counts, not even undici's connect timeout: the client's own `timeout`
 * aborts fetch without saying whether it was still connecting, and both SDKs keep one rule.
 */
const NOT_SENT_CODE =
  /^(ECONNREFUSED|ENOTFOUND|EAI_(AGAIN|NONAME|FAIL)|E(NET|HOST)(UNREACH|DOWN)|EADDRNOTAVAIL)$/;

/** True when the transport error shows the request never left the client. When unsure: false. */
export function isRequestNotSent(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 8) return false;
  const code = (error as { code?: unknown }).code;
  const errors = (error as { errors?: unknown }).errors;
  // An AggregateError (several addresses tried) counts only if every attempt failed before sending.
  if (Array.isArray(errors) && errors.length > 0)
    return errors.every((inner) => isRequestNotSent(inner, depth + 1));
  if (typeof code === 'string' && NOT_SENT_CODE.test(code)) return true;
  return isRequestNotSent((error as { cause?: unknown }).cause, depth + 1);
}
