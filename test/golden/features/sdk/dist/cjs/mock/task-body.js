"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.successExamples = successExamples;
exports.canonicalState = canonicalState;
exports.replaceIds = replaceIds;
exports.pollTemplate = pollTemplate;
exports.taskBody = taskBody;
exports.stateBody = stateBody;
const validate_js_1 = require("./validate.js");
const pointer_js_1 = require("./pointer.js");
const FAILED_TEXT = 'Task failed (mock: Prefer: task=fail).';
const CANCELLED_TEXT = 'Task cancelled.';
function successContent(op) {
    const response = op?.responses.find((r) => /^2/.test(r.status)) ??
        op?.responses.find((r) => r.status === 'default');
    return response?.contents.find((c) => c.kind === 'json');
}
/** The JSON examples of an operation's success response. */
function successExamples(op) {
    return successContent(op)?.examples.map((e) => e.value) ?? [];
}
/** The canonical state a vendor status value stands for. */
function canonicalState(family, value) {
    return Object.keys(family.states).find((s) => family.states[s].some((v) => (0, validate_js_1.jsonEqual)(v, value)));
}
/** Every example id (candidates) inside `value` becomes `id`, also inside longer strings such as URLs. */
function replaceIds(value, candidates, id) {
    if (candidates.some((c) => (0, validate_js_1.jsonEqual)(c, value)))
        return id;
    if (typeof value === 'string' && typeof id === 'string') {
        let out = value;
        for (const c of candidates)
            if (typeof c === 'string' && c.length >= 6)
                out = out.split(c).join(id);
        return out;
    }
    if (Array.isArray(value))
        return value.map((v) => replaceIds(v, candidates, id));
    if (value && typeof value === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = replaceIds(v, candidates, id);
        return out;
    }
    return value;
}
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** What a field looks like before there is anything in it. */
function isEmpty(v) {
    return (v === null ||
        v === '' ||
        (Array.isArray(v) && v.length === 0) ||
        (isObject(v) && Object.keys(v).length === 0));
}
const REMOVE = Symbol('remove');
function applyEdit(body, pointer, edit) {
    const copy = (0, pointer_js_1.cloneJson)(body);
    return edit === REMOVE ? (0, pointer_js_1.removeAtPointer)(copy, pointer) : (0, pointer_js_1.setAtPointer)(copy, pointer, edit);
}
function prefix(tokens, length) {
    return tokens
        .slice(0, length)
        .map((t) => `/${(0, pointer_js_1.escapePointerToken)(t)}`)
        .join('');
}
/**
 * Clears the field at `pointer`: as an unfinished example shows it (the field or an ancestor
 * null, empty or absent), else the first of null / absent / "" / [] / {} the schema accepts, from
 * the field itself up to its ancestors. Returns the pointer that was cleared.
 */
