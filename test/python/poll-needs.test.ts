/**
 * A task poll that needs more than the task id (here a required cookie) cannot be waited on: the
 * Python SDK refuses it as the TypeScript SDK does (`client-unsupported`, one rule in
 * ir/poll-needs.ts), instead of a `wait_for` that polls without the cookie. The same poll with an
 * optional cookie gets its waiter in both. The rule is the IR's: `lint` reports every such poll, in
 * one run, at the poll operation.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../generator/pipeline.js';
import type { Target } from '../../generator/targets.js';

const spec = (cookieRequired: boolean) => `openapi: 3.1.0
info: { title: Jobs, version: '1', x-package-name: '@shellapi/sdk' }
paths:
  /jobs:
    post:
      operationId: submitJob
      x-task: { family: job, id: /job_id }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, required: [job_id], properties: { job_id: { type: string } } }
  /jobs/{job}:
    get:
      operationId: getJob
      parameters:
        - { name: job, in: path, required: true, schema: { type: string } }
        - { name: session, in: cookie, required: ${cookieRequired}, schema: { type: string } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                required: [job_id, state]
                properties:
                  job_id: { type: string }
                  state: { type: string, enum: [waiting, done, error] }
x-task-families:
  job:
    poll: { operationId: getJob, param: job }
    status: /state
    result: []
    states: { queued: [waiting], running: [], succeeded: [done], failed: [error], cancelled: [] }
    intervalMs: 1000
    timeoutMs: 60000
`;

const work = mkdtempSync(path.join(os.tmpdir(), 'shellapi-py-pollneeds-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function generate(cookieRequired: boolean, target: Target) {
  const dir = path.join(work, `${target}-${cookieRequired}`);
  const file = path.join(work, `openapi-${cookieRequired}.yaml`);
  writeFileSync(file, spec(cookieRequired));
  const result = await runPipeline({ spec: file, out: dir, only: [target], mode: 'write' });
  return { dir, errors: result.problems.filter((p) => p.severity === 'error') };
}

/** Two families whose polls each need something besides the id. */
const twoPolls = `openapi: 3.1.0
info: { title: Jobs, version: '1', x-package-name: '@shellapi/sdk' }
paths:
  /jobs:
    post:
      operationId: submitJob
      x-task: { family: job, id: /id }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Job' } } } }
  /jobs2:
    post:
      operationId: submitJob2
      x-task: { family: job2, id: /id }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Job' } } } }
  /jobs/{id}:
    get:
      operationId: getJob
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
        - { name: region, in: query, required: true, schema: { type: string } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Job' } } } }
  /jobs2/{id}:
    get:
      operationId: getJob2
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
        - { name: X-Region, in: header, required: true, schema: { type: string } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Job' } } } }
components:
  schemas:
    Job:
      type: object
      required: [id, status]
      properties: { id: { type: string }, status: { type: string, enum: [Q, S, F] } }
x-task-families:
  job:
    poll: { operationId: getJob, param: id }
    status: /status
    result: []
    states: { queued: [Q], running: [], succeeded: [S], failed: [F], cancelled: [] }
    intervalMs: 10
    timeoutMs: 1000
  job2:
    poll: { operationId: getJob2, param: id }
    status: /status
    result: []
    states: { queued: [Q], running: [], succeeded: [S], failed: [F], cancelled: [] }
    intervalMs: 10
    timeoutMs: 1000
`;

describe('a poll that needs more than the task id', () => {
  it('is reported by lint, every such poll in one run, at the poll', async () => {
    const file = path.join(work, 'two-polls.yaml');
    writeFileSync(file, twoPolls);
    const result = await runPipeline({ spec: file, out: path.join(work, 'lint'), stopAfter: 'ir' });
    const errors = result.problems.filter((p) => p.severity === 'error');
    expect(errors.map((e) => [e.code, e.pointer, e.message])).toEqual([
      [
        'client-unsupported',
        '/paths/~1jobs~1{id}/get/operationId',
        'getJob: the poll needs query parameter region besides the task id',
      ],
      [
        'client-unsupported',
        '/paths/~1jobs2~1{id}/get/operationId',
        'getJob2: the poll needs header parameter X-Region besides the task id',
      ],
    ]);
  }, 60_000);

  it('is refused by the Python SDK as by the TypeScript one', async () => {
    const python = await generate(true, 'python');
    const ts = await generate(true, 'client');
    for (const { errors } of [python, ts]) {
      expect(errors.map((e) => e.code)).toEqual(['client-unsupported']);
      expect(errors[0]!.message).toBe(
        'getJob: the poll needs cookie parameter session besides the task id',
      );
    }
    expect(python.errors[0]!.pointer).toBe(ts.errors[0]!.pointer);
  }, 120_000);

  it('gets its waiter when the cookie is optional', async () => {
    const python = await generate(false, 'python');
    expect(python.errors).toEqual([]);
    const client = readFileSync(path.join(python.dir, 'python/shellapi/_client.py'), 'utf8');
    expect(client).toMatch(/def wait_for\(self, task_id: str/);
    expect(client).toMatch(/def \w+_and_wait\(/);
  }, 120_000);
});
