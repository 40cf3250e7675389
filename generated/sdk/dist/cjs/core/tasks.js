"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TaskRun = void 0;
exports.snapshotOf = snapshotOf;
exports.waitForTask = waitForTask;
exports.taskIdFrom = taskIdFrom;
exports.submitAndWait = submitAndWait;
const errors_js_1 = require("./errors.js");
const json_pointer_js_1 = require("./json-pointer.js");
const progress_js_1 = require("./progress.js");
const retry_js_1 = require("./retry.js");
const timers_js_1 = require("./timers.js");
/** Reads a snapshot out of a poll response. */
function snapshotOf(descriptor, id, task) {
    const vendorStatus = (0, json_pointer_js_1.readPointer)(task, descriptor.status);
    const state = (0, progress_js_1.canonicalState)(vendorStatus, descriptor.states);
    const progressRaw = descriptor.progress
        ? (0, json_pointer_js_1.readPointer)(task, descriptor.progress.pointer)
        : undefined;
    let progress = descriptor.progress
        ? (0, progress_js_1.scaleProgress)(progressRaw, descriptor.progress.scale)
        : undefined;
    if (state === 'succeeded')
        progress = 1;
    const results = state === 'succeeded' ? descriptor.result.map((pointer) => (0, json_pointer_js_1.readPointer)(task, pointer)) : [];
    const reasonRaw = descriptor.error ? (0, json_pointer_js_1.readPointer)(task, descriptor.error) : undefined;
    const reason = state === 'failed' && reasonRaw !== undefined && reasonRaw !== null && reasonRaw !== ''
        ? typeof reasonRaw === 'string'
            ? reasonRaw
            : JSON.stringify(reasonRaw)
        : undefined;
    const result = results[0];
    return { id, state, progress, vendorStatus, task, result, results, reason };
}
/**
 * Polls until the task ends, starting at once. Await it for the final snapshot, or iterate it for
 * every change. Polls are single requests (`maxRetries: 0`), each bounded by the remaining budget;
 * transient failures are retried by this loop with backoff or the server's `Retry-After`, up to
 * `maxPollErrors` in a row.
 */
function waitForTask(client, descriptor, id, options = {}) {
    return TaskRun.start(client, descriptor, id, options);
}
/** Extracts the task id from a submit response; a missing id means the vendor refused the job. */
function taskIdFrom(response, pointer, scrub) {
    const value = (0, json_pointer_js_1.readPointer)(response, pointer);
    if (typeof value === 'string' && value !== '')
        return value;
    if (typeof value === 'number' && Number.isFinite(value))
        return String(value);
    throw new errors_js_1.TaskSubmitError(`The submit response has no task id at ${pointer || '(root)'}.`, response, scrub);
}
/**
 * A running task wait: a Promise (it is `instanceof Promise`, has `then`/`catch`/`finally`) of the
 * final snapshot, whose work (submit, polls) started when it was created, whether or not anyone
 * awaits it. Iterating it yields the latest snapshot, then every change, until the task ends (the
 * loop then ends, or throws the error the promise rejects with); leaving the loop early does not
 * stop the wait (abort it with `signal`).
 */
