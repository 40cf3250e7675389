import { type QueryStyle } from './query.js';
export declare function styledPairs(key: string, value: unknown, declared: QueryStyle): string[];
/**
 * A urlencoded body: fields repeat for arrays, objects go as JSON, as URLSearchParams writes them;
 * a field with a declared style (the Encoding Object's) goes as a query parameter of that style.
 * The docs console sends its form bodies with it too.
 */
export declare function formBodyText(value: Readonly<Record<string, unknown>>, styles: Readonly<Record<string, QueryStyle>>): string;
