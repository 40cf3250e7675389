/**
 * Checking a request against its operation: parameters (coerced from text, then validated) and
 * the body (content type, syntax, schema, multipart part types). Problems come back as data;
 * the engine turns them into the operation's error response.
 */
import type { ErrorDetail, MockOperation } from './types.js';
import type { SchemaCompiler } from './validate.js';
import { type RequestParts } from './coerce.js';
import { type ParseLimits } from './limits.js';
/** A problem in one part of the request; `pointer` is relative to that part. */
export interface RequestIssue {
    location: 'body' | 'path' | 'query' | 'header' | 'cookie';
    /** Parameter name, for parameters. */
    name?: string;
    pointer: string;
    message: string;
}
/** The parsed body (undefined when none) and every problem found, or a rejection of the body as a whole. */
export type RequestCheck = {
    value: unknown;
    issues: RequestIssue[];
    note?: string;
} | {
    reject: ErrorDetail;
};
/** The operation's request check; its validators are compiled here, once, when the engine starts. */
export declare function compileRequestCheck(op: MockOperation, compiler: SchemaCompiler, limits: ParseLimits): (parts: RequestParts, body: Uint8Array | null) => RequestCheck;
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
