import { type TaskDescriptor, type TaskSnapshot } from './tasks.js';
/**
 * The callback's JSON payload. A string, `ArrayBuffer` or byte view is parsed as JSON text (e.g.
 * `await request.text()`); any other value is taken as already parsed. Throws
 * `CallbackPayloadError` on an empty or non-JSON text. The type argument is not checked.
 */
export declare function parseCallbackJson<T = unknown>(body: unknown): T;
/**
 * A task callback as a snapshot `{ id, state, progress, vendorStatus, task, result, results,
 * reason }`. The body must be a JSON object with a status at the family's status pointer and,
 * when the family knows where tasks carry their id, an id there; else `CallbackPayloadError`.
 */
export declare function parseTaskCallback<TTask, TResult = unknown>(descriptor: TaskDescriptor<TTask, TResult>, body: unknown): TaskSnapshot<TTask, TResult>;
