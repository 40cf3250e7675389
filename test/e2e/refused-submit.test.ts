/**
 * A submit's documented refusal (an example without a task id, Midjourney's `queue-full`) asked of
 * the mock with `Prefer: example=NAME` is answered as written and starts no task, so the generated
 * client's `…AndWait` raises `TaskSubmitError` with the vendor's reason at once instead of polling a
 * made-up task until its time budget runs out.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ShellApi, TaskSubmitError } from '../../generated/sdk/dist/index.js';
import { startMock, type MockServer } from '../../generated/sdk/dist/mock/index.js';
import { argumentsOf, methodOf, recordingFetch } from './client-tree.js';
import { plannedCalls, refusedSubmitExamples } from './ir-calls.js';
import { loadShellIr } from './shell-ir.js';

const { ir, plans } = await loadShellIr();

let mock: MockServer;
beforeAll(async () => {
  mock = await startMock({ clock: 'manual', port: 0 });
});
afterEach(() => mock.reset());
afterAll(async () => {
  await mock?.close();
});

const refusing = ir.operations.filter((op) => refusedSubmitExamples(op).length > 0);

describe('a refused submit through …AndWait against the mock', () => {
  it('the shell spec documents refusals (else this file tests nothing)', () => {
    expect(refusing.length).toBeGreaterThan(0);
  });

  for (const op of refusing)
    for (const example of refusedSubmitExamples(op))
      it(`${op.operationId} with Prefer: example=${example.name} raises TaskSubmitError, no task made`, async () => {
        const { fetch, exchanges } = recordingFetch();
        const client = new ShellApi({
          apiKey: 'sk-e2e-refused-0123456789',
          baseUrl: mock.url,
          maxRetries: 0,
          fetch,
        });
        const before = mock.tasks.size; // the spec's seeded tasks
        const call = plannedCalls(ir, plans.get(op.operationId)!)[0]!;
        const options = {
          intervalMs: 1,
          timeoutMs: 2000,
          requestOptions: { headers: { Prefer: `example=${example.name}` } },
        };
        const method = methodOf(client, op.names.resource, `${op.names.method}AndWait`);
        const error = await Promise.resolve(method(...argumentsOf(call, 'blob', options))).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(TaskSubmitError);
        const refused = error as TaskSubmitError;
        const written = example.value as { code?: unknown; description?: unknown };
        expect(refused.response).toEqual(example.value);
        if (written.code !== undefined) expect(refused.code).toBe(String(written.code));
        if (typeof written.description === 'string') {
          expect(refused.description).toBe(written.description);
          expect(refused.message).toContain(written.description);
        }
        expect(exchanges).toHaveLength(1);
        expect(mock.tasks.size).toBe(before);
      });
});
