/**
 * The query styles beside form-exploded, for the operations that declare them (they pass
 * `encodeQuery: styledPairs`): form without explode and the space and pipe delimiters join the
 * items (commas stay literal, the delimiters are percent-encoded); deepObject sends `key[prop]`.
 * With `allowReserved` a value keeps `:/?@!$()*,;=` as they are; `#`, `&`, `+`, `[`, `]` and `%`
 * are still encoded (OpenAPI 3.1.1: they would end the query, split or change the value), and `'`
 * too (fetch's URL parser would encode it, the Python SDK's httpx would not).
 */
import { type QueryStyle } from './query.js';
export declare function styledPairs(key: string, value: unknown, declared: QueryStyle): string[];
/**
 * A urlencoded body: fields repeat for arrays, objects go as JSON, as URLSearchParams writes them;
 * a field with a declared style (the Encoding Object's) goes as a query parameter of that style.
 * The docs console sends its form bodies with it too.
 */
export declare function formBodyText(value: Readonly<Record<string, unknown>>, styles: Readonly<Record<string, QueryStyle>>): string;
