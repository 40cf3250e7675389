/**
 * JSON parsing that reports where it broke. `JSON.parse` does the work and its error says what
 * went wrong; the position comes from that message (V8 names it, or quotes the text around the
 * offending token), turned into line and column.
 */
import type { JsonValue } from './types.js';
export interface JsonSyntaxError {
    /** 0-based offset in the text (UTF-16 units). */
    position: number;
    /** 1-based line and column. */
    line: number;
    column: number;
    message: string;
}
export type JsonParseResult = {
    ok: true;
    value: JsonValue;
} | {
    ok: false;
    error: JsonSyntaxError;
};
export declare function parseJson(text: string): JsonParseResult;
