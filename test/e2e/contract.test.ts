/**
 * Contract round trip: the generated client against the generated mock, for every operation of
 * the IR and every named request example (one per documented page). Each answer must be a
 * declared success whose body validates against the spec's schema (Ajv over the bundled
 * document, not the mock's validator); binary answers carry the signature of their declared
 * type; streams yield chunks that validate against the item schema, equal the wire's `data:`
 * payloads and end at the terminator. Polls and cancels run on real task ids from a submit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ShellApi } from '../../generated/sdk/dist/index.js';
import { startMock, type MockServer } from '../../generated/sdk/dist/mock/index.js';
import type { OperationIr } from '../../generator/ir/types.js';
import {
  argumentsOf,
  methodOf,
  recordingFetch,
  sseData,
  type Exchange,
  type FileStyle,
} from './client-tree.js';
import {
  exampleNames,
  plannedCalls,
  streams,
  taskSource,
  withStreamFlag,
  withTaskId,
  type PlannedCall,
} from './ir-calls.js';
import { atPointer } from './pointer.js';
import { mediaTypeMatches, signatureProblem } from './samples.js';
import { createValidator } from './schemas.js';
import { loadShellIr } from './shell-ir.js';

const { ir, document, plans, byId } = await loadShellIr();
const validate = createValidator(document);
const recorder = recordingFetch();

let mock: MockServer;
let client: ShellApi;

beforeAll(async () => {
  mock = await startMock({ clock: 'manual', port: 0 });
  client = new ShellApi({
    apiKey: 'sk-e2e-contract-0123456789',
    baseUrl: mock.url,
    maxRetries: 0,
    fetch: recorder.fetch,
  });
});
afterAll(async () => {
  await mock?.close();
});

const calledOperations = new Set<string>();
const calledExamples = new Set<string>();
const fileStyles = new Set<FileStyle>();
let callCount = 0;

interface Answer {
  data: unknown;
  response: Response;
}

type Callable = (...args: unknown[]) => { withResponse(): Promise<Answer> };

/** Calls through the client's resource tree; exactly one exchange must reach the mock. */
async function invoke(call: PlannedCall): Promise<Answer & { exchange: Exchange }> {
  const op = call.op;
  const options = call.plan.response.kind === 'binary' ? { as: 'arrayBuffer' } : undefined;
  const style: FileStyle = callCount++ % 2 === 0 ? 'blob' : 'bytes';
  const before = recorder.exchanges.length;
  const method = methodOf(client, op.names.resource, op.names.method) as Callable;
  const answer = await method(...argumentsOf(call, style, options, fileStyles)).withResponse();
  expect(recorder.exchanges.length - before, `${op.operationId}: one request`).toBe(1);
  return { ...answer, exchange: recorder.exchanges[before]! };
}

/** What the client put on the wire: method, path with the path arguments, query and header fields. */
function checkRequest(call: PlannedCall, exchange: Exchange): void {
  const op = call.op;
  expect(exchange.method).toBe(op.method.toUpperCase());
  let path = op.path;
  call.plan.pathArgs.forEach(
    (a, i) =>
      (path = path.replace(`{${a.param.name}}`, encodeURIComponent(String(call.pathArgs[i])))),
  );
  expect(exchange.url.pathname).toBe(new URL(mock.url).pathname.replace(/\/$/, '') + path);
  for (const field of call.plan.fields) {
    const value = call.params?.[field.propertyName];
    if (value === undefined) continue;
    if (field.in === 'query')
      expect(exchange.url.searchParams.getAll(field.name).join(','), field.name).toBe(
        Array.isArray(value) ? value.join(',') : String(value),
      );
    else expect(exchange.requestHeaders.get(field.name), field.name).toBe(String(value));
  }
  expect(exchange.requestHeaders.get('authorization')).toBe('Bearer sk-e2e-contract-0123456789');
}

