/**
 * Stateful tasks from `x-task`: a submit creates a task; its state is a function of the mock
 * clock (queued for one poll interval, then running with rising progress, then a terminal state),
 * so polls, lists, cancels and callbacks all see one consistent story. Each task's poll body is
 * fixed when it is created (`task-body.ts`); a state rewrites only its status, progress, result
 * and error fields.
 */
import type { JsonValue, MockOperation, MockRouteTable, MockTaskFamily, MockTaskRole, TaskState } from './types.js';
import type { MockClock } from './clock.js';
import type { SchemaCompiler } from './validate.js';
import type { TaskBody } from './task-body.js';
export type TaskPlan = 'succeed' | 'fail' | 'cancel';
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
    submitOperationId: string;
    createdAt: number;
}
export interface MockTasks {
    list(): MockTaskSnapshot[];
    get(id: string): MockTaskSnapshot | undefined;
    readonly size: number;
}
interface TaskRecord {
    key: string;
    id: JsonValue;
    family: MockTaskFamily;
    submitOperationId: string;
    pollOperationId: string;
    createdAt: number;
    queuedMs: number;
    runningMs: number;
    plan: TaskPlan;
    cancelledAt?: number;
    callback?: {
        url: string;
        method: string;
    };
    body: TaskBody;
    notified: TaskState;
    timers: (() => void)[];
}
export interface TaskStoreOptions {
    limit: number;
    timing: TaskTiming;
    /** Called on every state change of a task that has a callback URL. */
    notify: (url: string, method: string, body: JsonValue) => void;
}
/** The shape-preserving id the n-th task gets, modelled on the example id. */
export declare function makeTaskId(example: JsonValue | undefined, n: number): JsonValue;
export declare class TaskStore implements MockTasks {
    private readonly tasks;
    private readonly families;
    private readonly ops;
    /** Poll operations' success schemas, compiled on first use (a submit's fields must keep the body valid). */
    private readonly validators;
    private counter;
    private readonly clock;
    private readonly compiler;
    private readonly options;
    constructor(routes: MockRouteTable, clock: MockClock, compiler: SchemaCompiler, options: TaskStoreOptions);
    get size(): number;
    familyOf(name: string): MockTaskFamily | undefined;
    private validator;
    /**
     * Creates the task for a submit (its poll body fixed now, with the request's shared fields);
     * returns the submit response body built from `example`.
     */
    create(op: MockOperation, example: JsonValue, plan: TaskPlan, callback: {
        url: string;
        method: string;
    } | undefined, request: unknown): {
        body: JsonValue;
        key: string;
    };
    private remove;
    private scheduleCallbacks;
    private maybeNotify;
    /** Finds a task that `pollOperationId` (or, for cancels and lists, the family) can see. */
    find(key: string, family: string, pollOperationId?: string): TaskRecord | undefined;
    stateOf(task: TaskRecord, at?: number): {
        state: TaskState;
        progress: number;
    };
    /** Cancels a task that has not finished; returns false when it already had. */
    cancel(task: TaskRecord): boolean;
    /** The task as its poll operation returns it. */
    view(task: TaskRecord): JsonValue;
    /** Tasks of a family, newest first. */
    listFamily(family: string): TaskRecord[];
    snapshot(task: TaskRecord): MockTaskSnapshot;
    /** An example of the family (a cancel's answer, say) with the example task ids replaced by this task's id. */
    personalize(task: TaskRecord, value: JsonValue): JsonValue;
    /** A list operation's answer: its example with the task array replaced by the live tasks (filtered by ids, status and limit). */
    listBody(role: MockTaskRole, example: JsonValue, requestBody: unknown, query: URLSearchParams): JsonValue;
    list(): MockTaskSnapshot[];
    get(id: string): MockTaskSnapshot | undefined;
    reset(): void;
}
export {};
