/** The mock as a Node HTTP server: reads bodies (with a size limit), runs the engine, writes, streams, drops or stalls. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MockRouteTable } from './types.js';
import type { MockClock } from './clock.js';
import type { MockTasks } from './tasks.js';
import { createMockEngine, type MockEngineOptions, type MockResult } from './engine.js';

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

export interface MockServer {
  /** Base URL including the spec's base path, e.g. `http://127.0.0.1:4010`. */
  readonly url: string;
  readonly port: number;
  readonly clock: MockClock;
  readonly tasks: MockTasks;
  /** Forgets tasks and restarts ids. */
  reset(): void;
  /** Resolves when every callback POST started so far has been delivered (or failed). */
  idle(): Promise<void>;
  /** Stops listening and cuts open connections (streams, stalls). */
  close(): Promise<void>;
}

function readBody(
  req: IncomingMessage,
  limit: number,
): Promise<{ body: Uint8Array; tooLarge: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) tooLarge = true;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      // Past the limit keep draining (so the client can read the 413) but stop buffering; give up at 16x.
      if (!tooLarge) chunks.push(chunk);
      else if (size > limit * 16) req.destroy();
    });
    req.on('end', () => resolve({ body: new Uint8Array(Buffer.concat(chunks)), tooLarge }));
    req.on('error', reject);
    req.on('close', () => resolve({ body: new Uint8Array(Buffer.concat(chunks)), tooLarge }));
  });
}

function writeHead(res: ServerResponse, status: number, headers: [string, string][]): void {
  const grouped: Record<string, string | string[]> = {};
  for (const [k, v] of headers) {
    const prev = grouped[k];
    grouped[k] = prev === undefined ? v : ([] as string[]).concat(prev, v);
  }
  res.writeHead(status, grouped);
}

async function send(
  req: IncomingMessage,
  res: ServerResponse,
  result: MockResult,
  lazyAbort: { controller(): AbortController },
): Promise<number | string> {
  switch (result.kind) {
    case 'drop':
      req.socket.destroy();
      return 'drop';
    case 'stall':
      writeHead(res, result.status, result.headers);
      res.flushHeaders();
      // Never finishes: the client's timeout (or server close) ends it.
      await new Promise<void>((resolve) => res.on('close', () => resolve()));
      return `${result.status} stalled`;
    case 'stream': {
      const abort = lazyAbort.controller();
      writeHead(res, result.status, result.headers);
      res.flushHeaders();
      const iterator = result.chunks[Symbol.asyncIterator]();
      try {
        for (;;) {
          if (abort.signal.aborted) break;
          const next = await iterator.next();
          if (next.done) break;
          if (!res.write(next.value))
            await new Promise<void>((resolve) => res.once('drain', resolve).once('close', resolve));
        }
      } catch {
        // aborted mid-pause
      } finally {
        await iterator.return?.();
      }
      if (abort.signal.aborted) return `${result.status} aborted`;
      res.end();
      return result.status;
    }
    case 'response': {
      const isHead = req.method === 'HEAD';
      const body =
        result.body === null
          ? null
          : typeof result.body === 'string'
            ? Buffer.from(result.body, 'utf8')
            : Buffer.from(result.body.buffer, result.body.byteOffset, result.body.byteLength);
      const headers = result.headers.slice();
      if (body !== null && result.status !== 204 && result.status !== 304)
        headers.push(['content-length', String(body.length)]);
      writeHead(res, result.status, headers);
      res.end(isHead || result.status === 204 ? undefined : (body ?? undefined));
      return result.status;
    }
  }
}

/**
 * An abort signal for a client that goes away mid-answer, made only when the engine asks (a
 * delay, a stream): most answers are written at once and never need one.
 */
function closeSignal(res: ServerResponse): { controller(): AbortController } {
  let made: AbortController | undefined;
  return {
    controller(): AbortController {
      if (made) return made;
      const abort = new AbortController();
      made = abort;
      const closed = (): void => {
        if (!res.writableFinished) abort.abort(new Error('client closed the connection'));
      };
      if (res.closed) closed();
      else res.on('close', closed);
      return abort;
    },
  };
}

export async function startMockServer(options: MockServerOptions): Promise<MockServer> {
  const log = options.logger;
  const engine = createMockEngine({ ...options, ...(log ? { logger: log } : {}) });
  const server = createServer((req, res) => {
    const started = log ? performance.now() : 0;
    const abort = closeSignal(res);
    const requestUrl = req.url ?? '/';
    const base = { method: req.method ?? 'GET', url: requestUrl, headers: req.headers };
    const page = options.intercept?.(base.method, requestUrl);
    readBody(req, engine.bodyLimit)
      .then(({ body, tooLarge }) =>
        page
          ? page
          : tooLarge
            ? engine.tooLarge(base)
            : engine.handle({
                ...base,
                body,
                get signal(): AbortSignal {
                  return abort.controller().signal;
                },
              }),
      )
      .then(async (result) => {
        const status = await send(req, res, result, abort);
        if (log) {
          const ms = Math.round(performance.now() - started);
          log(
            `${base.method} ${requestUrl.split('?')[0]} ${status} ${ms}ms ${result.operationId ?? '-'}`,
          );
        }
      })
      .catch((error: unknown) => {
        log?.(
          `${base.method} ${requestUrl} mock failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
        if (!res.headersSent) {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(
            JSON.stringify({
              error: {
                message: 'mock server failure',
                type: 'server_error',
                param: null,
                code: null,
              },
            }),
          );
        } else res.destroy();
      });
  });
  server.keepAliveTimeout = 5000;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
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
