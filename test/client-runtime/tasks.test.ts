import { RETRY_POLICY } from '../../generator/ir/retry-policy.js';
import { buildPath } from '../../templates/client/path.js';
import { describe, expect, it, vi } from 'vitest';
import { BaseClient, type RequestOptions } from '../../templates/client/client.js';
import {
  APIError,
  APIUserAbortError,
  TaskCancelledError,
  TaskFailedError,
  TaskSubmitError,
  TaskTimeoutError,
} from '../../templates/client/errors.js';
import { canonicalState, scaleProgress } from '../../templates/client/progress.js';
import { readPointer } from '../../templates/client/json-pointer.js';
import {
  snapshotOf,
  submitAndWait,
  TaskRun,
  waitForTask,
  type TaskDescriptor,
  type TaskSnapshot,
} from '../../templates/client/tasks.js';
import { json, startServer, TestClient } from './helpers.js';

interface MjTask {
  id: string;
  status: string;
  progress: string;
  imageUrl?: string;
  failReason?: string;
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
  progress: { pointer: '/progress', scale: 'percent-string' },
  result: ['/imageUrl'],
  error: '/failReason',
  states: {
    queued: ['NOT_START', 'SUBMITTED'],
    running: ['IN_PROGRESS'],
    succeeded: ['SUCCESS'],
    failed: ['FAILURE'],
    cancelled: ['CANCEL'],
  },
  intervalMs: 10,
  timeoutMs: 5_000,
  retryPolicy: RETRY_POLICY,
};

/** A task server: each poll returns the next state of `script` (the last one repeats). */
async function taskServer(
  script: Partial<MjTask>[],
  pollHeaders: Record<string, string> = {},
): ReturnType<typeof startServer> {
  let polls = 0;
  return startServer((req, res) => {
    if (req.method === 'POST') return json(res, 200, { code: 1, result: 'task-1' });
    const step = script[Math.min(polls++, script.length - 1)]!;
    if ('status' in step && step.status === 'HTTP503')
      return json(res, 503, { error: 'busy' }, pollHeaders);
    json(res, 200, { id: 'task-1', progress: '0%', ...step }, pollHeaders);
  });
}

const happy: Partial<MjTask>[] = [
  { status: 'NOT_START' },
  { status: 'IN_PROGRESS', progress: '10%' },
  { status: 'IN_PROGRESS', progress: '10%' },
  { status: 'IN_PROGRESS', progress: '55%' },
  { status: 'SUCCESS', progress: '100%', imageUrl: 'https://cdn.example.com/cat.png' },
];

describe('snapshot result', () => {
  it('is the first result pointer that holds a value, not always the first pointer', () => {
    // A family with one pointer per kind of task (Kling: videos or images).
    const kinds: TaskDescriptor = {
      ...(descriptor as unknown as TaskDescriptor),
      status: '/data/task_status',
      result: ['/data/task_result/videos', '/data/task_result/images'],
      states: { queued: [], running: [], succeeded: ['succeed'], failed: [], cancelled: [] },
    };
    const images = [{ url: 'https://cdn.example.com/a.png' }];
    const image = snapshotOf(kinds, 't', {
      data: { task_status: 'succeed', task_result: { images } },
    });
    expect(image.results).toEqual([undefined, images]);
    expect(image.result).toEqual(images);
    const videos = [{ url: 'https://cdn.example.com/a.mp4' }];
    const video = snapshotOf(kinds, 't', {
      data: { task_status: 'succeed', task_result: { videos: videos, images: null } },
    });
    expect(video.result).toEqual(videos);
    const empty = snapshotOf(kinds, 't', { data: { task_status: 'succeed', task_result: {} } });
    expect(empty.result).toBeUndefined();
  });
});

