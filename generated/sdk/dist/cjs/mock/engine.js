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
const synthesize_js_1 = require("./synthesize.js");
const wire_format_js_1 = require("./wire-format.js");
const request_checks_js_1 = require("./request-checks.js");
const callbacks_js_1 = require("./callbacks.js");
const control_js_1 = require("./control.js");
const sse_js_1 = require("./sse.js");
const task_routes_js_1 = require("./task-routes.js");
const respond_js_1 = require("./respond.js");
function normalizeHeaders(headers) {
    const out = {};
    for (const [k, v] of Object.entries(headers)) {
        if (v === undefined)
            continue;
        out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
    }
    return out;
}
const PREFLIGHT_METHODS = 'GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS';
function createMockEngine(options) {
    const table = options.routes;
    const compiler = (0, validate_js_1.createSchemaCompiler)(table.schemas);
    const clock = (0, clock_js_1.createClock)({
        mode: options.clock ?? 'real',
        speed: options.speed ?? 1,
        ...(options.startTime !== undefined ? { startTime: options.startTime } : {}),
    });
    const bodyLimit = options.bodyLimit ?? 25 * 1024 * 1024;
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
    let requestCounter = 0;
    // Routes and validators are compiled once, here.
    const routes = table.operations.map(router_js_1.compileRoute);
    const validators = new Map(table.operations.map((op) => [op, (0, request_checks_js_1.compileValidators)(op, compiler)]));
    const commonHeaders = () => [
        ['x-request-id', `req_mock_${String(++requestCounter).padStart(6, '0')}`],
        ['access-control-allow-origin', '*'],
        ['access-control-expose-headers', '*'],
    ];
    function fail(op, detail, extra = [], 
    /** False when `op` only lends its error shape (unknown path): the log must not name it. */
    matched = true) {
        const r = (0, errors_js_1.errorResponse)(op, detail, compiler);
        return {
            kind: 'response',
            status: r.status,
            headers: [...r.headers, ...extra, ...commonHeaders()],
            body: r.body,
            ...(op && matched ? { operationId: op.operationId } : {}),
        };
    }
    function respond(op, status, contentType, body, extra, prefer) {
        const headers = [
            ...(contentType ? [['content-type', contentType]] : []),
            ...extra.filter(([k]) => k !== 'x-request-id'),
            ...commonHeaders(),
        ];
        if (prefer.stall)
            return { kind: 'stall', status, headers, operationId: op.operationId };
        return { kind: 'response', status, headers, body, operationId: op.operationId };
    }
    function locate(method, rawPath) {
        let path = rawPath;
        if (basePath) {
            if (path !== basePath && !path.startsWith(`${basePath}/`)) {
                return fail(undefined, {
                    status: 404,
                    message: `Unknown path ${rawPath}: every route of this API starts with ${basePath}.`,
                    code: 'unknown_url',
                    param: null,
                });
            }
            path = path.slice(basePath.length) || '/';
        }
        const match = (0, router_js_1.matchRoute)(routes, method, path);
        if (match.kind === 'not-found') {
            return fail((0, router_js_1.nearestOperation)(routes, path), {
                status: 404,
                message: `Unknown path: ${method.toUpperCase()} ${rawPath}`,
                code: 'unknown_url',
                param: null,
            }, [], false);
        }
        if (match.kind === 'method-not-allowed') {
            const allow = match.allow.join(', ');
            return fail(match.route.op, {
                status: 405,
                message: `Method ${method.toUpperCase()} is not allowed on ${rawPath}; allowed: ${allow}`,
                code: 'method_not_allowed',
                param: null,
            }, [['allow', allow]]);
        }
        return { op: match.route.op, params: match.params };
    }
    async function handle(request) {
        const url = new URL(request.url, 'http://mock.invalid');
        const method = request.method.toLowerCase();
        const headers = normalizeHeaders(request.headers);
        if (url.pathname.startsWith('/__mock/')) {
            const answer = (0, control_js_1.controlRoute)(method, url.pathname, request.body, {
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
            const allowHeaders = headers['access-control-request-headers'] ?? '*';
            return {
                kind: 'response',
                status: 204,
                headers: [
                    ['access-control-allow-origin', '*'],
                    ['access-control-allow-methods', PREFLIGHT_METHODS],
                    ['access-control-allow-headers', allowHeaders],
                    ['access-control-max-age', '600'],
                ],
                body: null,
            };
        }
        const located = locate(method, url.pathname);
        if ('kind' in located)
            return located;
        const { op, params } = located;
        const query = new URLSearchParams(url.search);
        query.delete('__code');
        query.delete('__example');
        const preferences = (0, prefer_js_1.parsePrefer)(headers.prefer, url.searchParams);
        if (!preferences.ok)
            return fail(op, { status: 400, message: preferences.message, param: null });
        const prefer = preferences.prefer;
        if (prefer.drop)
            return { kind: 'drop', operationId: op.operationId };
        const cookies = (0, coerce_js_1.parseCookies)(headers.cookie);
        const credentials = (0, auth_js_1.checkCredentials)(op, table.securitySchemes, { headers, query, cookies });
        if (credentials)
            return fail(op, { status: 401, message: credentials, param: null }, [
                ['www-authenticate', 'Bearer realm="mock"'],
            ]);
        const checks = validators.get(op);
        const issues = (0, request_checks_js_1.checkParameters)(op, checks, { query, headers, cookies, path: params }, compiler);
        const parsed = (0, request_checks_js_1.checkBody)(op, checks, headers['content-type'], request.body, compiler);
        if ('reject' in parsed)
            return fail(op, parsed.reject);
        issues.push(...parsed.issues);
        if (issues.length > 0)
            return fail(op, (0, request_checks_js_1.validationFailure)(op, issues, parsed.value));
        const body = parsed.value;
        if (prefer.delay) {
            try {
                await clock.sleep(prefer.delay, request.signal);
            }
            catch {
                return { kind: 'drop', operationId: op.operationId };
            }
        }
        if (prefer.code !== undefined)
            return injected(op, prefer, body, headers);
        let response = (0, respond_js_1.successResponse)(op);
        if (prefer.example !== undefined &&
            response &&
            !response.contents.some((c) => c.examples.some((e) => e.name === prefer.example))) {
            response = (0, respond_js_1.responseWithExample)(op, prefer.example);
            if (!response) {
                return fail(op, {
                    status: 400,
                    message: `Prefer: example=${prefer.example} is not declared by ${op.operationId}; declared: ${(0, respond_js_1.exampleNames)(op).join(', ') || '(none)'}`,
                    param: null,
                });
            }
        }
        if (!response)
            return respond(op, 204, undefined, null, [], prefer);
        const status = (0, respond_js_1.numericStatus)(response);
        const extra = (0, respond_js_1.responseHeaders)(response, compiler);
        const s = op.stream;
        if (s &&
            prefer.example === undefined &&
            body &&
            typeof body === 'object' &&
            body[s.requestFlag] === true) {
            const events = s.events.length > 0 ? s.events : [(0, synthesize_js_1.synthesize)(s.itemSchema, compiler)];
            const chunks = (0, sse_js_1.sseChunks)({
                events,
                ...(s.terminator !== undefined ? { terminator: s.terminator } : {}),
                clock,
                delayMs: streamDelayMs,
                step: stepStreams,
                ...(request.signal ? { signal: request.signal } : {}),
            });
            const streamHeaders = [
                ['content-type', s.mediaType],
                ['cache-control', 'no-cache'],
                ...commonHeaders(),
            ];
            const streamStatus = Number(s.status) || 200;
            if (prefer.stall)
                return {
                    kind: 'stall',
                    status: streamStatus,
                    headers: streamHeaders,
                    operationId: op.operationId,
                };
            return {
                kind: 'stream',
                status: streamStatus,
                headers: streamHeaders,
                chunks,
                operationId: op.operationId,
            };
        }
        const content = (0, respond_js_1.chooseContent)(response, headers.accept, body);
        const example = (0, respond_js_1.chooseExample)(op, content, prefer.example, body, compiler);
        // Task operations answer from the task store; `Prefer: example=` asks for the static example instead.
        const taskish = op.submit !== undefined || op.taskRole !== undefined;
        if (taskish &&
            content?.kind === 'json' &&
            status < 300 &&
            (prefer.example === undefined || op.submit)) {
            const answer = (0, task_routes_js_1.answerTaskOperation)(op, example?.value ?? null, { body, query, headers, path: params, prefer }, tasks);
            if (answer && 'reject' in answer)
                return fail(op, answer.reject);
            if (answer)
                return respond(op, status, content.mediaType, JSON.stringify(answer.value), extra, prefer);
        }
        const shaped = example && content?.kind === 'json' && example.name !== 'base64'
            ? { ...example, value: (0, wire_format_js_1.applyWireFormat)(example.value, body) }
            : example;
        const rendered = (0, respond_js_1.renderBody)(content, shaped);
        return respond(op, status, rendered.contentType, rendered.body, extra, prefer);
    }
    /** `Prefer: code=N`: the declared response for N (its example), else a synthesized error in the operation's shape. */
    function injected(op, prefer, body, headers) {
        const code = prefer.code;
        const retry = code === 429 || code === 503 ? [['retry-after', String(prefer.retryAfter ?? 1)]] : [];
        const declared = (0, respond_js_1.declaredResponse)(op, code);
        if (declared) {
            const content = (0, respond_js_1.chooseContent)(declared, headers.accept, body);
            if (code >= 400 && content?.kind === 'json' && content.examples.length === 0) {
                return fail(op, { status: code, message: `Mock error ${code} (Prefer: code=${code}).` }, retry);
            }
            const example = (0, respond_js_1.chooseExample)(op, content, prefer.example, body, compiler);
            if (prefer.example !== undefined && !example) {
                return fail(op, {
                    status: 400,
                    message: `Prefer: example=${prefer.example} is not declared for status ${code} of ${op.operationId}`,
                    param: null,
                });
            }
            const rendered = (0, respond_js_1.renderBody)(content, example);
            const extra = (0, respond_js_1.responseHeaders)(declared, compiler).filter(([k]) => !retry.some(([r]) => r === k));
            return respond(op, code, rendered.contentType, rendered.body, [...extra, ...retry], prefer);
        }
        if (code >= 400 && code <= 599) {
            return fail(op, {
                status: code,
                message: `Mock error ${code} (Prefer: code=${code}); ${op.operationId} does not declare it.`,
            }, retry);
        }
        return fail(op, {
            status: 400,
            message: `Prefer: code=${code} is not a declared response of ${op.operationId}; declared: ${op.responses.map((r) => r.status).join(', ')}`,
            param: null,
        });
    }
    const engine = {
        handle,
        tooLarge(request) {
            const url = new URL(request.url, 'http://mock.invalid');
            const located = locate(request.method.toLowerCase(), url.pathname);
            const op = 'kind' in located ? undefined : located.op;
            return fail(op, {
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
