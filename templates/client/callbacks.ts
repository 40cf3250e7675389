/**
 * Receiving callbacks (webhooks): the API sends a request to a URL you gave it (e.g. a task's
 * `notifyHook`). These helpers read that request's body — its raw text or bytes, or the JSON a
 * framework already parsed — into a typed value, and a task callback into the same snapshot the
 * task waiter yields (state mapped by the family's `states`). They check only what they need and
 * are lenient about the rest: extra fields pass, an unknown status value maps as a poll would map
 * it. No platform APIs beyond `TextDecoder`, so they run in browsers, workers and edge runtimes.
 */
import { CallbackPayloadError, truncate } from './errors.js';
import { readPointer } from './json-pointer.js';
import { snapshotOf, taskIdAt, type TaskDescriptor, type TaskSnapshot } from './tasks.js';

/**
 * The callback's JSON payload. A string, `ArrayBuffer` or byte view is parsed as JSON text (e.g.
 * `await request.text()`); any other value is taken as already parsed. Throws
 * `CallbackPayloadError` on an empty or non-JSON text. The type argument is not checked.
 */
export function parseCallbackJson<T = unknown>(body: unknown): T {
  if (typeof body === 'string') return parseText(body) as T;
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body))
    return parseText(new TextDecoder().decode(body)) as T;
  if (body === undefined) throw new CallbackPayloadError('The callback has no body.', body);
  return body as T;
}

/**
 * A task callback as a snapshot `{ id, state, progress, vendorStatus, task, result, results,
 * reason }`. The body must be a JSON object with a status at the family's status pointer and,
 * when the family knows where tasks carry their id, an id there; else `CallbackPayloadError`.
 */
export function parseTaskCallback<TTask, TResult = unknown>(
  descriptor: TaskDescriptor<TTask, TResult>,
  body: unknown,
): TaskSnapshot<TTask, TResult> {
  const task = parseCallbackJson(body);
  const what = `Not a callback of a ${descriptor.family} task`;
  if (task === null || typeof task !== 'object' || Array.isArray(task))
    throw new CallbackPayloadError(`${what}: expected a JSON object.`, task);
  if (readPointer(task, descriptor.status) === undefined)
    throw new CallbackPayloadError(`${what}: no status at ${descriptor.status || '(root)'}.`, task);
  const id = descriptor.taskId === undefined ? '' : taskIdAt(task, descriptor.taskId);
  if (id === undefined)
    throw new CallbackPayloadError(`${what}: no task id at ${descriptor.taskId}.`, task);
  return snapshotOf<TTask, TResult>(descriptor, id, task as TTask);
}

function parseText(text: string): unknown {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') throw new CallbackPayloadError('The callback body is empty.', text);
  try {
    return JSON.parse(trimmed) as unknown;
  } catch (error) {
    const excerpt = truncate(trimmed, 80);
    throw new CallbackPayloadError(`The callback body is not JSON: ${excerpt}`, text, error);
  }
}
