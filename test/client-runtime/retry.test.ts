import { describe, expect, it } from 'vitest';
import { RETRY_POLICY } from '../../generator/ir/retry-policy.js';
import {
  APIConnectionError,
  InternalServerError,
  RateLimitError,
} from '../../templates/client/errors.js';
import {
  isRequestNotSent,
  retryDelayMs,
  shouldRetryResponse,
  retrying,
} from '../../templates/client/retry.js';
import { APIClient } from '../../templates/client/api-client.js';
import { captureLogger, closedPort, json, startServer, TestClient } from './helpers.js';

describe('retries over HTTP', () => {
  it('honours Retry-After (seconds) on 429, then succeeds', async () => {
    let calls = 0;
    const server = await startServer((_req, res) => {
      calls++;
      if (calls === 1) json(res, 429, { error: { message: 'slow down' } }, { 'retry-after': '1' });
      else json(res, 200, { ok: true });
    });
    const log = captureLogger();
    const client = new TestClient({ baseUrl: server.url, logger: log.logger, logLevel: 'debug' });
    const data = await client.request<{ ok: boolean }>({
      method: 'get',
      path: '/r',
      retry: 'safe',
      auth: 'bearer',
    });
    expect(data).toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
    expect(log.text()).toContain('in 1000 ms after status 429');
  });

  it('retries 503 then succeeds (safe op)', async () => {
    let calls = 0;
    const server = await startServer((_req, res) => {
      calls++;
      if (calls === 1) json(res, 503, { error: 'busy' });
      else json(res, 200, { n: calls });
    });
    const client = new TestClient({ baseUrl: server.url });
    await expect(
      client.request({ method: 'get', path: '/x', retry: 'safe', auth: 'bearer' }),
    ).resolves.toEqual({ n: 2 });
  });

  it('gives up after maxRetries with the status class', async () => {
    const server = await startServer((_req, res) => json(res, 500, { error: { message: 'boom' } }));
    const client = new TestClient({ baseUrl: server.url, maxRetries: 2 });
    const error = await client
      .request({ method: 'get', path: '/x', retry: 'safe', auth: 'bearer' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(3);
  });

  it('x-should-retry: false stops a retry the status would allow', async () => {
    const server = await startServer((_req, res) =>
      json(res, 503, {}, { 'x-should-retry': 'false' }),
    );
    const client = new TestClient({ baseUrl: server.url });
    await expect(
      client.request({ method: 'get', path: '/x', retry: 'safe', auth: 'bearer' }),
    ).rejects.toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });

  it('an unsafe (paid) submit is not re-sent on 429 or 503', async () => {
    const server = await startServer((_req, res) =>
      json(res, 429, { error: 'rate' }, { 'retry-after-ms': '1' }),
    );
    const client = new TestClient({ baseUrl: server.url });
    await expect(
      client.request({ method: 'post', path: '/submit', retry: 'unsafe', auth: 'bearer' }),
    ).rejects.toBeInstanceOf(RateLimitError);
    expect(server.requests).toHaveLength(1);
  });

  it('an unsafe submit is re-sent when the server says x-should-retry: true', async () => {
    let calls = 0;
    const server = await startServer((_req, res) => {
      calls++;
      if (calls === 1) json(res, 503, {}, { 'x-should-retry': 'true', 'retry-after-ms': '1' });
      else json(res, 200, { id: 't1' });
    });
    const client = new TestClient({ baseUrl: server.url });
    await expect(
      client.request({ method: 'post', path: '/submit', retry: 'unsafe', auth: 'bearer' }),
    ).resolves.toEqual({ id: 't1' });
  });

  it('a reset connection is retried for a safe op', async () => {
    let calls = 0;
    const server = await startServer((req, res) => {
      calls++;
      if (calls === 1) req.socket.destroy();
      else json(res, 200, { ok: 1 });
    });
    const client = new TestClient({ baseUrl: server.url });
    await expect(
      client.request({ method: 'get', path: '/x', retry: 'safe', auth: 'bearer' }),
    ).resolves.toEqual({ ok: 1 });
    expect(server.requests).toHaveLength(2);
  });

  it('an unsafe submit whose connection resets after sending is not re-sent', async () => {
    const server = await startServer((req) => req.socket.destroy());
    const client = new TestClient({ baseUrl: server.url });
    const error = await client
      .request({
        method: 'post',
        path: '/submit',
        retry: 'unsafe',
        auth: 'bearer',
        body: { kind: 'json', value: { prompt: 'a cat' } },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as APIConnectionError).requestNotSent).toBe(false);
    expect(server.requests).toHaveLength(1);
  });

  it('the idempotent option lets an unsafe call retry like a safe one', async () => {
    let calls = 0;
    const server = await startServer((req, res) => {
      calls++;
      if (calls === 1) req.socket.destroy();
      else json(res, 200, { ok: 2 });
    });
    const client = new TestClient({ baseUrl: server.url });
    const call = client.request(
      { method: 'post', path: '/submit', retry: 'unsafe', auth: 'bearer' },
      { idempotent: true },
    );
    await expect(call).resolves.toEqual({ ok: 2 });
  });

  it('an unsafe submit is re-sent after "connection refused" (never reached a server)', async () => {
    const server = await startServer((_req, res) => json(res, 200, { id: 'job-1' }));
    const dead = await closedPort();
    let calls = 0;
    const client = new TestClient({
      baseUrl: server.url,
      fetch: (url, init) => {
        calls++;
        // First attempt goes to a port where nothing listens: a real ECONNREFUSED from fetch.
        return fetch(calls === 1 ? url.replace(`:${server.port}`, `:${dead}`) : url, init);
      },
    });
    await expect(
      client.request({ method: 'post', path: '/submit', retry: 'unsafe', auth: 'bearer' }),
    ).resolves.toEqual({ id: 'job-1' });
    expect(calls).toBe(2);
    expect(server.requests).toHaveLength(1);
  });

  it('connection refused without retries left is an APIConnectionError marked requestNotSent', async () => {
    const dead = await closedPort();
    const client = new TestClient({ baseUrl: `http://127.0.0.1:${dead}`, maxRetries: 0 });
    const error = await client
      .request({ method: 'post', path: '/submit', retry: 'unsafe', auth: 'bearer' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as APIConnectionError).requestNotSent).toBe(true);
    // The message names what happened (the innermost cause), not only "Connection error.".
    expect((error as Error).message).toBe(
      `Connection error: connect ECONNREFUSED 127.0.0.1:${dead}.`,
    );
  });
});

describe('retry decisions', () => {
  const headers = (init: Record<string, string>): Headers => new Headers(init);
  const table: [string, { given: Parameters<typeof retryDelayMs>; want: number }][] = [
    [
      'retry-after-ms wins',
      {
        given: [headers({ 'retry-after-ms': '250', 'retry-after': '9' }), 0, RETRY_POLICY, 0, 0],
        want: 250,
      },
    ],
    [
      'retry-after seconds',
      { given: [headers({ 'retry-after': '3' }), 0, RETRY_POLICY, 0, 0], want: 3000 },
    ],
    [
      'retry-after HTTP date',
      {
        given: [
          headers({ 'retry-after': 'Thu, 01 Jan 1970 00:00:05 GMT' }),
          0,
          RETRY_POLICY,
          1000,
          0,
        ],
        want: 4000,
      },
    ],
    [
      'over 60 s falls back to backoff',
      { given: [headers({ 'retry-after': '120' }), 0, RETRY_POLICY, 0, 0], want: 500 },
    ],
    [
      'negative falls back to backoff',
      { given: [headers({ 'retry-after-ms': '-5' }), 1, RETRY_POLICY, 0, 0], want: 1000 },
    ],
    ['backoff doubles', { given: [undefined, 2, RETRY_POLICY, 0, 0], want: 2000 }],
    ['backoff is capped at 8 s', { given: [undefined, 10, RETRY_POLICY, 0, 0], want: 8000 }],
    ['jitter takes up to 25% off', { given: [undefined, 0, RETRY_POLICY, 0, 0.999], want: 375 }],
  ];
  it.each(table)('%s', (_title, { given, want }) => {
    expect(retryDelayMs(...given)).toBe(want);
  });

  it('retryable statuses by class', () => {
    const response = (status: number): Response => new Response(null, { status });
    expect(
      [408, 409, 429, 500, 502, 503].every((s) =>
        shouldRetryResponse(response(s), 'safe', RETRY_POLICY),
      ),
    ).toBe(true);
    expect(
      [400, 401, 403, 404, 422].some((s) => shouldRetryResponse(response(s), 'safe', RETRY_POLICY)),
    ).toBe(false);
    expect(
      [408, 409, 429, 500, 503].some((s) =>
        shouldRetryResponse(response(s), 'unsafe', RETRY_POLICY),
      ),
    ).toBe(false);
  });

  it('reads every number from the policy it is given, not from constants of its own', () => {
    const policy = {
      ...RETRY_POLICY,
      initialDelayMs: 100,
      maxDelayMs: 300,
      maxServerDelayMs: 1000,
      jitter: 0.5,
      retryStatuses: [418],
      retryStatusFrom: 599,
      hintHeader: 'x-retry-please',
    };
    const response = (status: number, headers: Record<string, string> = {}): Response =>
      new Response(null, { status, headers });
    expect(shouldRetryResponse(response(418), 'safe', policy)).toBe(true);
    expect(shouldRetryResponse(response(503), 'safe', policy)).toBe(false);
    expect(shouldRetryResponse(response(599), 'safe', policy)).toBe(true);
    expect(shouldRetryResponse(response(400, { 'x-retry-please': 'true' }), 'unsafe', policy)).toBe(
      true,
    );
    expect(retryDelayMs(undefined, 1, policy, 0, 0)).toBe(200);
    expect(retryDelayMs(undefined, 5, policy, 0, 0)).toBe(300);
    expect(retryDelayMs(undefined, 0, policy, 0, 0.999)).toBe(50);
    expect(retryDelayMs(new Headers({ 'retry-after': '2' }), 0, policy, 0, 0)).toBe(100);
  });

  it('the client takes its default retry count and statuses from the config policy', async () => {
    let calls = 0;
    const server = await startServer((_req, res) => {
      calls++;
      json(res, 418, { error: { message: 'teapot' } });
    });
    class PolicyClient extends TestClient {}
    const client = new PolicyClient({ baseUrl: server.url });
    const custom = new (class extends APIClient {})(
      { apiKey: 'sk-policy-test-key', baseUrl: server.url, backoff: { initialDelayMs: 1 } },
      {
        envPrefix: 'TESTAPI',
        authSchemes: {},
        retryPolicy: { ...RETRY_POLICY, maxRetries: 3, retryStatuses: [418] },
        retrying,
      },
    );
    expect(client.maxRetries).toBe(RETRY_POLICY.maxRetries);
    expect(custom.maxRetries).toBe(3);
    expect(custom.retryPolicy?.initialDelayMs).toBe(1);
    await expect(custom.get('/tea')).rejects.toThrow('teapot');
    expect(calls).toBe(4);
  });

  it('recognises pre-connection failures through the cause chain, and nothing else', () => {
    const err = (code: string): Error => Object.assign(new Error(code), { code });
    expect(isRequestNotSent(new TypeError('fetch failed', { cause: err('ECONNREFUSED') }))).toBe(
      true,
    );
    expect(isRequestNotSent(new TypeError('fetch failed', { cause: err('ENOTFOUND') }))).toBe(true);
    expect(
      isRequestNotSent(
        Object.assign(new AggregateError([err('ECONNREFUSED'), err('ENETUNREACH')]), {
          code: 'ECONNREFUSED',
        }),
      ),
    ).toBe(true);
    expect(isRequestNotSent(new AggregateError([err('ECONNREFUSED'), err('ECONNRESET')]))).toBe(
      false,
    );
    expect(isRequestNotSent(new TypeError('fetch failed', { cause: err('ECONNRESET') }))).toBe(
      false,
    );
    expect(isRequestNotSent(new TypeError('fetch failed', { cause: err('UND_ERR_SOCKET') }))).toBe(
      false,
    );
    expect(isRequestNotSent(new TypeError('Failed to fetch'))).toBe(false);
  });
});
