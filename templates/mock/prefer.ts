/**
 * The `Prefer` request header (RFC 7240), as Prism reads it plus our fault-injection tokens:
 * `code=404`, `example=NAME`, `delay=2000`, `drop`, `stall`, `task=fail|cancel`, `retry-after=5`.
 * `?__code=` and `?__example=` query parameters (also Prism's) work the same.
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

export function parsePrefer(header: string | undefined, query?: URLSearchParams): Preferences {
  const out: Preferences = { drop: false, stall: false };
  const tokens = (header ?? '').split(/[,;]/);
  for (const token of tokens) {
    const eq = token.indexOf('=');
    const key = (eq === -1 ? token : token.slice(0, eq)).trim().toLowerCase();
    let value = eq === -1 ? '' : token.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2)
      value = value.slice(1, -1);
    apply(out, key, value);
  }
  const code = query?.get('__code');
  if (code) apply(out, 'code', code);
  const example = query?.get('__example');
  if (example) apply(out, 'example', example);
  return out;
}

function apply(out: Preferences, key: string, value: string): void {
  switch (key) {
    case 'code':
      if (/^\d{3}$/.test(value)) out.code = Number(value);
      break;
    case 'example':
      if (value) out.example = value;
      break;
    case 'delay':
      if (/^\d+$/.test(value)) out.delay = Number(value);
      break;
    case 'retry-after':
      if (/^\d+$/.test(value)) out.retryAfter = Number(value);
      break;
    case 'drop':
      out.drop = true;
      break;
    case 'stall':
      out.stall = true;
      break;
    case 'task':
      if (value === 'fail' || value === 'cancel') out.task = value;
      break;
  }
}
