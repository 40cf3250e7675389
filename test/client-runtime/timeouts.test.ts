import { describe, expect, it } from 'vitest';
import { APIConnectionTimeoutError, APIUserAbortError } from '../../templates/client/errors.js';
import { json, startServer, TestClient } from './helpers.js';

describe('timeouts and abort', () => {
  it('slow headers raise APIConnectionTimeoutError', async () => {
    const server = await startServer((_req, res) => {
      setTimeout(() => json(res, 200, { late: true }), 2000).unref();
    });
    const client = new TestClient({ baseUrl: server.url, timeout: 80, maxRetries: 0 });
    await expect(
      client.request({ method: 'get', path: '/slow', retry: 'safe', auth: 'bearer' }),
    ).rejects.toBeInstanceOf(APIConnectionTimeoutError);
  });

  it('the timeout also covers reading the body', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"partial":');
      // Never finishes the body.
    });
    const client = new TestClient({ baseUrl: server.url, timeout: 100, maxRetries: 0 });
    await expect(
      client.request({ method: 'get', path: '/stall', retry: 'safe', auth: 'bearer' }),
    ).rejects.toBeInstanceOf(APIConnectionTimeoutError);
  });

  it('a timed-out safe call is retried; each attempt gets its own timeout', async () => {
    let calls = 0;
    const server = await startServer((_req, res) => {
      calls++;
      if (calls === 1) setTimeout(() => json(res, 200, { late: true }), 10_000).unref();
      else json(res, 200, { attempt: calls });
    });
    // Long enough for the second attempt on a loaded machine; the first never answers in time.
    const client = new TestClient({ baseUrl: server.url, timeout: 1000 });
    await expect(
      client.request({ method: 'get', path: '/x', retry: 'safe', auth: 'bearer' }),
    ).resolves.toEqual({ attempt: 2 });
  });

  it('a timed-out unsafe submit is not re-sent', async () => {
    const server = await startServer((_req, res) => {
      setTimeout(() => json(res, 200, { late: true }), 10_000).unref();
    });
    // Long enough for the request to arrive on a loaded machine; the answer never comes in time.
    const client = new TestClient({ baseUrl: server.url, timeout: 1500 });
    await expect(
      client.request({ method: 'post', path: '/submit', retry: 'unsafe', auth: 'bearer' }),
    ).rejects.toBeInstanceOf(APIConnectionTimeoutError);
    expect(server.requests).toHaveLength(1);
  });

  it('a user abort raises APIUserAbortError and is never retried', async () => {
    const controller = new AbortController();
    // Never answers; the caller aborts once the request has arrived (not after a fixed delay,
    // which a loaded machine may not honour before the request is even sent).
    const server = await startServer(() => controller.abort());
    const client = new TestClient({ baseUrl: server.url });
    const call = client.request(
      { method: 'get', path: '/hang', retry: 'safe', auth: 'bearer' },
      { signal: controller.signal },
    );
    await expect(call).rejects.toBeInstanceOf(APIUserAbortError);
    expect(server.requests).toHaveLength(1);
  });

  it('an already-aborted signal sends nothing', async () => {
    const server = await startServer((_req, res) => json(res, 200, {}));
    const client = new TestClient({ baseUrl: server.url });
    const call = client.request(
      { method: 'get', path: '/x', retry: 'safe', auth: 'bearer' },
      { signal: AbortSignal.abort() },
    );
    await expect(call).rejects.toBeInstanceOf(APIUserAbortError);
    expect(server.requests).toHaveLength(0);
  });

  it('aborting during the retry wait stops at once', async () => {
    const controller = new AbortController();
    // A 30 s wait; the caller aborts 100 ms after the first answer went out.
    const server = await startServer((_req, res) => {
      json(res, 503, {}, { 'retry-after': '30' });
      setTimeout(() => controller.abort(), 100);
    });
    const client = new TestClient({ baseUrl: server.url });
    const call = client.request(
      { method: 'get', path: '/x', retry: 'safe', auth: 'bearer' },
      { signal: controller.signal },
    );
    await expect(call).rejects.toBeInstanceOf(APIUserAbortError);
    expect(server.requests).toHaveLength(1);
  });

  it('timeouts past the setTimeout limit (Infinity, 30 days) wait instead of firing at once', async () => {
    const server = await startServer((_req, res) => {
      // Later than the 1 ms an overflowing setTimeout would wait.
      setTimeout(() => json(res, 200, { late: true }), 100).unref();
    });
    for (const timeout of [Infinity, 30 * 24 * 3600 * 1000]) {
      const client = new TestClient({ baseUrl: server.url, timeout, maxRetries: 0 });
      await expect(
        client.request({ method: 'get', path: '/slow', retry: 'safe', auth: 'bearer' }),
      ).resolves.toEqual({ late: true });
    }
  });

  it('a zero, negative or NaN timeout is refused by name, on the client and per call; Infinity is accepted', async () => {
    const server = await startServer((_req, res) => json(res, 200, { ok: true }));
    for (const timeout of [0, -1, NaN, -Infinity]) {
      const message = `\`timeout\` must be more than 0 milliseconds (Infinity for no limit), not ${timeout}.`;
      expect(() => new TestClient({ baseUrl: server.url, timeout })).toThrow(message);
      const client = new TestClient({ baseUrl: server.url });
      await expect(
        client.request({ method: 'get', path: '/x', retry: 'safe', auth: 'bearer' }, { timeout }),
      ).rejects.toThrow(message);
    }
    expect(server.requests).toHaveLength(0);
    // The control: the limits that mean something are accepted.
    const client = new TestClient({ baseUrl: server.url, timeout: Infinity, idleTimeout: 0 });
    await expect(
      client.request(
        { method: 'get', path: '/x', retry: 'safe', auth: 'bearer' },
        { timeout: 5000 },
      ),
    ).resolves.toEqual({ ok: true });
  });
});
