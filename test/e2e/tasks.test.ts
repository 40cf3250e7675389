/**
 * Every task family of the IR, end to end through the generated client's `…AndWait` helper (one
 * submit of each family) against the generated mock on its manual clock: to success, to failure
 * (`Prefer: task=fail` on the submit) and, where the family can express it, to cancellation
 * (`Prefer: task=cancel`, and the family's cancel operation mid-run). The clock moves one poll
 * interval after each poll the client makes, so a run takes milliseconds and no poll is missed.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ShellApi,
  TaskCancelledError,
  TaskFailedError,
  TaskTimeoutError,
} from '../../generated/sdk/dist/index.js';
import { startMock, type MockServer } from '../../generated/sdk/dist/mock/index.js';
import type { CanonicalTaskState, OperationIr, TaskFamilyIr } from '../../generator/ir/types.js';
import { pollResultPointers } from '../../generator/ir/tasks.js';
import { argumentsOf, methodOf, recordingFetch, type Exchange } from './client-tree.js';
import { plannedCalls, withTaskId } from './ir-calls.js';
import { atPointer } from './pointer.js';
import { createValidator } from './schemas.js';
import { loadShellIr } from './shell-ir.js';

const { ir, document, plans, byId } = await loadShellIr();
const validate = createValidator(document);

let mock: MockServer;
beforeAll(async () => {
  mock = await startMock({ clock: 'manual', port: 0 });
});
afterEach(() => mock.reset());
afterAll(async () => {
  await mock?.close();
});

interface Snapshot {
  id: string;
  state: CanonicalTaskState;
  progress: number | undefined;
  vendorStatus: unknown;
  task: unknown;
  result: unknown;
  results: unknown[];
  reason: string | undefined;
}

interface WaitOptions {
  intervalMs: number;
  timeoutMs: number;
  onProgress: (s: Snapshot) => void;
  requestOptions?: { headers: Record<string, string> };
}

function pathPattern(op: OperationIr): RegExp {
  const escaped = op.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+');
  return new RegExp(`${escaped}$`);
}

function isCall(op: OperationIr, exchange: Exchange): boolean {
  return exchange.method === op.method.toUpperCase() && pathPattern(op).test(exchange.url.pathname);
}

/** A client whose every poll of `poll` moves the mock clock one interval on (unless held). */
function drivenClient(
  family: TaskFamilyIr,
  poll: OperationIr,
): { client: ShellApi; exchanges: Exchange[]; hold: { on: boolean } } {
  const hold = { on: false };
  const { fetch, exchanges } = recordingFetch((exchange) => {
    if (!hold.on && isCall(poll, exchange)) mock.clock.advance(family.intervalMs);
  });
  const client = new ShellApi({
    apiKey: 'sk-e2e-tasks-0123456789',
    baseUrl: mock.url,
    maxRetries: 0,
    fetch,
  });
  return { client, exchanges, hold };
}

/** Consecutive duplicates dropped: the story the snapshots tell. */
function story(snapshots: Snapshot[]): CanonicalTaskState[] {
  return snapshots.map((s) => s.state).filter((s, i, all) => i === 0 || all[i - 1] !== s);
}

/** Queued shows only when the vendor has a value for it (Flux and the Ideogram web app start out running). */
function opening(family: TaskFamilyIr): CanonicalTaskState[] {
  return family.states.queued.length > 0 ? ['queued', 'running'] : ['running'];
}

function pollSuccessSchema(poll: OperationIr): string {
  const ok = poll.responses.find((r) => /^2/.test(r.status))!;
  return ok.contents.find((c) => c.kind === 'json')!.schema!.source;
}

/** The failure reason the spec's own failed poll example gives, if it has one. */
function exampleReason(family: TaskFamilyIr, poll: OperationIr): unknown {
  if (!family.error) return undefined;
  const examples = poll.responses
    .filter((r) => /^2/.test(r.status))
    .flatMap((r) => r.contents.flatMap((c) => c.examples));
  const failed = examples.find((e) =>
    family.states.failed.some(
      (v) => JSON.stringify(v) === JSON.stringify(atPointer(e.value, family.status)),
    ),
  );
  return failed ? atPointer(failed.value, family.error) : undefined;
}

