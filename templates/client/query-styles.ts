/**
 * The query styles beside form-exploded, for the operations that declare them (they pass
 * `encodeQuery: styledPairs`): form without explode and the space and pipe delimiters join the
 * items (commas stay literal, the delimiters are percent-encoded); deepObject sends `key[prop]`.
 */
import {
  formPairs,
  isRecord,
  pair,
  present,
  presentEntries,
  scalar,
  type QueryStyle,
} from './query.js';

export function styledPairs(key: string, value: unknown, declared: QueryStyle): string[] {
  const style = declared.style ?? 'form';
  const explode = declared.explode ?? style === 'form';
  const joined = (parts: string[], delimiter: string): string[] =>
    parts.length > 0 ? [`${encodeURIComponent(key)}=${parts.join(delimiter)}`] : [];
  if (Array.isArray(value) && !explode) {
    const delimiter = style === 'spaceDelimited' ? '%20' : style === 'pipeDelimited' ? '%7C' : ',';
    return joined(
      present(value).map((item) => encodeURIComponent(scalar(item))),
      delimiter,
    );
  }
  if (isRecord(value) && !Array.isArray(value)) {
    const entries = presentEntries(value);
    if (style === 'deepObject') return entries.map(([prop, item]) => pair(`${key}[${prop}]`, item));
    if (!explode)
      return joined(
        entries.flatMap(([prop, item]) => [
          encodeURIComponent(prop),
          encodeURIComponent(scalar(item)),
        ]),
        ',',
      );
  }
  return formPairs(key, value);
}
