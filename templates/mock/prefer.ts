/**
 * The `Prefer` request header (RFC 7240), as Prism reads it plus our fault-injection tokens:
 * `code=404`, `example=NAME`, `delay=2000`, `drop`, `stall`, `task=fail|cancel`, `retry-after=5`.
 * `?__code=` and `?__example=` query parameters (also Prism's) work the same. A token the mock
 * does not know, or a value it cannot use, is an error (400): a typo must not pass silently.
 * RFC 7240's own preferences (`return`, `respond-async`, `wait`, `handling`) are accepted and
 * ignored, since any HTTP client may send them, with any `;` parameters; the mock's own take none.
 */

export interface Preferences {
  code?: number;
  example?: string;
  /** Milliseconds of mock-clock time to wait before answering. */
  delay?: number;
  drop: boolean;
  stall: boolean;
  task?: 'fail' | 'cancel';
  /** Seconds for `Retry-After` on an injected 429/503. */
  retryAfter?: number;
}

export type PreferParse = { ok: true; prefer: Preferences } | { ok: false; message: string };

/** Longest `Prefer: delay=` in mock-clock ms (one minute): longer waits are mistakes, not tests. */
export const MAX_DELAY_MS: number = 60_000;

const KNOWN = 'code=NNN, example=NAME, delay=MS, drop, stall, task=fail|cancel, retry-after=S';
const STANDARD = new Set(['return', 'respond-async', 'wait', 'handling']);
/** The mock's own preferences (which take no `;` parameters). */
const KEYS = new Set(['code', 'example', 'delay', 'retry-after', 'drop', 'stall', 'task']);

/** Preferences a query parameter (`?__code=`) may set. */
const QUERY_KEYS = ['code', 'example'] as const;

/** The pieces between separators outside double-quoted strings (which may hold `,` or `;`), empty ones left out. */
const PIECES = {
  ',': /(?:"(?:\\.|[^"\\])*"?|[^",])+/g,
  ';': /(?:"(?:\\.|[^"\\])*"?|[^";])+/g,
};

/** `name[=value]` with the value unquoted. */
function nameValue(text: string): { key: string; value: string | undefined } {
  const eq = text.indexOf('=');
  const key = (eq === -1 ? text : text.slice(0, eq)).trim().toLowerCase();
  let value = eq === -1 ? undefined : text.slice(eq + 1).trim();
  if (value !== undefined && value.startsWith('"') && value.endsWith('"') && value.length >= 2)
    value = value.slice(1, -1).replace(/\\(.)/g, '$1');
  return { key, value };
}

export function parsePrefer(header: string | undefined, query?: URLSearchParams): PreferParse {
  const out: Preferences = { drop: false, stall: false };
  // RFC 7240: preferences are comma-separated; `;` starts a parameter of the preference before it.
  for (const preference of (header && header.match(PIECES[','])) || []) {
    const [head = '', ...parameters] = preference.match(PIECES[';']) ?? [];
    if (preference.trim() === '') continue;
    const { key, value } = nameValue(head);
    const hasParameters = parameters.some((p) => p.trim() !== '');
    const problem =
      hasParameters && !STANDARD.has(key) && KEYS.has(key)
        ? `${key} takes no parameters.`
        : apply(out, key, value);
    if (problem) return { ok: false, message: `Prefer: ${preference.trim()}: ${problem}` };
  }
  for (const key of QUERY_KEYS) {
    const name = `__${key}`;
    const value = query?.get(name);
    if (value === null || value === undefined) continue;
    const problem = apply(out, key, value);
    if (problem) return { ok: false, message: `?${name}=${value}: ${problem}` };
  }
  return { ok: true, prefer: out };
}

const digits = (value: string | undefined): boolean => value !== undefined && /^\d+$/.test(value);

/** Records one preference; returns what is wrong with it, if anything. */
function apply(out: Preferences, key: string, value: string | undefined): string | undefined {
  switch (key) {
    case 'code':
      if (value === undefined || !/^[1-5]\d\d$/.test(value))
        return 'code must be a three-digit HTTP status (100-599), e.g. code=429.';
      out.code = Number(value);
      return undefined;
    case 'example':
      if (!value) return 'example needs the name of a declared example, e.g. example=default.';
      out.example = value;
      return undefined;
    case 'delay':
      if (!digits(value)) return 'delay must be whole milliseconds, e.g. delay=2000.';
      if (Number(value) > MAX_DELAY_MS)
        return `delay must be at most ${MAX_DELAY_MS} ms (the mock's limit); advance the mock clock to test longer waits.`;
      out.delay = Number(value);
      return undefined;
    case 'retry-after':
      if (!digits(value)) return 'retry-after must be whole seconds, e.g. retry-after=5.';
      out.retryAfter = Number(value);
      return undefined;
    case 'drop':
    case 'stall':
      if (value !== undefined) return `${key} takes no value.`;
      out[key] = true;
      return undefined;
    case 'task':
      if (value !== 'fail' && value !== 'cancel') return 'task must be fail or cancel.';
      out.task = value;
      return undefined;
    default:
      if (STANDARD.has(key)) return undefined;
      return `unknown preference "${key}"; the mock understands: ${KNOWN}.`;
  }
}
