/** JSON pointers (RFC 6901): read, write and build them on plain JSON values. */
import type { JsonValue } from './types.js';
/** A JSON object: not null, not an array. */
export declare const isJsonObject: (v: unknown) => v is {
    [key: string]: JsonValue;
};
export declare function escapePointerToken(token: string | number): string;
export declare function pointerTokens(pointer: string): string[];
export declare function appendPointer(pointer: string, token: string | number): string;
/** The value under one token, or undefined (an array has only index tokens). */
export declare function childAt(value: unknown, token: string): unknown;
export declare const getAtPointer: (value: unknown, pointer: string) => unknown;
/**
 * Sets a value, creating objects along the way. Returns the (possibly new) root. A token that is
 * no index (nor `-`) of an array it meets leaves the value as it was.
 */
export declare function setAtPointer(root: JsonValue, pointer: string, value: JsonValue): JsonValue;
export declare function cloneJson<T>(value: T): T;