/** One call: a declared success, and a body that keeps the spec's promise. */
async function roundTrip(call: PlannedCall): Promise<unknown> {
  const op = call.op;
  const label = `${op.operationId} [${call.example || 'no example'}]${streams(call) ? ' stream' : ''}`;
  const { data, response, exchange } = await invoke(call);
  checkRequest(call, exchange);
  const status = String(response.status);
  const declared = op.responses.find(
    (r) =>
      !r.isError &&
      (r.status === status || r.status === `${status[0]}XX` || r.status === 'default'),
  );
  expect(declared, `${label}: status ${status} is a declared success`).toBeDefined();
  const contentType = exchange.contentType;

  if (streams(call)) {
    const stream = op.stream!;
    expect(contentType, label).toBe(stream.mediaType);
    const chunks: unknown[] = [];
    for await (const chunk of data as AsyncIterable<unknown>) {
      expect(validate(stream.itemSchema.source, chunk), `${label}: chunk ${chunks.length}`).toEqual(
        [],
      );
      chunks.push(chunk);
    }
    const wire = sseData(exchange.streamText!());
    expect(chunks.length, label).toBeGreaterThan(0);
    if (stream.terminator !== undefined) {
      expect(wire.at(-1), `${label}: ends at the terminator`).toBe(stream.terminator);
      expect(chunks, `${label}: every payload before the terminator, typed`).toEqual(
        wire.slice(0, -1).map((d) => JSON.parse(d) as unknown),
      );
    } else {
      expect(chunks, label).toEqual(wire.map((d) => JSON.parse(d) as unknown));
    }
    return chunks;
  }

  const content = declared!.contents.find(
    (c) => c.kind !== 'event-stream' && mediaTypeMatches(c.mediaType, contentType),
  );
  expect(content, `${label}: ${contentType} is declared for ${status}`).toBeDefined();
  if (call.plan.response.kind === 'binary') {
    expect(data, label).toBeInstanceOf(ArrayBuffer);
    expect(
      signatureProblem(contentType, new Uint8Array(data as ArrayBuffer)),
      label,
    ).toBeUndefined();
  } else if (content!.kind === 'json') {
    expect(content!.schema, `${label}: a schema to check against`).toBeDefined();
    expect(validate(content!.schema!.source, data), label).toEqual([]);
  } else {
    expect(typeof data, label).toBe('string');
  }
  return data;
}

/** Submits a task through the client (the submit's first example) and returns its id. */
async function submitTask(submit: OperationIr): Promise<string> {
  const call = plannedCalls(ir, plans.get(submit.operationId)!)[0]!;
  const data = await roundTrip(call);
  const id = atPointer(data, submit.task!.id);
  expect(['string', 'number'], `${submit.operationId}: task id at ${submit.task!.id}`).toContain(
    typeof id,
  );
  return String(id);
}

/** Puts `ids` where a list operation reads its id filter (a pointer into the body, i.e. the params object). */
function withIdFilter(call: PlannedCall, pointer: string, ids: string[]): PlannedCall {
  const key = pointer.split('/')[1]!;
  if (call.plan.body?.mode === 'key')
    return {
      ...call,
      params: { ...call.params, body: { ...(call.params?.['body'] as object), [key]: ids } },
    };
  return { ...call, params: { ...call.params, [key]: ids } };
}

describe('client ⇄ mock contract, every operation', () => {
  for (const op of ir.operations) {
    it(`${op.operationId} (${op.method.toUpperCase()} ${op.path})`, async () => {
      const plan = plans.get(op.operationId)!;
      let calls = plannedCalls(ir, plan);
      // Streaming operations: every example both buffered and streamed.
      if (op.stream)
        calls = calls.flatMap((c) => [withStreamFlag(c, false), withStreamFlag(c, true)]);
      const source = taskSource(ir, op);
      const family = ir.taskFamilies.find((f) => f.name === (op.taskRole ?? op.task)?.family);
      const list = family?.lists.find((l) => l.operationId === op.operationId);
      for (let call of calls) {
        if (source) call = withTaskId(call, source.input, await submitTask(source.submit));
        if (list?.ids !== undefined) {
          const id = await submitTask(ir.operations.find((o) => o.task?.family === family!.name)!);
          call = withIdFilter(call, list.ids, [id]);
          const data = await roundTrip(call);
          const items = atPointer(data, list.items);
          expect(
            Array.isArray(items) ? items.length : -1,
            `${op.operationId}: the listed tasks are the ones asked for`,
          ).toBe(1);
        } else {
          await roundTrip(call);
        }
        if (op.taskRole?.role === 'poll') {
          // The same poll once the task has run its course: the finished shape validates too.
          mock.clock.advance(family!.intervalMs * 20);
          await roundTrip(call);
        }
        calledOperations.add(op.operationId);
        calledExamples.add(`${op.operationId}#${call.example}`);
      }
    });
  }

  it('covered every operation, every named example and every documented page', () => {
    expect([...calledOperations].sort()).toEqual(ir.operations.map((o) => o.operationId).sort());
    const named = ir.operations.flatMap((op) =>
      exampleNames(plans.get(op.operationId)!).map((n) => `${op.operationId}#${n}`),
    );
    for (const key of named) expect(calledExamples, key).toContain(key);
    for (const op of ir.operations) {
      for (const page of op.pages)
        if (page.example)
          expect(calledExamples, `page ${page.id}`).toContain(`${op.operationId}#${page.example}`);
    }
    expect(ir.operations.length).toBe(byId.size);
    // Uploads went out both as typed Blobs and as bare bytes.
    if (ir.operations.some((o) => (plans.get(o.operationId)!.body?.fileFields.length ?? 0) > 0))
      expect([...fileStyles].sort()).toEqual(['blob', 'bytes']);
  });
});
