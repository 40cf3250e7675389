/**
 * Submit-then-poll tasks. A `TaskDescriptor` (generated from the spec's `x-task-families`) says
 * how to poll a family and where status, progress, result and failure reason sit. `waitForTask`
 * polls until a terminal state and is both a promise of the final snapshot and an async iterable
 * of snapshots (emitted when state, progress or vendor status change).
 */
import type { APIPromise, WithResponse } from './api-promise.js';
import type { BaseClient, RequestOptions } from './client.js';
import {
  APIConnectionError,
  APIError,
  APIUserAbortError,
  ShellApiError,
  TaskCancelledError,
  TaskFailedError,
  TaskSubmitError,
  TaskTimeoutError,
} from './errors.js';
import { readPointer } from './json-pointer.js';
import {
  canonicalState,
  scaleProgress,
  type CanonicalTaskState,
  type ProgressScale,
} from './progress.js';
import type { Scrubber } from './redact.js';
import { serverSuggestedDelayMs } from './retry.js';
import { sleep } from './timers.js';

export type { CanonicalTaskState, ProgressScale } from './progress.js';

export interface TaskDescriptor<TTask = unknown> {
  family: string;
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
}

export interface TaskSnapshot<TTask = unknown> {
  id: string;
  state: CanonicalTaskState;
  /** 0..1 when the vendor reports progress. */
  progress: number | undefined;
  /** The vendor's own status value. */
  vendorStatus: unknown;
  /** The raw vendor task (the poll response). */
  task: TTask;
  /** Value at the family's first result pointer (filled once succeeded), e.g. the image URL. */
  result: unknown;
  /** Values at all the family's result pointers, in order (filled once succeeded). */
  results: unknown[];
  /** The vendor's failure reason (failed tasks). */
  reason: string | undefined;
}

export interface WaitOptions<TTask = unknown> {
  signal?: AbortSignal | undefined;
  /** Total budget in ms (default: the family's `timeoutMs`). */
  timeoutMs?: number | undefined;
  /** Poll interval in ms (default: the family's `intervalMs`); a server `Retry-After` on a poll wins. */
  intervalMs?: number | undefined;
  /** Called with every new snapshot (state, progress or vendor status changed). */
  onProgress?: ((snapshot: TaskSnapshot<TTask>) => void) | undefined;
  /**
   * Options for each poll request. Polls are always sent with `maxRetries: 0`: the wait loop is
   * the only retry layer for polls (see `maxPollErrors`), so client retries do not multiply it.
   */
  requestOptions?: RequestOptions | undefined;
  /**
   * Consecutive transient poll failures (connection, 408, 429, 5xx) tolerated before giving up
   * (default 5). Each failed poll is one request; the next poll waits for the server's
   * `Retry-After` or an exponential backoff from the poll interval. So a persistent 5xx costs at
   * most `maxPollErrors + 1` poll requests, whatever the client's `maxRetries`.
   */
  maxPollErrors?: number | undefined;
}

/** Reads a snapshot out of a poll response. */
export function snapshotOf<TTask>(
  descriptor: TaskDescriptor<TTask>,
  id: string,
  task: TTask,
): TaskSnapshot<TTask> {
  const vendorStatus = readPointer(task, descriptor.status);
  const state = canonicalState(vendorStatus, descriptor.states);
  const progressRaw = descriptor.progress
    ? readPointer(task, descriptor.progress.pointer)
    : undefined;
  let progress = descriptor.progress
    ? scaleProgress(progressRaw, descriptor.progress.scale)
    : undefined;
  if (state === 'succeeded') progress = 1;
  const results =
    state === 'succeeded' ? descriptor.result.map((pointer) => readPointer(task, pointer)) : [];
  const reasonRaw = descriptor.error ? readPointer(task, descriptor.error) : undefined;
  const reason =
    state === 'failed' && reasonRaw !== undefined && reasonRaw !== null && reasonRaw !== ''
      ? typeof reasonRaw === 'string'
        ? reasonRaw
        : JSON.stringify(reasonRaw)
      : undefined;
  return { id, state, progress, vendorStatus, task, result: results[0], results, reason };
}

