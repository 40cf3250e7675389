/**
 * Checking a request against its operation: parameters (coerced from text, then validated) and
 * the body (content type, syntax, schema, multipart part types). Problems come back as data;
 * the engine turns them into the operation's error response.
 */
import type { MockContent, MockOperation } from './types.js';
import type { ErrorDetail } from './errors.js';
import type { SchemaCompiler, ValidateFn } from './validate.js';
import { type ParameterSources } from './coerce.js';
import { type ParseLimits } from './limits.js';
/** A problem in one part of the request; `pointer` is relative to that part. */
export interface RequestIssue {
    location: 'body' | 'path' | 'query' | 'header' | 'cookie';
    /** Parameter name, for parameters. */
    name?: string;
    pointer: string;
    message: string;
}
export interface OperationValidators {
    /** By `in:name`. */
    params: Map<string, ValidateFn>;
    bodies: Map<MockContent, ValidateFn>;
}
/** Compiled once per operation when the engine starts. */
export declare function compileValidators(op: MockOperation, compiler: SchemaCompiler): OperationValidators;
export declare function checkParameters(op: MockOperation, validators: OperationValidators, sources: ParameterSources, compiler: SchemaCompiler, limits: ParseLimits): RequestIssue[];
export type BodyCheck = {
    value: unknown;
    issues: RequestIssue[];
} | {
    reject: ErrorDetail;
};
/** What a request body is checked with: its operation, validators, parse limits and the raw bytes. */
export interface BodyInput {
    op: MockOperation;
    validators: OperationValidators;
    contentType: string | undefined;
    body: Uint8Array | null;
    compiler: SchemaCompiler;
    limits: ParseLimits;
}
export declare function checkBody(input: BodyInput): BodyCheck;
/**
 * A JSON pointer as OpenAI's `param` names a property: dotted, array items in brackets
 * (`/messages/0/content` → `messages[0].content`). Tokens are array indices where `value` has an
 * array (or, past what `value` holds, where they are numbers).
 */
export declare function propertyPath(pointer: string, value?: unknown): string;
/**
 * 400 (or the operation's declared 422) listing every failing pointer; `param` is the first, as a
 * property path (null for the body as a whole). `body` is the parsed request body.
 */
export declare function validationFailure(op: MockOperation, issues: RequestIssue[], body?: unknown): ErrorDetail;