describe('waiting for tasks', () => {
  it('reports progress snapshots (on change) and resolves with the result', async () => {
    const server = await taskServer(happy);
    const client = new TestClient({ baseUrl: server.url });
    const seen: TaskSnapshot<MjTask>[] = [];
    const done = await waitForTask(client, descriptor, 'task-1', {
      onProgress: (s) => seen.push(s),
    });
    expect(seen.map((s) => [s.state, s.progress, s.vendorStatus])).toEqual([
      ['queued', 0, 'NOT_START'],
      ['running', 0.1, 'IN_PROGRESS'],
      ['running', 0.55, 'IN_PROGRESS'],
      ['succeeded', 1, 'SUCCESS'],
    ]);
    expect(done.state).toBe('succeeded');
    expect(done.results).toEqual(['https://cdn.example.com/cat.png']);
    expect(done.result).toBe('https://cdn.example.com/cat.png');
    expect(done.task.imageUrl).toBe('https://cdn.example.com/cat.png');
    expect(server.requests.map((r) => r.url)).toContain('/mj/task/task-1/fetch');
  });

  it('is a Promise whose then/catch/finally give plain Promises, not new runs', async () => {
    const server = await taskServer(happy);
    const client = new TestClient({ baseUrl: server.url });
    const run = waitForTask(client, descriptor, 'task-1');
    expect(run).toBeInstanceOf(Promise);
    expect(run).toBeInstanceOf(TaskRun);
    const chained = [run.then((s) => s.state), run.catch(() => 'failed'), run.finally(() => {})];
    for (const promise of chained) {
      expect(promise).toBeInstanceOf(Promise);
      expect(promise).not.toBeInstanceOf(TaskRun);
    }
    expect(await chained[0]).toBe('succeeded');
  });

  it('a run made directly, before any wait started, also chains to plain Promises', async () => {
    vi.resetModules(); // a fresh module: no earlier wait has set anything up
    const fresh = await import('../../templates/client/tasks.js');
    const run = new fresh.TaskRun<unknown>((resolve) => resolve({ state: 'succeeded' } as never));
    const chained = run.then((s) => s.state);
    expect(chained).not.toBeInstanceOf(fresh.TaskRun);
    expect(await chained).toBe('succeeded');
  });

  it('is an async iterable of the same snapshots', async () => {
    const server = await taskServer(happy);
    const client = new TestClient({ baseUrl: server.url });
    const states: string[] = [];
    for await (const snapshot of waitForTask(client, descriptor, 'task-1'))
      states.push(snapshot.state);
    expect(states).toEqual(['queued', 'running', 'running', 'succeeded']);
  });

  it('iterators joining at any time see the latest snapshot, then every change, then the outcome', async () => {
    const server = await taskServer(happy);
    const client = new TestClient({ baseUrl: server.url });
    const run = waitForTask(client, descriptor, 'task-1');
    const read = async (stopAfter = Infinity): Promise<string[]> => {
      const seen: string[] = [];
      for await (const s of run) if (seen.push(`${s.state} ${s.progress}`) >= stopAfter) break;
      return seen;
    };
    const [all, first] = await Promise.all([read(), read(1)]);
    expect(all).toEqual(['queued 0', 'running 0.1', 'running 0.55', 'succeeded 1']);
    expect(first).toEqual(['queued 0']);
    // After the end: the final snapshot, then done.
    expect(await read()).toEqual(['succeeded 1']);
    const iterator = run[Symbol.asyncIterator]();
    expect(await iterator.return!()).toEqual({ done: true, value: undefined });
    expect((await iterator.next()).done).toBe(true);

    const failing = await taskServer([{ status: 'FAILURE', failReason: 'banned' }]);
    const failed = waitForTask(new TestClient({ baseUrl: failing.url }), descriptor, 'task-1');
    const states: string[] = [];
    await expect(
      (async () => {
        for await (const s of failed) states.push(s.state);
      })(),
    ).rejects.toBeInstanceOf(TaskFailedError);
    expect(states).toEqual(['failed']);
  });

  it('a failed task raises TaskFailedError with the vendor reason and raw task', async () => {
    const server = await taskServer([
      { status: 'IN_PROGRESS' },
      { status: 'FAILURE', failReason: 'banned prompt' },
    ]);
    const client = new TestClient({ baseUrl: server.url });
    const error = await waitForTask(client, descriptor, 'task-1').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TaskFailedError);
    expect((error as TaskFailedError).reason).toBe('banned prompt');
    expect(((error as TaskFailedError).task as MjTask).status).toBe('FAILURE');
    expect((error as Error).message).toBe('Task task-1 failed: banned prompt');
  });

  it('a cancelled task raises TaskCancelledError', async () => {
    const server = await taskServer([{ status: 'CANCEL' }]);
    const client = new TestClient({ baseUrl: server.url });
    await expect(waitForTask(client, descriptor, 'task-1')).rejects.toBeInstanceOf(
      TaskCancelledError,
    );
  });

  it('stops at the time budget with TaskTimeoutError carrying the last snapshot', async () => {
    const server = await taskServer([{ status: 'IN_PROGRESS', progress: '20%' }]);
    const client = new TestClient({ baseUrl: server.url });
    const error = await waitForTask(client, descriptor, 'task-1', { timeoutMs: 120 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TaskTimeoutError);
    expect((error as TaskTimeoutError).snapshot?.progress).toBe(0.2);
  });

  it('stops when the signal aborts', async () => {
    const server = await taskServer([{ status: 'IN_PROGRESS' }]);
    const client = new TestClient({ baseUrl: server.url });
    const controller = new AbortController();
    const run = waitForTask(client, descriptor, 'task-1', {
      signal: controller.signal,
      intervalMs: 20,
    });
    setTimeout(() => controller.abort(), 80);
    await expect(run).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it('rides out transient poll errors and honours Retry-After on polls', async () => {
    const server = await taskServer(
      [{ status: 'HTTP503' as never }, { status: 'IN_PROGRESS' }, { status: 'SUCCESS' }],
      { 'retry-after-ms': '5' },
    );
    const client = new TestClient({ baseUrl: server.url, maxRetries: 0 });
    const done = await waitForTask(client, descriptor, 'task-1', {
      intervalMs: 60_000,
      timeoutMs: 10_000,
    });
    expect(done.state).toBe('succeeded');
  });

  it('sends each poll once (no client retries): a persistent 5xx costs maxPollErrors + 1 requests', async () => {
    const server = await taskServer([{ status: 'HTTP503' as never }], { 'retry-after-ms': '1' });
    // The client keeps its default maxRetries (2); even an explicit per-request value must not apply to polls.
    const client = new TestClient({ baseUrl: server.url });
    expect(client.maxRetries).toBe(2);
    const error = await waitForTask(client, descriptor, 'task-1', {
      maxPollErrors: 2,
      intervalMs: 1,
      timeoutMs: 10_000,
      requestOptions: { maxRetries: 4 },
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(APIError);
    expect((error as APIError).status).toBe(503);
    expect(server.requests.filter((r) => r.method === 'GET')).toHaveLength(3);
  });

  it('on a client without a retry policy (a bare BaseClient), failed polls follow the descriptor’s', async () => {
    const server = await taskServer([{ status: 'HTTP503' as never }], { 'retry-after-ms': '1' });
    const bare = new BaseClient(
      { apiKey: 'sk-bare', baseUrl: server.url },
      { envPrefix: 'TESTAPI', authSchemes: {} },
    );
    expect(bare.retryPolicy).toBeUndefined();
    const error = await waitForTask(
      bare,
      { ...descriptor, retryPolicy: { ...RETRY_POLICY, maxPollErrors: 1 } },
      'task-1',
      { intervalMs: 1, timeoutMs: 10_000 },
    ).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as APIError).status).toBe(503);
    expect(server.requests.filter((r) => r.method === 'GET')).toHaveLength(2);
  });

  it('submitAndWait submits once, reads the id by pointer and waits', async () => {
    const server = await taskServer(happy);
    const client = new TestClient({ baseUrl: server.url });
    const run = submitAndWait(
      client,
      descriptor,
      (options) =>
        client.request(
          {
            method: 'post',
            path: '/mj/submit/imagine',
            retry: 'unsafe',
            auth: 'bearer',
            body: { kind: 'json', value: { prompt: 'cat' } },
          },
          options,
        ),
      '/result',
    );
    const done = await run;
    expect(await run.taskId()).toBe('task-1');
    expect(done.results).toEqual(['https://cdn.example.com/cat.png']);
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('a submit response without an id raises TaskSubmitError', async () => {
    const server = await startServer((_req, res) =>
      json(res, 200, { code: 24, description: 'banned word' }),
    );
    const client = new TestClient({ baseUrl: server.url });
    const run = submitAndWait(
      client,
      descriptor,
      (o) => client.request({ method: 'post', path: '/s', retry: 'unsafe', auth: 'bearer' }, o),
      '/result',
    );
    const error = await run.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TaskSubmitError);
    expect((error as TaskSubmitError).response).toEqual({ code: 24, description: 'banned word' });
  });
});

describe('task helpers', () => {
  const states = {
    queued: [0],
    running: [1],
    succeeded: [true, 'done'],
    failed: ['FAIL'],
    cancelled: [],
  };
  it.each([
    [0, 'queued'],
    [1, 'running'],
    ['1', 'running'],
    [true, 'succeeded'],
    ['DONE', 'succeeded'],
    ['fail', 'failed'],
    [undefined, 'queued'],
    ['SOMETHING_NEW', 'running'],
  ] as const)('state %j → %s', (vendor, want) => expect(canonicalState(vendor, states)).toBe(want));

  it.each([
    ['37%', 'percent-string', 0.37],
    ['37', 'percent-string', 0.37],
    [37, 'percent', 0.37],
    [0.37, 'fraction', 0.37],
    [140, 'percent', 1],
    ['n/a', 'percent-string', undefined],
  ] as const)('progress %j (%s) → %j', (raw, scale, want) =>
    expect(scaleProgress(raw, scale)).toBe(want),
  );

  it('reads JSON pointers with escapes and array indexes', () => {
    const doc = { data: { 'a/b': [{ '~k': 5 }] } };
    expect(readPointer(doc, '/data/a~1b/0/~0k')).toBe(5);
    expect(readPointer(doc, '')).toBe(doc);
    expect(readPointer(doc, '/data/missing/x')).toBeUndefined();
    expect(readPointer(doc, '/data/a~1b/01')).toBeUndefined();
  });
});
