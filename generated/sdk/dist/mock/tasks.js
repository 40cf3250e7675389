import { cloneJson, getAtPointer, setAtPointer } from './pointer.js';
import { replaceIds, stateBody, taskBody } from './task-body.js';
import { successResponse } from './respond.js';
/** For a submit whose poll operation is not in the table: the task body is the state fields alone. */
const EMPTY_TEMPLATE = { base: {}, results: [], errors: {}, properties: [] };
const TERMINAL = ['succeeded', 'failed', 'cancelled'];
/** The shape-preserving id the n-th task gets, modelled on the example id. */
export function makeTaskId(example, n) {
    if (typeof example === 'number')
        return 1_000_000 + n;
    const s = typeof example === 'string' ? example : '';
    const hex = n.toString(16);
    if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s))
        return `00000000-0000-4000-8000-${hex.padStart(12, '0')}`;
    // Trailing digits: keep the head, count in the last (up to) six.
    const digits = /^(.*?)(\d{3,})$/.exec(s);
    if (digits) {
        const run = digits[2];
        const width = Math.max(Math.min(run.length, 6), String(n).length);
        return `${digits[1]}${run.slice(0, Math.max(0, run.length - width))}${String(n).padStart(width, '0')}`;
    }
    const hexTail = /^(.*?)([0-9a-f]{6,})$/.exec(s);
    if (hexTail)
        return `${hexTail[1]}${hex.padStart(hexTail[2].length, '0')}`;
    return s ? `${s}-${n}` : `task-${n}`;
}
export class TaskStore {
    tasks = new Map();
    families;
    ops;
    /** Poll operations' success schemas, compiled on first use (a submit's fields must keep the body valid). */
    validators = new Map();
    counter = 0;
    clock;
    compiler;
    options;
    constructor(routes, clock, compiler, options) {
        this.clock = clock;
        this.compiler = compiler;
        this.options = options;
        this.families = new Map(routes.taskFamilies.map((f) => [f.name, f]));
        this.ops = new Map(routes.operations.map((o) => [o.operationId, o]));
    }
    get size() {
        return this.tasks.size;
    }
    familyOf(name) {
        return this.families.get(name);
    }
    validator(pollOperationId) {
        if (!this.validators.has(pollOperationId)) {
            const op = this.ops.get(pollOperationId);
            const json = op && successResponse(op)?.contents.find((c) => c.kind === 'json');
            const schema = json?.check ?? json?.schema;
            this.validators.set(pollOperationId, schema === undefined ? undefined : this.compiler.compile(schema));
        }
        return this.validators.get(pollOperationId);
    }
    /**
     * Creates the task for a submit (its poll body fixed now, with the request's shared fields);
     * returns the submit response body built from `example`.
     */
    create(op, example, plan, callback, request) {
        const submit = op.submit;
        const family = this.families.get(submit.family);
        const n = ++this.counter;
        const id = makeTaskId(getAtPointer(example, submit.idPointer), n);
        const now = this.clock.now();
        const candidates = family.exampleIds ?? [];
        const template = this.ops.get(submit.pollOperationId)?.pollTemplate ?? EMPTY_TEMPLATE;
        const validate = this.validator(submit.pollOperationId);
        const task = {
            key: String(id),
            id,
            family,
            submitOperationId: op.operationId,
            pollOperationId: submit.pollOperationId,
            createdAt: now,
            queuedMs: this.options.timing.queuedMs ?? family.intervalMs,
            runningMs: this.options.timing.runningMs ?? family.intervalMs * 4,
            plan,
            body: taskBody(template, validate, family, request, candidates, id),
            notified: 'queued',
            timers: [],
        };
        if (plan === 'cancel')
            task.cancelledAt = now + task.queuedMs;
        if (callback)
            task.callback = callback;
        this.tasks.set(task.key, task);
        while (this.tasks.size > this.options.limit) {
            const oldest = this.tasks.keys().next().value;
            this.remove(oldest);
        }
        if (callback)
            this.scheduleCallbacks(task);
        const body = setAtPointer(replaceIds(cloneJson(example), candidates, id), submit.idPointer, id);
        return { body, key: task.key };
    }
    remove(key) {
        const task = this.tasks.get(key);
        if (!task)
            return;
        task.timers.forEach((cancel) => cancel());
        this.tasks.delete(key);
    }
    scheduleCallbacks(task) {
        const times = [
            task.createdAt + task.queuedMs,
            task.createdAt + task.queuedMs + task.runningMs / 2,
            task.createdAt + task.queuedMs + task.runningMs,
        ];
        for (const time of times)
            task.timers.push(this.clock.at(time, () => this.maybeNotify(task)));
    }
    maybeNotify(task) {
        if (!task.callback || !this.tasks.has(task.key))
            return;
        const { state } = this.stateOf(task);
        if (state === task.notified)
            return;
        task.notified = state;
        this.options.notify(task.callback.url, task.callback.method, this.view(task));
    }
    /** Finds a task that `pollOperationId` (or, for cancels and lists, the family) can see. */
    find(key, family, pollOperationId) {
        const task = this.tasks.get(key);
        if (!task || task.family.name !== family)
            return undefined;
        if (pollOperationId !== undefined && task.pollOperationId !== pollOperationId)
            return undefined;
        return task;
    }
    stateOf(task, at = this.clock.now()) {
        const elapsed = at - task.createdAt;
        const progressAt = (e) => Math.max(0, Math.min(100, Math.floor(((e - task.queuedMs) / task.runningMs) * 100)));
        if (task.cancelledAt !== undefined && at >= task.cancelledAt)
            return { state: 'cancelled', progress: progressAt(task.cancelledAt - task.createdAt) };
        if (elapsed < task.queuedMs)
            return { state: 'queued', progress: 0 };
        if (task.plan === 'fail' && elapsed >= task.queuedMs + task.runningMs / 2)
            return { state: 'failed', progress: 50 };
        if (elapsed < task.queuedMs + task.runningMs)
            return { state: 'running', progress: progressAt(elapsed) };
        return { state: 'succeeded', progress: 100 };
    }
    /** Cancels a task that has not finished; returns false when it already had. */
    cancel(task) {
        if (TERMINAL.includes(this.stateOf(task).state))
            return false;
        task.cancelledAt = this.clock.now();
        this.maybeNotify(task);
        return true;
    }
    /** The task as its poll operation returns it. */
    view(task) {
        const { state, progress } = this.stateOf(task);
        return stateBody(task.body, task.family, state, progress, task.family.shown[state]);
    }
    /** Tasks of a family, newest first. */
    listFamily(family) {
        return [...this.tasks.values()].filter((t) => t.family.name === family).reverse();
    }
    snapshot(task) {
        const { state, progress } = this.stateOf(task);
        return {
            id: task.key,
            family: task.family.name,
            state,
            progress,
            submitOperationId: task.submitOperationId,
            createdAt: task.createdAt,
        };
    }
    /** An example of the family (a cancel's answer, say) with the example task ids replaced by this task's id. */
    personalize(task, value) {
        return replaceIds(cloneJson(value), task.family.exampleIds ?? [], task.id);
    }
    /** A list operation's answer: its example with the task array replaced by the live tasks (filtered by ids, status and limit). */
    listBody(role, example, requestBody, query) {
        const family = this.families.get(role.family);
        let tasks = this.listFamily(role.family);
        if (role.ids !== undefined) {
            const ids = getAtPointer(requestBody, role.ids);
            if (Array.isArray(ids)) {
                const wanted = new Set(ids.map(String));
                tasks = tasks.filter((t) => wanted.has(t.key));
            }
        }
        for (const [name, value] of query) {
            if (!/status|state/i.test(name))
                continue;
            const state = Object.keys(family.states).find((s) => family.states[s].some((v) => String(v) === value));
            if (state)
                tasks = tasks.filter((t) => this.stateOf(t).state === state);
        }
        const limit = Number(query.get('limit'));
        if (Number.isInteger(limit) && limit > 0)
            tasks = tasks.slice(0, limit);
        const items = tasks.map((t) => this.view(t));
        const pointer = role.items ?? '';
        return pointer === '' ? items : setAtPointer(cloneJson(example), pointer, items);
    }
    list() {
        return [...this.tasks.values()].map((t) => this.snapshot(t));
    }
    get(id) {
        const task = this.tasks.get(id);
        return task ? this.snapshot(task) : undefined;
    }
    reset() {
        for (const key of [...this.tasks.keys()])
            this.remove(key);
        this.counter = 0;
    }
}
