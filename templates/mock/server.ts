/** The mock as a Node HTTP server: reads bodies (with a size limit), runs the engine, writes, streams, drops or stalls. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import type { MockRouteTable } from './types.js';
import {
  createMockEngine,
  type MockEngine,
  type MockEngineOptions,
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

function readBody(
  req: IncomingMessage,
  limit: number,
): Promise<{ body: Uint8Array; tooLarge: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = Number(req.headers['content-length']) > limit;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      tooLarge ||= size > limit;
      // Past the limit keep draining (so the client can read the 413) but stop buffering; give up at 16x.
      if (!tooLarge) chunks.push(chunk);
      else if (size > limit * 16) req.destroy();
    });
    const done = (): void => {
      // A view, not a copy (a Buffer's `slice` would not copy, a Uint8Array's does).
      const all = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
      resolve({ body: new Uint8Array(all.buffer, all.byteOffset, all.byteLength), tooLarge });
    };
    req.on('end', done).on('close', done).on('error', reject);
  });
}

/** Writes the result; returns what the log line says about it. */
async function send(
  req: IncomingMessage,
  res: ServerResponse,
  result: MockResult,
  signal: () => AbortSignal,
): Promise<number | string> {
  if (result.kind === 'drop') {
    req.socket.destroy();
    return 'drop';
  }
  if (result.kind === 'response') {
    const { status, body } = result;
    const length = typeof body === 'string' ? Buffer.byteLength(body) : body?.byteLength;
    const empty = status === 204 || status === 304;
    // A flat name/value list: repeated names stay separate headers.
    const headers = result.headers.flat();
    if (length !== undefined && !empty) headers.push('content-length', String(length));
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' || status === 204 ? undefined : (body ?? undefined));
    return status;
  }
  const aborted = result.kind === 'stream' ? signal() : undefined;
  res.writeHead(result.status, result.headers.flat());
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

/**
 * An abort signal for a client that goes away mid-answer, made only when the engine asks (a
 * delay, a stream): most answers are written at once and never need one.
 */
function closeSignal(res: ServerResponse): () => AbortSignal {
  let made: AbortController | undefined;
  return () => {
    if (made) return made.signal;
    const abort = (made = new AbortController());
    const closed = (): void => {
      if (!res.writableFinished) abort.abort(new Error('client closed the connection'));
    };
    if (res.closed) closed();
    else res.on('close', closed);
    return abort.signal;
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
                  return abort();
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
        const why = error instanceof Error ? (error.stack ?? error.message) : String(error);
        log?.(`${base.method} ${requestUrl} mock failure: ${why}`);
        if (res.headersSent) return res.destroy();
        res.writeHead(500, { 'content-type': 'application/json' });
        const failure = {
          message: 'mock server failure',
          type: 'server_error',
          param: null,
          code: null,
        };
        res.end(JSON.stringify({ error: failure }));
      });
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
