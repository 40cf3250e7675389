/**
 * Cancelling a task that already finished answers what the spec declares for it: a 409 response,
 * else the cancel's second example (the Shell spec's `already-finished`), else the success answer.
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
});
