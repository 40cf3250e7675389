/**
 * The mock engine: one request in, one result out. Platform-neutral (no `node:` imports), so the
 * same engine backs the Node HTTP server (`server.ts`) and in-process MSW handlers (`msw.ts`).
 *
 * A pipeline of small stages, each in its own module and each answering a failure as data that
 * the last stage shapes into the spec's error (errors.ts): route (router.ts: 404/405) → Prefer
 * (prefer.ts: 400 for what the mock does not know; `drop`) → auth (auth.ts: 401) → parse and
 * validate (request-checks.ts: 413/415/400/422) → `Prefer: delay` → answer (answer.ts: content
 * negotiation, streams, tasks, `Prefer: code`) → transport result (here: headers, stall, pacing).
 */
import type { ErrorDetail, MockOperation, MockRouteTable } from './types.js';
import { createSchemaCompiler } from './validate.js';
import { createClock, type ClockMode, type MockClock } from './clock.js';
import { TaskStore, type MockTasks, type TaskTiming } from './tasks.js';
import { parsePrefer } from './prefer.js';
import { errorBody } from './errors.js';
import { parseCookies } from './coerce.js';
import { challenge, checkCredentials } from './auth.js';
import { compileRoutes, routeRequest } from './router.js';
import { compileRequestCheck, validationFailure } from './request-checks.js';
import { loadMultipartParser } from './multipart.js';
import { createCallbackSender } from './callbacks.js';
import { DEFAULT_LIMITS, type ParseLimits } from './limits.js';
import { controlRoute } from './control.js';
import { sseChunks } from './sse.js';
import { answerRequest, type Answer, type RoutedRequest } from './answer.js';
import { requestTarget, type RequestTarget } from './target.js';

export interface MockEngineOptions {
  routes: MockRouteTable;
  /** `real` (default): time runs, scaled by `speed`; `manual`: time moves only on `clock.advance`. */
  clock?: ClockMode;
  speed?: number;
  /** Clock start in epoch ms (default: now). */
  startTime?: number;
  /** Largest accepted request body in bytes (default 25 MiB). */
  bodyLimit?: number;
  /** Deepest nesting accepted in a body or parameter value (default 64; deeper answers 400). */
  maxDepth?: number;
  /** Most form fields or multipart parts in one body (default 1000; more answers 413). */
  maxFields?: number;
  /** Accept only these credentials (bearer tokens, API keys, basic passwords); default: any well-formed one. */
  keys?: readonly string[];
  /** Most tasks kept; the oldest are evicted (default 1000). */
  taskStoreLimit?: number;
  taskTiming?: TaskTiming;
  /** Clock ms between stream chunks (default 20; in manual mode no wait unless `stepStreams`). */
  streamDelayMs?: number;
  /** Manual clock: each stream chunk waits for `clock.advance(streamDelayMs)` (step through a stream in tests). */
  stepStreams?: boolean;
  /** POST task callbacks (`notifyHook`) for real (default true). */
  callbacks?: boolean;
  /** Overrides the path prefix from the spec's first server. */
  basePath?: string;
  /** Receives diagnostic lines (callback failures). */
  logger?: (line: string) => void;
  /** Used to deliver callbacks (default: global fetch). */
  fetch?: typeof fetch;
}

export interface MockRequest {
  method: string;
  /** Path and query, e.g. `/v1/models?limit=2`. */
  url: string;
  /** Header names in any case; repeated headers joined with ", ". */
  headers: Record<string, string | string[] | undefined>;
  body: Uint8Array | null;
  /** Aborts delays and streams when the client goes away. */
  signal?: AbortSignal;
}

/** What every answer that reaches the client has. */
interface MockHead {
  status: number;
  headers: [string, string][];
  operationId?: string;
  /** Said after the request's log line: what the mock let through unchecked. */
  note?: string;
}

export type MockResult =
  | (MockHead & { kind: 'response'; body: Uint8Array | string | null })
  | (MockHead & { kind: 'stream'; chunks: AsyncIterable<string> })
  | (MockHead & { kind: 'stall' })
  | { kind: 'drop'; operationId?: string };

