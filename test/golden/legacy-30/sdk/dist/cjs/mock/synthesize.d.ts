/**
 * A deterministic value for a schema that has no example: const, first enum value, default,
 * first schema example, else a placeholder by type and format. Used only when the spec gives the
 * mock nothing better.
 */
import type { JsonSchema, JsonValue } from './types.js';
import type { SchemaCompiler } from './validate.js';
export declare function synthesize(schema: JsonSchema | undefined, compiler: SchemaCompiler, depth?: number): JsonValue;
