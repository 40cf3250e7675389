import { cloneJson, getAtPointer, setAtPointer } from './pointer.js';
import { replaceIds, stateBody, taskBody } from './task-body.js';
import { jsonEqual, numericStatus, successResponse } from './respond.js';
import { resolveCallbackUrl } from './callbacks.js';
import { requestField } from './coerce.js';
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
    clock;
    options;
    tasks = new Map();
    families;
    ops;
    /** Poll operations' success schemas (a submit's fields must keep the body valid); each compiles on first use. */
    validators = new Map();
    counter = 0;
    constructor(routes, clock, compiler, options) {
        this.clock = clock;
        this.options = options;
        this.families = new Map(routes.taskFamilies.map((f) => [f.name, f]));
        this.ops = new Map(routes.operations.map((o) => [o.operationId, o]));
        for (const op of routes.operations) {
            const json = successResponse(op)?.contents.find((c) => c.kind === 'json');
            const schema = json?.check ?? json?.schema;
            if (op.pollTemplate && schema !== undefined)
                this.validators.set(op.operationId, compiler.compile(schema));
        }
        this.seed();
    }
    /** Adds a finished task for each example id of a poll or cancel (see the module comment). */
    seed() {
        const roles = [...this.ops.values()].filter((op) => op.taskRole?.seeds);
        const ordered = [
            ...roles.filter((op) => op.taskRole.role === 'poll'),
            ...roles.filter((op) => op.taskRole.role !== 'poll'),
        ];
        for (const op of ordered) {
            const family = this.families.get(op.taskRole.family);
            if (!family)
                continue;
            const polls = op.taskRole.role === 'poll'
                ? [op.operationId]
                : [...this.ops.values()]
                    .filter((o) => o.taskRole?.family === family.name && o.taskRole.role === 'poll')
                    .map((o) => o.operationId);
            for (const id of op.taskRole.seeds) {
                const known = this.tasks.get(String(id));
                if (known) {
                    if (known.family === family && known.submitOperationId === '')
                        for (const p of polls)
                            if (!known.polls.includes(p))
                                known.polls.push(p);
                    continue;
                }
                const pollId = polls.find((p) => this.ops.get(p)?.pollTemplate) ?? polls[0];
                const template = (pollId && this.ops.get(pollId)?.pollTemplate) || EMPTY_TEMPLATE;
                const validate = pollId === undefined ? undefined : this.validators.get(pollId);
                const timing = this.timing(family);
                this.tasks.set(String(id), {
                    key: String(id),
                    id,
                    family,
                    submitOperationId: '',
                    polls: [...polls],
                    // Created long enough ago to have succeeded.
                    createdAt: this.clock.now() - timing.queuedMs - timing.runningMs,
                    ...timing,
                    plan: 'succeed',
                    body: taskBody(template, validate, family, undefined, family.exampleIds ?? [], id),
                    notified: 'succeeded',
                    timers: [],
                });
            }
        }
        this.trim();
    }
    timing(family) {
        return {
            queuedMs: this.options.timing.queuedMs ?? family.intervalMs,
            runningMs: this.options.timing.runningMs ?? family.intervalMs * 4,
        };
    }
    /** Keeps at most `limit` tasks, dropping the oldest. */
    trim() {
        while (this.tasks.size > this.options.limit)
            this.remove(this.tasks.keys().next().value);
    }
    get size() {
        return this.tasks.size;
    }
    /**
     * The body a task operation answers with, built around `example`: a submit creates the task (and
     * its callback), a poll or cancel finds it by the id the operation takes, a list returns the
     * family's live tasks. Undefined when the operation plays no task part.
     */
    answer(op, example, req) {
        if (op.submit) {
            // An example without an id is the vendor refusing the job: answered as written, no task made.
            const refused = example !== null && getAtPointer(example, op.submit.idPointer) == null;
            return { value: refused ? example : this.create(op, example, req) };
        }
        const role = op.taskRole;
        const family = role && this.families.get(role.family);
        if (!role || !family)
            return undefined;
        if (role.role === 'list')
            return { value: this.listBody(role, family, example, req) };
        const input = role.input;
        const raw = input && requestField(req, input);
        const id = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : undefined;
        const task = id === undefined ? undefined : this.tasks.get(id);
        const visible = task?.family === family && (role.role !== 'poll' || task.polls.includes(op.operationId));
        if (!task || !visible) {
            const message = `Task ${id ?? '(no id)'} not found.`;
            return { reject: { status: 404, message, param: input?.name ?? null, code: null } };
        }
        const finished = TERMINAL.includes(this.stateOf(task).state);
        if (role.role === 'cancel' && !finished) {
            task.cancelledAt = this.clock.now();
            this.maybeNotify(task);
        }
        const refusal = role.role === 'cancel' && finished ? tooLate(op, task.key) : undefined;
        if (refusal && !('value' in refusal))
            return refusal;
        // A cancel that answers with the task object gets the live task; otherwise its own example.
        if (role.role === 'poll' || getAtPointer(example, family.status) !== undefined)
            return { value: this.view(task) };
        const answer = refusal?.value ?? (role.role === 'cancel' ? accepted(op, example) : example);
        return { value: replaceIds(cloneJson(answer), family.exampleIds ?? [], task.id) };
    }
    /** Creates the task for a submit (its poll body fixed now, with the request's shared fields); returns the submit's body. */
    create(op, example, req) {
        const submit = op.submit;
        const family = this.families.get(submit.family);
        const shape = getAtPointer(example, submit.idPointer);
        let id = makeTaskId(shape, ++this.counter);
        // A made id never takes over a live task (a seeded one may look like it).
        while (this.tasks.has(String(id)))
            id = makeTaskId(shape, ++this.counter);
        const now = this.clock.now();
        const candidates = family.exampleIds ?? [];
        const template = this.ops.get(submit.pollOperationId)?.pollTemplate ?? EMPTY_TEMPLATE;
        const validate = this.validators.get(submit.pollOperationId);
        const plan = req.prefer.task ?? 'succeed';
        const task = {
            key: String(id),
            id,
            family,
            submitOperationId: op.operationId,
            polls: [submit.pollOperationId],
            createdAt: now,
            ...this.timing(family),
            plan,
            body: taskBody(template, validate, family, req.body, candidates, id),
            notified: 'queued',
            timers: [],
        };
        if (plan === 'cancel')
            task.cancelledAt = now + task.queuedMs;
        for (const c of op.callbacks) {
            const url = resolveCallbackUrl(c.expression, req);
            if (url === undefined)
                continue;
            task.callback = { url, method: c.method };
            // Each state change is reported when the clock reaches it.
            const { createdAt, queuedMs, runningMs } = task;
            for (const time of [queuedMs, queuedMs + runningMs / 2, queuedMs + runningMs])
                task.timers.push(this.clock.at(createdAt + time, () => this.maybeNotify(task)));
            break;
        }
        this.tasks.set(task.key, task);
        this.trim();
        return setAtPointer(replaceIds(cloneJson(example), candidates, id), submit.idPointer, id);
    }
    remove(key) {
        this.tasks.get(key)?.timers.forEach((cancel) => cancel());
        this.tasks.delete(key);
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
    /** The task as its poll operation returns it. */
    view(task) {
        const { state, progress } = this.stateOf(task);
        return stateBody(task.body, task.family, state, progress, task.family.shown[state]);
    }
    /** A list operation's answer: its example with the task array replaced by the live tasks (filtered by ids, status and limit). */
    listBody(role, family, example, req) {
        let tasks = [...this.tasks.values()].filter((t) => t.family === family).reverse();
        const ids = role.ids === undefined ? undefined : getAtPointer(req.body, role.ids);
        if (Array.isArray(ids))
            tasks = tasks.filter((t) => ids.map(String).includes(t.key));
        for (const [name, value] of req.query) {
            if (!/status|state/i.test(name))
                continue;
            const state = Object.keys(family.states).find((s) => family.states[s].some((v) => String(v) === value));
            if (state)
                tasks = tasks.filter((t) => this.stateOf(t).state === state);
        }
        const limit = Number(req.query.get('limit'));
        if (Number.isInteger(limit) && limit > 0)
            tasks = tasks.slice(0, limit);
        const items = tasks.map((t) => this.view(t));
        const pointer = role.items ?? '';
        return pointer === '' ? items : setAtPointer(cloneJson(example), pointer, items);
    }
    snapshot(task) {
        const { key: id, family, submitOperationId, createdAt } = task;
        return { id, family: family.name, ...this.stateOf(task), submitOperationId, createdAt };
    }
    list() {
        return [...this.tasks.values()].map((t) => this.snapshot(t));
    }
    get(id) {
        const task = this.tasks.get(id);
        return task && this.snapshot(task);
    }
    /** Back to the start: the seeded tasks alone. */
    reset() {
        this.clear();
        this.seed();
    }
    /** No tasks, no timers (the engine is being disposed). */
    clear() {
        for (const key of [...this.tasks.keys()])
            this.remove(key);
        this.counter = 0;
    }
}
/**
 * What a cancel of an already finished task answers, as the spec declares it (the IR's
 * `TaskCancelIr.finished`: the family's `cancel.whenFinished`, else the cancel's 409): an example
 * of the success response (the Shell spec's `already-finished` `{code: 4}`), another declared
 * response (by its example, else an error in the spec's shape). Undefined when it declares none:
 * the success answer then stands, as cancelling twice is harmless for such an API and inventing
 * a refusal would break a client the real server would not.
 */
