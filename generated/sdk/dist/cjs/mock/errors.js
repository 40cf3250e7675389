"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.defaultErrorType = defaultErrorType;
exports.errorBody = errorBody;
const pointer_js_1 = require("./pointer.js");
const respond_js_1 = require("./respond.js");
const DEFAULT_TYPE = {
    401: 'authentication_error',
    403: 'permission_error',
    429: 'rate_limit_error',
};
const DEFAULT_CODE = {
    401: 'invalid_api_key',
    404: 'not_found',
    413: 'request_too_large',
    415: 'unsupported_media_type',
    429: 'rate_limit_exceeded',
};
function defaultErrorType(status) {
    return DEFAULT_TYPE[status] ?? (status >= 500 ? 'server_error' : 'invalid_request_error');
}
const jsonContent = (response) => response.contents.find((c) => c.kind === 'json');
/** The declared response whose shape an error of this status takes, and whether it was declared for that status (or its range). */
function templateFor(op, status) {
    const withJson = op?.responses.filter((r) => jsonContent(r)) ?? [];
    const range = `${String(status)[0]}XX`;
    const exact = withJson.find((r) => r.status === String(status)) ??
        withJson.find((r) => r.status.toUpperCase() === range);
    if (exact)
        return { response: exact, exact: true };
    // Else the nearest declared error status; `default` last.
    const distance = (r) => Math.abs((/^\d/.test(r.status) ? (0, respond_js_1.numericStatus)(r) : 999) - status);
    const errors = withJson.filter((r) => r.isError || r.status === 'default');
    const closest = errors.sort((a, b) => distance(a) - distance(b))[0];
    return closest && { response: closest, exact: false };
}
const REASONS = {
    400: 'Bad Request',
    401: 'Unauthorized',
    402: 'Payment Required',
    403: 'Forbidden',
    404: 'Not Found',
    405: 'Method Not Allowed',
    406: 'Not Acceptable',
    408: 'Request Timeout',
    409: 'Conflict',
    410: 'Gone',
    413: 'Content Too Large',
    415: 'Unsupported Media Type',
    422: 'Unprocessable Content',
    429: 'Too Many Requests',
    500: 'Internal Server Error',
    501: 'Not Implemented',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
    504: 'Gateway Timeout',
};
/** RFC 9457: `param` and `code` ride along as extension members when there are any. */
function problemDocument(detail) {
    return {
        type: 'about:blank',
        title: REASONS[detail.status] ?? (detail.status >= 500 ? 'Server Error' : 'Client Error'),
        status: detail.status,
        detail: detail.message,
        ...(detail.param ? { param: detail.param } : {}),
        ...(detail.code ? { code: detail.code } : {}),
    };
}
/** The error body as JSON and its media type. */
function errorBody(op, detail) {
    const template = templateFor(op, detail.status);
    const content = template ? jsonContent(template.response) : undefined;
    const problem = { value: problemDocument(detail), mediaType: 'application/problem+json' };
    const example = content?.examples[0];
    if (!content || !example || content.messageAt === undefined)
        return problem;
    const body = (0, pointer_js_1.cloneJson)(example.value);
    const cut = content.messageAt.lastIndexOf('/');
    const holder = (0, pointer_js_1.getAtPointer)(body, content.messageAt.slice(0, cut));
    const key = content.messageAt.slice(cut + 1);
    const exact = !!template?.exact;
    holder[key] = detail.message;
    if ('param' in holder)
        holder.param = detail.param ?? null;
    if ('type' in holder && (typeof holder.type === 'string' || holder.type === null)) {
        if (detail.type !== undefined)
            holder.type = detail.type;
        else if (!exact || !holder.type)
            holder.type = defaultErrorType(detail.status);
    }
    if ('code' in holder && (typeof holder.code === 'string' || holder.code === null)) {
        if (detail.code !== undefined)
            holder.code = detail.code;
        else if (!exact)
            holder.code = DEFAULT_CODE[detail.status] ?? null;
    }
    // Numeric fields that mirror the template's HTTP status follow the new status.
    const templateStatus = template ? Number(template.response.status) : NaN;
    for (const node of [body, holder]) {
        if (!(0, pointer_js_1.isJsonObject)(node))
            continue;
        for (const k of ['status', 'statusCode', 'code'])
            if (node[k] === templateStatus)
                node[k] = detail.status;
    }
    return { value: body, mediaType: content.mediaType };
}
