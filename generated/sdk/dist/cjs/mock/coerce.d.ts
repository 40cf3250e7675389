/**
 * Text → typed values: query/path/header/cookie parameters and the text fields of form bodies
 * arrive as strings and are turned into the numbers, booleans, arrays and objects their schemas
 * describe before validation, as the generator decided from each schema (`MockCoercion`,
 * generator/emit/surface/mock-coercion.ts). Values that do not convert stay strings, so the
 * validator reports them ("must be integer (got string)").
 */
import type { MockCoercion, MockParameter, MockRequestField } from './types.js';
import type { FormPart } from './multipart.js';
/** Whether a form part's name, as sent, is a declared property (or one's `name[]` spelling). */
export declare const declaresPart: (c: MockCoercion | undefined, name: string) => boolean;
export declare function coerceText(text: string, c: MockCoercion | undefined): unknown;
/** The parts of a request its stages read fields from. */
export interface RequestParts {
    /** Path parameters, decoded. */
    path: Record<string, string>;
    /** Path parameters as sent, for items whose `,` separators must be found before decoding. */
    rawPath?: Record<string, string>;
    query: URLSearchParams;
    /** The query as sent (`?a=1`), for values whose delimiters must be found before decoding. */
    search?: string;
    /** Lower-cased header names. */
    headers: Record<string, string>;
    cookies: Record<string, string>;
    /** The parsed body, once there is one. */
    body?: unknown;
}
/** One field of the request; undefined when absent. */
export declare function requestField(req: RequestParts, { in: where, name }: MockRequestField): unknown;
/** Reads one parameter as its schema wants it; `undefined` when absent. */
export declare function readParameter(param: MockParameter, sources: RequestParts): unknown;
/**
 * A matrix or label path value as sent (still percent-encoded), as the simple-style text it stands
 * for: `;id=a,b` and exploded `;id=a;id=b` → `a,b`, `;a=1;b=2` → `a=1,b=2`, `.a,b` and `.a.b` →
 * `a,b`; a simple one as it is. Undefined when the value lacks its style's prefix or names (the SDKs
 * never send that: the request check reports it).
 */
export declare function simplePathText(param: MockParameter, sent: string): string | undefined;
/**
 * A urlencoded body's fields that have a declared style (OpenAPI Encoding Object), read from the
 * body text as query parameters of that style are: they replace what `formObject` made of them.
 */
export declare function readStyledFields(out: Record<string, unknown>, text: string, styles: Record<string, {
    style: string;
    explode: boolean;
}>, c: MockCoercion | undefined): void;
/** A urlencoded body's styled fields as the query parameters of that style they are read as. */
export declare function styledFields(styles: Record<string, {
    style: string;
    explode: boolean;
}>, c: MockCoercion | undefined): MockParameter[];
/**
 * Builds the object a form body stands for: file parts become `MockFile`s, text parts are coerced,
 * JSON parts parsed (`application/json`, or a part of `jsonParts`, declared with a `+json` type).
 * A part is a file when it has a filename, as the SDKs send the IR's file parts (`fileParts`).
 * One without is text, whatever type labels it (a declared `encoding.contentType: application/sdp`
 * labels text), unless its property is a file part or undeclared and the type is not text's.
 */
export declare function formObject(parts: FormPart[], c: MockCoercion | undefined, jsonParts?: readonly string[], fileParts?: readonly string[]): Record<string, unknown>;
export declare function parseCookies(header: string | undefined): Record<string, string>;
/** Percent-decoded text, or the text as it is when it is no valid encoding. */
export declare const decodeText: (text: string) => string;
/** What `read` makes of the text, or the text as it is when `read` throws. */
export declare function orText<T>(text: string, read: (text: string) => T): T | string;
