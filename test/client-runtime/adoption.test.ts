/**
 * Issue 13's runtime items against a real server on 127.0.0.1: waits bound every poll by their
 * budget, the task handle is an eager real Promise, `Retry-After` beyond the ceiling gives up with
 * the requested wait, a `baseUrl` ending in the API's own first segment is not doubled, and a
 * refused submit names the vendor's reason.
 */
import { buildPath } from '../../templates/client/path.js';
import { describe, expect, it } from 'vitest';
import {
  BaseClient,
  type ClientOptions,
  type RequestOptions,
} from '../../templates/client/client.js';
import {
  APIError,
  RateLimitError,
  TaskSubmitError,
  TaskTimeoutError,
} from '../../templates/client/errors.js';
import {
  submitAndWait,
  waitForTask,
  type TaskDescriptor,
  type TaskSnapshot,
} from '../../templates/client/tasks.js';
import { RETRY_POLICY } from '../../generator/ir/retry-policy.js';
import { safeLogging } from '../../templates/client/logger.js';
import { scrubSecrets } from '../../templates/client/redact.js';
import { API_KEY, captureLogger, json, startServer, TestClient } from './helpers.js';

interface MjTask {
  id: string;
  status: string;
  progress?: string;
  imageUrl?: string;
}

const descriptor: TaskDescriptor<MjTask> = {
  family: 'midjourney',
  poll: (client: BaseClient, id: string, options: RequestOptions) =>
    client.request<MjTask>(
      {
        method: 'get',
        path: '/mj/task/{id}/fetch',
        pathParams: { id },
        expandPath: buildPath,
        retry: 'safe',
        auth: 'bearer',
      },
      options,
    ),
  status: '/status',
  result: ['/imageUrl'],
  states: {
    queued: ['SUBMITTED'],
    running: ['IN_PROGRESS'],
    succeeded: ['SUCCESS'],
    failed: ['FAILURE'],
    cancelled: [],
  },
  intervalMs: 10,
  timeoutMs: 5_000,
  retryPolicy: RETRY_POLICY,
};

const submit = (client: BaseClient) => (options: RequestOptions) =>
  client.request(
    {
      method: 'post',
      path: '/mj/submit/imagine',
      retry: 'unsafe',
      auth: 'bearer',
      body: { kind: 'json', value: { prompt: 'cat' } },
    },
    options,
  );

describe('task waits', () => {
  it('timeoutMs bounds a poll that never answers (not the 10-minute client timeout)', async () => {
    const server = await startServer((_req, _res) => {
      // Never answers.
    });
    const client = new TestClient({ baseUrl: server.url });
    expect(client.timeout).toBe(600_000);
    const error = await waitForTask(client, descriptor, 'task-1', { timeoutMs: 300 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TaskTimeoutError);
    expect((error as TaskTimeoutError).timeoutMs).toBe(300);
    await server.closed;
  });

  it('the …AndWait handle is a real Promise that submits at once, even when nobody awaits it', async () => {
    let polls = 0;
    const server = await startServer((req, res) => {
      if (req.method === 'POST') return json(res, 200, { code: 1, result: 'task-9' });
      polls++;
      json(
        res,
        200,
        polls < 3
          ? { id: 'task-9', status: 'IN_PROGRESS' }
          : { id: 'task-9', status: 'SUCCESS', imageUrl: 'https://cdn.example.com/a.png' },
      );
    });
    const client = new TestClient({ baseUrl: server.url });
    const run = submitAndWait(client, descriptor, submit(client), '/result');
    expect(run).toBeInstanceOf(Promise);
    const asPromise: Promise<TaskSnapshot<MjTask>> = run;
    expect(typeof run.catch).toBe('function');
    expect(typeof run.finally).toBe('function');
    // Not awaited yet: the submit and the polls still happen.
    while (polls < 3) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(server.requests[0]!.method).toBe('POST');
    let finished = false;
    const final = await asPromise.finally(() => {
      finished = true;
    });
    expect(finished).toBe(true);
    expect(final.result).toBe('https://cdn.example.com/a.png');
    expect(await run.taskId()).toBe('task-9');
  });

  it('iterating a run yields its snapshots; .catch sees a failure', async () => {
    let polls = 0;
    const server = await startServer((req, res) => {
      if (req.method === 'POST') return json(res, 200, { code: 1, result: 'task-2' });
      polls++;
      json(res, 200, {
        id: 'task-2',
        status: polls < 2 ? 'IN_PROGRESS' : polls < 4 ? 'IN_PROGRESS' : 'SUCCESS',
        progress: `${polls * 25}%`,
      });
    });
    const client = new TestClient({ baseUrl: server.url });
    const states: string[] = [];
    for await (const snapshot of submitAndWait(client, descriptor, submit(client), '/result'))
      states.push(snapshot.state);
    expect(states).toEqual(['running', 'succeeded']);

    const refused = await startServer((_req, res) =>
      json(res, 200, { code: 24, description: 'Banned prompt', result: null }),
    );
    const other = new TestClient({ baseUrl: refused.url });
    const caught = await submitAndWait(other, descriptor, submit(other), '/result').catch(
      (e: unknown) => e,
    );
    expect(caught).toBeInstanceOf(TaskSubmitError);
  });

  it("TaskSubmitError's message carries the vendor's description and code", async () => {
    const server = await startServer((_req, res) =>
      json(res, 200, { code: 24, description: 'Banned prompt', result: null }),
    );
    const client = new TestClient({ baseUrl: server.url });
    const error = (await submitAndWait(client, descriptor, submit(client), '/result').catch(
      (e: unknown) => e,
    )) as TaskSubmitError;
    expect(error).toBeInstanceOf(TaskSubmitError);
    expect(error.message).toContain('Banned prompt');
    expect(error.message).toContain('24');
    expect(error.code).toBe('24');
    expect(error.description).toBe('Banned prompt');
  });
});

describe('Retry-After', () => {
  it('beyond the client ceiling: gives up at once with a typed error carrying the requested wait', async () => {
    const server = await startServer((_req, res) =>
      json(res, 429, { error: { message: 'slow down' } }, { 'retry-after': '120' }),
    );
    const client = new TestClient({ baseUrl: server.url, maxRetries: 2 });
    const error = (await client
      .request({ method: 'get', path: '/models', retry: 'safe', auth: 'bearer' })
      .catch((e: unknown) => e)) as APIError;
    expect(server.requests).toHaveLength(1);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfterMs).toBe(120_000);
    expect(error.message).toMatch(/120000 ms/);
    expect(JSON.parse(JSON.stringify(error)).retryAfterMs).toBe(120_000);
  });

  it('within the ceiling: waits what the server asked', async () => {
    let calls = 0;
    const server = await startServer((_req, res) => {
      calls++;
      if (calls === 1) return json(res, 503, { error: 'busy' }, { 'retry-after-ms': '40' });
      json(res, 200, { ok: true });
    });
    const log = captureLogger();
    const client = new TestClient({ baseUrl: server.url, logger: log.logger, logLevel: 'info' });
    expect(
      await client.request({ method: 'get', path: '/models', retry: 'safe', auth: 'bearer' }),
    ).toEqual({ ok: true });
    expect(log.text()).toContain('in 40 ms after status 503');
  });
});

