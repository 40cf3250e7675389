/**
 * Callbacks end to end. For every task submit that declares a callback, the generated
 * client submits with the callback URL pointing at a real receiver on 127.0.0.1; the generated
 * mock (manual clock) POSTs the task there on each status change, and the receiver feeds each
 * raw body to the generated client's `parseCallback`, as a route handler would with
 * `await request.text()`. The snapshots must tell queued/running → succeeded with the result URL,
 * and agree with what polling the same task says.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CallbackPayloadError, ShellApi } from '../../generated/sdk/dist/index.js';
import { startMock, type MockServer } from '../../generated/sdk/dist/mock/index.js';
import { callbackUrlField } from '../../generator/emit/surface/callback-receivers.js';
import type { CanonicalTaskState, OperationIr } from '../../generator/ir/types.js';
import { argumentsOf, methodOf } from './client-tree.js';
import { plannedCalls, type ArgValue, type PlannedCall } from './ir-calls.js';
import { atPointer } from './pointer.js';
import { loadShellIr } from './shell-ir.js';

const { ir, plans, byId } = await loadShellIr();

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

interface Delivery {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  text: string;
  snapshot?: Snapshot;
  error?: unknown;
}

let mock: MockServer;
let receiver: Server;
let hookBase: string;
let client: ShellApi;
/** What the receiver does with a body: set per test to the client's `parseCallback`. */
let parse: (text: string) => Snapshot = () => {
  throw new Error('no parser set');
};
const deliveries: Delivery[] = [];

beforeAll(async () => {
  mock = await startMock({ clock: 'manual', port: 0 });
  receiver = createServer((req, res) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => {
      const delivery: Delivery = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        text,
      };
      try {
        delivery.snapshot = parse(text);
        res.writeHead(204).end();
      } catch (error) {
        delivery.error = error;
        res.writeHead(400).end(error instanceof Error ? error.message : String(error));
      }
      deliveries.push(delivery);
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  hookBase = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  client = new ShellApi({
    apiKey: 'sk-e2e-callbacks-0123456789',
    baseUrl: mock.url,
    maxRetries: 0,
  });
});
afterEach(() => {
  mock.reset();
  deliveries.length = 0;
});
afterAll(async () => {
  await mock?.close();
  await new Promise((resolve) => receiver?.close(resolve));
});

/** The planned call with the callback URL put into the body field the callback expression reads. */
function withHook(call: PlannedCall, field: string, url: string): PlannedCall {
  const params = { ...call.params };
  if (call.plan.body?.mode === 'key')
    params['body'] = { ...(params['body'] as { [key: string]: ArgValue }), [field]: url };
  else params[field] = url;
  return { ...call, params };
}

function story(snapshots: Snapshot[]): CanonicalTaskState[] {
  return snapshots.map((s) => s.state).filter((s, i, all) => i === 0 || all[i - 1] !== s);
}

/** Every submit whose callback URL comes from a body field. */
const receiving = ir.operations
  .filter((op) => op.task && op.callbacks.some((c) => callbackUrlField(c)))
  .map((submit: OperationIr) => ({
    family: ir.taskFamilies.find((f) => f.name === submit.task!.family)!,
    submit,
  }));

describe('callbacks through the generated client', () => {
  it('the Shell spec has task callbacks to receive (Midjourney and Luma)', () => {
    expect(new Set(receiving.map((r) => r.family.name))).toEqual(new Set(['midjourney', 'luma']));
    expect(receiving.length).toBeGreaterThanOrEqual(9);
  });

  for (const { family, submit } of receiving) {
    const callback = submit.callbacks.find((c) => callbackUrlField(c))!;
    const field = callbackUrlField(callback)!;
    const poll = byId.get(submit.task!.poll.operationId)!;

    it(`${family.name}: ${submit.names.resource.join('.')}.${submit.names.method}({ ${field} }) → callbacks → parseCallback snapshots to succeeded`, async () => {
      const parseCallback = methodOf(client, poll.names.resource, 'parseCallback') as (
        body: unknown,
      ) => Snapshot;
      parse = (text) => parseCallback(text);
      const hook = `${hookBase}/hooks/${family.name}`;
      const call = withHook(plannedCalls(ir, plans.get(submit.operationId)!)[0]!, field, hook);
      const submitted = await (
        methodOf(client, submit.names.resource, submit.names.method) as (
          ...args: unknown[]
        ) => Promise<unknown>
      )(...argumentsOf(call, 'blob', undefined));
      const id = String(atPointer(submitted, submit.task!.id));
      expect(id).not.toBe('');

      // Move the clock one poll interval at a time until the succeeded callback has arrived.
      for (
        let step = 0;
        step < 500 && !deliveries.some((d) => d.snapshot?.state === 'succeeded');
        step++
      ) {
        mock.clock.advance(family.intervalMs);
        await mock.idle();
      }

      expect(deliveries.length).toBeGreaterThan(1);
      expect(deliveries.filter((d) => d.error !== undefined).map((d) => String(d.error))).toEqual(
        [],
      );
      for (const d of deliveries) {
        expect(d.method).toBe(callback.method.toUpperCase());
        expect(d.path).toBe(`/hooks/${family.name}`);
        expect(d.headers['content-type']).toMatch(/^application\/json/);
      }
      const snapshots = deliveries.map((d) => d.snapshot!);
      expect(snapshots.every((s) => s.id === id)).toBe(true);
      const told = story(snapshots);
      expect(['queued', 'running']).toContain(told[0]);
      expect(told.at(-1)).toBe('succeeded');
      expect(told.every((s) => s === 'queued' || s === 'running' || s === 'succeeded')).toBe(true);

      const last = snapshots.at(-1)!;
      expect(family.states.succeeded).toContainEqual(last.vendorStatus);
      expect(last.task).toEqual(JSON.parse(deliveries.at(-1)!.text));
      expect(last.results).toEqual(family.result.map((p) => atPointer(last.task, p)));
      expect(last.result).toMatch(/^https?:\/\/\S+$/);

      // The callback and a poll of the same task tell the same story.
      const polled = (await (
        methodOf(client, poll.names.resource, 'waitFor') as (
          id: string,
          o: unknown,
        ) => PromiseLike<Snapshot>
      )(id, { intervalMs: 1, timeoutMs: 5_000 })) as Snapshot;
      expect(polled.state).toBe('succeeded');
      expect(polled.task).toEqual(last.task);
      expect(polled.result).toEqual(last.result);
    });
  }

  it('the receiver answers a body that is not a task with CallbackPayloadError (a 400)', async () => {
    const { family } = receiving[0]!;
    const poll = byId.get(family.poll.operationId)!;
    const parseCallback = methodOf(client, poll.names.resource, 'parseCallback') as (
      body: unknown,
    ) => Snapshot;
    parse = (text) => parseCallback(text);
    for (const body of ['not json', '{"unrelated":true}', '[]']) {
      const res = await fetch(`${hookBase}/hooks/${family.name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(res.status).toBe(400);
      await res.text();
    }
    expect(deliveries.map((d) => d.error instanceof CallbackPayloadError)).toEqual([
      true,
      true,
      true,
    ]);
  });
});