export interface MockEngine {
  handle(request: MockRequest): Promise<MockResult>;
  /**
   * `handle` without the promise when nothing has to wait (no `Prefer: delay`, no multipart parser
   * still loading): the Node server answers most requests in the turn that read them.
   */
  handleNow(request: MockRequest): MockResult | Promise<MockResult>;
  /** The 413 answer for a body over `bodyLimit` (the transport stops reading it). */
  tooLarge(request: Omit<MockRequest, 'body'>): MockResult;
  readonly bodyLimit: number;
  readonly basePath: string;
  readonly clock: MockClock;
  readonly tasks: MockTasks;
  /** Forgets every task and restarts ids and request counters. */
  reset(): void;
  /** Resolves when every callback POST started so far has finished. */
  idle(): Promise<void>;
  dispose(): void;
}

const PREFLIGHT_METHODS = 'GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS';

export function createMockEngine(options: MockEngineOptions): MockEngine {
  const table = options.routes;
  const compiler = createSchemaCompiler(table.schemas, table.checkSchemas);
  const clock = createClock({
    mode: options.clock ?? 'real',
    speed: options.speed ?? 1,
    ...(options.startTime !== undefined ? { startTime: options.startTime } : {}),
  });
  const bodyLimit = options.bodyLimit ?? 25 * 1024 * 1024;
  const limits: ParseLimits = {
    maxDepth: options.maxDepth ?? DEFAULT_LIMITS.maxDepth,
    maxFields: options.maxFields ?? DEFAULT_LIMITS.maxFields,
  };
  const basePath = (options.basePath ?? table.basePath).replace(/\/+$/, '');
  const streamDelayMs = options.streamDelayMs ?? 20;
  const stepStreams = options.stepStreams === true && clock.mode === 'manual';
  const log = options.logger ?? ((): void => undefined);
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
  const keys = options.keys && options.keys.length > 0 ? new Set(options.keys) : undefined;
  let requestCounter = 0;

  // Routes and request checks are compiled once, here.
  const routes = compileRoutes(table.operations);
  const checks = new Map(
    table.operations.map((op) => [op, compileRequestCheck(op, compiler, limits)]),
  );
  const byId = new Map(table.operations.map((op) => [op.operationId, op]));
  // The multipart parser is loaded only for a spec that has multipart bodies, from here on; a
  // request waits for it only while it loads, and one without it is answered 500 (the rest of the
  // mock keeps working, and the engine stays synchronous to create).
  const multipartOps = new Set(
    table.operations.filter((op) => op.requestBody?.contents.some((c) => c.kind === 'multipart')),
  );
  if (multipartOps.size > 0) void loadMultipartParser();

  const addCommonHeaders = (headers: [string, string][]): [string, string][] => {
    headers.push(
      ['x-request-id', `req_mock_${String(++requestCounter).padStart(6, '0')}`],
      ['access-control-allow-origin', '*'],
      ['access-control-expose-headers', '*'],
    );
    return headers;
  };

  /** The error stage: a failure in the spec's error shape (`op` may only lend it: `matched` false keeps it out of the log). */
  function fail(op: MockOperation | undefined, detail: ErrorDetail, matched = true): MockResult {
    const { value, mediaType } = errorBody(byId.get(op?.errorShape ?? ''), detail, compiler);
    const headers: [string, string][] = [['content-type', mediaType], ...(detail.headers ?? [])];
    addCommonHeaders(headers);
    const body = JSON.stringify(value);
    const result: MockResult = { kind: 'response', status: detail.status, headers, body };
    if (op && matched) result.operationId = op.operationId;
    return result;
  }

  /** The answer as the transport sends it: common headers, a paced stream, or a stall. */
  function deliver(req: RoutedRequest, answer: Answer, request: MockRequest): MockResult {
    const { op, prefer } = req;
    if (answer.kind === 'error') return fail(op, answer.detail);
    const headers: [string, string][] = [];
    if (answer.contentType) headers.push(['content-type', answer.contentType]);
    if (answer.kind === 'stream') headers.push(['cache-control', 'no-cache']);
    for (const header of answer.headers) if (header[0] !== 'x-request-id') headers.push(header);
    addCommonHeaders(headers);
    const { status } = answer;
    const operationId = op.operationId;
    if (prefer.stall) return { kind: 'stall', status, headers, operationId };
    if (answer.kind === 'body')
      return { kind: 'response', status, headers, body: answer.body, operationId };
    const chunks = sseChunks({
      frames: answer.frames,
      clock,
      delayMs: streamDelayMs,
      step: stepStreams,
      ...(request.signal ? { signal: request.signal } : {}),
    });
    return { kind: 'stream', status, headers, chunks, operationId };
  }

  /** Requests the API does not own: the control routes and CORS preflights. */
  function outOfBand(
    method: string,
    url: RequestTarget,
    headers: Record<string, string>,
    body: Uint8Array | null,
  ): MockResult | undefined {
    if (url.pathname.startsWith('/__mock/')) {
      const answer = controlRoute(method, url.pathname, body, {
        table,
        basePath,
        clock,
        tasks,
        reset: () => engine.reset(),
      });
      return {
        kind: 'response',
        status: answer.status,
        headers: addCommonHeaders([['content-type', 'application/json']]),
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

  function handleNow(request: MockRequest): MockResult | Promise<MockResult> {
    const url = requestTarget(request.url);
    const method = request.method.toLowerCase();
    const headers: Record<string, string> = {};
    // `for...in`, not Object.entries: the header copy is a large share of a request's time otherwise.
    for (const k in request.headers) {
      const v = request.headers[k];
      if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
    }
    const special = outOfBand(method, url, headers, request.body);
    if (special) return special;

    const routed = routeRequest(routes, basePath, method, url.pathname);
    if ('failure' in routed) return fail(routed.shape, routed.failure, routed.matched);
    const { op, params: path, rawParams: rawPath } = routed;

    const query = url.searchParams;
    const preferences = parsePrefer(headers.prefer, query);
    for (const name of ['__code', '__example']) if (query.has(name)) query.delete(name);
    if (!preferences.ok)
      return fail(op, { status: 400, message: preferences.message, param: null });
    const prefer = preferences.prefer;
    if (prefer.drop) return { kind: 'drop', operationId: op.operationId };

    const cookies = parseCookies(headers.cookie);
    // One object from here to the answer: a spread copy made the request path about twice as slow.
    const search = url.search;
    const req: RoutedRequest = {
      path,
      rawPath,
      query,
      search,
      headers,
      cookies,
      op,
      prefer,
      body: undefined,
    };
    const denied = checkCredentials(op, table.securitySchemes, req, keys);
    if (denied) {
      const value = challenge(op, table.securitySchemes);
      const headers: [string, string][] = value ? [['www-authenticate', value]] : [];
      return fail(op, { status: 401, message: denied, param: null, headers });
    }

    if (multipartOps.has(op)) return loadMultipartParser().then(() => checked(req, request));
    return checked(req, request);
  }

  /** The request checks, `Prefer: delay`, then the answer. */
  function checked(req: RoutedRequest, request: MockRequest): MockResult | Promise<MockResult> {
    const { op, prefer } = req;
    const parsed = checks.get(op)!(req, request.body);
    if ('reject' in parsed) return fail(op, parsed.reject);
    if (parsed.issues.length > 0)
      return fail(op, validationFailure(op, parsed.issues, parsed.value));
    const answer = (): MockResult => {
      req.body = parsed.value;
      const result = deliver(req, answerRequest(req, tasks), request);
      if (parsed.note !== undefined && result.kind !== 'drop') result.note = parsed.note;
      return result;
    };
    if (!prefer.delay) return answer();
    return clock.sleep(prefer.delay, request.signal).then(answer, () => ({
      kind: 'drop',
      operationId: op.operationId,
    }));
  }

  const engine: MockEngine = {
    handle: async (request) => handleNow(request),
    handleNow,
    tooLarge(request: Omit<MockRequest, 'body'>): MockResult {
      const url = requestTarget(request.url);
      const routed = routeRequest(routes, basePath, request.method.toLowerCase(), url.pathname);
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
    reset(): void {
      tasks.reset();
      requestCounter = 0;
    },
    idle: () => callbacks.idle(),
    dispose(): void {
      clock.dispose();
      tasks.clear();
    },
  };
  return engine;
}
