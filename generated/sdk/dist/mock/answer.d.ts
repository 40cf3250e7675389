/**
 * The answer stage: a checked request in, what to send out. The declared response (or the one
 * `Prefer: code=` / `example=` asks for), negotiated content, an event stream's frames, a task's
 * state, or an error detail for the error stage to shape. No transport, headers of its own or
 * clock here, so it can be exercised alone.
 */
import type { MockOperation } from './types.js';
import type { ErrorDetail } from './errors.js';
import type { Preferences } from './prefer.js';
import type { TaskStore } from './tasks.js';
import type { RequestParts } from './coerce.js';
/** A request that passed routing, auth and validation (its body parsed and valid, undefined when none). */
export interface CheckedRequest extends RequestParts {
    op: MockOperation;
    prefer: Preferences;
}
export type Answer = {
    kind: 'body';
    status: number;
    contentType?: string;
    body: Uint8Array | string | null;
    headers: [string, string][];
} | {
    kind: 'stream';
    status: number;
    mediaType: string;
    frames: string[];
    headers: [string, string][];
} | {
    kind: 'error';
    detail: ErrorDetail;
};
export declare function answerRequest(req: CheckedRequest, tasks: TaskStore): Answer;
