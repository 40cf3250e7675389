/**
 * A poll's success example whose status is a `succeeded` value but which holds nothing at the
 * result pointers the poll reads is a located `task-example-no-result` warning: the docs and the
 * mock's finished tasks would show a task that succeeded without a result.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';
import { REPO, runCli } from '../helpers/cli.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'poll-result-'));
  dirs.push(dir);
  return dir;
}

/** Two polls of one family: `getImage` reads only /images (its submit names it), `getAny` both. */
const SPEC = `openapi: 3.1.0
info: { title: T, version: '1' }
x-task-families:
  job:
    poll: { operationId: getAny, param: id }
    status: /status
    result: [/videos, /images]
    intervalMs: 1000
    timeoutMs: 60000
    states: { queued: [queued], running: [running], succeeded: [Done], failed: [failed], cancelled: [] }
paths:
  /images:
    post:
      operationId: makeImage
      x-task: { family: job, id: /id, result: [/images], poll: { operationId: getImage, param: id } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Job' }, example: { id: a } } } }
  /jobs/{id}:
    get:
      operationId: getAny
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Job' }
              examples:
                videos: { value: { id: a, status: Done, videos: [v.mp4] } }
                running: { value: { id: a, status: running } }
                empty: { value: { id: a, status: done, images: [], videos: null } }
  /images/{id}:
    get:
      operationId: getImage
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Job' }
              examples:
                images: { value: { id: a, status: Done, images: [i.png] } }
                videos-only: { value: { id: a, status: Done, videos: [v.mp4] } }
                deliberate: { x-example-invalid: true, value: { id: a, status: Done } }
components:
  schemas:
    Job:
      type: object
      properties:
        id: { type: string }
        status: { type: string }
        videos: { type: [array, 'null'], items: { type: string } }
        images: { type: array, items: { type: string } }
`;

describe('task-example-no-result', () => {
  it('reports the succeeded examples with no value at the result pointers their poll reads', async () => {
    const file = path.join(tempDir(), 'openapi.yaml');
    writeFileSync(file, SPEC);
    const { problems } = buildIr(await loadSpec(file));
    const found = problems.filter((p) => p.code === 'task-example-no-result');
    expect(found.map((p) => [p.severity, p.pointer, p.line, p.col])).toEqual([
      [
        'warning',
        '/paths/~1jobs~1{id}/get/responses/200/content/application~1json/examples/empty/value',
        31,
        26,
      ],
      [
        'warning',
        '/paths/~1images~1{id}/get/responses/200/content/application~1json/examples/videos-only/value',
        44,
        32,
      ],
    ]);
    expect(found[1]!.message).toMatch(
      /videos-only of getImage .* "Done"\) with no value at its result pointer \/images/,
    );
  });

  it("catches our own spec's finished Midjourney example losing its image (lint --strict, file:line:col)", () => {
    const dir = tempDir();
    cpSync(path.join(REPO, 'spec'), dir, { recursive: true });
    const file = path.join(dir, 'paths/midjourney.yaml');
    const text = readFileSync(file, 'utf8');
    const from = /(\n {14}succeeded:\n(?: {16}.*\n)+? {18}imageUrl: )\S+/;
    expect(text).toMatch(from);
    writeFileSync(file, text.replace(from, '$1null'));
    const r = runCli(['lint', '--strict', '--spec', path.join(dir, 'openapi.yaml')]);
    expect(r.status).toBe(1);
    const found = r.stderr.split('\n').filter((l) => l.includes(' task-example-no-result '));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /midjourney\.yaml:\d+:\d+ error task-example-no-result at \/~1mj~1task~1\{id\}~1fetch\/get\/responses\/200\/content\/application~1json\/examples\/succeeded\/value: example succeeded of mjFetchTask/,
    );
    expect(r.stderr).toContain('1 error(s)');
  });
});
