/** Stateful tasks on the manual clock: lifecycle, failure, cancellation, lists, eviction, callbacks, control routes. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MockServer } from '../../templates/mock/server.js';
import { makeTaskId } from '../../templates/mock/tasks.js';
import { EXTRAS, FEATURES, JOB_ID, call, startFor } from './helpers.js';

let features: MockServer;
let extras: MockServer;

beforeAll(async () => {
  features = await startFor(FEATURES);
  extras = await startFor(EXTRAS);
});
afterAll(async () => {
  await features?.close();
  await extras?.close();
});
afterEach(() => {
  features.reset();
  extras.reset();
});

interface RenderTask {
  id: string;
  status: string;
  progress: number;
  output: string | null;
  reason?: string;
}

async function submitRender(prefer?: string, extra: Record<string, unknown> = {}): Promise<string> {
  const a = await call(features.url, 'POST', '/render/tasks', {
    json: { prompt: 'a cat in a hat', ...extra },
    ...(prefer ? { headers: { prefer } } : {}),
  });
  expect(a.status).toBe(200);
  return (a.json as { id: string }).id;
}

async function poll(id: string): Promise<RenderTask> {
  const a = await call(features.url, 'GET', `/render/tasks/${id}`);
  expect(a.status).toBe(200);
  return a.json as RenderTask;
}

describe('render family (features fixture)', () => {
  it('walks queued → running with rising progress → succeeded, on the manual clock', async () => {
    const id = await submitRender();
    expect(id).toBe('task_001');
    const seen: RenderTask[] = [await poll(id)];
    for (let i = 0; i < 5; i++) {
      features.clock.advance(2000); // the family's poll interval
      seen.push(await poll(id));
    }
    expect(seen.map((t) => t.status)).toEqual([
      'waiting',
      'working',
      'working',
      'working',
      'working',
      'done',
    ]);
    const running = seen.filter((t) => t.status === 'working').map((t) => t.progress);
    expect(running).toEqual([...running].sort((a, b) => a - b));
    expect(new Set(running).size).toBe(running.length);
    expect(seen[0]).toEqual({ id, status: 'waiting', progress: 0, output: null });
    expect(seen[5]).toEqual({
      id,
      status: 'done',
      progress: 100,
      output: `https://cdn.example.com/r/${id}.png`,
    });
    expect(features.tasks.get(id)).toMatchObject({
      state: 'succeeded',
      family: 'render',
      submitOperationId: 'submitRender',
    });
  });

  it('fails when asked with Prefer: task=fail, with the failure example reason', async () => {
    const id = await submitRender('task=fail');
    features.clock.advance(2000 + 4000);
    expect(await poll(id)).toEqual({
      id,
      status: 'error',
      progress: 50,
      output: null,
      reason: 'content policy',
    });
  });

  it('cancels when asked with Prefer: task=cancel', async () => {
    const id = await submitRender('task=cancel');
    expect((await poll(id)).status).toBe('waiting');
    features.clock.advance(2000);
    expect((await poll(id)).status).toBe('stopped');
    features.clock.advance(60_000);
    expect((await poll(id)).status).toBe('stopped');
  });

  it('the cancel endpoint cancels a running task and answers with the task', async () => {
    const id = await submitRender();
    features.clock.advance(4000);
    const c = await call(features.url, 'POST', `/render/tasks/${id}/cancel`);
    expect(c.status).toBe(200);
    expect(c.json).toMatchObject({ id, status: 'stopped', progress: 25 });
    features.clock.advance(60_000);
    expect((await poll(id)).status).toBe('stopped');
    const unknown = await call(features.url, 'POST', '/render/tasks/task_999/cancel');
    expect(unknown.status).toBe(404);
  });

  it('an unknown id answers the poll’s declared 404', async () => {
    const a = await call(features.url, 'GET', '/render/tasks/task_404');
    expect(a.status).toBe(404);
    expect(a.json).toEqual({
      error: {
        message: 'Task task_404 not found.',
        type: 'not_found',
        param: 'task_id',
        code: null,
      },
    });
  });

  it('the list sees every task, newest first, filtered by status and limit', async () => {
    const first = await submitRender();
    features.clock.advance(2000);
    const second = await submitRender();
    const all = await call(features.url, 'GET', '/render/tasks');
    // After them, the tasks the mock starts with (the examples' ids, finished).
    const seeded = features.tasks
      .list()
      .filter((t) => t.submitOperationId === '')
      .map((t) => [t.id, 'done']);
    expect(seeded.length).toBeGreaterThan(0);
    expect((all.json as RenderTask[]).map((t) => [t.id, t.status])).toEqual([
      [second, 'waiting'],
      [first, 'working'],
      ...seeded.reverse(),
    ]);
    const working = await call(features.url, 'GET', '/render/tasks?status=working');
    expect((working.json as RenderTask[]).map((t) => t.id)).toEqual([first]);
    const one = await call(features.url, 'GET', '/render/tasks?limit=1');
    expect((one.json as RenderTask[]).map((t) => t.id)).toEqual([second]);
  });

  it('a callback (notifyHook) is POSTed to the URL from the body on each status change', async () => {
    const received: { path: string; body: RenderTask }[] = [];
    const receiver: Server = createServer((req, res) => {
      let text = '';
      req.on('data', (c: Buffer) => (text += c.toString()));
      req.on('end', () => {
        received.push({ path: req.url ?? '', body: JSON.parse(text) as RenderTask });
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    try {
      const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
      const id = await submitRender(undefined, { notifyHook: hook });
      await features.idle();
      expect(received).toEqual([]);
      features.clock.advance(2000);
      await features.idle();
      expect(received.map((r) => [r.path, r.body.status])).toEqual([['/hook', 'working']]);
      features.clock.advance(8000);
      await features.idle();
      expect(received.map((r) => r.body.status)).toEqual(['working', 'done']);
      expect(received[1]!.body).toEqual({
        id,
        status: 'done',
        progress: 100,
        output: `https://cdn.example.com/r/${id}.png`,
      });
    } finally {
      await new Promise((resolve) => receiver.close(resolve));
    }
  });

  it('evicts the oldest tasks past the store limit', async () => {
    const small = await startFor(FEATURES, { taskStoreLimit: 2 });
    try {
      const ids: string[] = [];
      for (let i = 0; i < 3; i++)
        ids.push(
          (
            (await call(small.url, 'POST', '/render/tasks', { json: { prompt: 'x' } })).json as {
              id: string;
            }
          ).id,
        );
      expect((await call(small.url, 'GET', `/render/tasks/${ids[0]}`)).status).toBe(404);
      expect((await call(small.url, 'GET', `/render/tasks/${ids[2]}`)).status).toBe(200);
      expect(small.tasks.size).toBe(2);
      expect(
        ((await call(small.url, 'GET', '/render/tasks')).json as RenderTask[]).map((t) => t.id),
      ).toEqual([ids[2], ids[1]]);
    } finally {
      await small.close();
    }
  });

  it('control routes: clock, tasks, reset', async () => {
    const id = await submitRender();
    const clock = await call(features.url, 'POST', '/__mock/clock', { json: { advanceMs: 2000 } });
    expect(clock.json).toMatchObject({ mode: 'manual', speed: 1 });
    expect((await poll(id)).status).toBe('working');
    const tasks = await call(features.url, 'GET', '/__mock/tasks');
    const listed = (tasks.json as { tasks: { submitOperationId: string }[] }).tasks;
    const seeded = listed.filter((t) => t.submitOperationId === '');
    expect(seeded).toEqual(
      seeded.map(() => expect.objectContaining({ state: 'succeeded', family: 'render' })),
    );
    expect(listed.filter((t) => t.submitOperationId !== '')).toEqual([
      expect.objectContaining({ id, state: 'running', family: 'render' }),
    ]);
    expect((await call(features.url, 'POST', '/__mock/reset')).status).toBe(200);
    expect((await call(features.url, 'GET', `/render/tasks/${id}`)).status).toBe(404);
    // Back to the seeded tasks alone (made finished again, at the clock's time now).
    const after = (await call(features.url, 'GET', '/__mock/tasks')).json as { tasks: object[] };
    expect(after.tasks).toEqual(
      seeded.map((t) => ({ ...t, createdAt: expect.any(Number) as number })),
    );
    expect(await submitRender()).toBe(id); // ids restart after a reset
  });
});

describe('Midjourney-style family (extras fixture)', () => {
  interface MjTask {
    id: string;
    action: string;
    prompt: string;
    status: string;
    progress: string;
    imageUrl: string | null;
    failReason: string | null;
  }

  async function imagine(extra: Record<string, unknown> = {}, prefer?: string): Promise<string> {
    const a = await call(extras.url, 'POST', '/mj/submit/imagine', {
      json: { prompt: 'a fox', ...extra },
      ...(prefer ? { headers: { prefer } } : {}),
    });
    expect(a.status).toBe(200);
    const body = a.json as { code: number; result: string; properties: object };
    expect(body.code).toBe(1);
    expect(body.properties).toEqual({ discordInstanceId: '1118138338562560102' });
    return body.result;
  }

  it('ids keep the example’s shape; progress is a percent string; results are filled', async () => {
    const id = await imagine();
    expect(id).toBe('1712345678000001');
    const fetchTask = async (): Promise<MjTask> =>
      (await call(extras.url, 'GET', `/mj/task/${id}/fetch`)).json as MjTask;
    expect(await fetchTask()).toMatchObject({ id, status: 'NOT_START', progress: '0%' });
    extras.clock.advance(1000 + 2000);
    expect(await fetchTask()).toMatchObject({ status: 'IN_PROGRESS', progress: '50%' });
    extras.clock.advance(2000);
    expect(await fetchTask()).toEqual({
      id,
      action: 'IMAGINE',
      prompt: 'a fox',
      promptEn: 'a fox',
      submitTime: 1712345600000,
      status: 'SUCCESS',
      progress: '100%',
      imageUrl: `https://cdn.example.com/mj/${id}.png`,
      failReason: '',
    });
  });

  it('every poll shows one task: its own fields fixed at submit, only the state fields change', async () => {
    const id = await imagine({ prompt: 'a cat' });
    const fetchTask = async (): Promise<MjTask> =>
      (await call(extras.url, 'GET', `/mj/task/${id}/fetch`)).json as MjTask;
    const polls = [await fetchTask()];
    extras.clock.advance(1000 + 2000);
    polls.push(await fetchTask());
    extras.clock.advance(2000);
    polls.push(await fetchTask());
    expect(polls.map((p) => p.status)).toEqual(['NOT_START', 'IN_PROGRESS', 'SUCCESS']);
    // Not the in-progress example's BLEND task with its empty prompt and partial image.
    for (const p of polls)
      expect(p).toMatchObject({
        id,
        action: 'IMAGINE',
        prompt: 'a cat',
        promptEn: 'a cat',
        submitTime: 1712345600000,
      });
    expect(polls.slice(0, 2).map((p) => [p.imageUrl, p.failReason])).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(polls[2]!.imageUrl).toBe(`https://cdn.example.com/mj/${id}.png`);
  });

  it('a cancelled or failed task keeps its body too', async () => {
    const cancelled = await imagine({ prompt: 'a cat' });
    extras.clock.advance(1500);
    expect((await call(extras.url, 'POST', `/mj/task/${cancelled}/cancel`)).status).toBe(200);
    const failed = await imagine({ prompt: 'a dog' }, 'task=fail');
    extras.clock.advance(10_000);
    expect((await call(extras.url, 'GET', `/mj/task/${cancelled}/fetch`)).json).toEqual({
      id: cancelled,
      action: 'IMAGINE',
      prompt: 'a cat',
      promptEn: 'a cat',
      submitTime: 1712345600000,
      status: 'CANCEL',
      progress: '12%',
      imageUrl: null,
      failReason: 'Task cancelled.',
    });
    expect((await call(extras.url, 'GET', `/mj/task/${failed}/fetch`)).json).toEqual({
      id: failed,
      action: 'IMAGINE',
      prompt: 'a dog',
      promptEn: 'a dog',
      submitTime: 1712345600000,
      status: 'FAILURE',
      progress: '50%',
      imageUrl: null,
      failReason: 'banned prompt',
    });
  });

  it('fails with the failure example reason', async () => {
    const id = await imagine({}, 'task=fail');
    extras.clock.advance(10_000);
    expect((await call(extras.url, 'GET', `/mj/task/${id}/fetch`)).json).toMatchObject({
      status: 'FAILURE',
      failReason: 'banned prompt',
      imageUrl: null,
    });
  });

  it('the cancel answers its own example with this task’s id; the poll then says CANCEL', async () => {
    const id = await imagine();
    const c = await call(extras.url, 'POST', `/mj/task/${id}/cancel`);
    expect(c.json).toEqual({ code: 1, description: 'success', result: id });
    expect((await call(extras.url, 'GET', `/mj/task/${id}/fetch`)).json).toMatchObject({
      status: 'CANCEL',
      failReason: 'Task cancelled.',
    });
  });

  it('list-by-condition filters by the ids in the body', async () => {
    const a = await imagine();
    const b = await imagine();
    await imagine();
    const list = await call(extras.url, 'POST', '/mj/task/list-by-condition', {
      json: { ids: [a, b] },
    });
    expect((list.json as MjTask[]).map((t) => t.id)).toEqual([b, a]);
  });

  it('a notifyHook in the body gets the task object', async () => {
    const bodies: MjTask[] = [];
    const receiver = createServer((req, res) => {
      let text = '';
      req.on('data', (c: Buffer) => (text += c.toString()));
      req.on('end', () => {
        bodies.push(JSON.parse(text) as MjTask);
        res.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    try {
      const id = await imagine({
        notifyHook: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/mj`,
      });
      extras.clock.advance(10_000);
      await extras.idle();
      expect(bodies.map((b) => [b.id, b.status])).toEqual([
        [id, 'IN_PROGRESS'],
        [id, 'SUCCESS'],
      ]);
    } finally {
      await new Promise((resolve) => receiver.close(resolve));
    }
  });
});

describe('boolean-status family polled by a body id (extras fixture)', () => {
  it('uuid ids; no queued value falls back to running; completion percentage', async () => {
    const sub = await call(extras.url, 'POST', '/ideo/generate', { json: { prompt: 'logo' } });
    const id = (sub.json as { request_id: string }).request_id;
    expect(id).toBe('00000000-0000-4000-8000-000000000001');
    const pollIt = async (): Promise<unknown> =>
      (await call(extras.url, 'POST', '/ideo/task-request', { json: { request_id: id } })).json;
    expect(await pollIt()).toMatchObject({
      request_id: id,
      is_completed: false,
      completion_percentage: 0,
    });
    extras.clock.advance(500 + 1000);
    expect(await pollIt()).toMatchObject({ is_completed: false, completion_percentage: 50 });
    extras.clock.advance(1000);
    expect(await pollIt()).toEqual({
      request_id: id,
      is_completed: true,
      completion_percentage: 100,
      url: `https://cdn.example.com/ideo/${id}.png`,
    });
    const missing = await call(extras.url, 'POST', '/ideo/task-request', {
      json: { request_id: 'nope' },
    });
    expect(missing.status).toBe(404);
  });

  it('a vendor with no failure value shows a failed task as never completing', async () => {
    const sub = await call(extras.url, 'POST', '/ideo/generate', {
      json: { prompt: 'logo' },
      headers: { prefer: 'task=fail' },
    });
    const id = (sub.json as { request_id: string }).request_id;
    extras.clock.advance(60_000);
    const polled = await call(extras.url, 'POST', '/ideo/task-request', {
      json: { request_id: id },
    });
    expect(polled.json).toMatchObject({ request_id: id, is_completed: false });
    expect(extras.tasks.get(id)?.state).toBe('failed');
  });
});

describe('a family whose task id field is job_id (declared with the family id)', () => {
  let jobs: MockServer;
  beforeAll(async () => {
    jobs = await startFor(JOB_ID);
  });
  afterAll(async () => {
    await jobs?.close();
  });
  afterEach(() => jobs.reset());

  it('every poll answers the submitted id, also inside the example result URL', async () => {
    const sub = await call(jobs.url, 'POST', '/jobs', { json: { prompt: 'x' } });
    const id = (sub.json as { job_id: string }).job_id;
    expect(id).toBe('string-1');
    expect((await call(jobs.url, 'GET', `/jobs/${id}`)).json).toEqual({
      job_id: id,
      state: 'waiting',
      output: null,
    });
    jobs.clock.advance(10_000);
    expect((await call(jobs.url, 'GET', `/jobs/${id}`)).json).toEqual({
      job_id: id,
      state: 'done',
      output: `https://cdn.example.com/${id}/out.png`,
    });
  });

  it('callbacks carry the task id at the family pointer', async () => {
    const bodies: { job_id: string; state: string }[] = [];
    const receiver = createServer((req, res) => {
      let text = '';
      req.on('data', (c: Buffer) => (text += c.toString()));
      req.on('end', () => {
        bodies.push(JSON.parse(text) as { job_id: string; state: string });
        res.end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    try {
      const sub = await call(jobs.url, 'POST', '/jobs', {
        json: {
          prompt: 'x',
          callback_url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/cb`,
        },
      });
      const id = (sub.json as { job_id: string }).job_id;
      jobs.clock.advance(10_000);
      await jobs.idle();
      expect(bodies.map((b) => [b.job_id, b.state])).toEqual([
        [id, 'working'],
        [id, 'done'],
      ]);
    } finally {
      await new Promise((resolve) => receiver.close(resolve));
    }
  });
});

describe('task ids', () => {
  it.each([
    ['task_123', 1, 'task_001'],
    ['1712345678901234', 12, '1712345678000012'],
    ['3f0c9a2e-1b7d-4c55-9e1a-2b3c4d5e6f70', 255, '00000000-0000-4000-8000-0000000000ff'],
    ['gen-abcdef', 3, 'gen-000003'],
    ['plain', 4, 'plain-4'],
  ] as const)('%s #%d → %s', (example, n, want) => {
    expect(makeTaskId(example, n)).toBe(want);
  });

  it('numbers stay numbers', () => {
    expect(makeTaskId(42, 5)).toBe(1_000_005);
  });
});
