/**
 * Error bodies in the spec's own error shape: the declared response for that status (else
 * another declared error response, or `default`) is filled from its example, and the message,
 * `param`, `type` and `code` go where that shape keeps them. An operation that declares no error
 * shape borrows the one of its nearest operation by path (`MockOperation.errorShape`); a spec that
 * declares none anywhere answers RFC 9457 problem documents (`application/problem+json`).
 */
import type { ErrorDetail, JsonValue, MockOperation } from './types.js';
import type { SchemaCompiler } from './validate.js';
export declare function defaultErrorType(status: number): string;
/** The error body as JSON and its media type; `compiler` checks the fields it fills against the body's schema. */
export declare function errorBody(op: MockOperation | undefined, detail: ErrorDetail, compiler?: SchemaCompiler): {
    value: JsonValue;
    mediaType: string;
};
