/**
 * Stateful tasks from `x-task`: a submit creates a task; its state is a function of the mock
 * clock (queued for one poll interval, then running with rising progress, then a terminal state),
 * so polls, lists, cancels and callbacks all see one consistent story. Each task's poll body is
 * fixed when it is created (`task-body.ts`); a state rewrites only its status, progress, result
 * and error fields.
 *
 * The store starts (and restarts on reset) with one finished task for each id a poll's or cancel's
 * example calls pass (`MockTaskRole.seeds`, decided by the IR), so the docs' samples answer:
 * polls first, then cancels, in operation order; an id another family already holds is skipped.
 */
import type { ErrorDetail, JsonValue, MockOperation, MockRouteTable, TaskState } from './types.js';
import type { MockClock } from './clock.js';
import type { SchemaCompiler } from './validate.js';
import type { Preferences } from './prefer.js';
import { type RequestParts } from './coerce.js';
/** A task's body; an error; or a declared response to answer instead (`Prefer: code=, example=`). */
export type TaskAnswer = {
    value: JsonValue;
} | {
    reject: ErrorDetail;
} | {
    declared: {
        code: number;
        example: string;
    };
};
export interface TaskTiming {
    /** Clock ms a task stays queued (default: the family's poll interval). */
    queuedMs?: number;
    /** Clock ms a task runs (default: 4 poll intervals). */
    runningMs?: number;
}
export interface MockTaskSnapshot {
    id: string;
    family: string;
    state: TaskState;
    /** 0..100. */
    progress: number;
    /** '' for a task the store started with (no submit made it). */
    submitOperationId: string;
    createdAt: number;
}
/** The task store as the engine's users see it. */
export type MockTasks = Pick<TaskStore, 'list' | 'get' | 'size'>;
export interface TaskStoreOptions {
    limit: number;
    timing: TaskTiming;
    /** Called on every state change of a task that has a callback URL. */
    notify: (url: string, method: string, body: JsonValue) => void;
}
/** The shape-preserving id the n-th task gets, modelled on the example id. */
export declare function makeTaskId(example: JsonValue | undefined, n: number): JsonValue;
/** A task operation's request, as much of it as its answer reads. */
export type TaskRequest = RequestParts & {
    prefer: Preferences;
};
export declare class TaskStore {
    private readonly clock;
    private readonly options;
    private readonly tasks;
    private readonly families;
    private readonly ops;
    /** Poll operations' success schemas (a submit's fields must keep the body valid); each compiles on first use. */
    private readonly validators;
    private counter;
    constructor(routes: MockRouteTable, clock: MockClock, compiler: SchemaCompiler, options: TaskStoreOptions);
    /** Adds a finished task for each example id of a poll or cancel (see the module comment). */
    private seed;
    private timing;
    /** Keeps at most `limit` tasks, dropping the oldest. */
    private trim;
    get size(): number;
    /**
     * The body a task operation answers with, built around `example`: a submit creates the task (and
     * its callback), a poll or cancel finds it by the id the operation takes, a list returns the
     * family's live tasks. Undefined when the operation plays no task part.
     */
    answer(op: MockOperation, example: JsonValue, req: TaskRequest): TaskAnswer | undefined;
    /** Creates the task for a submit (its poll body fixed now, with the request's shared fields); returns the submit's body. */
    private create;
    private remove;
    private maybeNotify;
    private stateOf;
    /** The task as its poll operation returns it. */
    private view;
    /** A list operation's answer: its example with the task array replaced by the live tasks (filtered by ids, status and limit). */
    private listBody;
    private snapshot;
    list(): MockTaskSnapshot[];
    get(id: string): MockTaskSnapshot | undefined;
    /** Back to the start: the seeded tasks alone. */
    reset(): void;
    /** No tasks, no timers (the engine is being disposed). */
    clear(): void;
}
