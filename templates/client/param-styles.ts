/**
 * Path and header parameters in their declared OpenAPI style (RFC 6570 expansion), for the
 * operations whose parameters need more than simple style's scalars and arrays (they pass
 * `expandPath: styledPath({...})` or a header's `headerText(value, explode)`, so only their bundles
 * carry this): matrix (`;name=a,b`, exploded `;name=a;name=b`) and label (`.a,b`, exploded `.a.b`)
 * path parameters, and objects (`k,v,k,v`, exploded `k=v,k=v`, with the style's prefix). Path text
 * is encoded as `encodeURIComponent` does, header text is sent as it is. The Python SDK's
 * `_styles.py` follows the same rules byte for byte (test/fixtures/param-style-vectors.json).
 */
import { ShellApiError } from './errors.js';
import type { PathExpander } from './path.js';
import { isRecord, present, presentEntries, scalar } from './query.js';

export interface ParamStyle {
  style: 'simple' | 'matrix' | 'label' | (string & {});
  explode: boolean;
}

/** One value expanded in `style`; `encode` is applied to each name and text. */
export function expandStyled(
  name: string,
  value: unknown,
  { style, explode }: ParamStyle,
  encode: (text: string) => string,
): string {
  const text = (item: unknown): string => encode(scalar(item));
  // Matrix names each value (`;name=v`, an empty one bare `;name`); label and simple do not.
  const named = (key: string, item: string): string => (item === '' ? key : `${key}=${item}`);
  const prefix = style === 'matrix' ? ';' : style === 'label' ? '.' : '';
  const separator = explode && prefix !== '' ? prefix : ',';
  let parts: string[];
  if (Array.isArray(value)) {
    parts = present(value).map(text);
    if (style === 'matrix' && explode) parts = parts.map((item) => named(encode(name), item));
  } else if (isRecord(value)) {
    const entries = presentEntries(value).map(([key, item]): [string, string] => [
      encode(key),
      text(item),
    ]);
    parts = explode
      ? entries.map(([key, item]) => (style === 'matrix' ? named(key, item) : `${key}=${item}`))
      : entries.flatMap((entry) => entry);
  } else parts = [text(value)];
  // An empty list or object is undefined in RFC 6570: nothing is sent.
  if (parts.length === 0) return '';
  const list = parts.join(separator);
  if (style === 'matrix' && !(explode && (Array.isArray(value) || isRecord(value))))
    return `;${named(encode(name), list)}`;
  return prefix + list;
}

/**
 * The `expandPath` of an operation with styled path parameters: each `{name}` placeholder
 * expanded in its declared style (simple, unexploded when `styles` does not name it).
 */
export const styledPath =
  (styles: Readonly<Record<string, ParamStyle>>): PathExpander =>
  (template, values) =>
    template.replace(/\{([^}]+)\}/g, (_, name: string) => {
      const value = values[name];
      if (value === undefined || value === null)
        throw new ShellApiError(`Missing path parameter "${name}".`);
      const style = Object.hasOwn(styles, name) ? styles[name]! : SIMPLE;
      const text = expandStyled(name, value, style, encodeURIComponent);
      // An empty, `.` or `..` segment would change which resource the URL names.
      if (text === '' || text === '.' || text === '..')
        throw new ShellApiError(
          `Invalid value for path parameter "${name}": ${JSON.stringify(text)}.`,
        );
      return text;
    });

const SIMPLE: ParamStyle = { style: 'simple', explode: false };

/** A header parameter's value in simple style (undefined and null: not sent). */
export const headerText = (value: unknown, explode: boolean): string | undefined =>
  value === undefined || value === null
    ? undefined
    : expandStyled('', value, { style: 'simple', explode }, String);
