/** The mock as a Node HTTP server: reads bodies (with a size limit), runs the engine, writes, streams, drops or stalls. */
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import type { MockRouteTable } from './types.js';
import {
  createMockEngine,
  type MockEngine,
  type MockEngineOptions,
  type MockRequest,
  type MockResult,
} from './engine.js';

export interface MockServerOptions extends Omit<MockEngineOptions, 'routes' | 'logger'> {
  routes: MockRouteTable;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Receives one line per request (`POST /v1/chat/completions 200 3ms createChatCompletion`) and diagnostics. */
  logger?: (line: string) => void;
  /** Answers a request before the engine does, when it returns a result (the docs site of `mock --docs`). */
  intercept?: (method: string, url: string) => MockResult | undefined;
}

/** The engine's clock, tasks, `reset` and `idle`, served over HTTP. */
export interface MockServer extends Pick<MockEngine, 'clock' | 'tasks' | 'reset' | 'idle'> {
  /** Base URL including the spec's base path, e.g. `http://127.0.0.1:4010`. */
  readonly url: string;
  readonly port: number;
  /** Stops listening and cuts open connections (streams, stalls). */
  close(): Promise<void>;
}

/**
 * Reads the body (with a size limit) and calls `done` once, at its end or when the request closes
 * early. Callbacks, not a promise: the common request is then answered in the same turn.
 */
function readBody(
  req: IncomingMessage,
  limit: number,
  done: (body: Uint8Array, tooLarge: boolean) => void,
  failed: (error: unknown) => void,
): void {
  let first: Buffer | undefined;
  let rest: Buffer[] | undefined;
  let size = 0;
  let tooLarge = Number(req.headers['content-length']) > limit;
  let finished = false;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    tooLarge ||= size > limit;
    // Past the limit keep draining (so the client can read the 413) but stop buffering; give up at 16x.
    if (tooLarge) {
      if (size > limit * 16) req.destroy();
    } else if (first === undefined) first = chunk;
    else (rest ??= [first]).push(chunk);
  });
  const end = (): void => {
    if (finished) return;
    finished = true;
    // A view, not a copy (a Buffer's `slice` would not copy, a Uint8Array's does).
    const all = rest ? Buffer.concat(rest) : (first ?? EMPTY);
    done(new Uint8Array(all.buffer, all.byteOffset, all.byteLength), tooLarge);
  };
  req.on('end', end).on('close', end);
  req.on('error', (error) => {
    if (finished) return;
    finished = true;
    failed(error);
  });
}

const EMPTY = Buffer.alloc(0);

/** Writes the result; returns what the log line says about it (a promise for streams and stalls). */
function send(
  req: IncomingMessage,
  res: ServerResponse,
  result: MockResult,
  signal: () => AbortSignal,
): number | string | Promise<number | string> {
  if (result.kind === 'drop') {
    req.socket.destroy();
    return 'drop';
  }
  if (result.kind !== 'response') return sendLater(res, result, signal);
  const { status, body } = result;
  const length = typeof body === 'string' ? Buffer.byteLength(body) : body?.byteLength;
  const empty = status === 204 || status === 304;
  res.writeHead(status, flatHeaders(result.headers, length !== undefined && !empty ? length : -1));
  res.end(req.method === 'HEAD' || status === 204 ? undefined : (body ?? undefined));
  return status;
}

/** A flat name/value list (repeated names stay separate headers), with `content-length` when `length` ≥ 0. */
function flatHeaders(headers: [string, string][], length: number): string[] {
  const flat: string[] = [];
  for (const [name, value] of headers) flat.push(name, value);
  if (length >= 0) flat.push('content-length', String(length));
  return flat;
}

/** Streams and stalls: the head now, then chunks as they come (or nothing, until the client goes). */
async function sendLater(
  res: ServerResponse,
  result: Extract<MockResult, { kind: 'stream' | 'stall' }>,
  signal: () => AbortSignal,
): Promise<number | string> {
  const aborted = result.kind === 'stream' ? signal() : undefined;
  res.writeHead(result.status, flatHeaders(result.headers, -1));
  res.flushHeaders();
  if (result.kind === 'stall') {
    // Never finishes: the client's timeout (or server close) ends it.
    await new Promise<void>((resolve) => res.on('close', () => resolve()));
    return `${result.status} stalled`;
  }
  try {
    // Leaving the loop (abort, a closed client) ends the stream's generator too.
    for await (const chunk of result.chunks) {
      if (aborted!.aborted) break;
      if (!res.write(chunk))
        await new Promise<void>((resolve) => res.once('drain', resolve).once('close', resolve));
    }
  } catch {
    // aborted mid-pause
  }
  if (aborted!.aborted) return `${result.status} aborted`;
  res.end();
  return result.status;
}

