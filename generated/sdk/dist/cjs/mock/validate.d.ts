import type { JsonSchema, MockCheckMode, MockRouteTable } from './types.js';
export interface SchemaIssue {
    /** JSON pointer of the failing value inside the validated document. */
    pointer: string;
    message: string;
    /** The schema keyword that failed (`type`, `required`, `enum`, ...). */
    keyword: string;
}
/** Validates in a mode (default `request`): see `MockCheckMode`. */
export type ValidateFn = (value: unknown, mode?: MockCheckMode) => SchemaIssue[];
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
/** `defs` are the table's component schemas, `checkSchemas` the ones each mode reads differently. */
export declare function createSchemaCompiler(defs: Record<string, JsonSchema>, checkSchemas?: MockRouteTable['checkSchemas']): SchemaCompiler;
