/**
 * A task family's poll must answer JSON: its status is read at a pointer into the body, so a poll
 * answering text (or nothing) would leave every `…AndWait` polling until its time budget (the
 * mock answers such a poll with its text example, which has no status). A located error.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const SPEC = `openapi: 3.1.0
info: { title: T, version: '1' }
x-task-families:
  job:
    poll: { operationId: getJob, param: id }
    status: /status
    result: [/url]
    intervalMs: 1000
    timeoutMs: 60000
    states: { queued: [queued], running: [running], succeeded: [done], failed: [failed], cancelled: [] }
paths:
  /jobs:
    post:
      operationId: createJob
      x-task: { family: job, id: /id }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Ack' } } } }
  /other:
    post:
      operationId: createOther
      x-task: { family: job, id: /id, poll: { operationId: getOther, param: id } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Ack' } } } }
  /jobs/{id}:
    get:
      operationId: getJob
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        '200': { description: ok, content: { text/plain: { schema: { type: string }, example: 'status=done' } } }
  /other/{id}:
    get:
      operationId: getOther
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        '204': { description: no body }
components:
  schemas:
    Ack: { type: object, properties: { id: { type: string } } }
`;

describe('a task poll that does not answer JSON', () => {
  it('is a located error at the place that names the poll', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'task-poll-json-'));
    dirs.push(dir);
    const file = path.join(dir, 'openapi.yaml');
    writeFileSync(file, SPEC);
    const { problems } = buildIr(await loadSpec(file));
    expect(problems.map((p) => [p.severity, p.code, p.pointer, p.line, p.col, p.message])).toEqual([
      [
        'error',
        'task-pointer-unresolved',
        '/x-task-families/job/poll',
        5,
        5,
        "poll getJob answers text/plain, not JSON: the task's status cannot be read from it",
      ],
      [
        'error',
        'task-pointer-unresolved',
        '/paths/~1other/post/x-task/poll',
        21,
        39,
        "poll getOther answers no body: the task's status cannot be read from it",
      ],
    ]);
  });

  it('is not reported for a JSON poll', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'task-poll-json-'));
    dirs.push(dir);
    const file = path.join(dir, 'openapi.yaml');
    const json = `{ description: ok, content: { application/json: { schema: { type: object, properties: { status: { type: string }, url: { type: string } } } } } }`;
    writeFileSync(
      file,
      SPEC.replace(
        /'200': \{ description: ok, content: \{ text\/plain.*\n/,
        `'200': ${json}\n`,
      ).replace("'204': { description: no body }", `'200': ${json}`),
    );
    const { problems } = buildIr(await loadSpec(file));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
