/**
 * Answers of task operations: a submit creates the task (and its callback), a poll or cancel
 * finds it by the id the operation takes, a list returns the family's live tasks.
 */
import type { JsonValue, MockOperation } from './types.js';
import type { ErrorDetail } from './errors.js';
import type { Preferences } from './prefer.js';
import type { TaskStore } from './tasks.js';
import { type ExpressionContext } from './callbacks.js';
export interface TaskRequest extends ExpressionContext {
    prefer: Preferences;
}
export type TaskAnswer = {
    value: JsonValue;
} | {
    reject: ErrorDetail;
};
/** The body a task operation answers with, built around `example`; undefined when the operation plays no task part. */
export declare function answerTaskOperation(op: MockOperation, example: JsonValue, req: TaskRequest, tasks: TaskStore): TaskAnswer | undefined;
