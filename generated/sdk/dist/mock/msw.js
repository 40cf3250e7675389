import { bySpecificity, compileRoute } from './router.js';
import { createMockEngine, } from './engine.js';
const encoder = new TextEncoder();
/** `/mj/task/{id}/fetch` → `/mj/task/:id/fetch`; a parameter inside a segment becomes a wildcard segment. */
export function mswPath(template) {
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
export function toFetchResponse(result) {
    switch (result.kind) {
        case 'drop':
            return Response.error();
        case 'stall':
            return new Response(new ReadableStream({}), {
                status: result.status,
                headers: result.headers,
            });
        case 'stream': {
            const iterator = result.chunks[Symbol.asyncIterator]();
            const body = new ReadableStream({
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
            return new Response(body, { status: result.status, headers: result.headers });
        }
        case 'response': {
            const empty = result.status === 204 || result.status === 304 || result.body === null;
            const body = empty
                ? null
                : typeof result.body === 'string'
                    ? result.body
                    : new Uint8Array(result.body);
            return new Response(body, { status: result.status, headers: result.headers });
        }
    }
}
export function createMswHandlers(routes, http, options = {}) {
    const baseUrl = (options.baseUrl ?? routes.serverUrl).replace(/\/+$/, '');
    const basePath = new URL(baseUrl, 'http://localhost').pathname.replace(/\/+$/, '');
    const engine = createMockEngine({ ...options, routes, basePath });
    const resolver = async ({ request }) => {
        const url = new URL(request.url);
        const headers = {};
        request.headers.forEach((value, key) => (headers[key] = value));
        const base = {
            method: request.method,
            url: url.pathname + url.search,
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
    const ordered = routes.operations
        .filter((op) => op.method !== 'trace')
        .map(compileRoute)
        .sort(bySpecificity);
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
