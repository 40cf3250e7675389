/**
 * Every task family through the Python SDK's `<method>_and_wait` helper against the generated mock
 * on its manual clock: to success, to failure (`Prefer: task=fail`) and, where the family can say
 * so, to cancellation. The driver's httpx hook moves the mock clock one poll interval after each
 * poll, so a wait takes milliseconds and the snapshots tell the whole lifecycle.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMock, type MockServer } from '../../generated/sdk/dist/mock/index.js';
import type { TaskFamilyIr } from '../../generator/ir/types.js';
import { pollResultPointers } from '../../generator/ir/tasks.js';
import { plannedCalls, refusedSubmitExamples } from '../e2e/ir-calls.js';
import { atPointer } from '../e2e/pointer.js';
import { createValidator } from '../e2e/schemas.js';
import { loadShellIr } from '../e2e/shell-ir.js';
import {
  drive,
  pathPattern,
  pythonCall,
  pythonPlans,
  type PyCommand,
  type PyResult,
} from './helpers.js';

const { ir, document, plans, byId } = await loadShellIr();
const validate = createValidator(document);
const py = pythonPlans(ir);

let mock: MockServer;
let results: Map<string, PyResult>;
const commands: PyCommand[] = [];

function waitCommand(
  family: TaskFamilyIr,
  outcome: string,
  prefer: string | undefined,
  client: 'sync' | 'async',
  timeout?: number,
): PyCommand {
  const submit = byId.get(family.submits[0]!)!;
  const poll = byId.get(submit.task!.poll.operationId)!;
  const base = pythonCall(
    `${family.name}:${outcome}:${client}`,
    py.get(submit.operationId)!,
    plannedCalls(ir, plans.get(submit.operationId)!)[0]!,
  );
  return {
    ...base,
    method: `${base.method}_and_wait`,
    wait: true,
    client,
    poll_pattern: pathPattern(poll),
    advance_ms: family.intervalMs,
    ...(prefer ? { prefer } : {}),
    ...(timeout !== undefined ? { wait_timeout: timeout } : {}),
  };
}

for (const family of ir.taskFamilies) {
  commands.push(waitCommand(family, 'success', undefined, 'sync'));
  commands.push(waitCommand(family, 'success', undefined, 'async'));
  commands.push(
    waitCommand(
      family,
      'fail',
      'task=fail',
      'sync',
      family.states.failed.length > 0 ? undefined : 0.3,
    ),
  );
  if (family.states.cancelled.length > 0 || family.cancel)
    commands.push(waitCommand(family, 'cancel', 'task=cancel', 'async'));
}

// A documented refusal (an example without a task id) asked of the mock: no task, TaskSubmitError.
const refusals = ir.operations.flatMap((op) =>
  refusedSubmitExamples(op).map((example) => ({
    op,
    example,
    id: `${op.operationId}:refused:${example.name}`,
  })),
);
for (const { op, example, id } of refusals) {
  const base = pythonCall(
    id,
    py.get(op.operationId)!,
    plannedCalls(ir, plans.get(op.operationId)!)[0]!,
  );
  commands.push({
    ...base,
    method: `${base.method}_and_wait`,
    wait: true,
    client: 'sync',
    poll_pattern: pathPattern(byId.get(op.task!.poll.operationId)!),
    advance_ms: 1000,
    prefer: `example=${example.name}`,
    wait_timeout: 2,
  });
}

beforeAll(async () => {
  mock = await startMock({ clock: 'manual', port: 0 });
  results = await drive(mock.url, 'sk-python-tasks-0123456789', commands);
});
afterAll(async () => {
  await mock?.close();
});

function story(result: PyResult): string[] {
  return result.snapshots.map((s) => s.state).filter((s, i, all) => i === 0 || all[i - 1] !== s);
}

function opening(family: TaskFamilyIr): string[] {
  return family.states.queued.length > 0 ? ['queued', 'running'] : ['running'];
}

for (const family of ir.taskFamilies) {
  const submit = byId.get(family.submits[0]!)!;
  const poll = byId.get(submit.task!.poll.operationId)!;
  const pollSchema = poll.responses
    .find((r) => /^2/.test(r.status))!
    .contents.find((c) => c.kind === 'json')!.schema!.source;

  describe(`${family.name} family (${submit.names.resource.join('.')}.${py.get(submit.operationId)!.method}_and_wait)`, () => {
    for (const client of ['sync', 'async'] as const) {
      it(`${client}: queued → running → succeeded, progress rising, result read at the poll's result pointers`, () => {
        const r = results.get(`${family.name}:success:${client}`)!;
        expect(r.error, JSON.stringify(r.error)).toBeUndefined();
        const done = r.data as {
          state: string;
          progress: number;
          task: unknown;
          result: unknown;
          results: unknown[];
          vendor_status: unknown;
          id: string;
        };
        expect(story(r)).toEqual([...opening(family), 'succeeded']);
        expect(done.state).toBe('succeeded');
        expect(done.progress).toBe(1);
        expect(family.states.succeeded).toContainEqual(done.vendor_status);
        // The pointers this poll's tasks fill, as in the TypeScript SDK; `result` is the first
        // of them holding a value (Kling images: the images, not the absent videos).
        const pointers = pollResultPointers(family, poll);
        expect(done.results).toEqual(pointers.map((p) => atPointer(done.task, p) ?? null));
        expect(done.result).toEqual(done.results.find((r) => r !== null));
        expect(done.result ?? null).not.toBeNull();
        expect(validate(pollSchema, done.task)).toEqual([]);
        if (family.progress) {
          const seen = r.snapshots.map((s) => s.progress!);
          expect(seen).toEqual([...seen].sort((a, b) => a - b));
          expect(new Set(seen).size).toBeGreaterThan(2);
        }
        // Submitted once, then only polls of this task.
        expect(
          r.exchanges.filter(
            (e) =>
              e.method === submit.method.toUpperCase() &&
              new RegExp(pathPattern(submit)).test(new URL(e.url).pathname),
          ),
        ).toHaveLength(1);
        expect(
          r.exchanges
            .slice(1)
            .every((e) => new RegExp(pathPattern(poll)).test(new URL(e.url).pathname)),
        ).toBe(true);
        expect(mock.tasks.get(done.id)?.state).toBe('succeeded');
      });
    }

    if (family.states.failed.length > 0) {
      it('fails with TaskFailedError and the vendor reason', () => {
        const r = results.get(`${family.name}:fail:sync`)!;
        expect(r.error?.class).toBe('TaskFailedError');
        expect(story(r)).toEqual([...opening(family), 'failed']);
        const last = r.snapshots.at(-1)!;
        expect(r.error?.task_id).toBe(last.id);
        if (family.error) expect(r.error?.reason).toBe(atPointer(last.task, family.error));
        expect(r.exchanges[0]!.prefer).toBe('task=fail');
      });
    } else {
      it('cannot report a failure: the wait runs out of its budget (TaskTimeoutError), never succeeding', () => {
        const r = results.get(`${family.name}:fail:sync`)!;
        expect(r.error?.class).toBe('TaskTimeoutError');
        expect(r.snapshots.some((s) => s.state === 'succeeded')).toBe(false);
      });
    }

    if (family.states.cancelled.length > 0 || family.cancel) {
      it('async: cancelled with Prefer: task=cancel → TaskCancelledError', () => {
        const r = results.get(`${family.name}:cancel:async`)!;
        expect(r.error?.class).toBe('TaskCancelledError');
        expect(story(r).at(-1)).toBe('cancelled');
      });
    }
  });
}

describe('a refused submit (the spec example without a task id, Prefer: example=NAME)', () => {
  it('the shell spec documents refusals', () => expect(refusals.length).toBeGreaterThan(0));
  for (const { example, id } of refusals)
    it(`${id}: TaskSubmitError with the vendor's description and code, as the TypeScript SDK says it`, () => {
      const r = results.get(id)!;
      expect(r.error?.class, JSON.stringify(r.error)).toBe('TaskSubmitError');
      const written = example.value as { code?: unknown; description?: unknown };
      const detail = [
        typeof written.description === 'string' ? written.description : undefined,
        written.code !== undefined ? `code ${String(written.code)}` : undefined,
      ].filter(Boolean);
      expect(r.error?.code).toBe(written.code === undefined ? null : String(written.code));
      if (typeof written.description === 'string')
        expect(r.error?.description).toBe(written.description);
      expect(r.error?.message).toBe(
        `The submit response has no task id at ${byId.get(id.split(':')[0]!)!.task!.id}. The vendor said: ${detail.join(', ')}.`,
      );
      expect(r.exchanges).toHaveLength(1);
    });
});
