/**
 * MSW request handlers backed by the mock engine: the same examples, validation, task state and
 * streams as the HTTP mock, in-process. msw is not imported: pass its `http` namespace in
 * (`await createMswHandlers(http)`), so the package needs no dependency and works with msw 2 and later.
 */
import type { MockRouteTable } from './types.js';
import type { MockEngine, MockEngineOptions, MockResult } from './engine.js';
import { withPeerHint } from './peers.js';

export interface MswResolverInfo {
  request: Request;
}

export type MswResolver = (info: MswResolverInfo) => Promise<Response>;

/** The part of msw's `http` namespace the handlers use. */
export type MswHttpLike<H> = Record<
  'get' | 'post' | 'put' | 'patch' | 'delete' | 'head' | 'options',
  (path: string, resolver: MswResolver) => H
>;

export interface MswHandlersOptions extends Omit<
  MockEngineOptions,
  'routes' | 'basePath' | 'fetch'
> {
  /** Where the client sends requests (default: the spec's first server). */
  baseUrl?: string;
}

export interface MswMock<H, K extends string = string> extends Pick<
  MockEngine,
  'clock' | 'tasks' | 'reset'
> {
  /** Every operation's handler, most specific paths first: `setupServer(...mock.handlers)`. */
  handlers: H[];
  /** One handler per operationId, e.g. to re-register a single one with `server.use`. */
  byOperation: Record<K, H>;
  engine: MockEngine;
  /** The URL the handlers answer under (no trailing slash): the client's `baseUrl`. */
  baseUrl: string;
}

const encoder = new TextEncoder();

/** `/mj/task/{id}/fetch` → `/mj/task/:id/fetch`; a parameter inside a segment becomes a wildcard segment. */
export function mswPath(template: string): string {
  return template
    .split('/')
    .map((segment) => {
      const whole = /^\{([^}]+)\}$/.exec(segment);
      if (whole) return `:${whole[1]!.replace(/[^A-Za-z0-9_]/g, '_')}`;
      return segment.includes('{') ? '*' : segment;
    })
    .join('/');
}

export function toFetchResponse(result: MockResult): Response {
  if (result.kind === 'drop') return Response.error();
  const init = { status: result.status, headers: result.headers };
  if (result.kind === 'stall') return new Response(new ReadableStream<Uint8Array>({}), init);
  if (result.kind === 'response') {
    const { status, body } = result;
    const empty = status === 204 || status === 304 || body === null;
    return new Response(
      empty ? null : typeof body === 'string' ? body : new Uint8Array(body),
      init,
    );
  }
  const iterator = result.chunks[Symbol.asyncIterator]();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller): Promise<void> {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel(): Promise<void> {
      await iterator.return?.();
    },
  });
  return new Response(stream, init);
}

/**
 * Async because the engine imports the optional peers (Ajv): it is loaded here, not when this
 * module is, so importing the MSW entry works without them and a missing one rejects with the
 * same hint as `startMock`. Handlers built any other way would have no clock or tasks to return.
 */
export async function createMswHandlers<H, K extends string = string>(
  routes: MockRouteTable,
  http: MswHttpLike<H>,
  options: MswHandlersOptions = {},
): Promise<MswMock<H, K>> {
  // The router too: it reaches Ajv through the request coercion it shares with the engine.
  const [{ createMockEngine }, { compileRoutes }] = await withPeerHint(
    Promise.all([import('./engine.js'), import('./router.js')]),
  );
  const baseUrl = (options.baseUrl ?? routes.serverUrl).replace(/\/+$/, '');
  const basePath = new URL(baseUrl, 'http://localhost').pathname.replace(/\/+$/, '');
  const engine = createMockEngine({ ...options, routes, basePath });
  const resolver: MswResolver = async ({ request }) => {
    const { pathname, search } = new URL(request.url);
    const headers = Object.fromEntries(request.headers);
    const base = {
      method: request.method,
      url: pathname + search,
      headers,
      signal: request.signal,
    };
    const body =
      request.method === 'GET' || request.method === 'HEAD'
        ? null
        : new Uint8Array(await request.arrayBuffer());
    if (body && body.length > engine.bodyLimit) return toFetchResponse(engine.tooLarge(base));
    return toFetchResponse(await engine.handle({ ...base, body }));
  };
  const ordered = compileRoutes(routes.operations.filter((op) => op.method !== 'trace')).list;
  const byOperation = {} as Record<K, H>;
  const handlers = ordered.map(({ op }) => {
    const handler = http[op.method as Exclude<typeof op.method, 'trace'>](
      `${baseUrl}${mswPath(op.path)}`,
      resolver,
    );
    byOperation[op.operationId as K] = handler;
    return handler;
  });
  return {
    handlers,
    byOperation,
    engine,
    baseUrl,
    clock: engine.clock,
    tasks: engine.tasks,
    reset: () => engine.reset(),
  };
}
