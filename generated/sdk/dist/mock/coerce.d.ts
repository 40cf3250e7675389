/**
 * Text → typed values, driven by the schema: query/path/header/cookie parameters and the text
 * fields of form bodies arrive as strings and are turned into the numbers, booleans, arrays and
 * objects their schemas describe before validation. Values that do not convert stay strings, so
 * the validator reports them ("must be integer (got string)").
 */
import type { JsonSchema, MockParameter } from './types.js';
import type { SchemaCompiler } from './validate.js';
import type { FormPart } from './multipart.js';
/** The JSON types a schema admits (following refs and unions; the IR writes `type` beside `enum`, `const`, `properties` and `items`); undefined = any. */
export declare function schemaTypes(schema: JsonSchema | undefined, compiler: SchemaCompiler, depth?: number): Set<string> | undefined;
/** The item schema of an array schema, if any. */
export declare function itemSchema(schema: JsonSchema | undefined, compiler: SchemaCompiler): JsonSchema | undefined;
/** Property schemas of an object schema, including those of its `allOf` parts. */
export declare function propertySchemas(schema: JsonSchema | undefined, compiler: SchemaCompiler, depth?: number): Map<string, JsonSchema>;
export declare function coerceText(text: string, schema: JsonSchema | undefined, compiler: SchemaCompiler): unknown;
/** The parts of a request its stages read fields from. */
export interface RequestParts {
    /** Path parameters, decoded. */
    path: Record<string, string>;
    query: URLSearchParams;
    /** Lower-cased header names. */
    headers: Record<string, string>;
    cookies: Record<string, string>;
    /** The parsed body, once there is one. */
    body?: unknown;
}
/** One field of the request by where it travels (a body field is a top-level property); undefined when absent. */
export declare function requestField(req: RequestParts, where: 'path' | 'query' | 'header' | 'cookie' | 'body', name: string): unknown;
/** Reads one parameter as the schema wants it; `undefined` when absent. */
export declare function readParameter(param: MockParameter, sources: RequestParts, compiler: SchemaCompiler): unknown;
/** Builds the object a form body stands for: file parts become `MockFile`s, text parts are coerced. */
export declare function formObject(parts: FormPart[], schema: JsonSchema | undefined, compiler: SchemaCompiler): Record<string, unknown>;
export declare function parseCookies(header: string | undefined): Record<string, string>;
