/** Callback receivers: a body (text, bytes or parsed JSON) → the task waiter's snapshot, or a typed error. */
import { RETRY_POLICY } from '../../generator/ir/retry-policy.js';
import { buildPath } from '../../templates/client/path.js';
import { describe, expect, it } from 'vitest';
import { parseCallbackJson, parseTaskCallback } from '../../templates/client/callbacks.js';
import type { BaseClient, RequestOptions } from '../../templates/client/client.js';
import { CallbackPayloadError, ShellApiError } from '../../templates/client/errors.js';
import { snapshotOf, type TaskDescriptor } from '../../templates/client/tasks.js';

interface MjTask {
  id: string;
  status: string;
  progress?: string;
  imageUrl?: string | null;
  failReason?: string | null;
}

const descriptor: TaskDescriptor<MjTask> = {
  family: 'midjourney',
  title: 'Midjourney task',
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
  taskId: '/id',
  status: '/status',
  progress: { pointer: '/progress', scale: 'percent-string' },
  result: ['/imageUrl'],
  error: '/failReason',
  states: {
    queued: ['NOT_START', 'SUBMITTED'],
    running: ['IN_PROGRESS', 'MODAL'],
    succeeded: ['SUCCESS'],
    failed: ['FAILURE'],
    cancelled: ['CANCEL'],
  },
  intervalMs: 3000,
  timeoutMs: 600_000,
  retryPolicy: RETRY_POLICY,
};

const done = {
  id: '1730621718151844',
  action: 'IMAGINE',
  status: 'SUCCESS',
  progress: '100%',
  imageUrl: 'https://cdn.example.com/mj/1730621718151844/grid_0.png',
  failReason: null,
  buttons: [{ customId: 'MJ::JOB::upsample::1::x', label: 'U1' }],
};

function rejection(body: unknown, d: TaskDescriptor<MjTask> = descriptor): CallbackPayloadError {
  try {
    parseTaskCallback(d, body);
  } catch (error) {
    expect(error).toBeInstanceOf(CallbackPayloadError);
    expect(error).toBeInstanceOf(ShellApiError);
    return error as CallbackPayloadError;
  }
  throw new Error(`accepted ${JSON.stringify(body)}`);
}

