/**
 * Submit-then-poll tasks. A `TaskDescriptor` (generated from the spec's `x-task-families`) says
 * how to poll a family and where status, progress, result and failure reason sit. `waitForTask`
 * starts polling at once and returns a `TaskRun`: a real Promise of the final snapshot that is
 * also an async iterable of snapshots (emitted when state, progress or vendor status change).
 */
import type { APIPromise } from './api-promise.js';
import type { BaseClient, RequestOptions } from './client.js';
import { type AtPointer } from './json-pointer.js';
import { type CanonicalTaskState, type ProgressScale } from './progress.js';
import type { Scrubber } from './redact.js';
import { type RetryPolicy } from './retry.js';
export type { CanonicalTaskState, ProgressScale } from './progress.js';
/** The type at a result pointer inside the task type (see `AtPointer`). */
export type TaskResultAt<T, P extends string> = AtPointer<T, P>;
export interface TaskDescriptor<TTask = unknown, _TResult = unknown> {
    family: string;
    /** A label of your own (the runtime reads none; generated descriptors leave it out). */
    title?: string | undefined;
    /** Polls one task by id. */
    poll: (client: BaseClient, id: string, options: RequestOptions) => APIPromise<TTask>;
    /** JSON pointer to the task's own id inside a task object (read from callback bodies). */
    taskId?: string | undefined;
    /** JSON pointers into the poll response. */
    status: string;
    progress?: {
        pointer: string;
        scale: ProgressScale;
    } | undefined;
    result: readonly string[];
    error?: string | undefined;
    /** Vendor status values per canonical state. */
    states: Readonly<Record<CanonicalTaskState, readonly unknown[]>>;
    /** Suggested poll interval and time budget. */
    intervalMs: number;
    timeoutMs: number;
    /**
     * How failed polls are retried (`maxPollErrors`, `pollRetryStatuses`) when the client has no
     * policy of its own (a bare `BaseClient`): the generated descriptors carry the API's `RETRY_POLICY`.
     */
    retryPolicy: RetryPolicy;
}
export interface TaskSnapshot<TTask = unknown, TResult = unknown> {
    id: string;
    state: CanonicalTaskState;
    /** 0..1 when the vendor reports progress. */
    progress: number | undefined;
    /** The vendor's own status value. */
    vendorStatus: unknown;
    /** The raw vendor task (the poll response). */
    task: TTask;
    /**
     * Value at the first of the descriptor's result pointers that holds one (filled once succeeded),
     * e.g. the image URL. A descriptor lists only the pointers its poll's tasks fill (Kling image
     * tasks: `images`, video tasks: `videos`).
     */
    result: TResult | undefined;
    /** Values at all the descriptor's result pointers, in order (filled once succeeded). */
    results: unknown[];
    /** The vendor's failure reason (failed tasks). */
    reason: string | undefined;
}
export interface WaitOptions<TTask = unknown, TResult = unknown> {
    signal?: AbortSignal | undefined;
    /** Total budget in ms (default: the family's `timeoutMs`). */
    timeoutMs?: number | undefined;
    /** Poll interval in ms (default: the family's `intervalMs`); a server `Retry-After` on a poll wins. */
    intervalMs?: number | undefined;
    /** Called with every new snapshot (state, progress or vendor status changed). */
    onProgress?: ((snapshot: TaskSnapshot<TTask, TResult>) => void) | undefined;
    /**
     * Options for each poll request. Polls are always sent with `maxRetries: 0`: the wait loop is
     * the only retry layer for polls (see `maxPollErrors`), so client retries do not multiply it.
     */
    requestOptions?: RequestOptions | undefined;
    /**
     * Consecutive transient poll failures (connection errors and the policy's transient statuses)
     * tolerated before giving up (default: the client's `retryPolicy.maxPollErrors`, else the descriptor's). Each failed poll is one request; the next poll waits for the server's
     * `Retry-After` or an exponential backoff from the poll interval. So a persistent 5xx costs at
     * most `maxPollErrors + 1` poll requests, whatever the client's `maxRetries`.
     */
    maxPollErrors?: number | undefined;
}
/** Reads a snapshot out of a poll response. */
export declare function snapshotOf<TTask, TResult = unknown>(descriptor: TaskDescriptor<TTask, TResult>, id: string, task: TTask): TaskSnapshot<TTask, TResult>;
/**
 * Polls until the task ends, starting at once. Await it for the final snapshot, or iterate it for
 * every change. Polls are single requests (`maxRetries: 0`), each bounded by the remaining budget;
 * transient failures are retried by this loop with backoff or the server's `Retry-After`, up to
 * `maxPollErrors` in a row.
 */
export declare function waitForTask<TTask, TResult = unknown>(client: BaseClient, descriptor: TaskDescriptor<TTask, TResult>, id: string | (() => Promise<string>), options?: WaitOptions<TTask, TResult>): TaskRun<TTask, TResult>;
/** Extracts the task id from a submit response; a missing id means the vendor refused the job. */
export declare function taskIdFrom(response: unknown, pointer: string, scrub?: Scrubber): string;
/** The task id at `pointer`: a non-empty string, or a finite number as text. */
export declare function taskIdAt(document: unknown, pointer: string): string | undefined;
type Snapshot<TTask, TResult> = TaskSnapshot<TTask, TResult>;
/**
 * A running task wait: a Promise (it is `instanceof Promise`, has `then`/`catch`/`finally`) of the
 * final snapshot, whose work (submit, polls) started when it was created, whether or not anyone
 * awaits it. Iterating it yields the latest snapshot, then every change, until the task ends (the
 * loop then ends, or throws the error the promise rejects with); leaving the loop early does not
 * stop the wait (abort it with `signal`).
 */
export declare class TaskRun<TTask, TResult = unknown> extends Promise<Snapshot<TTask, TResult>> implements AsyncIterable<Snapshot<TTask, TResult>> {
    #private;
    constructor(executor: (resolve: (value: Snapshot<TTask, TResult> | PromiseLike<Snapshot<TTask, TResult>>) => void, reject: (reason?: unknown) => void) => void);
    /** Starts waiting (submitting first when `id` is a function). */
    static start<TTask, TResult = unknown>(client: BaseClient, descriptor: TaskDescriptor<TTask, TResult>, id: string | (() => Promise<string>), options: WaitOptions<TTask, TResult>): TaskRun<TTask, TResult>;
    /** The task id (after the submit, for `…AndWait`). */
    taskId(): Promise<string>;
    [Symbol.asyncIterator](): AsyncIterator<Snapshot<TTask, TResult>>;
}
/** Submits (once: submits are not re-sent unless provably unsent), reads the task id, then waits. */
export declare function submitAndWait<TTask, TResult = unknown>(client: BaseClient, descriptor: TaskDescriptor<TTask, TResult>, submit: (options: RequestOptions) => APIPromise<unknown>, idPointer: string, options?: WaitOptions<TTask, TResult>): TaskRun<TTask, TResult>;
