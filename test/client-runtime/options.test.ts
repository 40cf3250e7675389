import { afterEach, describe, expect, it } from 'vitest';
import { RETRY_POLICY } from '../../generator/ir/retry-policy.js';
import { BaseClient } from '../../templates/client/client.js';
import { ShellApiError } from '../../templates/client/errors.js';
import { json, startServer, TestClient } from './helpers.js';

const saved = { key: process.env['TESTAPI_API_KEY'], url: process.env['TESTAPI_BASE_URL'] };
afterEach(() => {
  for (const [name, value] of [
    ['TESTAPI_API_KEY', saved.key],
    ['TESTAPI_BASE_URL', saved.url],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

describe('client options', () => {
  it('reads the key and base URL from <PREFIX>_API_KEY / <PREFIX>_BASE_URL', async () => {
    const server = await startServer((_req, res) => json(res, 200, {}));
    process.env['TESTAPI_API_KEY'] = 'sk-from-env-123456';
    process.env['TESTAPI_BASE_URL'] = `${server.url}/`;
    const client = new TestClient({ apiKey: undefined });
    expect(client.baseUrl).toBe(server.url);
    await client.request({ method: 'get', path: '/x', retry: 'safe', auth: 'bearer' });
    expect(server.requests[0]!.headers['authorization']).toBe('Bearer sk-from-env-123456');
  });

  it('fails clearly without a key, naming the variable, and without a base URL', async () => {
    delete process.env['TESTAPI_API_KEY'];
    delete process.env['TESTAPI_BASE_URL'];
    expect(() => new TestClient({ apiKey: undefined })).toThrow(/TESTAPI_BASE_URL/);
    const client = new TestClient({ apiKey: undefined, baseUrl: 'http://127.0.0.1:9' });
    await expect(
      client.request({ method: 'get', path: '/x', retry: 'safe', auth: 'bearer' }),
    ).rejects.toThrow(ShellApiError);
    await expect(
      client.request({ method: 'get', path: '/x', retry: 'safe', auth: 'bearer' }),
    ).rejects.toThrow(/TESTAPI_API_KEY/);
  });

  it('sends the key only when present for operations that also allow anonymous calls', async () => {
    const server = await startServer((_req, res) => json(res, 200, {}));
    delete process.env['TESTAPI_API_KEY'];
    await new TestClient({ apiKey: undefined, baseUrl: server.url }).request({
      method: 'get',
      path: '/x',
      retry: 'safe',
      auth: 'bearer',
      authOptional: true,
    });
    expect(server.requests[0]!.headers['authorization']).toBeUndefined();
  });

  it('withOptions copies the client with changes; defaultHeaders and per-call headers merge (null removes)', async () => {
    const server = await startServer((_req, res) => json(res, 200, {}));
    const base = new TestClient({
      baseUrl: server.url,
      defaultHeaders: { 'x-team': 'a', 'x-drop': 'me' },
    });
    const copy = base.withOptions({ maxRetries: 0 });
    expect(copy).toBeInstanceOf(TestClient);
    expect(copy.maxRetries).toBe(0);
    expect(base.maxRetries).toBe(2);
    await copy.request(
      { method: 'get', path: '/x', retry: 'safe', auth: 'bearer' },
      { headers: { 'x-call': '1', 'x-drop': null } },
    );
    const headers = server.requests[0]!.headers;
    expect([headers['x-team'], headers['x-call'], headers['x-drop']]).toEqual([
      'a',
      '1',
      undefined,
    ]);
  });

  it('header parameters go between the defaults and the per-call headers; a null parameter keeps the default, as in Python', async () => {
    const server = await startServer((_req, res) => json(res, 200, {}));
    const client = new TestClient({
      baseUrl: server.url,
      defaultHeaders: { 'x-team': 'a', 'x-trace': 'on', 'x-keep': 'k' },
    });
    await client.request(
      {
        method: 'get',
        path: '/x',
        retry: 'safe',
        auth: 'bearer',
        // Simple style: a date is its ISO string; an absent or null parameter leaves the default.
        headers: { 'x-team': 'b', 'x-trace': null, 'x-since': new Date(0), 'x-keep': undefined },
      },
      { headers: { 'x-team': 'c' } },
    );
    const headers = server.requests[0]!.headers;
    expect([headers['x-team'], headers['x-trace'], headers['x-since'], headers['x-keep']]).toEqual([
      'c',
      'on',
      '1970-01-01T00:00:00.000Z',
      'k',
    ]);
  });

  it('the plug-ins set the settings they govern (retries, retry policy with backoff, size cap); a bare client has none of them', () => {
    const options = { apiKey: 'sk-x', baseUrl: 'http://127.0.0.1:9' };
    const bare = new BaseClient(options, { envPrefix: 'TESTAPI', authSchemes: {} });
    expect([bare.maxRetries, bare.retryPolicy, bare.maxResponseBytes]).toEqual([
      0,
      undefined,
      Infinity,
    ]);
    const full = new TestClient({ ...options, backoff: { initialDelayMs: 7 } });
    expect(full.maxRetries).toBe(RETRY_POLICY.maxRetries);
    expect(full.retryPolicy).toEqual({ ...RETRY_POLICY, initialDelayMs: 7 });
    expect(full.maxResponseBytes).toBe(64 * 1024 * 1024);
    const set = full.withOptions({ maxRetries: 5, maxResponseBytes: 1000 });
    expect([set.maxRetries, set.maxResponseBytes]).toEqual([5, 1000]);
    // The copy keeps the `backoff` of the client it came from.
    expect(set.retryPolicy?.initialDelayMs).toBe(7);
  });
});
