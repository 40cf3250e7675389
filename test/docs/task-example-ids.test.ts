/**
 * Every printer of a poll's or cancel's example call (curl, TypeScript, Python, Python HTTP, the
 * console's start request, the SDK's `@example`) passes one task id, and it is one the IR seeds
 * the mock with (`TaskRoleIr.exampleIds`), so the call answers instead of 404.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiIr, OperationIr } from '../../generator/ir/types.js';
import { buildSamples, requestExample } from '../../generator/emit/docs/samples.js';
import { exampleCall } from '../../generator/emit/surface/example.js';
import { operationPlan } from '../../generator/emit/surface/plan.js';
import { irFor, SHELL_SPEC } from './helpers.js';

/**
 * Two submits of one family, the second polled by its own operation whose id parameter has no
 * example: the second poll's seeds are both submits' ids (its own first). The old docs rule took
 * the own submit's id, the old `@example` rule the family's first submit's: they disagreed.
 */
const TWO_SUBMITS = `openapi: 3.1.0
info: { title: Two submits, version: '1' }
paths:
  /images:
    post:
      operationId: createImage
      x-task: { family: jobs, id: /id }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Job' }
              examples: { queued: { value: { id: img_first_1, status: queued } } }
  /videos:
    post:
      operationId: createVideo
      x-task: { family: jobs, id: /id, poll: { operationId: getVideoJob, param: job_id } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Job' }
              examples: { queued: { value: { id: vid_own_2, status: queued } } }
  /jobs/{job_id}:
    get:
      operationId: getJob
      parameters:
        - { name: job_id, in: path, required: true, schema: { type: string } }
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { $ref: '#/components/schemas/Job' } } }
  /videos/{job_id}:
    get:
      operationId: getVideoJob
      parameters:
        - { name: job_id, in: path, required: true, schema: { type: string } }
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { $ref: '#/components/schemas/Job' } } }
  /jobs/{job_id}/cancel:
    post:
      operationId: cancelJob
      parameters:
        - { name: job_id, in: path, required: true, schema: { type: string }, example: job_written_3 }
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { $ref: '#/components/schemas/Job' } } }
components:
  schemas:
    Job:
      type: object
      required: [id, status]
      properties:
        id: { type: string }
        status: { type: string, enum: [queued, running, done, failed, cancelled] }
x-task-families:
  jobs:
    poll: { operationId: getJob, param: job_id }
    cancel: { operationId: cancelJob, param: job_id }
    status: /status
    result: [/id]
    intervalMs: 1000
    timeoutMs: 60000
    states:
      queued: [queued]
      running: [running]
      succeeded: [done]
      failed: [failed]
      cancelled: [cancelled]
`;

/** The seeded ids each printer's text shows for `op`'s task id (by printer). */
function idsShown(ir: ApiIr, op: OperationIr): Record<string, (string | number)[]> {
  const seeds = op.taskRole?.exampleIds ?? [];
  const s = buildSamples(ir, op);
  const start = requestExample(ir, op);
  const input = op.taskRole!.idInput!;
  const texts: Record<string, string> = {
    curl: s.curl,
    typescript: s.typescript,
    python: s.python,
    pythonHttp: s.pythonHttp,
    console: JSON.stringify(start.params[`${input.in}:${input.name}`] ?? null),
    example: exampleCall(ir, operationPlan(ir, op)).call,
  };
  const shown = (text: string) => seeds.filter((id) => text.includes(String(id)));
  return Object.fromEntries(Object.entries(texts).map(([k, t]) => [k, shown(t)]));
}

/** The poll and cancel operations taking the id in a path or query parameter. */
function idOperations(ir: ApiIr): OperationIr[] {
  return ir.operations.filter((op) => {
    const input = op.taskRole?.idInput;
    return input && input.in !== 'body';
  });
}

function expectAgreement(ir: ApiIr): void {
  const ops = idOperations(ir);
  expect(ops.length).toBeGreaterThan(0);
  for (const op of ops) {
    expect(op.taskRole!.exampleIds?.length, op.operationId).toBeGreaterThan(0);
    const shown = idsShown(ir, op);
    // Each printer shows exactly one seeded id, and the same one.
    const first = shown.curl!;
    expect(first, `${op.operationId} curl`).toHaveLength(1);
    for (const [printer, ids] of Object.entries(shown))
      expect(ids, `${op.operationId} ${printer}`).toEqual(first);
  }
}

describe('poll and cancel example calls pass a seeded task id', () => {
  it('spec/: every printer shows the same seeded id', async () => {
    expectAgreement(await irFor(SHELL_SPEC));
  });

  it('a poll of a second submit: its own submit id everywhere, the id parameter written beats it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'task-ids-'));
    const file = path.join(dir, 'openapi.yaml');
    await writeFile(file, TWO_SUBMITS);
    const ir = await irFor(file);
    expectAgreement(ir);
    const video = ir.operations.find((o) => o.operationId === 'getVideoJob')!;
    expect(video.taskRole!.exampleIds).toEqual(['vid_own_2', 'img_first_1']);
    expect(idsShown(ir, video).example).toEqual(['vid_own_2']);
    const cancel = ir.operations.find((o) => o.operationId === 'cancelJob')!;
    expect(idsShown(ir, cancel).typescript).toEqual(['job_written_3']);
  });
});
