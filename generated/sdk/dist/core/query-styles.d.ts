/**
 * The query styles beside form-exploded, for the operations that declare them (they pass
 * `encodeQuery: styledPairs`): form without explode and the space and pipe delimiters join the
 * items (commas stay literal, the delimiters are percent-encoded); deepObject sends `key[prop]`.
 */
import { type QueryStyle } from './query.js';
export declare function styledPairs(key: string, value: unknown, declared: QueryStyle): string[];
