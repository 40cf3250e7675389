/**
 * The mock starts with the tasks whose ids the docs' poll and cancel samples pass (the IR's
 * `TaskRoleIr.exampleIds`), so those samples answer 2xx on a fresh mock instead of
 * `404 Task <id> not found.` — for every task family of the Shell spec, and without failing on
 * ids that several families share or that are numbers.
 */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiIr } from '../../generator/ir/types.js';
import { buildSamples, requestExample } from '../../generator/emit/docs/samples.js';
import type { MockServer } from '../../templates/mock/server.js';
import { call, irOf, SHELL, startFor } from './helpers.js';

const SEEDS = fileURLToPath(new URL('./fixtures/task-seeds.yaml', import.meta.url));
const hasCurl = spawnSync('curl', ['--version']).status === 0;

/** Runs a docs curl sample; returns the HTTP status and the body. */
function curl(sample: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', `${sample} -sS -w '\\n%{http_code}'`], {
      env: { ...process.env, SHELLAPI_API_KEY: 'sk-test' },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', () => {
      const lines = out.trimEnd().split('\n');
      resolve({ status: Number(lines.pop()), body: lines.join('\n') });
    });
  });
}

describe('task ids of the Shell spec examples', () => {
  let ir: ApiIr;
  let mock: MockServer;

  beforeAll(async () => {
    ir = await irOf(SHELL);
    mock = await startFor(SHELL, { host: '127.0.0.1', callbacks: false });
  });
  afterAll(() => mock?.close());

  const pollsAndCancels = () =>
    ir.operations.filter((op) => op.taskRole && op.taskRole.role !== 'list');

  it('every task family has a poll whose example ids the IR names', () => {
    const families = new Set(
      pollsAndCancels()
        .filter((op) => (op.taskRole!.exampleIds ?? []).length > 0)
        .map((op) => op.taskRole!.family),
    );
    expect([...families].sort()).toEqual(ir.taskFamilies.map((f) => f.name).sort());
  });

  it.skipIf(!hasCurl)(
    "each poll's and cancel's docs curl sample gets a 2xx from a fresh mock (each named example too)",
    async () => {
      await call(mock.url, 'POST', '/__mock/reset');
      const failures: string[] = [];
      // Polls first: a cancel of a finished task must leave it pollable either way.
      const ops = pollsAndCancels().sort(
        (a, b) => Number(a.taskRole!.role !== 'poll') - Number(b.taskRole!.role !== 'poll'),
      );
      for (const op of ops) {
        const names = [
          undefined,
          ...op.parameters.flatMap((p) => p.examples.map((e) => e.name)),
          ...(op.requestBody?.contents ?? []).flatMap((c) => c.examples.map((e) => e.name)),
        ];
        for (const example of [...new Set(names)]) {
          const sample = buildSamples(ir, op, { baseUrl: mock.url, example }).curl;
          const { status, body } = await curl(sample);
          if (status < 200 || status > 299)
            failures.push(`${op.operationId} (${example ?? 'default'}): ${status} ${body}`);
        }
      }
      expect(failures).toEqual([]);
      expect(ops.length).toBeGreaterThanOrEqual(11);
    },
  );

  it("the console's default request of each poll and cancel passes a seeded id", () => {
    for (const op of pollsAndCancels()) {
      const start = requestExample(ir, op);
      const sent = [...Object.values(start.params), ...Object.values(Object(start.body))];
      const seeded = op.taskRole!.exampleIds ?? [];
      expect(
        sent.some((v) => seeded.includes(v as string)),
        `${op.operationId}: ${JSON.stringify(start)} vs ${JSON.stringify(seeded)}`,
      ).toBe(true);
      for (const id of seeded) expect(mock.tasks.get(String(id))).toBeDefined();
    }
  });

  it('a seeded Midjourney task is finished, listed, cancellable, and back after a reset', async () => {
    await call(mock.url, 'POST', '/__mock/reset');
    const fetch = ir.operations.find((o) => o.operationId === 'mjFetchTask')!;
    const id = String(fetch.taskRole!.exampleIds![0]);
    const polled = await call(mock.url, 'GET', `/mj/task/${id}/fetch`);
    expect(polled.status).toBe(200);
    expect(polled.json).toMatchObject({ id, status: 'SUCCESS', progress: '100%' });
    expect((polled.json as { imageUrl: string }).imageUrl).toMatch(/^https?:\/\//);

    const listed = await call(mock.url, 'GET', '/mj/task/list');
    expect((listed.json as { id: string }[]).map((t) => t.id)).toContain(id);
    const byIds = await call(mock.url, 'POST', '/mj/task/list-by-condition', {
      json: { ids: [id] },
    });
    expect((byIds.json as { id: string }[]).map((t) => t.id)).toEqual([id]);

    const cancel = ir.operations.find((o) => o.operationId === 'mjCancelTask')!;
    for (const seed of cancel.taskRole!.exampleIds!)
      expect((await call(mock.url, 'POST', `/mj/task/${seed}/cancel`)).status).toBe(200);

    // A submitted task goes away with a reset; the seeds come back.
    const submitted = await call(mock.url, 'POST', '/mj/submit/imagine', {
      json: { prompt: 'a cat' },
    });
    const made = (submitted.json as { result: string }).result;
    expect(made).not.toBe(id);
    expect(mock.tasks.get(made)).toBeDefined();
    await call(mock.url, 'POST', '/__mock/reset');
    expect(mock.tasks.get(made)).toBeUndefined();
    expect(mock.tasks.get(id)).toMatchObject({ state: 'succeeded', submitOperationId: '' });
    expect((await call(mock.url, 'GET', `/mj/task/${id}/fetch`)).status).toBe(200);
  });
});

describe('example task ids that do not fit neatly', () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startFor(SEEDS, { host: '127.0.0.1', callbacks: false });
  });
  afterAll(() => mock?.close());

  it('an id two families show belongs to the first; a number id and a poll without a submit are seeded', async () => {
    const a = await call(mock.url, 'GET', '/a/shared-1');
    expect(a.status).toBe(200);
    expect(a.json).toEqual({ id: 'shared-1', state: 'done', output: 'a.png' });
    expect(mock.tasks.get('shared-1')).toMatchObject({ family: 'a', state: 'succeeded' });
    // Family b's poll does not find family a's task: a located 404, not a crash.
    expect((await call(mock.url, 'GET', '/b/shared-1')).status).toBe(404);
    const n = await call(mock.url, 'GET', '/n/42');
    expect(n.status).toBe(200);
    expect(n.json).toMatchObject({ id: 42, state: 'done' });
    // A submit's made-up id never takes a seeded one.
    const made = await call(mock.url, 'POST', '/n');
    expect((made.json as { id: number }).id).not.toBe(42);
    expect(mock.tasks.size).toBeGreaterThanOrEqual(3);
  });
});