function clearField(body, pointer, unfinished, fits) {
    const tokens = (0, pointer_js_1.pointerTokens)(pointer);
    if (tokens.length === 0)
        return { body, pointer };
    const shownEdits = [];
    for (const example of unfinished) {
        for (let k = 1; k <= tokens.length; k++) {
            const parent = (0, pointer_js_1.getAtPointer)(example, prefix(tokens, k - 1));
            if (parent === null || typeof parent !== 'object')
                break;
            const shown = (0, pointer_js_1.getAtPointer)(example, prefix(tokens, k));
            if (shown === undefined) {
                if (!Array.isArray(parent))
                    shownEdits.push({ at: prefix(tokens, k), edit: REMOVE });
            }
            else if (isEmpty(shown))
                shownEdits.push({ at: prefix(tokens, k), edit: shown });
            else if (typeof shown === 'object' && k < tokens.length)
                continue;
            break;
        }
    }
    // An empty value keeps the field in its place; absence comes second.
    const ordered = [
        ...shownEdits.filter((e) => e.edit !== REMOVE),
        ...shownEdits.filter((e) => e.edit === REMOVE),
    ];
    for (const { at, edit } of ordered) {
        if (!isObject((0, pointer_js_1.getAtPointer)(body, at.slice(0, at.lastIndexOf('/')))))
            continue;
        const next = applyEdit(body, at, edit);
        if (fits(body, next))
            return { body: next, pointer: at };
    }
    for (let k = tokens.length; k >= 1; k--) {
        const at = prefix(tokens, k);
        const parent = (0, pointer_js_1.getAtPointer)(body, prefix(tokens, k - 1));
        const current = (0, pointer_js_1.getAtPointer)(body, at);
        if (current === undefined) {
            if (isObject(parent))
                return { body, pointer: at };
            continue;
        }
        if (isEmpty(current))
            return { body, pointer: at };
        const edits = Array.isArray(parent) ? [null] : [null, REMOVE, '', [], {}];
        for (const edit of edits) {
            const next = applyEdit(body, at, edit);
            if (fits(body, next))
                return { body: next, pointer: at };
        }
    }
    return { body, pointer };
}
/** Top-level property names of an object schema (through `$ref` and `allOf`/`anyOf`/`oneOf`). */
function topLevelProperties(schema, compiler, depth = 0) {
    const s = compiler.resolve(schema);
    if (!isObject(s) || depth > 8)
        return [];
    const names = isObject(s.properties) ? Object.keys(s.properties) : [];
    for (const key of ['allOf', 'anyOf', 'oneOf']) {
        const parts = s[key];
        if (Array.isArray(parts))
            for (const part of parts)
                if (typeof part === 'boolean' || isObject(part))
                    names.push(...topLevelProperties(part, compiler, depth + 1));
    }
    return names;
}
function fitsWith(validate) {
    if (!validate)
        return () => true;
    const count = (v) => validate(v, { direction: 'response' }).length;
    return (before, after) => count(after) <= count(before);
}
/** Built once per poll operation. */
function pollTemplate(op, family, compiler) {
    const content = successContent(op);
    const validate = content?.schema !== undefined ? compiler.compile(content.schema) : undefined;
    const fits = fitsWith(validate);
    const examples = content?.examples.map((e) => e.value) ?? [];
    const byState = {};
    for (const e of examples) {
        const state = canonicalState(family, (0, pointer_js_1.getAtPointer)(e, family.status));
        if (state !== undefined && byState[state] === undefined)
            byState[state] = e;
    }
    const inState = (...states) => states.flatMap((s) => examples.filter((e) => canonicalState(family, (0, pointer_js_1.getAtPointer)(e, family.status)) === s));
    const success = byState.succeeded;
    let base = (0, pointer_js_1.cloneJson)(success ?? examples[0] ?? {});
    // Clear against an unfinished status: a schema may tie the result to the status value.
    const unfinishedStatus = [...family.states.queued, ...family.states.running][0];
    if (unfinishedStatus !== undefined)
        base = (0, pointer_js_1.setAtPointer)(base, family.status, unfinishedStatus);
    const unfinished = inState('queued', 'running', 'failed', 'cancelled');
    const results = [];
    for (const pointer of family.result) {
        const cleared = clearField(base, pointer, unfinished, fits);
        base = cleared.body;
        const value = success === undefined
            ? undefined
            : (0, pointer_js_1.getAtPointer)(success, cleared.pointer);
        results.push({ pointer: cleared.pointer, value });
    }
    const errors = {};
    if (family.error) {
        base = clearField(base, family.error, inState('queued', 'running', 'succeeded'), fits).body;
        for (const state of ['succeeded', 'failed', 'cancelled']) {
            const value = (0, pointer_js_1.getAtPointer)(byState[state], family.error);
            if (value !== undefined)
                errors[state] = value;
        }
    }
    return {
        base,
        results,
        errors,
        properties: new Set(topLevelProperties(content?.schema, compiler)),
        validate,
    };
}
/** A request value as JSON, or undefined when it holds anything else (an uploaded file). */
function asJson(value) {
    if (value === null || typeof value === 'string' || typeof value === 'boolean')
        return value;
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : undefined;
    if (Array.isArray(value)) {
        const items = value.map(asJson);
        return items.every((v) => v !== undefined) ? items : undefined;
    }
    if (value && Object.getPrototypeOf(value) === Object.prototype) {
        const out = {};
        for (const [k, v] of Object.entries(value)) {
            const json = asJson(v);
            if (json === undefined)
                return undefined;
            out[k] = json;
        }
        return out;
    }
    return undefined;
}
/** One task's body: the template with this task's id and the submit body's shared fields. */
function taskBody(template, family, request, exampleIds, id) {
    const personal = (v) => replaceIds((0, pointer_js_1.cloneJson)(v), exampleIds, id);
    let base = personal(template.base);
    // The family's id field holds this task's id even when the example's id was not recognized.
    if (family.taskId !== undefined && isObject(base))
        base = (0, pointer_js_1.setAtPointer)(base, family.taskId, id);
    if (isObject(request) && isObject(base)) {
        const fits = fitsWith(template.validate);
        // The family's own fields (status, progress, result, error) are the task's, not the request's.
        const reserved = new Set([family.status, family.progress?.pointer, family.error, family.taskId, ...family.result]
            .filter((p) => p !== undefined)
            .map((p) => (0, pointer_js_1.pointerTokens)(p)[0]));
        for (const [name, raw] of Object.entries(request)) {
            const value = asJson(raw);
            const current = base;
            const old = current[name];
            if (value === undefined || !template.properties.has(name) || reserved.has(name))
                continue;
            if (old !== undefined && (0, validate_js_1.jsonEqual)(old, id))
                continue;
            const next = { ...current, [name]: value };
            // A field that repeated the old value (a prompt's English copy) follows it.
            if (typeof old === 'string' && old !== '')
                for (const [key, v] of Object.entries(current))
                    if (key !== name && v === old && !reserved.has(key) && !(key in request))
                        next[key] = value;
            if (fits(base, next))
                base = next;
        }
    }
    const errors = {};
    for (const [state, value] of Object.entries(template.errors))
        errors[state] = personal(value);
    return {
        base,
        results: template.results.map((r) => ({
            pointer: r.pointer,
            value: r.value === undefined ? undefined : personal(r.value),
        })),
        errors,
    };
}
/** The poll body in one state: the fixed body with the status, progress, result and error fields set. */
function stateBody(body, family, state, progress, status) {
    let out = (0, pointer_js_1.cloneJson)(body.base);
    if (status !== undefined)
        out = (0, pointer_js_1.setAtPointer)(out, family.status, status);
    if (family.progress) {
        const value = family.progress.scale === 'percent-string'
            ? `${progress}%`
            : family.progress.scale === 'fraction'
                ? progress / 100
                : progress;
        out = (0, pointer_js_1.setAtPointer)(out, family.progress.pointer, value);
    }
    if (state === 'succeeded')
        for (const slot of body.results)
            if (slot.value !== undefined)
                out = (0, pointer_js_1.setAtPointer)(out, slot.pointer, (0, pointer_js_1.cloneJson)(slot.value));
    if (family.error) {
        const reason = state === 'failed'
            ? (body.errors.failed ?? FAILED_TEXT)
            : state === 'cancelled'
                ? (body.errors.cancelled ?? CANCELLED_TEXT)
                : state === 'succeeded'
                    ? body.errors.succeeded
                    : undefined;
        if (reason !== undefined)
            out = (0, pointer_js_1.setAtPointer)(out, family.error, (0, pointer_js_1.cloneJson)(reason));
    }
    return out;
}
