/**
 * The answer stage: a routed request that passed its checks in, what to send out. The declared
 * response (or the one `Prefer: code=` / `example=` asks for), negotiated content, an event
 * stream's frames, a task's state, or an error detail for the error stage to shape. No
 * transport, headers of its own or clock here, so it can be exercised alone.
 */
import type { ErrorDetail, MockOperation } from './types.js';
import type { Preferences } from './prefer.js';
import type { TaskStore } from './tasks.js';
import type { RequestParts } from './coerce.js';
/**
 * A request routed to its operation: parameters as read and its preferences, made before auth
 * runs; `body` is set (parsed and valid) only once auth and the request checks have passed.
 */
export interface RoutedRequest extends RequestParts {
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
    contentType: string;
    frames: string[];
    headers: [string, string][];
} | {
    kind: 'error';
    detail: ErrorDetail;
};
export declare function answerRequest(req: RoutedRequest, tasks: TaskStore): Answer;