/** One request as the engine reads it; its abort signal is made only when asked for (a delay, a stream). */
class NodeMockRequest implements MockRequest {
  #abort: AbortController | undefined;
  constructor(
    readonly method: string,
    readonly url: string,
    readonly headers: IncomingHttpHeaders,
    readonly body: Uint8Array | null,
    private readonly res: ServerResponse,
  ) {}

  /** Aborts when the client goes away mid-answer. */
  get signal(): AbortSignal {
    if (this.#abort) return this.#abort.signal;
    const abort = (this.#abort = new AbortController());
    const { res } = this;
    const closed = (): void => {
      if (!res.writableFinished) abort.abort(new Error('client closed the connection'));
    };
    if (res.closed) closed();
    else res.on('close', closed);
    return abort.signal;
  }
}

/**
 * One request/response pair through the engine. Written without a promise when the engine has the
 * answer at once (most requests): a promise chain per request was a measurable share of its time.
 */
class Exchange {
  readonly started: number;
  readonly method: string;
  readonly url: string;
  request: NodeMockRequest | undefined;
  constructor(
    readonly req: IncomingMessage,
    readonly res: ServerResponse,
    readonly engine: MockEngine,
    readonly log: ((line: string) => void) | undefined,
  ) {
    this.started = log ? performance.now() : 0;
    this.method = req.method ?? 'GET';
    this.url = req.url ?? '/';
  }

  answer(page: MockResult | undefined, body: Uint8Array, tooLarge: boolean): void {
    const request = (this.request = new NodeMockRequest(
      this.method,
      this.url,
      this.req.headers,
      body,
      this.res,
    ));
    let result: MockResult | Promise<MockResult>;
    try {
      result = page ?? (tooLarge ? this.engine.tooLarge(request) : this.engine.handleNow(request));
    } catch (error) {
      return this.fail(error);
    }
    if (result instanceof Promise)
      result.then(
        (r) => this.write(r),
        (error: unknown) => this.fail(error),
      );
    else this.write(result);
  }

  write(result: MockResult): void {
    let status: number | string | Promise<number | string>;
    try {
      status = send(this.req, this.res, result, () => this.request!.signal);
    } catch (error) {
      return this.fail(error);
    }
    if (typeof status === 'object')
      status.then(
        (s) => this.logLine(s, result),
        (error: unknown) => this.fail(error),
      );
    else this.logLine(status, result);
  }

  logLine(status: number | string, result: MockResult): void {
    if (!this.log) return;
    const ms = Math.round(performance.now() - this.started);
    const { url } = this;
    const q = url.indexOf('?');
    const path = q === -1 ? url : url.slice(0, q);
    try {
      const note = 'note' in result && result.note !== undefined ? ` (${result.note})` : '';
      this.log!(`${this.method} ${path} ${status} ${ms}ms ${result.operationId ?? '-'}${note}`);
    } catch (error) {
      this.fail(error);
    }
  }

  fail(error: unknown): void {
    const { res } = this;
    const why = error instanceof Error ? (error.stack ?? error.message) : String(error);
    this.log?.(`${this.method} ${this.url} mock failure: ${why}`);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.writeHead(500, { 'content-type': 'application/json' });
    const failure = {
      message: 'mock server failure',
      type: 'server_error',
      param: null,
      code: null,
    };
    res.end(JSON.stringify({ error: failure }));
  }
}

export async function startMockServer(options: MockServerOptions): Promise<MockServer> {
  const log = options.logger;
  const engine = createMockEngine({ ...options, ...(log ? { logger: log } : {}) });
  const { intercept } = options;
  const server = createServer((req, res) => {
    const exchange = new Exchange(req, res, engine, log);
    const page = intercept?.(exchange.method, exchange.url);
    readBody(
      req,
      engine.bodyLimit,
      (body, tooLarge) => exchange.answer(page, body, tooLarge),
      (error) => exchange.fail(error),
    );
  });
  server.keepAliveTimeout = 5000;
  const host = options.host ?? '127.0.0.1';
  // Rejects on the server's 'error' (a port in use).
  await once(server.listen(options.port ?? 0, host), 'listening');
  const port = (server.address() as AddressInfo).port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  let closed: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${port}${engine.basePath}`,
    port,
    clock: engine.clock,
    tasks: engine.tasks,
    reset: () => engine.reset(),
    idle: () => engine.idle(),
    close(): Promise<void> {
      closed ??= new Promise<void>((resolve) => {
        engine.dispose();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
