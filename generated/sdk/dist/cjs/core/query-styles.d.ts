import { type QueryStyle } from './query.js';
export declare function styledPairs(key: string, value: unknown, declared: QueryStyle): string[];