class TaskRun extends Promise {
    #id;
    #latest;
    #ended = false;
    #listeners = new Set();
    /** Starts waiting (submitting first when `id` is a function). */
    static start(client, descriptor, id, options) {
        let settle;
        const run = new TaskRun((resolve, reject) => {
            settle = { resolve, reject };
        });
        // Errors reach whoever awaits or iterates; an unobserved run must not crash the process.
        Promise.prototype.then.call(run, undefined, () => { });
        run.#id = typeof id === 'string' ? Promise.resolve(id) : id();
        run.#id.catch(() => { });
        void run.#drive(client, descriptor, options, settle);
        return run;
    }
    /** The task id (after the submit, for `…AndWait`). */
    taskId() {
        return this.#id ?? Promise.reject(new errors_js_1.ShellApiError('This task run was not started.'));
    }
    [Symbol.asyncIterator]() {
        const queue = this.#latest ? [this.#latest] : [];
        let ended = this.#ended;
        let wake;
        const listener = (event) => {
            if ('snapshot' in event)
                queue.push(event.snapshot);
            else
                ended = true;
            wake?.();
        };
        this.#listeners.add(listener);
        const stop = () => {
            this.#listeners.delete(listener);
        };
        return {
            next: async () => {
                while (queue.length === 0 && !ended) {
                    await new Promise((resolve) => {
                        wake = resolve;
                    });
                    wake = undefined;
                }
                const snapshot = queue.shift();
                if (snapshot)
                    return { done: false, value: snapshot };
                stop();
                // The run's outcome: done when it succeeded, its error otherwise.
                await this;
                return { done: true, value: undefined };
            },
            return: async () => {
                stop();
                return { done: true, value: undefined };
            },
        };
    }
    #emit(event) {
        if ('snapshot' in event)
            this.#latest = event.snapshot;
        else
            this.#ended = true;
        for (const listener of this.#listeners)
            listener(event);
    }
    async #drive(client, descriptor, options, settle) {
        try {
            const id = await this.#id;
            const final = await pollUntilDone(client, descriptor, id, options, (snapshot) => this.#emit({ snapshot }));
            settle.resolve(final);
        }
        catch (error) {
            settle.reject(error);
        }
        finally {
            this.#emit({ end: true });
        }
    }
}
exports.TaskRun = TaskRun;
// `then`/`catch`/`finally` on a run return plain Promises, not new (unstarted) runs.
Object.defineProperty(TaskRun, Symbol.species, { get: () => Promise });
/** The poll loop: returns the final snapshot or throws the task's error. */
async function pollUntilDone(client, descriptor, id, options, onChange) {
    const signal = options.signal ?? undefined;
    const scrub = client.scrub;
    const budget = options.timeoutMs ?? descriptor.timeoutMs;
    const interval = options.intervalMs ?? descriptor.intervalMs;
    const policy = client.retryPolicy ?? descriptor.retryPolicy;
    const maxErrors = options.maxPollErrors ?? policy.maxPollErrors;
    const deadline = Date.now() + budget;
    const requestTimeout = options.requestOptions?.timeout ?? client.timeout;
    let last;
    let errors = 0;
    for (;;) {
        if (signal?.aborted)
            throw new errors_js_1.APIUserAbortError({ cause: signal.reason });
        let delay = interval;
        let result;
        const remaining = deadline - Date.now();
        if (remaining <= 0)
            throw new errors_js_1.TaskTimeoutError(id, budget, last, scrub);
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
        }
        catch (error) {
            if (error instanceof errors_js_1.APIConnectionTimeoutError && deadline - Date.now() <= 0)
                throw new errors_js_1.TaskTimeoutError(id, budget, last, scrub);
            if (!isTransient(error, policy) || ++errors > maxErrors)
                throw error;
            // Back off on repeated failures; a server hint (Retry-After on a 429/503) wins.
            const hinted = error instanceof errors_js_1.APIError ? hintFromRecord(error.headers, policy) : undefined;
            delay = hinted ?? Math.min(interval * 2 ** (errors - 1), 60_000);
            client.logger.info(`task ${id}: poll failed (${error.name}), next poll in ${delay} ms`);
        }
        if (result) {
            const snapshot = snapshotOf(descriptor, id, result.data);
            if (!last || changed(last, snapshot)) {
                options.onProgress?.(snapshot);
                onChange(snapshot);
            }
            last = snapshot;
            if (snapshot.state === 'succeeded')
                return snapshot;
            if (snapshot.state === 'failed')
                throw new errors_js_1.TaskFailedError(id, snapshot.reason, snapshot, scrub);
            if (snapshot.state === 'cancelled')
                throw new errors_js_1.TaskCancelledError(id, snapshot, scrub);
            const hinted = (0, retry_js_1.serverSuggestedDelayMs)(result.response.headers);
            if (hinted !== undefined && hinted >= 0)
                delay = hinted;
        }
        const left = deadline - Date.now();
        if (left <= 0)
            throw new errors_js_1.TaskTimeoutError(id, budget, last, scrub);
        await (0, timers_js_1.sleep)(Math.min(delay, left), signal);
    }
}
function changed(previous, next) {
    return (previous.state !== next.state ||
        previous.progress !== next.progress ||
        JSON.stringify(previous.vendorStatus) !== JSON.stringify(next.vendorStatus));
}
function isTransient(error, policy) {
    if (error instanceof errors_js_1.APIUserAbortError)
        return false;
    if (error instanceof errors_js_1.APIConnectionError)
        return true;
    if (error instanceof errors_js_1.APIError && error.status !== undefined) {
        return (policy.pollRetryStatuses.includes(error.status) || error.status >= policy.retryStatusFrom);
    }
    return false;
}
function hintFromRecord(headers, policy) {
    if (!headers)
        return undefined;
    const value = (0, retry_js_1.serverSuggestedDelayMs)(new Headers(headers));
    return value !== undefined && value >= 0 && value <= policy.maxServerDelayMs ? value : undefined;
}
/** Submits (once: submits are not re-sent unless provably unsent), reads the task id, then waits. */
function submitAndWait(client, descriptor, submit, idPointer, options = {}) {
    const requestOptions = {
        ...options.requestOptions,
        signal: options.requestOptions?.signal ?? options.signal,
    };
    return waitForTask(client, descriptor, async () => taskIdFrom(await submit(requestOptions), idPointer, client.scrub), options);
}
