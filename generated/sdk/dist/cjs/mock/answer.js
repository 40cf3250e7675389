"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.answerRequest = answerRequest;
const paging_js_1 = require("./paging.js");
const wire_format_js_1 = require("./wire-format.js");
const task_routes_js_1 = require("./task-routes.js");
const negotiate_js_1 = require("./negotiate.js");
const sse_js_1 = require("./sse.js");
const respond_js_1 = require("./respond.js");
const error = (detail) => ({ kind: 'error', detail });
function answerRequest(req, deps) {
    const { op, prefer, body, headers } = req;
    if (prefer.code !== undefined)
        return injected(req, prefer.code, deps);
    let response = (0, respond_js_1.successResponse)(op);
    if (prefer.example !== undefined &&
        response &&
        !response.contents.some((c) => c.examples.some((e) => e.name === prefer.example))) {
        response = (0, respond_js_1.responseWithExample)(op, prefer.example);
        if (!response) {
            return error({
                status: 400,
                message: `Prefer: example=${prefer.example} is not declared by ${op.operationId}; declared: ${(0, respond_js_1.exampleNames)(op).join(', ') || '(none)'}`,
                param: null,
            });
        }
    }
    if (!response)
        return { kind: 'body', status: 204, body: null, headers: [] };
    const status = (0, respond_js_1.numericStatus)(response);
    const extra = response.headers;
    const streamContent = (0, negotiate_js_1.chooseStream)(op, response, headers.accept, body);
    const frames = streamContent ? (0, sse_js_1.streamFrames)(op, streamContent, body, prefer.example) : undefined;
    if (streamContent && frames)
        return { kind: 'stream', status, mediaType: streamContent.mediaType, frames, headers: extra };
    const content = (0, negotiate_js_1.chooseContent)(response, headers.accept, body);
    const example = (0, respond_js_1.chooseExample)(op, content, prefer.example, body);
    // Task operations answer from the task store; `Prefer: example=` asks for the static example instead.
    const taskish = op.submit !== undefined || op.taskRole !== undefined;
    if (taskish &&
        content?.kind === 'json' &&
        status < 300 &&
        (prefer.example === undefined || op.submit)) {
        const answer = (0, task_routes_js_1.answerTaskOperation)(op, example?.value ?? null, req, deps.tasks);
        const paged = answer && 'value' in answer ? pageOf(req, answer.value) : answer;
        if (paged && 'reject' in paged)
            return error(paged.reject);
        if (paged) {
            const json = JSON.stringify(paged.value);
            return { kind: 'body', status, contentType: content.mediaType, body: json, headers: extra };
        }
    }
    let shaped = example && content?.kind === 'json' && example.name !== 'base64'
        ? { ...example, value: (0, wire_format_js_1.applyWireFormat)(example.value, body) }
        : example;
    if (shaped && content?.kind === 'json' && status < 300 && prefer.example === undefined) {
        const paged = pageOf(req, shaped.value);
        if ('reject' in paged)
            return error(paged.reject);
        shaped = { ...shaped, value: paged.value };
    }
    const rendered = (0, respond_js_1.renderBody)(content, shaped);
    return { kind: 'body', status, ...rendered, headers: extra };
}
/** The page a paged operation's request asks for (`value` as it is otherwise). */
function pageOf(req, value) {
    return req.op.paging ? (0, paging_js_1.answerPage)(req.op.paging, value, req) : { value };
}
/** `Prefer: code=N`: the declared response for N (its example), else an error in the spec's shape. */
function injected(req, code, deps) {
    const { op, prefer, body, headers } = req;
    const retry = code === 429 || code === 503 ? [['retry-after', String(prefer.retryAfter ?? 1)]] : [];
    const declared = (0, respond_js_1.declaredResponse)(op, code);
    if (declared) {
        const content = (0, negotiate_js_1.chooseContent)(declared, headers.accept, body);
        if (code >= 400 && (!content || (content.kind === 'json' && content.examples.length === 0)))
            return error({
                status: code,
                message: `Mock error ${code} (Prefer: code=${code}).`,
                headers: retry,
            });
        const example = (0, respond_js_1.chooseExample)(op, content, prefer.example, body);
        if (prefer.example !== undefined && !example) {
            return error({
                status: 400,
                message: `Prefer: example=${prefer.example} is not declared for status ${code} of ${op.operationId}`,
                param: null,
            });
        }
        const extra = declared.headers.filter(([k]) => !retry.some(([r]) => r === k));
        return {
            kind: 'body',
            status: code,
            ...(0, respond_js_1.renderBody)(content, example),
            headers: [...extra, ...retry],
        };
    }
    if (code >= 400 && code <= 599) {
        return error({
            status: code,
            message: `Mock error ${code} (Prefer: code=${code}); ${op.operationId} does not declare it.`,
            headers: retry,
        });
    }
    return error({
        status: 400,
        message: `Prefer: code=${code} is not a declared response of ${op.operationId}; declared: ${op.responses.map((r) => r.status).join(', ')}`,
        param: null,
    });
}
