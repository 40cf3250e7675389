/**
 * Submit-then-poll tasks. A `TaskDescriptor` (generated from the spec's `x-task-families`) says
 * how to poll a family and where status, progress, result and failure reason sit. `waitForTask`
 * starts polling at once and returns a `TaskRun`: a real Promise of the final snapshot that is
 * also an async iterable of snapshots (emitted when state, progress or vendor status change).
 */
import type { APIPromise, WithResponse } from './api-promise.js';
import type { BaseClient, RequestOptions } from './client.js';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  ShellApiError,
  TaskCancelledError,
  TaskFailedError,
  TaskSubmitError,
  TaskTimeoutError,
} from './errors.js';
import { readPointer, type AtPointer } from './json-pointer.js';
import {
  canonicalState,
  scaleProgress,
  type CanonicalTaskState,
  type ProgressScale,
} from './progress.js';
import type { Scrubber } from './redact.js';
import {
  hintedDelayMs,
  retryableStatus,
  serverSuggestedDelayMs,
  type RetryPolicy,
} from './retry.js';
import { sleep } from './timers.js';

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
  progress?: { pointer: string; scale: ProgressScale } | undefined;
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
export function snapshotOf<TTask, TResult = unknown>(
  descriptor: TaskDescriptor<TTask, TResult>,
  id: string,
  task: TTask,
): TaskSnapshot<TTask, TResult> {
  const vendorStatus = readPointer(task, descriptor.status);
  const state = canonicalState(vendorStatus, descriptor.states);
  const progress =
    state === 'succeeded'
      ? 1
      : descriptor.progress
        ? scaleProgress(readPointer(task, descriptor.progress.pointer), descriptor.progress.scale)
        : undefined;
  const results =
    state === 'succeeded' ? descriptor.result.map((pointer) => readPointer(task, pointer)) : [];
  const reasonRaw = descriptor.error ? readPointer(task, descriptor.error) : undefined;
  const reason =
    state === 'failed' && reasonRaw != null && reasonRaw !== ''
      ? typeof reasonRaw === 'string'
        ? reasonRaw
        : JSON.stringify(reasonRaw)
      : undefined;
  // The first pointer present: a family may list several (one per kind of task).
  const result = results.find((value) => value != null) as TResult | undefined;
  return { id, state, progress, vendorStatus, task, result, results, reason };
}

/**
 * Polls until the task ends, starting at once. Await it for the final snapshot, or iterate it for
 * every change. Polls are single requests (`maxRetries: 0`), each bounded by the remaining budget;
 * transient failures are retried by this loop with backoff or the server's `Retry-After`, up to
 * `maxPollErrors` in a row.
 */
export function waitForTask<TTask, TResult = unknown>(
  client: BaseClient,
  descriptor: TaskDescriptor<TTask, TResult>,
  id: string | (() => Promise<string>),
  options: WaitOptions<TTask, TResult> = {},
): TaskRun<TTask, TResult> {
  return TaskRun.start<TTask, TResult>(client, descriptor, id, options);
}

/** Extracts the task id from a submit response; a missing id means the vendor refused the job. */
export function taskIdFrom(response: unknown, pointer: string, scrub?: Scrubber): string {
  const id = taskIdAt(response, pointer);
  if (id !== undefined) return id;
  throw new TaskSubmitError(
    `The submit response has no task id at ${pointer || '(root)'}.`,
    response,
    scrub,
  );
}

