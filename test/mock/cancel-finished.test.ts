/**
 * Cancelling a task that already finished answers what the spec declares for it: the family's
 * `cancel.whenFinished` (an example name, or a status), else a declared 409, else the success
 * answer (a second success example alone says nothing: reordering examples must not change it).
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { MockServer } from '../../templates/mock/server.js';
import { SHELL, call, startFor } from './helpers.js';

const servers: MockServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

async function start(spec: string): Promise<MockServer> {
  const server = await startFor(spec);
  servers.push(server);
  return server;
}

/** A task family whose cancel declares a 409. */
const CONFLICT = `openapi: 3.1.0
info: { title: t, version: '1' }
x-task-families:
  job:
    poll: { operationId: getJob, param: id }
    status: /status
    result: [/url]
    intervalMs: 1000
    timeoutMs: 60000
    states: { queued: [queued], running: [running], succeeded: [done], failed: [failed], cancelled: [cancelled] }
    cancel: { operationId: cancelJob, param: id }
paths:
  /jobs:
    post:
      operationId: createJob
      x-task: { family: job, id: /id }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Ack' }, example: { id: job_1 } } } }
  /jobs/{id}:
    get:
      operationId: getJob
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Job' }, example: { id: job_1, status: done, url: 'https://x.test/a' } } } }
  /jobs/{id}/cancel:
    post:
      operationId: cancelJob
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Ack' }, example: { id: job_1 } } } }
        '409': { description: already finished, content: { application/json: { schema: { type: object, properties: { message: { type: string } } } } } }
components:
  schemas:
    Ack: { type: object, properties: { id: { type: string } } }
    Job: { type: object, properties: { id: { type: string }, status: { type: string }, url: { type: string } } }
`;

/** CONFLICT with `whenFinished` on the cancel, the cancel's responses replaced and a `note` on Ack. */
function variant(whenFinished: string | undefined, responses: string): string {
  const on = whenFinished ? `, whenFinished: ${whenFinished}` : '';
  const lines = CONFLICT.split('\n');
  const at = lines.findIndex((l, i) => l.includes("'200'") && lines[i + 1]?.includes("'409'"));
  lines.splice(at, 2, responses.trimEnd());
  return lines
    .join('\n')
    .replace(
      'cancel: { operationId: cancelJob, param: id }',
      `cancel: { operationId: cancelJob, param: id${on} }`,
    )
    .replace(
      'Ack: { type: object, properties: { id: { type: string } } }',
      'Ack: { type: object, properties: { id: { type: string }, note: { type: string } } }',
    );
}

async function startSpec(spec: string): Promise<MockServer> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-cancel-'));
  await writeFile(path.join(dir, 'openapi.yaml'), spec);
  return start(path.join(dir, 'openapi.yaml'));
}

/** Submits a job, cancels it once (accepted), and returns the answer to cancelling it again. */
async function cancelTwice(
  mock: MockServer,
): Promise<{ id: string; again: Awaited<ReturnType<typeof call>> }> {
  const { id } = (await call(mock.url, 'POST', '/jobs')).json as { id: string };
  expect((await call(mock.url, 'POST', `/jobs/${id}/cancel`)).status).toBe(200);
  return { id, again: await call(mock.url, 'POST', `/jobs/${id}/cancel`) };
}

const TWO_SUCCESS_EXAMPLES = `        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Ack' }
              examples:
                accepted: { value: { id: job_1, note: accepted } }
                too-late: { value: { id: job_1, note: too late } }
`;

describe('cancelling a finished task', () => {
  it("answers the Shell spec's already-finished example, and cancels a running task", async () => {
    const mock = await start(SHELL);
    const submit = await call(mock.url, 'POST', '/mj/submit/imagine', {
      json: { prompt: 'a cat' },
    });
    const id = (submit.json as { result: string }).result;
    const first = await call(mock.url, 'POST', `/mj/task/${id}/cancel`);
    expect(first.json).toMatchObject({ code: 1, result: id });
    const again = await call(mock.url, 'POST', `/mj/task/${id}/cancel`);
    expect(again.status).toBe(200);
    expect(again.json).toEqual({ code: 4, description: '任务状态不允许取消', result: id });
  });

  it('answers a declared 409', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-cancel-'));
    await writeFile(path.join(dir, 'openapi.yaml'), CONFLICT);
    const mock = await start(path.join(dir, 'openapi.yaml'));
    const id = (await call(mock.url, 'POST', '/jobs')).json as { id: string };
    expect((await call(mock.url, 'POST', `/jobs/${id.id}/cancel`)).status).toBe(200);
    const again = await call(mock.url, 'POST', `/jobs/${id.id}/cancel`);
    expect(again.status).toBe(409);
    expect(JSON.stringify(again.json)).toContain('already finished');
  });

  it('answers the success example whenFinished names, whatever its place', async () => {
    const spec = variant(
      'too-late',
      TWO_SUCCESS_EXAMPLES.replace(/(.*accepted.*\n)(.*too-late.*\n)/, '$2$1'),
    );
    const mock = await startSpec(spec);
    const { id } = (await call(mock.url, 'POST', '/jobs')).json as { id: string };
    const first = await call(mock.url, 'POST', `/jobs/${id}/cancel`);
    expect(first.json).toEqual({ id, note: 'accepted' });
    const again = await call(mock.url, 'POST', `/jobs/${id}/cancel`);
    expect(again.status).toBe(200);
    expect(again.json).toEqual({ id, note: 'too late' });
  });

  it('answers a second success example as any other without whenFinished', async () => {
    const mock = await startSpec(variant(undefined, TWO_SUCCESS_EXAMPLES));
    const { id, again } = await cancelTwice(mock);
    expect(again.status).toBe(200);
    expect(again.json).toEqual({ id, note: 'accepted' });
  });

  it('answers the example of an error response whenFinished names, at its status', async () => {
    const responses = `        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Ack' }, example: { id: job_1 } } } }
        '422':
          description: refused
          content:
            application/json:
              schema: { type: object, properties: { message: { type: string } } }
              examples:
                other: { value: { message: something else } }
                finished: { value: { message: the job is over } }
`;
    const { again } = await cancelTwice(await startSpec(variant('finished', responses)));
    expect(again.status).toBe(422);
    expect(again.json).toEqual({ message: 'the job is over' });
  });
});
