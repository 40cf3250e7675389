"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.answerTaskOperation = answerTaskOperation;
const callbacks_js_1 = require("./callbacks.js");
const pointer_js_1 = require("./pointer.js");
function idFrom(input, req) {
    if (input.in === 'path')
        return req.path[input.name];
    if (input.in === 'query')
        return req.query.get(input.name) ?? undefined;
    const v = req.body && typeof req.body === 'object'
        ? req.body[input.name]
        : undefined;
    return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
}
/** The body a task operation answers with, built around `example`; undefined when the operation plays no task part. */
function answerTaskOperation(op, example, req, tasks) {
    if (op.submit) {
        const callback = op.callbacks
            .map((c) => ({ url: (0, callbacks_js_1.resolveCallbackUrl)(c.expression, req), method: c.method }))
            .find((c) => c.url !== undefined);
        const plan = req.prefer.task === 'fail' ? 'fail' : req.prefer.task === 'cancel' ? 'cancel' : 'succeed';
        return {
            value: tasks.create(op, example, plan, callback ? { url: callback.url, method: callback.method } : undefined, req.body).body,
        };
    }
    const role = op.taskRole;
    const family = role ? tasks.familyOf(role.family) : undefined;
    if (!role || !family)
        return undefined;
    if (role.role === 'list')
        return { value: tasks.listBody(role, example, req.body, req.query) };
    const id = role.input ? idFrom(role.input, req) : undefined;
    const task = id === undefined
        ? undefined
        : tasks.find(id, role.family, role.role === 'poll' ? op.operationId : undefined);
    if (!task)
        return {
            reject: {
                status: 404,
                message: `Task ${id ?? '(no id)'} not found.`,
                param: role.input?.name ?? null,
                code: null,
            },
        };
    if (role.role === 'poll')
        return { value: tasks.view(task) };
    tasks.cancel(task);
    // A cancel that answers with the task object gets the live task; otherwise its own example.
    return {
        value: (0, pointer_js_1.getAtPointer)(example, family.status) !== undefined
            ? tasks.view(task)
            : tasks.personalize(task, example),
    };
}
