import { createSchemaCompiler } from './validate.js';
import { createClock } from './clock.js';
import { TaskStore } from './tasks.js';
import { parsePrefer } from './prefer.js';
import { errorResponse } from './errors.js';
import { parseCookies } from './coerce.js';
import { checkCredentials } from './auth.js';
import { compileRoute, matchRoute, nearestOperation } from './router.js';
import { applyWireFormat } from './wire-format.js';
import { checkBody, checkParameters, compileValidators, validationFailure, } from './request-checks.js';
import { createCallbackSender } from './callbacks.js';
import { controlRoute } from './control.js';
import { sseChunks } from './sse.js';
import { answerTaskOperation } from './task-routes.js';
import { chooseContent, chooseExample, declaredResponse, exampleNames, numericStatus, renderBody, responseHeaders, responseWithExample, successResponse, } from './respond.js';
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
export function createMockEngine(options) {
    const table = options.routes;
    const compiler = createSchemaCompiler(table.schemas);
    const clock = createClock({
        mode: options.clock ?? 'real',
        speed: options.speed ?? 1,
        ...(options.startTime !== undefined ? { startTime: options.startTime } : {}),
    });
    const bodyLimit = options.bodyLimit ?? 25 * 1024 * 1024;
    const basePath = (options.basePath ?? table.basePath).replace(/\/+$/, '');
    const streamDelayMs = options.streamDelayMs ?? 20;
    const stepStreams = options.stepStreams === true && clock.mode === 'manual';
    const log = options.logger ?? (() => undefined);
    const callbacks = createCallbackSender({
        enabled: options.callbacks !== false,
        ...(options.fetch ? { fetch: options.fetch } : {}),
        log,
    });
    const tasks = new TaskStore(table, clock, compiler, {
        limit: options.taskStoreLimit ?? 1000,
        timing: options.taskTiming ?? {},
        notify: (url, method, body) => callbacks.send(url, method, body),
    });
    let requestCounter = 0;
    // Routes and validators are compiled once, here.
    const routes = table.operations.map(compileRoute);
    const validators = new Map(table.operations.map((op) => [op, compileValidators(op, compiler)]));
    const commonHeaders = () => [
        ['x-request-id', `req_mock_${String(++requestCounter).padStart(6, '0')}`],
        ['access-control-allow-origin', '*'],
        ['access-control-expose-headers', '*'],
    ];
    function fail(op, detail, extra = [], 
    /** False when `op` only lends its error shape (unknown path): the log must not name it. */
    matched = true) {
        const r = errorResponse(op, detail);
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
        const match = matchRoute(routes, method, path);
        if (match.kind === 'not-found') {
            return fail(nearestOperation(routes, path), {
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
            const answer = controlRoute(method, url.pathname, request.body, {
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
        const preferences = parsePrefer(headers.prefer, url.searchParams);
        if (!preferences.ok)
            return fail(op, { status: 400, message: preferences.message, param: null });
        const prefer = preferences.prefer;
        if (prefer.drop)
            return { kind: 'drop', operationId: op.operationId };
        const cookies = parseCookies(headers.cookie);
        const credentials = checkCredentials(op, table.securitySchemes, { headers, query, cookies });
        if (credentials)
            return fail(op, { status: 401, message: credentials, param: null }, [
                ['www-authenticate', 'Bearer realm="mock"'],
            ]);
        const checks = validators.get(op);
        const issues = checkParameters(op, checks, { query, headers, cookies, path: params }, compiler);
        const parsed = checkBody(op, checks, headers['content-type'], request.body, compiler);
        if ('reject' in parsed)
            return fail(op, parsed.reject);
        issues.push(...parsed.issues);
        if (issues.length > 0)
            return fail(op, validationFailure(op, issues, parsed.value));
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
        let response = successResponse(op);
        if (prefer.example !== undefined &&
            response &&
            !response.contents.some((c) => c.examples.some((e) => e.name === prefer.example))) {
            response = responseWithExample(op, prefer.example);
            if (!response) {
                return fail(op, {
                    status: 400,
                    message: `Prefer: example=${prefer.example} is not declared by ${op.operationId}; declared: ${exampleNames(op).join(', ') || '(none)'}`,
                    param: null,
                });
            }
        }
        if (!response)
            return respond(op, 204, undefined, null, [], prefer);
        const status = numericStatus(response);
        const extra = responseHeaders(response);
        const s = op.stream;
        if (s &&
            prefer.example === undefined &&
            body &&
            typeof body === 'object' &&
            body[s.requestFlag] === true) {
            const events = s.events;
            const chunks = sseChunks({
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
        const content = chooseContent(response, headers.accept, body);
        const example = chooseExample(op, content, prefer.example, body);
        // Task operations answer from the task store; `Prefer: example=` asks for the static example instead.
        const taskish = op.submit !== undefined || op.taskRole !== undefined;
        if (taskish &&
            content?.kind === 'json' &&
            status < 300 &&
            (prefer.example === undefined || op.submit)) {
            const answer = answerTaskOperation(op, example?.value ?? null, { body, query, headers, path: params, prefer }, tasks);
            if (answer && 'reject' in answer)
                return fail(op, answer.reject);
            if (answer)
                return respond(op, status, content.mediaType, JSON.stringify(answer.value), extra, prefer);
        }
        const shaped = example && content?.kind === 'json' && example.name !== 'base64'
            ? { ...example, value: applyWireFormat(example.value, body) }
            : example;
        const rendered = renderBody(content, shaped);
        return respond(op, status, rendered.contentType, rendered.body, extra, prefer);
    }
    /** `Prefer: code=N`: the declared response for N (its example), else a synthesized error in the operation's shape. */
    function injected(op, prefer, body, headers) {
        const code = prefer.code;
        const retry = code === 429 || code === 503 ? [['retry-after', String(prefer.retryAfter ?? 1)]] : [];
        const declared = declaredResponse(op, code);
        if (declared) {
            const content = chooseContent(declared, headers.accept, body);
            if (code >= 400 && content?.kind === 'json' && content.examples.length === 0) {
                return fail(op, { status: code, message: `Mock error ${code} (Prefer: code=${code}).` }, retry);
            }
            const example = chooseExample(op, content, prefer.example, body);
            if (prefer.example !== undefined && !example) {
                return fail(op, {
                    status: 400,
                    message: `Prefer: example=${prefer.example} is not declared for status ${code} of ${op.operationId}`,
                    param: null,
                });
            }
            const rendered = renderBody(content, example);
            const extra = responseHeaders(declared).filter(([k]) => !retry.some(([r]) => r === k));
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