/** The task id at `pointer`: a non-empty string, or a finite number as text. */
export function taskIdAt(document: unknown, pointer: string): string | undefined {
  const value = readPointer(document, pointer);
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

type Snapshot<TTask, TResult> = TaskSnapshot<TTask, TResult>;
/**
 * One emitted snapshot and the promise of the next one (undefined once the run has ended): each
 * iterator walks the chain from where it joined, and links nobody holds any more are collected.
 */
interface Link<T> {
  snapshot: T;
  next: Promise<Link<T> | undefined>;
}

/**
 * A running task wait: a Promise (it is `instanceof Promise`, has `then`/`catch`/`finally`) of the
 * final snapshot, whose work (submit, polls) started when it was created, whether or not anyone
 * awaits it. Iterating it yields the latest snapshot, then every change, until the task ends (the
 * loop then ends, or throws the error the promise rejects with); leaving the loop early does not
 * stop the wait (abort it with `signal`).
 */
export class TaskRun<TTask, TResult = unknown>
  extends Promise<Snapshot<TTask, TResult>>
  implements AsyncIterable<Snapshot<TTask, TResult>>
{
  #id: Promise<string> | undefined;
  /** The first link, then (once there is one) the latest. */
  #latest: Promise<Link<Snapshot<TTask, TResult>> | undefined>;
  #settleNext!: (link: Link<Snapshot<TTask, TResult>> | undefined) => void;

  constructor(
    executor: (
      resolve: (value: Snapshot<TTask, TResult> | PromiseLike<Snapshot<TTask, TResult>>) => void,
      reject: (reason?: unknown) => void,
    ) => void,
  ) {
    super(executor);
    this.#latest = new Promise((resolve) => (this.#settleNext = resolve));
    // `then`/`catch`/`finally` on a run return plain Promises, not new (unstarted) runs. Set by the
    // first run made rather than by a statement after the class (a side effect that kept the class
    // and its poll loop in bundles importing only `snapshotOf` or a callback parser) or a static
    // member (TypeScript's isolated declaration emit declares a static symbol member twice).
    if (!Object.hasOwn(TaskRun, Symbol.species))
      Object.defineProperty(TaskRun, Symbol.species, { get: () => Promise });
  }

  /** Starts waiting (submitting first when `id` is a function). */
  static start<TTask, TResult = unknown>(
    client: BaseClient,
    descriptor: TaskDescriptor<TTask, TResult>,
    id: string | (() => Promise<string>),
    options: WaitOptions<TTask, TResult>,
  ): TaskRun<TTask, TResult> {
    let settle!: (outcome: Promise<Snapshot<TTask, TResult>>) => void;
    const run = new TaskRun<TTask, TResult>((resolve) => {
      settle = resolve;
    });
    // Errors reach whoever awaits or iterates; an unobserved run must not crash the process.
    Promise.prototype.then.call(run, undefined, () => {});
    const taskId = (run.#id = typeof id === 'string' ? Promise.resolve(id) : id());
    taskId.catch(() => {});
    // The run takes the outcome of the wait: its final snapshot or its error.
    settle(
      (async () => {
        try {
          return await pollUntilDone(client, descriptor, await taskId, options, (snapshot) =>
            run.#emit(snapshot),
          );
        } finally {
          run.#emit();
        }
      })(),
    );
    return run;
  }

  /** The task id (after the submit, for `…AndWait`). */
  taskId(): Promise<string> {
    return this.#id ?? Promise.reject(new ShellApiError('This task run was not started.'));
  }

  [Symbol.asyncIterator](): AsyncIterator<Snapshot<TTask, TResult>> {
    // From the latest link at the time of the call, whenever the first `next` comes.
    return walk(this, this.#latest);
  }

  /** Appends a snapshot to the chain; without one, ends it. */
  #emit(snapshot?: Snapshot<TTask, TResult>): void {
    const settle = this.#settleNext;
    if (!snapshot) return settle(undefined);
    const link = {
      snapshot,
      next: new Promise<Link<Snapshot<TTask, TResult>> | undefined>(
        (resolve) => (this.#settleNext = resolve),
      ),
    };
    this.#latest = Promise.resolve(link);
    settle(link);
  }
}

/** The snapshots of a run from `link` on, then the run's outcome (done, or its error). */
async function* walk<T>(
  run: Promise<T>,
  link: Promise<Link<T> | undefined>,
): AsyncGenerator<T, void, undefined> {
  for (let current = await link; current; current = await current.next) yield current.snapshot;
  await run;
}

/** The poll loop: returns the final snapshot or throws the task's error. */
async function pollUntilDone<TTask, TResult>(
  client: BaseClient,
  descriptor: TaskDescriptor<TTask, TResult>,
  id: string,
  options: WaitOptions<TTask, TResult>,
  onChange: (snapshot: Snapshot<TTask, TResult>) => void,
): Promise<Snapshot<TTask, TResult>> {
  const signal = options.signal;
  const scrub = client.scrub;
  const budget = options.timeoutMs ?? descriptor.timeoutMs;
  const interval = options.intervalMs ?? descriptor.intervalMs;
  const policy = client.retryPolicy ?? descriptor.retryPolicy;
  const maxErrors = options.maxPollErrors ?? policy.maxPollErrors;
  const deadline = Date.now() + budget;
  const requestTimeout = options.requestOptions?.timeout ?? client.timeout;
  let last: Snapshot<TTask, TResult> | undefined;
  let errors = 0;
  const timedOut = (): TaskTimeoutError => new TaskTimeoutError(id, budget, last, scrub);

  for (;;) {
    if (signal?.aborted) throw new APIUserAbortError({ cause: signal.reason });
    let delay = interval;
    let result: WithResponse<TTask> | undefined;
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw timedOut();
    try {
      // No client-level retries: this loop's own error handling (below) is the poll retry policy.
      // No poll outlives the wait's budget.
      result = await descriptor
        .poll(client, id, {
          ...options.requestOptions,
          maxRetries: 0,
          timeout: Math.max(1, Math.min(requestTimeout, remaining)),
          signal: options.requestOptions?.signal ?? signal,
        })
        .withResponse();
      errors = 0;
    } catch (error) {
      if (error instanceof APIConnectionTimeoutError && deadline - Date.now() <= 0)
        throw timedOut();
      if (!isTransient(error, policy) || ++errors > maxErrors) throw error;
      // Back off on repeated failures; a server hint (Retry-After on a 429/503) wins.
      const headers = error instanceof APIError ? error.headers : undefined;
      delay =
        (headers && hintedDelayMs(new Headers(headers), policy)) ??
        Math.min(interval * 2 ** (errors - 1), 60_000);
      client.logger.info(
        `task ${id}: poll failed (${(error as Error).name}), next poll in ${delay} ms`,
      );
    }

    if (result) {
      const snapshot = snapshotOf<TTask, TResult>(descriptor, id, result.data);
      if (!last || changed(last, snapshot)) {
        options.onProgress?.(snapshot);
        onChange(snapshot);
      }
      last = snapshot;
      if (snapshot.state === 'succeeded') return snapshot;
      if (snapshot.state === 'failed')
        throw new TaskFailedError(id, snapshot.reason, snapshot, scrub);
      if (snapshot.state === 'cancelled') throw new TaskCancelledError(id, snapshot, scrub);
      const hinted = serverSuggestedDelayMs(result.response.headers);
      if (hinted !== undefined && hinted >= 0) delay = hinted;
    }

    const left = deadline - Date.now();
    if (left <= 0) throw timedOut();
    await sleep(Math.min(delay, left), signal);
  }
}

function changed(previous: TaskSnapshot<unknown>, next: TaskSnapshot<unknown>): boolean {
  return (
    previous.state !== next.state ||
    previous.progress !== next.progress ||
    JSON.stringify(previous.vendorStatus) !== JSON.stringify(next.vendorStatus)
  );
}

/** Connection errors and the policy's transient poll statuses (an abort is neither). */
function isTransient(error: unknown, policy: RetryPolicy): boolean {
  return (
    error instanceof APIConnectionError ||
    (error instanceof APIError && retryableStatus(error.status, policy.pollRetryStatuses, policy))
  );
}

/** Submits (once: submits are not re-sent unless provably unsent), reads the task id, then waits. */
export function submitAndWait<TTask, TResult = unknown>(
  client: BaseClient,
  descriptor: TaskDescriptor<TTask, TResult>,
  submit: (options: RequestOptions) => APIPromise<unknown>,
  idPointer: string,
  options: WaitOptions<TTask, TResult> = {},
): TaskRun<TTask, TResult> {
  const requestOptions: RequestOptions = {
    ...options.requestOptions,
    signal: options.requestOptions?.signal ?? options.signal,
  };
  return waitForTask(
    client,
    descriptor,
    async () => taskIdFrom(await submit(requestOptions), idPointer, client.scrub),
    options,
  );
}
