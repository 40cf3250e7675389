/** Fills `{name}` placeholders of a path template with percent-encoded values. */
import { ShellApiError } from './errors.js';

export type PathValue = string | number | boolean | bigint;

/** What `OperationRequest.expandPath` takes: `buildPath`, or a stand-in with its contract. */
export type PathExpander = (template: string, values: Readonly<Record<string, unknown>>) => string;

export const buildPath: PathExpander = (template, values) =>
  template.replace(/\{([^}]+)\}/g, (_, name: string) => encodePathValue(name, values[name]));

function encodePathValue(name: string, value: unknown): string {
  if (value === undefined || value === null) {
    throw new ShellApiError(`Missing path parameter "${name}".`);
  }
  const items = Array.isArray(value) ? value.map(stringify) : [stringify(value)];
  const text = items.join(',');
  // An empty, `.` or `..` segment would change which resource the URL names.
  if (text === '' || text === '.' || text === '..') {
    throw new ShellApiError(`Invalid value for path parameter "${name}": ${JSON.stringify(text)}.`);
  }
  // Simple style (RFC 6570): each item encoded, joined by a literal `,`, so `['a,b']` ≠ `['a', 'b']`.
  return items.map(encodeURIComponent).join(',');
}

function stringify(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  if (value instanceof Date) return value.toISOString();
  throw new ShellApiError(`Path parameter values must be strings or numbers, got ${typeof value}.`);
}
