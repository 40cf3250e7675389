/**
 * A compact JSON Schema 2020-12 validator for the subset our IR produces (type, enum, const,
 * properties, required, additionalProperties, items, min/max*, pattern, format, allOf, anyOf,
 * oneOf + OpenAPI discriminator, not, $ref into `$defs`, readOnly/writeOnly).
 *
 * Why not Ajv: the generated package has no runtime dependencies, and the same validator must
 * serve a route table built at run time from any spec (`--spec FILE`) as well as one serialised
 * at generation time. Schemas are compiled once into closures; every issue names the JSON
 * pointer of the failing value (a missing property is reported at the property's own pointer).
 * Deliberate leniency: a value matching several `oneOf` variants is accepted (overlapping
 * variants are common in vendor specs and a mock must not reject valid requests).
 */
import type { JsonSchema } from './types.js';
export interface SchemaIssue {
    /** JSON pointer of the failing value inside the validated document. */
    pointer: string;
    message: string;
    /** The schema keyword that failed (`type`, `required`, `enum`, ...). */
    keyword: string;
}
export interface ValidateOptions {
    /** `request`: readOnly properties are not required; `response`: writeOnly ones are not. */
    direction?: 'request' | 'response';
    /** True for multipart bodies: binary schemas then require a file part. */
    files?: boolean;
}
export type ValidateFn = (value: unknown, options?: ValidateOptions) => SchemaIssue[];
/** An uploaded file part of a multipart body. */
export declare class MockFile {
    readonly filename: string | undefined;
    readonly contentType: string;
    readonly bytes: Uint8Array;
    constructor(filename: string | undefined, contentType: string, bytes: Uint8Array);
}
export interface SchemaCompiler {
    compile(schema: JsonSchema): ValidateFn;
    /** Follows `$ref`s (only `#/$defs/Name`) to the schema they name. */
    resolve(schema: JsonSchema | undefined): JsonSchema | undefined;
}
export declare function jsonEqual(a: unknown, b: unknown): boolean;
export declare function createSchemaCompiler(defs: Record<string, JsonSchema>): SchemaCompiler;