describe('parseTaskCallback', () => {
  it('reads a finished task from raw text into the canonical snapshot', () => {
    const snapshot = parseTaskCallback(descriptor, JSON.stringify(done));
    expect(snapshot).toEqual({
      id: '1730621718151844',
      state: 'succeeded',
      progress: 1,
      vendorStatus: 'SUCCESS',
      task: done,
      result: done.imageUrl,
      results: [done.imageUrl],
      reason: undefined,
    });
  });

  it('is the snapshot the task waiter computes for the same object (same states mapping)', () => {
    for (const status of ['SUBMITTED', 'IN_PROGRESS', 'MODAL', 'SUCCESS', 'FAILURE', 'CANCEL']) {
      const task = {
        ...done,
        status,
        progress: '37%',
        failReason: status === 'FAILURE' ? 'banned prompt' : null,
      };
      expect(parseTaskCallback(descriptor, task)).toEqual(snapshotOf(descriptor, task.id, task));
    }
    expect(parseTaskCallback(descriptor, { id: 'a', status: 'SUBMITTED' }).state).toBe('queued');
    expect(parseTaskCallback(descriptor, { id: 'a', status: 'CANCEL' }).state).toBe('cancelled');
  });

  it('maps a running task with progress, and a failed one with the reason', () => {
    const running = parseTaskCallback(descriptor, {
      id: 'a',
      status: 'IN_PROGRESS',
      progress: '37%',
      imageUrl: null,
    });
    expect(running).toMatchObject({
      id: 'a',
      state: 'running',
      progress: 0.37,
      result: undefined,
      results: [],
    });
    const failed = parseTaskCallback(
      descriptor,
      JSON.stringify({ id: 'b', status: 'FAILURE', failReason: 'banned prompt' }),
    );
    expect(failed).toMatchObject({ id: 'b', state: 'failed', reason: 'banned prompt' });
  });

  it('accepts the parsed JSON, bytes, an ArrayBuffer, and text with a BOM and surrounding whitespace', () => {
    const text = JSON.stringify(done);
    const bytes = new TextEncoder().encode(text);
    const expected = parseTaskCallback(descriptor, text);
    expect(parseTaskCallback(descriptor, done)).toEqual(expected);
    expect(parseTaskCallback(descriptor, bytes)).toEqual(expected);
    expect(
      parseTaskCallback(
        descriptor,
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
      ),
    ).toEqual(expected);
    expect(parseTaskCallback(descriptor, `\uFEFF \n${text}\n`)).toEqual(expected);
    // A parsed body is used as it is (no copy).
    expect(parseTaskCallback(descriptor, done).task).toBe(done);
  });

  it('is lenient: extra fields pass, an unknown status value maps to running, a numeric id becomes text', () => {
    const snapshot = parseTaskCallback(descriptor, {
      id: 42,
      status: 'SOMETHING_NEW',
      extra: { nested: true },
    });
    expect(snapshot).toMatchObject({ id: '42', state: 'running', vendorStatus: 'SOMETHING_NEW' });
    expect((snapshot.task as unknown as Record<string, unknown>)['extra']).toEqual({
      nested: true,
    });
  });

  it('rejects garbage with CallbackPayloadError, keeping what was received', () => {
    expect(rejection('').message).toMatch(/empty/);
    const notJson = rejection('<html>502 Bad Gateway</html>');
    expect(notJson.message).toMatch(/not JSON: <html>502 Bad Gateway<\/html>/);
    expect(notJson.body).toBe('<html>502 Bad Gateway</html>');
    expect(notJson.cause).toBeInstanceOf(SyntaxError);
    expect(rejection(undefined).message).toMatch(/no body/);
    for (const value of [null, 'null', '[1,2]', '"SUCCESS"', '42', true])
      expect(rejection(value).message).toMatch(/midjourney task: expected a JSON object/);
    const noStatus = rejection('{"id":"x","progress":"10%"}');
    expect(noStatus.message).toMatch(/no status at \/status/);
    expect(noStatus.body).toEqual({ id: 'x', progress: '10%' });
    expect(rejection({ status: 'SUCCESS' }).message).toMatch(/no task id at \/id/);
    expect(rejection({ id: '', status: 'SUCCESS' }).message).toMatch(/no task id at \/id/);
    expect(rejection({ id: { nested: 1 }, status: 'SUCCESS' }).message).toMatch(/no task id/);
    const json = JSON.parse(JSON.stringify(noStatus)) as Record<string, unknown>;
    expect(json).toMatchObject({
      name: 'CallbackPayloadError',
      body: { id: 'x', progress: '10%' },
    });
  });

  it('reads nested pointers, and leaves the id empty when the family does not know where it is', () => {
    const nested: TaskDescriptor<unknown> = {
      ...(descriptor as TaskDescriptor<unknown>),
      family: 'kling',
      taskId: '/data/task_id',
      status: '/data/task_status',
      progress: undefined,
      result: ['/data/task_result/videos'],
      error: '/data/task_status_msg',
      states: {
        queued: ['submitted'],
        running: ['processing'],
        succeeded: ['succeed'],
        failed: ['failed'],
        cancelled: [],
      },
    };
    const body = {
      code: 0,
      data: {
        task_id: 'k1',
        task_status: 'succeed',
        task_result: { videos: [{ url: 'https://v/1.mp4' }] },
      },
    };
    expect(parseTaskCallback(nested, body)).toMatchObject({
      id: 'k1',
      state: 'succeeded',
      result: [{ url: 'https://v/1.mp4' }],
    });
    expect(() => parseTaskCallback(nested, { code: 0, data: { task_id: 'k1' } })).toThrow(
      /no status at \/data\/task_status/,
    );
    const anonymous: TaskDescriptor<MjTask> = { ...descriptor, taskId: undefined };
    expect(parseTaskCallback(anonymous, { status: 'SUCCESS', imageUrl: 'u' })).toMatchObject({
      id: '',
      state: 'succeeded',
      result: 'u',
    });
  });
});

describe('parseCallbackJson', () => {
  it('parses text and bytes, passes parsed values through, and rejects non-JSON', () => {
    expect(parseCallbackJson<{ a: number }>('{"a":1}').a).toBe(1);
    expect(parseCallbackJson(new TextEncoder().encode('[1,"x"]'))).toEqual([1, 'x']);
    const parsed = { event: 'created' };
    expect(parseCallbackJson(parsed)).toBe(parsed);
    expect(parseCallbackJson(null)).toBeNull();
    expect(() => parseCallbackJson('{oops')).toThrow(CallbackPayloadError);
    expect(() => parseCallbackJson('   ')).toThrow(/empty/);
  });
});
