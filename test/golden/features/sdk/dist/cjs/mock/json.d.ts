/**
 * JSON parsing that reports where it broke. `JSON.parse` does the work; only when it fails a small
 * scanner walks the text to find the offset and say what was expected (V8's messages do not
 * always carry a position).
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
/** `maxDepth` bounds the error locator's recursion (a valid deeper value is the caller's to refuse). */
export declare function parseJson(text: string, maxDepth?: number): JsonParseResult;
