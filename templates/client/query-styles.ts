/**
 * The query styles beside form-exploded, for the operations that declare them (they pass
 * `encodeQuery: styledPairs`): form without explode and the space and pipe delimiters join the
 * items (commas stay literal, the delimiters are percent-encoded); deepObject sends `key[prop]`.
 * With `allowReserved` a value keeps `:/?@!$()*,;=` as they are; `#`, `&`, `+`, `[`, `]` and `%`
 * are still encoded (OpenAPI 3.1.1: they would end the query, split or change the value), and `'`
 * too (fetch's URL parser would encode it, the Python SDK's httpx would not).
 */
import { isRecord, present, presentEntries, scalar, type QueryStyle } from './query.js';

const reserved = (text: string): string =>
  encodeURIComponent(text)
    .replace(/%(?:2[4CF]|3[ABDF]|40)/g, decodeURIComponent)
    .replace(/'/g, '%27');

export function styledPairs(key: string, value: unknown, declared: QueryStyle): string[] {
  const style = declared.style ?? 'form';
  const explode = declared.explode ?? style === 'form';
  const encode = declared.allowReserved ? reserved : encodeURIComponent;
  const text = (item: unknown): string => encode(scalar(item));
  const pair = (name: string, item: unknown): string => `${encodeURIComponent(name)}=${text(item)}`;
  const joined = (parts: string[], delimiter: string): string[] =>
    parts.length > 0 ? [`${encodeURIComponent(key)}=${parts.join(delimiter)}`] : [];
  if (Array.isArray(value)) {
    if (explode) return present(value).map((item) => pair(key, item));
    const delimiter = style === 'spaceDelimited' ? '%20' : style === 'pipeDelimited' ? '%7C' : ',';
    return joined(present(value).map(text), delimiter);
  }
  if (isRecord(value)) {
    const entries = presentEntries(value);
    if (style === 'deepObject') return entries.map(([prop, item]) => pair(`${key}[${prop}]`, item));
    if (explode) return entries.map(([prop, item]) => pair(prop, item));
    return joined(
      entries.flatMap(([prop, item]) => [encodeURIComponent(prop), text(item)]),
      ',',
    );
  }
  return [pair(key, value)];
}

/**
 * A urlencoded body: fields repeat for arrays, objects go as JSON, as URLSearchParams writes them;
 * a field with a declared style (the Encoding Object's) goes as a query parameter of that style.
 * The docs console sends its form bodies with it too.
 */
export function formBodyText(
  value: Readonly<Record<string, unknown>>,
  styles: Readonly<Record<string, QueryStyle>>,
): string {
  const pairs: string[] = [];
  for (const [name, field] of Object.entries(value)) {
    if (field === undefined || field === null) continue;
    const style = Object.hasOwn(styles, name) ? styles[name] : undefined;
    if (style) {
      pairs.push(...styledPairs(name, field, style));
      continue;
    }
    const params = new URLSearchParams();
    for (const item of Array.isArray(field) ? field : [field])
      if (item !== undefined && item !== null) params.append(name, scalar(item));
    const text = params.toString();
    if (text !== '') pairs.push(text);
  }
  return pairs.join('&');
}
