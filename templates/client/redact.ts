/**
 * Keeps secrets out of everything the client shows: error messages, attached headers and bodies,
 * log lines. Two tools: header redaction by name, and scrubbing of known secret values from text.
 */

export const REDACTED = '[REDACTED]';

/** Header names whose value is a credential, whatever the scheme. */
const SENSITIVE_HEADER =
  /^(authorization|proxy-authorization|cookie|set-cookie)$|api[-_]?key|token|secret|password|session/i;

export function isSensitiveHeader(name: string): boolean {
  return SENSITIVE_HEADER.test(name);
}

/** Plain-object copy of headers with credential values replaced. */
export function redactHeaders(
  headers: Headers | Record<string, string> | undefined,
  scrub?: Scrubber,
): Record<string, string> {
  const out: Record<string, string> = {};
  if (!headers) return out;
  const entries: Iterable<[string, string]> =
    typeof (headers as Headers).entries === 'function' &&
    typeof (headers as Headers).get === 'function'
      ? (headers as Headers).entries()
      : Object.entries(headers as Record<string, string>);
  for (const [name, value] of entries) {
    out[name.toLowerCase()] = isSensitiveHeader(name) ? REDACTED : scrub ? scrub(value) : value;
  }
  return out;
}

/** Replaces every known secret (and its URL-encoded form) in a string. */
export type Scrubber = (text: string) => string;

export function makeScrubber(secrets: ReadonlyArray<string | undefined>): Scrubber {
  const needles = new Set<string>();
  for (const secret of secrets) {
    // Very short values would shred ordinary text; real keys are long.
    if (!secret || secret.length < 6) continue;
    needles.add(secret);
    needles.add(encodeURIComponent(secret));
  }
  const list = [...needles].sort((a, b) => b.length - a.length);
  if (list.length === 0) return (text) => text;
  return (text) => {
    let out = text;
    for (const needle of list) out = out.split(needle).join(REDACTED);
    return out;
  };
}

/** Deep copy of JSON-like data with secrets scrubbed from every string (keys included). */
export function scrubDeep(value: unknown, scrub: Scrubber, depth = 0): unknown {
  if (typeof value === 'string') return scrub(value);
  if (value === null || typeof value !== 'object' || depth > 32) return value;
  if (Array.isArray(value)) return value.map((item) => scrubDeep(item, scrub, depth + 1));
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[scrub(key)] = scrubDeep(item, scrub, depth + 1);
  }
  return out;
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