function tooLate(op, id) {
    const finished = op.taskRole?.finished;
    if (!finished)
        return undefined;
    if (finished.status === successResponse(op)?.status) {
        const example = successRefusal(op);
        return example && { value: example.value };
    }
    const response = op.responses.find((r) => r.status === finished.status);
    const code = response ? numericStatus(response) : 409;
    if (finished.example !== undefined)
        return { declared: { code, example: finished.example } };
    const message = `Task ${id} has already finished; it cannot be cancelled.`;
    return { reject: { status: code, message, param: null, code: null } };
}
/** The success response's example that refuses a late cancel, when `whenFinished` names one. */
function successRefusal(op) {
    const finished = op.taskRole?.finished;
    const success = successResponse(op);
    if (finished?.example === undefined || finished.status !== success?.status)
        return undefined;
    const content = success.contents.find((c) => c.kind === 'json');
    return content?.examples.find((e) => e.name === finished.example);
}
/** A cancel taken in time answers its default example, unless that is the refusal: then the next one. */
function accepted(op, example) {
    const refusal = successRefusal(op);
    if (!refusal || !jsonEqual(refusal.value, example))
        return example;
    const content = successResponse(op).contents.find((c) => c.kind === 'json');
    return content?.examples.find((e) => e.name !== refusal.name)?.value ?? example;
}
