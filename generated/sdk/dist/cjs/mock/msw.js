"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.mswPath = mswPath;
exports.toFetchResponse = toFetchResponse;
exports.createMswHandlers = createMswHandlers;
const router_js_1 = require("./router.js");
const engine_js_1 = require("./engine.js");
const encoder = new TextEncoder();
/** `/mj/task/{id}/fetch` → `/mj/task/:id/fetch`; a parameter inside a segment becomes a wildcard segment. */
function mswPath(template) {
    return template
        .split('/')
        .map((segment) => {
        const whole = /^\{([^}]+)\}$/.exec(segment);
        if (whole)
            return `:${whole[1].replace(/[^A-Za-z0-9_]/g, '_')}`;
        return segment.includes('{') ? '*' : segment;
    })
        .join('/');
}
function toFetchResponse(result) {
    if (result.kind === 'drop')
        return Response.error();
    const init = { status: result.status, headers: result.headers };
    if (result.kind === 'stall')
        return new Response(new ReadableStream({}), init);
    if (result.kind === 'response') {
        const { status, body } = result;
        const empty = status === 204 || status === 304 || body === null;
        return new Response(empty ? null : typeof body === 'string' ? body : new Uint8Array(body), init);
    }
    const iterator = result.chunks[Symbol.asyncIterator]();
    const stream = new ReadableStream({
        async pull(controller) {
            const next = await iterator.next();
            if (next.done)
                controller.close();
            else
                controller.enqueue(encoder.encode(next.value));
        },
        async cancel() {
            await iterator.return?.();
        },
    });
    return new Response(stream, init);
}
function createMswHandlers(routes, http, options = {}) {
    const baseUrl = (options.baseUrl ?? routes.serverUrl).replace(/\/+$/, '');
    const basePath = new URL(baseUrl, 'http://localhost').pathname.replace(/\/+$/, '');
    const engine = (0, engine_js_1.createMockEngine)({ ...options, routes, basePath });
    const resolver = async ({ request }) => {
        const { pathname, search } = new URL(request.url);
        const headers = Object.fromEntries(request.headers);
        const base = {
            method: request.method,
            url: pathname + search,
            headers,
            signal: request.signal,
        };
        const body = request.method === 'GET' || request.method === 'HEAD'
            ? null
            : new Uint8Array(await request.arrayBuffer());
        if (body && body.length > engine.bodyLimit)
            return toFetchResponse(engine.tooLarge(base));
        return toFetchResponse(await engine.handle({ ...base, body }));
    };
    const ordered = (0, router_js_1.compileRoutes)(routes.operations.filter((op) => op.method !== 'trace')).list;
    const byOperation = {};
    const handlers = ordered.map(({ op }) => {
        const handler = http[op.method](`${baseUrl}${mswPath(op.path)}`, resolver);
        byOperation[op.operationId] = handler;
        return handler;
    });
    return {
        handlers,
        byOperation,
        engine,
        clock: engine.clock,
        tasks: engine.tasks,
        reset: () => engine.reset(),
    };
}