/**
 * Polls until the task ends. Await it for the final snapshot, or iterate it for every change.
 * Polls are single requests (`maxRetries: 0`); transient failures are retried by this loop with
 * backoff or the server's `Retry-After`, up to `maxPollErrors` in a row.
 */
export function waitForTask<TTask>(
  client: BaseClient,
  descriptor: TaskDescriptor<TTask>,
  id: string | (() => Promise<string>),
  options: WaitOptions<TTask> = {},
): TaskRun<TTask> {
  return new TaskRun<TTask>(client, descriptor, id, options);
}

/** Extracts the task id from a submit response; a missing id means the vendor refused the job. */
export function taskIdFrom(response: unknown, pointer: string, scrub?: Scrubber): string {
  const value = readPointer(response, pointer);
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw new TaskSubmitError(
    `The submit response has no task id at ${pointer || '(root)'}.`,
    response,
    scrub,
  );
}

type Settle<T> = { resolve: (value: T) => void; reject: (error: unknown) => void };

export class TaskRun<TTask>
  implements PromiseLike<TaskSnapshot<TTask>>, AsyncIterable<TaskSnapshot<TTask>>
{
  readonly #client: BaseClient;
  readonly #descriptor: TaskDescriptor<TTask>;
  readonly #idSource: string | (() => Promise<string>);
  readonly #options: WaitOptions<TTask>;
  readonly #final: Promise<TaskSnapshot<TTask>>;
  readonly #settle: Settle<TaskSnapshot<TTask>>;
  #id: Promise<string> | undefined;
  #consumer: 'none' | 'await' | 'iterate' = 'none';

  constructor(
    client: BaseClient,
    descriptor: TaskDescriptor<TTask>,
    id: string | (() => Promise<string>),
    options: WaitOptions<TTask>,
  ) {
    this.#client = client;
    this.#descriptor = descriptor;
    this.#idSource = id;
    this.#options = options;
    let settle!: Settle<TaskSnapshot<TTask>>;
    this.#final = new Promise<TaskSnapshot<TTask>>((resolve, reject) => {
      settle = { resolve, reject };
    });
    // Nobody may be awaiting (an iterating caller gets errors from the loop): avoid unhandled rejections.
    this.#final.catch(() => {});
    this.#settle = settle;
  }

  /** The task id (after the submit, for `…AndWait`). */
  taskId(): Promise<string> {
    this.#id ??=
      typeof this.#idSource === 'string' ? Promise.resolve(this.#idSource) : this.#idSource();
    return this.#id;
  }

  then<TResult1 = TaskSnapshot<TTask>, TResult2 = never>(
    onfulfilled?: ((value: TaskSnapshot<TTask>) => TResult1 | PromiseLike<TResult1>) | null,
    onrejected?: ((reason: unknown) => TResult2 | PromiseLike<TResult2>) | null,
  ): Promise<TResult1 | TResult2> {
    if (this.#consumer === 'none') {
      this.#consumer = 'await';
      void this.#drain();
    }
    return this.#final.then(onfulfilled, onrejected);
  }

  [Symbol.asyncIterator](): AsyncIterator<TaskSnapshot<TTask>> {
    if (this.#consumer !== 'none')
      throw new ShellApiError('This task wait is already being consumed.');
    this.#consumer = 'iterate';
    const run = this.#run();
    const settle = this.#settle;
    return {
      async next(): Promise<IteratorResult<TaskSnapshot<TTask>>> {
        try {
          const step = await run.next();
          if (step.done) {
            settle.resolve(step.value);
            return { done: true, value: undefined };
          }
          return step;
        } catch (error) {
          settle.reject(error);
          throw error;
        }
      },
      async return(): Promise<IteratorResult<TaskSnapshot<TTask>>> {
        await run.return(undefined as never);
        settle.reject(new APIUserAbortError({ message: 'Stopped waiting for the task.' }));
        return { done: true, value: undefined };
      },
    };
  }

  async #drain(): Promise<void> {
    const run = this.#run();
    try {
      for (;;) {
        const step = await run.next();
        if (step.done) {
          this.#settle.resolve(step.value);
          return;
        }
      }
    } catch (error) {
      this.#settle.reject(error);
    }
  }

  async *#run(): AsyncGenerator<TaskSnapshot<TTask>, TaskSnapshot<TTask>, undefined> {
    const descriptor = this.#descriptor;
    const options = this.#options;
    const signal = options.signal ?? undefined;
    const scrub = this.#client.scrub;
    const id = await this.taskId();
    const budget = options.timeoutMs ?? descriptor.timeoutMs;
    const interval = options.intervalMs ?? descriptor.intervalMs;
    const maxErrors = options.maxPollErrors ?? 5;
    const deadline = Date.now() + budget;
    let last: TaskSnapshot<TTask> | undefined;
    let errors = 0;

    for (;;) {
      if (signal?.aborted) throw new APIUserAbortError({ cause: signal.reason });
      let delay = interval;
      let result: WithResponse<TTask> | undefined;
      try {
        // No client-level retries: this loop's own error handling (below) is the poll retry policy.
        result = await descriptor
          .poll(this.#client, id, {
            ...options.requestOptions,
            maxRetries: 0,
            signal: options.requestOptions?.signal ?? signal,
          })
          .withResponse();
        errors = 0;
      } catch (error) {
        if (!isTransient(error) || ++errors > maxErrors) throw error;
        // Back off on repeated failures; a server hint (Retry-After on a 429/503) wins.
        const hinted = error instanceof APIError ? hintFromRecord(error.headers) : undefined;
        delay = hinted ?? Math.min(interval * 2 ** (errors - 1), 60_000);
        this.#client.logger.info(
          `task ${id}: poll failed (${(error as Error).name}), next poll in ${delay} ms`,
        );
      }

      if (result) {
        const snapshot = snapshotOf(descriptor, id, result.data);
        if (!last || changed(last, snapshot)) {
          last = snapshot;
          options.onProgress?.(snapshot);
          yield snapshot;
        }
        last = snapshot;
        if (snapshot.state === 'succeeded') return snapshot;
        if (snapshot.state === 'failed')
          throw new TaskFailedError(id, snapshot.reason, snapshot, scrub);
        if (snapshot.state === 'cancelled') throw new TaskCancelledError(id, snapshot, scrub);
        const hinted = serverSuggestedDelayMs(result.response.headers);
        if (hinted !== undefined && hinted >= 0) delay = hinted;
      }

      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new TaskTimeoutError(id, budget, last, scrub);
      await sleep(Math.min(delay, remaining), signal);
    }
  }
}

function changed(previous: TaskSnapshot<unknown>, next: TaskSnapshot<unknown>): boolean {
  return (
    previous.state !== next.state ||
    previous.progress !== next.progress ||
    JSON.stringify(previous.vendorStatus) !== JSON.stringify(next.vendorStatus)
  );
}

function isTransient(error: unknown): boolean {
  if (error instanceof APIUserAbortError) return false;
  if (error instanceof APIConnectionError) return true;
  if (error instanceof APIError && error.status !== undefined) {
    return error.status === 408 || error.status === 429 || error.status >= 500;
  }
  return false;
}

function hintFromRecord(headers: Record<string, string> | undefined): number | undefined {
  if (!headers) return undefined;
  const value = serverSuggestedDelayMs(new Headers(headers));
  return value !== undefined && value >= 0 && value <= 60_000 ? value : undefined;
}

/** Submits (once: submits are not re-sent unless provably unsent), reads the task id, then waits. */
export function submitAndWait<TTask>(
  client: BaseClient,
  descriptor: TaskDescriptor<TTask>,
  submit: (options: RequestOptions) => APIPromise<unknown>,
  idPointer: string,
  options: WaitOptions<TTask> = {},
): TaskRun<TTask> {
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
