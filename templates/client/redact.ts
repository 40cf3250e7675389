/**
 * Keeps secrets out of everything the client shows: error messages, attached headers and bodies,
 * log lines. Two tools: header redaction by name (every client), and scrubbing of known secret
 * values from text and data (`scrubSecrets`, the opt-in `scrubbing` of the client config).
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
  // A `Headers` of any realm (a record's values are strings, never functions).
  const entries: Iterable<[string, string]> =
    typeof headers.entries === 'function'
      ? (headers as Headers).entries()
      : Object.entries(headers);
  for (const [name, value] of entries) {
    out[name.toLowerCase()] = isSensitiveHeader(name) ? REDACTED : scrub ? scrub(value) : value;
  }
  return out;
}

/**
 * Replaces every known secret (and its URL-encoded form) in a string; `deep` does it in every
 * string of JSON-like data (a copy), `causes` in an error chain. A client without `scrubbing` has
 * `keepText`, which has neither.
 */
export interface Scrubber {
  (text: string): string;
  deep?: ((value: unknown) => unknown) | undefined;
  /** Scrubs the message and stack of an error and its causes, in place (absent with `keepText`). */
  causes?: ((error: unknown) => void) | undefined;
}

/** The scrubber of a client without `scrubbing`: text and data stay as they are. */
export const keepText: Scrubber = (text) => text;

/**
 * The client's value scrubbing (`ClientConfig.scrubbing`, which the generated client class
 * passes): the API key, its basic-auth wire form (base64 credentials) and credential-looking
 * default header values (with and without their scheme word) are replaced in every message, error
 * body, cause and log line.
 */
export function scrubSecrets(
  apiKey: string | undefined,
  headers: Readonly<Record<string, string | null | undefined>> | undefined,
  // The client config's auth schemes (structural: this module is below client.ts).
  config?: {
    authSchemes?: Readonly<Record<string, { type: string; encode?: (key: string) => string }>>;
  },
): Scrubber {
  const secrets: string[] = apiKey ? [apiKey] : [];
  for (const scheme of Object.values(config?.authSchemes ?? {})) {
    // What the wire carries: a server echoing the Authorization header shows base64, not the key.
    if (apiKey && scheme.type === 'basic' && scheme.encode) secrets.push(scheme.encode(apiKey));
  }
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (!value || !isSensitiveHeader(name)) continue;
    // And what follows a scheme word (`Bearer <token>`): the token alone may be echoed.
    secrets.push(value, value.slice(value.indexOf(' ') + 1));
  }
  return makeScrubber(secrets);
}

export function makeScrubber(secrets: ReadonlyArray<string | undefined>): Scrubber {
  const needles = new Set<string>();
  // Very short values would shred ordinary text; real keys are long.
  for (const secret of secrets)
    if (secret && secret.length > 5) needles.add(secret).add(encodeURIComponent(secret));
  const list = [...needles].sort((a, b) => b.length - a.length);
  if (list.length === 0) return keepText;
  const scrub: Scrubber = (text) =>
    list.reduce((out, needle) => out.split(needle).join(REDACTED), text);
  scrub.deep = (value) => scrubDeep(value, scrub);
  scrub.causes = (error) => {
    // Platform errors (e.g. `Headers.set` rejecting a value) may quote the key.
    for (let depth = 0; error instanceof Error && depth < 8; depth++, error = error.cause) {
      try {
        error.message = scrub(error.message);
        if (typeof error.stack === 'string') error.stack = scrub(error.stack);
      } catch {
        // A frozen platform error: describeCause still scrubs what JSON shows.
      }
    }
  };
  return scrub;
}

/**
 * Deep copy of JSON-like data with secrets scrubbed from every string (keys included). Iterative,
 * so a body nested thousands of levels deep is scrubbed all the way down without a stack overflow;
 * a shared or cyclic object is copied once. Class instances are kept as they are.
 */
export function scrubDeep(value: unknown, scrub: Scrubber): unknown {
  const copies = new Map<object, Record<string, unknown>>();
  // Objects still to fill in, with their fresh copies.
  const pending: [object, Record<string, unknown>][] = [];
  const copyOf = (item: unknown): unknown => {
    if (typeof item === 'string') return scrub(item);
    if (!item || typeof item !== 'object' || !(Array.isArray(item) || isPlainObject(item)))
      return item;
    let copy = copies.get(item);
    if (!copy) {
      const fresh: unknown = Array.isArray(item) ? new Array<unknown>(item.length) : {};
      copy = fresh as Record<string, unknown>;
      copies.set(item, copy);
      pending.push([item, copy]);
    }
    return copy;
  };
  const root = copyOf(value);
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [source, copy] = next;
    for (const [key, item] of Object.entries(source))
      copy[Array.isArray(source) ? key : scrub(key)] = copyOf(item);
  }
  return root;
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
