/**
 * Error bodies in each operation's own error shape: the declared response for that status (else
 * another declared error response of the operation) is filled from its example, and the message,
 * `param`, `type` and `code` go where that shape keeps them. Without any declared error shape the
 * OpenAI envelope `{error: {message, type, param, code}}` is used (the relay's convention).
 */
import type { JsonValue, MockOperation } from './types.js';
import type { SchemaCompiler } from './validate.js';
export interface ErrorDetail {
    status: number;
    message: string;
    /** Goes into a `param` field when the shape has one (first failing pointer or parameter). */
    param?: string | null;
    type?: string;
    code?: string | null;
    headers?: [string, string][];
}
export interface MockHttpResponse {
    status: number;
    headers: [string, string][];
    body: Uint8Array | string | null;
}
export declare function defaultErrorType(status: number): string;
/** The error body as JSON. */
export declare function errorBody(op: MockOperation | undefined, detail: ErrorDetail, compiler: SchemaCompiler): JsonValue;
export declare function errorResponse(op: MockOperation | undefined, detail: ErrorDetail, compiler: SchemaCompiler): MockHttpResponse;