for (const family of ir.taskFamilies) {
  const submit = byId.get(family.submits[0]!)!;
  const poll = byId.get(submit.task!.poll.operationId)!;
  const call = plannedCalls(ir, plans.get(submit.operationId)!)[0]!;
  const andWait = `${submit.names.method}AndWait`;

  async function run(
    client: ShellApi,
    prefer: string | undefined,
    onProgress: (s: Snapshot) => void,
    timeoutMs = 20_000,
  ): Promise<Snapshot> {
    const options: WaitOptions = {
      intervalMs: 1,
      timeoutMs,
      onProgress,
      ...(prefer ? { requestOptions: { headers: { Prefer: prefer } } } : {}),
    };
    const method = methodOf(client, submit.names.resource, andWait) as (
      ...args: unknown[]
    ) => PromiseLike<Snapshot>;
    return await method(...argumentsOf(call, 'blob', options));
  }

  describe(`${family.name} family (${submit.names.resource.join('.')}.${andWait})`, () => {
    it('runs queued → running → succeeded with the result filled', async () => {
      const { client, exchanges } = drivenClient(family, poll);
      const snapshots: Snapshot[] = [];
      const done = await run(client, undefined, (s) => snapshots.push(s));

      expect(story(snapshots)).toEqual([...opening(family), 'succeeded']);
      expect(done).toEqual(snapshots.at(-1));
      expect(done.state).toBe('succeeded');
      expect(family.states.succeeded).toContainEqual(done.vendorStatus);
      if (family.progress) {
        const seen = snapshots.map((s) => s.progress!);
        expect(seen.every((p) => typeof p === 'number' && p >= 0 && p <= 1)).toBe(true);
        expect(seen).toEqual([...seen].sort((a, b) => a - b));
        expect(new Set(seen).size, 'progress moved while running').toBeGreaterThan(2);
      }
      expect(done.progress).toBe(1);
      // Results read at the pointers this poll's tasks fill (Kling: images or videos, per poll);
      // `result` is the first of them holding a value.
      const pointers = pollResultPointers(family, poll);
      expect(done.results).toEqual(pointers.map((p) => atPointer(done.task, p)));
      const filled = done.results.filter(
        (r) => r !== undefined && r !== null && r !== '' && !(Array.isArray(r) && r.length === 0),
      );
      expect(filled.length, `${pointers.join(' ')}`).toBeGreaterThan(0);
      expect(done.result).toEqual(filled[0]);
      expect(validate(pollSuccessSchema(poll), done.task)).toEqual([]);
      expect(mock.tasks.get(done.id)?.state).toBe('succeeded');
      // Submitted once; every other request was a poll of this task.
      expect(exchanges.filter((e) => isCall(submit, e))).toHaveLength(1);
      expect(exchanges.slice(1).every((e) => isCall(poll, e))).toBe(true);
    });

    if (family.states.failed.length > 0) {
      it(`fails with TaskFailedError${family.error ? ` and the vendor reason at ${family.error}` : ''}`, async () => {
        const { client, exchanges } = drivenClient(family, poll);
        const snapshots: Snapshot[] = [];
        const error = await run(client, 'task=fail', (s) => snapshots.push(s)).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(TaskFailedError);
        const failed = error as TaskFailedError;
        expect(story(snapshots)).toEqual([...opening(family), 'failed']);
        expect(failed.taskId).toBe(snapshots[0]!.id);
        const last = snapshots.at(-1)!;
        expect(family.states.failed).toContainEqual(last.vendorStatus);
        if (family.error) {
          const reason = atPointer(last.task, family.error);
          expect(typeof reason === 'string' && reason.length > 0, `reason at ${family.error}`).toBe(
            true,
          );
          expect(failed.reason).toBe(reason);
          const documented = exampleReason(family, poll);
          if (typeof documented === 'string') expect(failed.reason).toBe(documented);
        } else {
          expect(failed.reason).toBeUndefined();
        }
        expect(validate(pollSuccessSchema(poll), last.task)).toEqual([]);
        expect(exchanges[0]!.requestHeaders.get('prefer')).toBe('task=fail');
        expect(mock.tasks.get(failed.taskId)?.state).toBe('failed');
      });
    } else {
      it('cannot report a failure (no failed vendor state): the wait runs out of time, never succeeding', async () => {
        const { client } = drivenClient(family, poll);
        const snapshots: Snapshot[] = [];
        const error = await run(client, 'task=fail', (s) => snapshots.push(s), 2000).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(TaskTimeoutError);
        expect(snapshots.some((s) => s.state === 'succeeded')).toBe(false);
        expect(mock.tasks.get(snapshots[0]!.id)?.state).toBe('failed');
      });
    }

    if (family.states.cancelled.length > 0 || family.cancel) {
      it('is cancelled with Prefer: task=cancel → TaskCancelledError', async () => {
        const { client } = drivenClient(family, poll);
        const snapshots: Snapshot[] = [];
        const error = await run(client, 'task=cancel', (s) => snapshots.push(s)).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(TaskCancelledError);
        expect((error as TaskCancelledError).taskId).toBe(snapshots[0]!.id);
        expect(story(snapshots).at(-1)).toBe('cancelled');
        expect(family.states.cancelled).toContainEqual(snapshots.at(-1)!.vendorStatus);
      });
    }

    if (family.cancel) {
      const cancelOp = byId.get(family.cancel.operationId)!;
      it(`is cancelled mid-run by ${cancelOp.names.resource.join('.')}.${cancelOp.names.method}() → TaskCancelledError`, async () => {
        const { client, hold } = drivenClient(family, poll);
        const snapshots: Snapshot[] = [];
        let cancelling: Promise<unknown> | undefined;
        const cancelCall = plannedCalls(ir, plans.get(cancelOp.operationId)!)[0]!;
        const error = await run(client, undefined, (s) => {
          snapshots.push(s);
          if (s.state === 'running' && !cancelling) {
            // Hold the clock so the task cannot finish before the cancel lands.
            hold.on = true;
            const method = methodOf(client, cancelOp.names.resource, cancelOp.names.method) as (
              ...args: unknown[]
            ) => Promise<unknown>;
            cancelling = method(
              ...argumentsOf(withTaskId(cancelCall, family.cancel!, s.id), 'blob', undefined),
            ).finally(() => (hold.on = false));
          }
        }).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(cancelling).toBeDefined();
        const answer = await cancelling;
        const ok = cancelOp.responses
          .find((r) => /^2/.test(r.status))!
          .contents.find((c) => c.kind === 'json');
        if (ok?.schema) expect(validate(ok.schema.source, answer)).toEqual([]);
        expect(error).toBeInstanceOf(TaskCancelledError);
        expect(story(snapshots)).toEqual([...opening(family), 'cancelled']);
        expect(mock.tasks.get(snapshots[0]!.id)?.state).toBe('cancelled');
      });
    }
  });
}

describe('coverage', () => {
  it('every task family was driven (one describe block each)', () => {
    expect(ir.taskFamilies.length).toBeGreaterThan(0);
    for (const family of ir.taskFamilies)
      expect(family.submits.length, family.name).toBeGreaterThan(0);
  });
});
