/**
 * Query string serialisation. Every parameter is sent in OpenAPI's default style (form, exploded):
 * arrays repeat the key, objects spread their keys, booleans, numbers and dates become text,
 * undefined and null are left out. Operations with other styles pass `encodeQuery: styledPairs`
 * (query-styles.ts), so only their bundles carry that code.
 */
export interface QueryStyle {
  style?: 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject' | (string & {});
  explode?: boolean;
  /** Values keep the reserved characters a query may carry as they are (query-styles.ts). */
  allowReserved?: boolean;
}

/** The encoded `key=value` pairs of one parameter in its declared style. */
export type QueryPairs = (key: string, value: unknown, style: QueryStyle) => string[];

export function serializeQuery(
  params: Readonly<Record<string, unknown>>,
  styles: Readonly<Record<string, QueryStyle>> = {},
  encodeStyled: QueryPairs = formPairs,
): string {
  // An absent value (undefined or null) has no pairs: `formPairs` leaves it out.
  return Object.entries(params)
    .flatMap(([key, value]) => {
      const style = styles[key];
      return style && value !== undefined && value !== null
        ? encodeStyled(key, value, style)
        : formPairs(key, value);
    })
    .join('&');
}

/** Form style, exploded. */
export function formPairs(key: string, value: unknown): string[] {
  const entries: [string, unknown][] = Array.isArray(value)
    ? value.map((item) => [key, item])
    : isRecord(value)
      ? Object.entries(value)
      : [[key, value]];
  return entries
    .filter(([, item]) => item !== undefined && item !== null)
    .map(([name, item]) => pair(name, item));
}

export function pair(key: string, value: unknown): string {
  return `${encodeURIComponent(key)}=${encodeURIComponent(scalar(value))}`;
}

export function present(items: readonly unknown[]): unknown[] {
  return items.filter((item) => item !== undefined && item !== null);
}

export function presentEntries(value: Record<string, unknown>): [string, unknown][] {
  return Object.entries(value).filter(([, item]) => item !== undefined && item !== null);
}

/** An object parameter (a Date is a scalar). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !(value instanceof Date);
}

export function scalar(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}
