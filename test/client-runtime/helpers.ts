/** A real HTTP server on 127.0.0.1 (port 0) and a client subclass for the runtime tests. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';
import { RETRY_POLICY } from '../../generator/ir/retry-policy.js';
import { basicCredentials } from '../../templates/client/basic-auth.js';
import { guardedReading } from '../../templates/client/body-reader.js';
import { APIClient } from '../../templates/client/api-client.js';
import type { ClientOptions } from '../../templates/client/client.js';
import { safeLogging } from '../../templates/client/logger.js';
import { scrubSecrets } from '../../templates/client/redact.js';
import { retrying } from '../../templates/client/retry.js';

export const API_KEY = 'sk-test-SECRET-0123456789abcdef';

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse, body: Buffer) => void;

export interface TestServer {
  url: string;
  port: number;
  /** Requests seen, in order. */
  requests: { method: string; url: string; headers: http.IncomingHttpHeaders; body: Buffer }[];
  /** Resolves when a response the server is writing gets closed by the client. */
  closed: Promise<void>;
  close(): Promise<void>;
}

const open: TestServer[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => server.close()));
});

export async function startServer(handler: Handler): Promise<TestServer> {
  const requests: TestServer['requests'] = [];
  let markClosed!: () => void;
  const closed = new Promise<void>((resolve) => {
    markClosed = resolve;
  });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      res.on('close', () => {
        if (!res.writableFinished) markClosed();
      });
      handler(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const result: TestServer = {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    closed,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  open.push(result);
  return result;
}

/** A port nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export class TestClient extends APIClient {
  constructor(options: ClientOptions = {}) {
    super(
      { apiKey: API_KEY, backoff: { initialDelayMs: 5, maxDelayMs: 20 }, ...options },
      {
        envPrefix: 'TESTAPI',
        authSchemes: {
          bearer: { type: 'bearer' },
          basic: { type: 'basic', encode: basicCredentials },
          header: { type: 'header', name: 'api-key' },
          query: { type: 'query', name: 'key' },
        },
        // The IR's policy, as the generated CLIENT_CONFIG passes it.
        retryPolicy: RETRY_POLICY,
        // As the generated client class adds them.
        scrubbing: scrubSecrets,
        logging: safeLogging,
        retrying,
        reading: guardedReading,
      },
    );
  }
}

export function json(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** Captures everything a logger receives, as text. */
export function captureLogger(): {
  logger: Record<'debug' | 'info' | 'warn' | 'error', (...args: unknown[]) => void>;
  text: () => string;
} {
  const lines: string[] = [];
  const push = (...args: unknown[]): void => {
    lines.push(args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' '));
  };
  return {
    logger: { debug: push, info: push, warn: push, error: push },
    text: () => lines.join('\n'),
  };
}