class PrefixedClient extends BaseClient {
  constructor(options: ClientOptions) {
    super(
      { apiKey: API_KEY, ...options },
      {
        envPrefix: 'TESTAPI',
        authSchemes: { bearer: { type: 'bearer' } },
        pathPrefixes: ['/mj', '/v1'],
        retryPolicy: RETRY_POLICY,
        scrubbing: scrubSecrets,
        logging: safeLogging,
      },
    );
  }
}

describe('baseUrl ending in a segment the paths start with', () => {
  it('is kept; calls under the segment drop it once, others keep it; one warning, none per copy', async () => {
    const server = await startServer((_req, res) => json(res, 200, { data: [] }));
    const log = captureLogger();
    const client = new PrefixedClient({ baseUrl: `${server.url}/v1/`, logger: log.logger });
    expect(client.baseUrl).toBe(`${server.url}/v1`);
    await client.request({ method: 'get', path: '/v1/models', retry: 'safe', auth: 'bearer' });
    const copy = client.withOptions({ timeout: 5_000 });
    expect(copy.baseUrl).toBe(`${server.url}/v1`);
    await copy.request({ method: 'get', path: '/mj/task/1/fetch', retry: 'safe', auth: 'bearer' });
    await copy.request({ method: 'get', path: '/v1/files', retry: 'safe', auth: 'bearer' });
    // `/v10` is not `/v1`: kept under the base.
    await copy.request({ method: 'get', path: '/v10/x', retry: 'safe', auth: 'bearer' });
    expect(server.requests.map((r) => r.url)).toEqual([
      '/v1/models',
      '/v1/mj/task/1/fetch',
      '/v1/files',
      '/v1/v10/x',
    ]);
    expect(log.text().match(/ends with \/v1/g)).toHaveLength(1);
    expect(log.text()).toContain(
      `base URL ${server.url}/v1 ends with /v1: calls whose path starts with /v1 drop it once (never /v1/v1/…), the others keep it; if /v1 was a habit, pass ${server.url}.`,
    );
    // A copy on another base URL ending with a segment is warned about again.
    client.withOptions({ baseUrl: `${server.url}/mj` });
    expect(log.text().match(/ends with \/mj/g)).toHaveLength(1);
  });

  it('is kept when it is not one of the API segments', () => {
    const client = new PrefixedClient({
      baseUrl: 'http://127.0.0.1:9/relay',
      logger: captureLogger().logger,
    });
    expect(client.baseUrl).toBe('http://127.0.0.1:9/relay');
  });
});
