/**
 * The body a task's poll answers with. It is fixed once, when the task is created: the poll
 * operation's template (`MockOperation.pollTemplate`, decided at generation time) with the example
 * ids replaced by the task's id and the submit body's same-named top-level fields laid over it.
 * Each state then rewrites only the family's status, progress, result and error fields, so every
 * poll tells one task's story.
 */
import type { JsonValue, MockPollTemplate, MockTaskFamily, TaskState } from './types.js';
import { type ValidateFn } from './validate.js';
/** One task's fixed body and the values its state fields take. */
export interface TaskBody {
    base: JsonValue;
    results: MockPollTemplate['results'];
    errors: Partial<Record<TaskState, JsonValue>>;
}
/** Every example id (candidates) inside `value` becomes `id`, also inside longer strings such as URLs. */
export declare function replaceIds(value: JsonValue, candidates: JsonValue[], id: JsonValue): JsonValue;
/** One task's body: the template with this task's id and the submit body's shared fields. */
export declare function taskBody(template: MockPollTemplate, validate: ValidateFn | undefined, family: MockTaskFamily, request: unknown, exampleIds: JsonValue[], id: JsonValue): TaskBody;
/** The poll body in one state: the fixed body with the status, progress, result and error fields set. */
export declare function stateBody(body: TaskBody, family: MockTaskFamily, state: TaskState, progress: number, status: JsonValue | undefined): JsonValue;
