"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createMockEngine = createMockEngine;
const validate_js_1 = require("./validate.js");
const clock_js_1 = require("./clock.js");
const tasks_js_1 = require("./tasks.js");
const prefer_js_1 = require("./prefer.js");
const errors_js_1 = require("./errors.js");
const coerce_js_1 = require("./coerce.js");
const auth_js_1 = require("./auth.js");
const router_js_1 = require("./router.js");
const request_checks_js_1 = require("./request-checks.js");
const callbacks_js_1 = require("./callbacks.js");
const limits_js_1 = require("./limits.js");
const control_js_1 = require("./control.js");
const sse_js_1 = require("./sse.js");
const answer_js_1 = require("./answer.js");
const PREFLIGHT_METHODS = 'GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS';
function createMockEngine(options) {
    const table = options.routes;
    const compiler = (0, validate_js_1.createSchemaCompiler)(table.schemas, table.checkSchemas);
    const clock = (0, clock_js_1.createClock)({
        mode: options.clock ?? 'real',
        speed: options.speed ?? 1,
        ...(options.startTime !== undefined ? { startTime: options.startTime } : {}),
    });
    const bodyLimit = options.bodyLimit ?? 25 * 1024 * 1024;
    const limits = {
        maxDepth: options.maxDepth ?? limits_js_1.DEFAULT_LIMITS.maxDepth,
        maxFields: options.maxFields ?? limits_js_1.DEFAULT_LIMITS.maxFields,
    };
    const basePath = (options.basePath ?? table.basePath).replace(/\/+$/, '');
    const streamDelayMs = options.streamDelayMs ?? 20;
    const stepStreams = options.stepStreams === true && clock.mode === 'manual';
    const log = options.logger ?? (() => undefined);
    const callbacks = (0, callbacks_js_1.createCallbackSender)({
        enabled: options.callbacks !== false,
        ...(options.fetch ? { fetch: options.fetch } : {}),
        log,
    });
    const tasks = new tasks_js_1.TaskStore(table, clock, compiler, {
        limit: options.taskStoreLimit ?? 1000,
        timing: options.taskTiming ?? {},
        notify: (url, method, body) => callbacks.send(url, method, body),
    });
    const keys = options.keys && options.keys.length > 0 ? new Set(options.keys) : undefined;
    let requestCounter = 0;
    // Routes and request checks are compiled once, here.
    const routes = (0, router_js_1.compileRoutes)(table.operations);
    const checks = new Map(table.operations.map((op) => [op, (0, request_checks_js_1.compileRequestCheck)(op, compiler, limits)]));
    const byId = new Map(table.operations.map((op) => [op.operationId, op]));
    const commonHeaders = () => [
        ['x-request-id', `req_mock_${String(++requestCounter).padStart(6, '0')}`],
        ['access-control-allow-origin', '*'],
        ['access-control-expose-headers', '*'],
    ];
    /** The error stage: a failure in the spec's error shape (`op` may only lend it: `matched` false keeps it out of the log). */
    function fail(op, detail, matched = true) {
        const { value, mediaType } = (0, errors_js_1.errorBody)(op?.errorShape === undefined ? undefined : byId.get(op.errorShape), detail);
        const headers = [['content-type', mediaType], ...(detail.headers ?? [])];
        headers.push(...commonHeaders());
        const body = JSON.stringify(value);
        const result = { kind: 'response', status: detail.status, headers, body };
        if (op && matched)
            result.operationId = op.operationId;
        return result;
    }
    /** The answer as the transport sends it: common headers, a paced stream, or a stall. */
    function deliver(req, answer, request) {
        const { op, prefer } = req;
        if (answer.kind === 'error')
            return fail(op, answer.detail);
        const contentType = answer.kind === 'stream' ? answer.mediaType : answer.contentType;
        const headers = [
            ...(contentType ? [['content-type', contentType]] : []),
            ...(answer.kind === 'stream' ? [['cache-control', 'no-cache']] : []),
            ...answer.headers.filter(([k]) => k !== 'x-request-id'),
            ...commonHeaders(),
        ];
        const { status } = answer;
        const operationId = op.operationId;
        if (prefer.stall)
            return { kind: 'stall', status, headers, operationId };
        if (answer.kind === 'body')
            return { kind: 'response', status, headers, body: answer.body, operationId };
        const chunks = (0, sse_js_1.sseChunks)({
            frames: answer.frames,
            clock,
            delayMs: streamDelayMs,
            step: stepStreams,
            ...(request.signal ? { signal: request.signal } : {}),
        });
        return { kind: 'stream', status, headers, chunks, operationId };
    }
    /** Requests the API does not own: the control routes and CORS preflights. */
    function outOfBand(method, url, headers, body) {
        if (url.pathname.startsWith('/__mock/')) {
            const answer = (0, control_js_1.controlRoute)(method, url.pathname, body, {
                table,
                basePath,
                clock,
                tasks,
                reset: () => engine.reset(),
            });
            return {
                kind: 'response',
                status: answer.status,
                headers: [['content-type', 'application/json'], ...commonHeaders()],
                body: JSON.stringify(answer.value),
            };
        }
        if (method === 'options' && headers['access-control-request-method']) {
            return {
                kind: 'response',
                status: 204,
                headers: [
                    ['access-control-allow-origin', '*'],
                    ['access-control-allow-methods', PREFLIGHT_METHODS],
                    ['access-control-allow-headers', headers['access-control-request-headers'] ?? '*'],
                    ['access-control-max-age', '600'],
                ],
                body: null,
            };
        }
        return undefined;
    }
    async function handle(request) {
        const url = requestUrl(request.url);
        const method = request.method.toLowerCase();
        const headers = {};
        // `for...in`, not Object.entries: the header copy is a large share of a request's time otherwise.
        for (const k in request.headers) {
            const v = request.headers[k];
            if (v !== undefined)
                headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
        }
        const special = outOfBand(method, url, headers, request.body);
        if (special)
            return special;
        const routed = (0, router_js_1.routeRequest)(routes, basePath, method, url.pathname);
        if ('failure' in routed)
            return fail(routed.shape, routed.failure, routed.matched);
        const { op, params: path } = routed;
        const preferences = (0, prefer_js_1.parsePrefer)(headers.prefer, url.searchParams);
        const query = url.searchParams;
        query.delete('__code');
        query.delete('__example');
        if (!preferences.ok)
            return fail(op, { status: 400, message: preferences.message, param: null });
        const prefer = preferences.prefer;
        if (prefer.drop)
            return { kind: 'drop', operationId: op.operationId };
        const cookies = (0, coerce_js_1.parseCookies)(headers.cookie);
        // One object from here to the answer: a spread copy made the request path about twice as slow.
        const req = { path, query, headers, cookies, op, prefer, body: undefined };
        const denied = (0, auth_js_1.checkCredentials)(op, table.securitySchemes, req, keys);
        if (denied) {
            const challenge = ['www-authenticate', 'Bearer realm="mock"'];
            return fail(op, { status: 401, message: denied, param: null, headers: [challenge] });
        }
        const parsed = checks.get(op)(req, request.body);
        if ('reject' in parsed)
            return fail(op, parsed.reject);
        if (parsed.issues.length > 0)
            return fail(op, (0, request_checks_js_1.validationFailure)(op, parsed.issues, parsed.value));
        if (prefer.delay) {
            try {
                await clock.sleep(prefer.delay, request.signal);
            }
            catch {
                return { kind: 'drop', operationId: op.operationId };
            }
        }
        req.body = parsed.value;
        return deliver(req, (0, answer_js_1.answerRequest)(req, tasks), request);
    }
    const engine = {
        handle,
        tooLarge(request) {
            const url = requestUrl(request.url);
            const routed = (0, router_js_1.routeRequest)(routes, basePath, request.method.toLowerCase(), url.pathname);
            return fail('failure' in routed ? undefined : routed.op, {
                status: 413,
                message: `Request body is larger than the mock's limit of ${bodyLimit} bytes.`,
                param: null,
            });
        },
        bodyLimit,
        basePath,
        clock,
        tasks,
        reset() {
            tasks.reset();
            requestCounter = 0;
        },
        idle: () => callbacks.idle(),
        dispose() {
            clock.dispose();
            tasks.reset();
        },
    };
    return engine;
}
/**
 * The request target as a URL. Joined as text, not resolved against a base: a target starting
 * with `//` would otherwise be read as a host (`//%ZZ/…` throws).
 */
function requestUrl(target) {
    return new URL(`http://mock.invalid${target.startsWith('/') ? '' : '/'}${target}`);
}
