import { APIConnectionError, APIError, APIUserAbortError, ShellApiError, TaskCancelledError, TaskFailedError, TaskSubmitError, TaskTimeoutError, } from './errors.js';
import { readPointer } from './json-pointer.js';
import { canonicalState, scaleProgress, } from './progress.js';
import { serverSuggestedDelayMs } from './retry.js';
import { sleep } from './timers.js';
/** Reads a snapshot out of a poll response. */
export function snapshotOf(descriptor, id, task) {
    const vendorStatus = readPointer(task, descriptor.status);
    const state = canonicalState(vendorStatus, descriptor.states);
    const progressRaw = descriptor.progress
        ? readPointer(task, descriptor.progress.pointer)
        : undefined;
    let progress = descriptor.progress
        ? scaleProgress(progressRaw, descriptor.progress.scale)
        : undefined;
    if (state === 'succeeded')
        progress = 1;
    const results = state === 'succeeded' ? descriptor.result.map((pointer) => readPointer(task, pointer)) : [];
    const reasonRaw = descriptor.error ? readPointer(task, descriptor.error) : undefined;
    const reason = state === 'failed' && reasonRaw !== undefined && reasonRaw !== null && reasonRaw !== ''
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
export function waitForTask(client, descriptor, id, options = {}) {
    return new TaskRun(client, descriptor, id, options);
}
/** Extracts the task id from a submit response; a missing id means the vendor refused the job. */
export function taskIdFrom(response, pointer, scrub) {
    const value = readPointer(response, pointer);
    if (typeof value === 'string' && value !== '')
        return value;
    if (typeof value === 'number' && Number.isFinite(value))
        return String(value);
    throw new TaskSubmitError(`The submit response has no task id at ${pointer || '(root)'}.`, response, scrub);
}
export class TaskRun {
    #client;
    #descriptor;
    #idSource;
    #options;
    #final;
    #settle;
    #id;
    #consumer = 'none';
    constructor(client, descriptor, id, options) {
        this.#client = client;
        this.#descriptor = descriptor;
        this.#idSource = id;
        this.#options = options;
        let settle;
        this.#final = new Promise((resolve, reject) => {
            settle = { resolve, reject };
        });
        // Nobody may be awaiting (an iterating caller gets errors from the loop): avoid unhandled rejections.
        this.#final.catch(() => { });
        this.#settle = settle;
    }
    /** The task id (after the submit, for `…AndWait`). */
    taskId() {
        this.#id ??=
            typeof this.#idSource === 'string' ? Promise.resolve(this.#idSource) : this.#idSource();
        return this.#id;
    }
    then(onfulfilled, onrejected) {
        if (this.#consumer === 'none') {
            this.#consumer = 'await';
            void this.#drain();
        }
        return this.#final.then(onfulfilled, onrejected);
    }
    [Symbol.asyncIterator]() {
        if (this.#consumer !== 'none')
            throw new ShellApiError('This task wait is already being consumed.');
        this.#consumer = 'iterate';
        const run = this.#run();
        const settle = this.#settle;
        return {
            async next() {
                try {
                    const step = await run.next();
                    if (step.done) {
                        settle.resolve(step.value);
                        return { done: true, value: undefined };
                    }
                    return step;
                }
                catch (error) {
                    settle.reject(error);
                    throw error;
                }
            },
            async return() {
                await run.return(undefined);
                settle.reject(new APIUserAbortError({ message: 'Stopped waiting for the task.' }));
                return { done: true, value: undefined };
            },
        };
    }
    async #drain() {
        const run = this.#run();
        try {
            for (;;) {
                const step = await run.next();
                if (step.done) {
                    this.#settle.resolve(step.value);
                    return;
                }
            }
        }
        catch (error) {
            this.#settle.reject(error);
        }
    }
    async *#run() {
        const descriptor = this.#descriptor;
        const options = this.#options;
        const signal = options.signal ?? undefined;
        const scrub = this.#client.scrub;
        const id = await this.taskId();
        const budget = options.timeoutMs ?? descriptor.timeoutMs;
        const interval = options.intervalMs ?? descriptor.intervalMs;
        const maxErrors = options.maxPollErrors ?? 5;
        const deadline = Date.now() + budget;
        let last;
        let errors = 0;
        for (;;) {
            if (signal?.aborted)
                throw new APIUserAbortError({ cause: signal.reason });
            let delay = interval;
            let result;
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
            }
            catch (error) {
                if (!isTransient(error) || ++errors > maxErrors)
                    throw error;
                // Back off on repeated failures; a server hint (Retry-After on a 429/503) wins.
                const hinted = error instanceof APIError ? hintFromRecord(error.headers) : undefined;
                delay = hinted ?? Math.min(interval * 2 ** (errors - 1), 60_000);
                this.#client.logger.info(`task ${id}: poll failed (${error.name}), next poll in ${delay} ms`);
            }
            if (result) {
                const snapshot = snapshotOf(descriptor, id, result.data);
                if (!last || changed(last, snapshot)) {
                    last = snapshot;
                    options.onProgress?.(snapshot);
                    yield snapshot;
                }
                last = snapshot;
                if (snapshot.state === 'succeeded')
                    return snapshot;
                if (snapshot.state === 'failed')
                    throw new TaskFailedError(id, snapshot.reason, snapshot, scrub);
                if (snapshot.state === 'cancelled')
                    throw new TaskCancelledError(id, snapshot, scrub);
                const hinted = serverSuggestedDelayMs(result.response.headers);
                if (hinted !== undefined && hinted >= 0)
                    delay = hinted;
            }
            const remaining = deadline - Date.now();
            if (remaining <= 0)
                throw new TaskTimeoutError(id, budget, last, scrub);
            await sleep(Math.min(delay, remaining), signal);
        }
    }
}
function changed(previous, next) {
    return (previous.state !== next.state ||
        previous.progress !== next.progress ||
        JSON.stringify(previous.vendorStatus) !== JSON.stringify(next.vendorStatus));
}
function isTransient(error) {
    if (error instanceof APIUserAbortError)
        return false;
    if (error instanceof APIConnectionError)
        return true;
    if (error instanceof APIError && error.status !== undefined) {
        return error.status === 408 || error.status === 429 || error.status >= 500;
    }
    return false;
}
function hintFromRecord(headers) {
    if (!headers)
        return undefined;
    const value = serverSuggestedDelayMs(new Headers(headers));
    return value !== undefined && value >= 0 && value <= 60_000 ? value : undefined;
}
/** Submits (once: submits are not re-sent unless provably unsent), reads the task id, then waits. */
export function submitAndWait(client, descriptor, submit, idPointer, options = {}) {
    const requestOptions = {
        ...options.requestOptions,
        signal: options.requestOptions?.signal ?? options.signal,
    };
    return waitForTask(client, descriptor, async () => taskIdFrom(await submit(requestOptions), idPointer, client.scrub), options);
}
