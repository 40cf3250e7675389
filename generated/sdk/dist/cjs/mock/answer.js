"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.answerRequest = answerRequest;
const paging_js_1 = require("./paging.js");
const wire_format_js_1 = require("./wire-format.js");
const negotiate_js_1 = require("./negotiate.js");
const sse_js_1 = require("./sse.js");
const respond_js_1 = require("./respond.js");
const error = (status, message, headers) => ({
    kind: 'error',
    detail: { status, message, ...(headers ? { headers } : { param: null }) },
});
function answerRequest(req, tasks) {
    const { op, prefer, body, headers } = req;
    if (prefer.code !== undefined)
        return injected(req, prefer.code);
    const wanted = prefer.example;
    let response = (0, respond_js_1.successResponse)(op);
    // `Prefer: example=` may name an example of another declared response.
    if (wanted !== undefined && response && !(0, respond_js_1.exampleNames)([response]).includes(wanted)) {
        const ordered = [...op.responses].sort((a, b) => Number(!(0, respond_js_1.isSuccessStatus)(a.status)) - Number(!(0, respond_js_1.isSuccessStatus)(b.status)));
        response = ordered.find((r) => (0, respond_js_1.exampleNames)([r]).includes(wanted));
        const declared = (0, respond_js_1.exampleNames)(op.responses).join(', ') || '(none)';
        if (!response)
            return error(400, `Prefer: example=${wanted} is not declared by ${op.operationId}; declared: ${declared}`);
    }
    if (!response)
        return { kind: 'body', status: 204, body: null, headers: [] };
    const status = (0, respond_js_1.numericStatus)(response);
    const extra = response.headers;
    const streamContent = (0, negotiate_js_1.chooseStream)(op, response, headers.accept, body);
    const frames = streamContent && (0, sse_js_1.streamFrames)(op, streamContent, body, wanted);
    if (streamContent && frames)
        return { kind: 'stream', status, mediaType: streamContent.mediaType, frames, headers: extra };
    const content = (0, negotiate_js_1.chooseContent)(response, headers.accept, body);
    const example = (0, respond_js_1.chooseExample)(op, content, wanted, body);
    const json = content?.kind === 'json' && status < 300;
    let value = example?.value;
    // Task operations answer from the task store; `Prefer: example=` asks for the static example instead.
    const task = json && (op.submit || (op.taskRole && wanted === undefined))
        ? tasks.answer(op, value ?? null, req)
        : undefined;
    if (task && 'reject' in task)
        return { kind: 'error', detail: task.reject };
    if (task)
        value = task.value;
    else if (example && content?.kind === 'json' && example.name !== 'base64')
        value = (0, wire_format_js_1.applyWireFormat)(example.value, body);
    if (json && value !== undefined && (task || wanted === undefined) && op.paging) {
        const paged = (0, paging_js_1.answerPage)(op.paging, value, req);
        if ('reject' in paged)
            return { kind: 'error', detail: paged.reject };
        value = paged.value;
    }
    const shown = value === undefined ? example : { name: example?.name, value };
    return { kind: 'body', status, ...(0, respond_js_1.renderBody)(content, shown), headers: extra };
}
/** `Prefer: code=N`: the declared response for N (its example), else an error in the spec's shape. */
function injected(req, code) {
    const { op, prefer, body, headers } = req;
    const retry = code === 429 || code === 503 ? [['retry-after', String(prefer.retryAfter ?? 1)]] : [];
    const declared = (0, respond_js_1.declaredResponse)(op, code);
    const content = declared && (0, negotiate_js_1.chooseContent)(declared, headers.accept, body);
    const empty = !content || (content.kind === 'json' && content.examples.length === 0);
    if (declared ? code >= 400 && empty : code >= 400 && code <= 599) {
        const undeclared = declared ? '' : `; ${op.operationId} does not declare it`;
        return error(code, `Mock error ${code} (Prefer: code=${code})${undeclared}.`, retry);
    }
    if (!declared) {
        const statuses = op.responses.map((r) => r.status).join(', ');
        return error(400, `Prefer: code=${code} is not a declared response of ${op.operationId}; declared: ${statuses}`);
    }
    const example = (0, respond_js_1.chooseExample)(op, content, prefer.example, body);
    if (prefer.example !== undefined && !example)
        return error(400, `Prefer: example=${prefer.example} is not declared for status ${code} of ${op.operationId}`);
    const extra = declared.headers.filter(([k]) => !retry.some(([r]) => r === k));
    return {
        kind: 'body',
        status: code,
        ...(0, respond_js_1.renderBody)(content, example),
        headers: [...extra, ...retry],
    };
}
