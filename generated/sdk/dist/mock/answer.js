import { answerPage } from './paging.js';
import { applyWireFormat } from './wire-format.js';
import { chooseContent, chooseStream } from './negotiate.js';
import { streamFrames } from './sse.js';
import { chooseExample, declaredResponse, exampleNames, isSuccessStatus, numericStatus, renderBody, successResponse, } from './respond.js';
const error = (status, message, headers) => ({
    kind: 'error',
    detail: { status, message, ...(headers ? { headers } : { param: null }) },
});
export function answerRequest(req, tasks) {
    const { op, prefer, body, headers } = req;
    if (prefer.code !== undefined)
        return injected(req, prefer.code);
    const wanted = prefer.example;
    let response = successResponse(op);
    // `Prefer: example=` may name an example of another declared response.
    if (wanted !== undefined && response && !exampleNames([response]).includes(wanted)) {
        const ordered = [...op.responses].sort((a, b) => Number(!isSuccessStatus(a.status)) - Number(!isSuccessStatus(b.status)));
        response = ordered.find((r) => exampleNames([r]).includes(wanted));
        const declared = exampleNames(op.responses).join(', ') || '(none)';
        if (!response)
            return error(400, `Prefer: example=${wanted} is not declared by ${op.operationId}; declared: ${declared}`);
    }
    if (!response)
        return { kind: 'body', status: 204, body: null, headers: [] };
    const status = numericStatus(response);
    const extra = response.headers;
    const streamContent = chooseStream(op, response, headers.accept, body);
    const frames = streamContent && streamFrames(op, streamContent, body, wanted);
    if (streamContent && frames)
        return { kind: 'stream', status, mediaType: streamContent.mediaType, frames, headers: extra };
    const content = chooseContent(response, headers.accept, body);
    const example = chooseExample(op, content, wanted, body);
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
        value = applyWireFormat(example.value, body);
    if (json && value !== undefined && (task || wanted === undefined) && op.paging) {
        const paged = answerPage(op.paging, value, req);
        if ('reject' in paged)
            return { kind: 'error', detail: paged.reject };
        value = paged.value;
    }
    const shown = value === undefined ? example : { name: example?.name, value };
    return { kind: 'body', status, ...renderBody(content, shown), headers: extra };
}
/** `Prefer: code=N`: the declared response for N (its example), else an error in the spec's shape. */
function injected(req, code) {
    const { op, prefer, body, headers } = req;
    const retry = code === 429 || code === 503 ? [['retry-after', String(prefer.retryAfter ?? 1)]] : [];
    const declared = declaredResponse(op, code);
    const content = declared && chooseContent(declared, headers.accept, body);
    const empty = !content || (content.kind === 'json' && content.examples.length === 0);
    if (declared ? code >= 400 && empty : code >= 400 && code <= 599) {
        const undeclared = declared ? '' : `; ${op.operationId} does not declare it`;
        return error(code, `Mock error ${code} (Prefer: code=${code})${undeclared}.`, retry);
    }
    if (!declared) {
        const statuses = op.responses.map((r) => r.status).join(', ');
        return error(400, `Prefer: code=${code} is not a declared response of ${op.operationId}; declared: ${statuses}`);
    }
    const example = chooseExample(op, content, prefer.example, body);
    if (prefer.example !== undefined && !example)
        return error(400, `Prefer: example=${prefer.example} is not declared for status ${code} of ${op.operationId}`);
    const extra = declared.headers.filter(([k]) => !retry.some(([r]) => r === k));
    return {
        kind: 'body',
        status: code,
        ...renderBody(content, example),
        headers: [...extra, ...retry],
    };
}
