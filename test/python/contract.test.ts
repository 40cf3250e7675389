/**
 * Contract round trip for the Python SDK: every operation and every named request example of the
 * IR called through `ShellApi`'s resource tree (snake_case keywords, files as paths, bytes and file
 * objects in turn; once more as bare bytes) against the generated mock on 127.0.0.1, in one Python process. Each answer must
 * be a declared success with the key sent as a bearer token and the TypeScript SDK's Accept; JSON answers, dumped from the pydantic
 * models with their wire names, validate against the spec's schema; binary answers come back as
 * bytes; streamed calls yield typed chunks that validate against the item schema. Polls and
 * cancels run on task ids from a real submit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMock, type MockServer } from '../../generated/sdk/dist/mock/index.js';
import { EXTENSION_FOR } from '../../templates/client/mime.js';
import {
  exampleNames,
  plannedCalls,
  streams,
  taskSource,
  withStreamFlag,
} from '../e2e/ir-calls.js';
import { createValidator } from '../e2e/schemas.js';
import { loadShellIr } from '../e2e/shell-ir.js';
import {
  drive,
  injectAt,
  pythonCall,
  pythonPlans,
  type PyCommand,
  type PyResult,
} from './helpers.js';

const { ir, document, plans } = await loadShellIr();
const validate = createValidator(document);
const py = pythonPlans(ir);
const KEY = 'sk-python-contract-0123456789';

let mock: MockServer;
let results: Map<string, PyResult>;
const commands: { command: PyCommand; streamed: boolean; example: string }[] = [];

for (const op of ir.operations) {
  const plan = plans.get(op.operationId)!;
  let calls = plannedCalls(ir, plan);
  if (op.stream) calls = calls.flatMap((c) => [withStreamFlag(c, false), withStreamFlag(c, true)]);
  const source = taskSource(ir, op);
  calls.forEach((call, i) => {
    const command = pythonCall(`${op.operationId}#${i}`, py.get(op.operationId)!, call);
    if (source) {
      const submitCall = plannedCalls(ir, plans.get(source.submit.operationId)!)[0]!;
      const from = pythonCall(
        `${op.operationId}#${i}:submit`,
        py.get(source.submit.operationId)!,
        submitCall,
      );
      command.inject = [
        {
          from,
          pointer: source.submit.task!.id,
          ...injectAt(py.get(op.operationId)!, source.input),
        },
      ];
    }
    const family = ir.taskFamilies.find((f) => f.name === op.taskRole?.family);
    const list = family?.lists.find((l) => l.operationId === op.operationId);
    if (list?.ids !== undefined) {
      const submit = ir.operations.find((o) => o.task?.family === family!.name)!;
      const from = pythonCall(
        `${op.operationId}#${i}:submit`,
        py.get(submit.operationId)!,
        plannedCalls(ir, plans.get(submit.operationId)!)[0]!,
      );
      const key = list.ids.split('/')[1]!;
      const arg = py.get(op.operationId)!.args.find((a) => a.where === 'body' && a.wire === key)!;
      command.inject = [{ from, pointer: submit.task!.id, kwarg: arg.name, as_list: true }];
    }
    // Every other call through the async client.
    if (commands.length % 2 === 1) command.client = 'async';
    commands.push({ command, streamed: streams(call), example: call.example });
  });
}

// Each upload operation once more with every file as bare bytes (no name, no type): the part's
// label is then the SDK's own choice, the IR's concrete `partType` (what the TypeScript SDK sends).
const bare: { op: (typeof ir.operations)[number]; id: string }[] = [];
for (const op of ir.operations) {
  const plan = plans.get(op.operationId)!;
  if (!plan.body?.fileFields.length || taskSource(ir, op)) continue;
  let call = plannedCalls(ir, plan)[0]!;
  if (op.stream) call = withStreamFlag(call, false);
  const id = `${op.operationId}#bare`;
  const command: PyCommand = {
    ...pythonCall(id, py.get(op.operationId)!, call),
    file_style: 'plain',
  };
  commands.push({ command, streamed: false, example: call.example });
  bare.push({ op, id });
}

beforeAll(async () => {
  mock = await startMock({ clock: 'manual', port: 0 });
  results = await drive(
    mock.url,
    KEY,
    commands.map((c) => c.command),
  );
});
afterAll(async () => {
  await mock?.close();
});

function check(op: (typeof ir.operations)[number], streamed: boolean, result: PyResult): void {
  const label = `${result.id}${streamed ? ' stream' : ''}`;
  expect(result.error, label).toBeUndefined();
  expect(result.ok, label).toBe(true);
  expect(result.exchanges, `${label}: one request`).toHaveLength(1);
  const exchange = result.exchanges[0]!;
  expect(exchange.method).toBe(op.method.toUpperCase());
  expect(new URL(exchange.url).hostname).toBe('127.0.0.1');
  expect(exchange.authorization).toBe(`Bearer ${KEY}`);
  // The Accept the TypeScript SDK sends for the call (templates/client/client.ts buildHeaders):
  // the declared media types of a non-JSON answer, else SSE's for a stream, else JSON's.
  const response = plans.get(op.operationId)!.response;
  expect(exchange.accept, `${label}: Accept`).toBe(
    response.kind === 'json' || response.kind === 'none'
      ? streamed
        ? 'text/event-stream'
        : 'application/json'
      : response.mediaTypes.join(', '),
  );
  const status = String(exchange.status);
  const declared = op.responses.find(
    (r) =>
      !r.isError &&
      (r.status === status || r.status === `${status[0]}XX` || r.status === 'default'),
  );
  expect(declared, `${label}: status ${status} is declared`).toBeDefined();
  if (streamed) {
    expect(result.kind).toBe('stream');
    const chunks = result.data as unknown[];
    expect(chunks.length, label).toBeGreaterThan(0);
    chunks.forEach((chunk, i) =>
      expect(validate(op.stream!.itemSchema.source, chunk), `${label}: chunk ${i}`).toEqual([]),
    );
    // Chunks are parsed as the stream's item model (named like the TypeScript type), not the buffered answer's.
    const item = op.stream!.itemSchema;
    if (item.kind === 'ref')
      expect(result.chunk_types, label).toEqual([
        ir.schemas.find((s) => s.name === item.name)!.typeName,
      ]);
    return;
  }
  const content =
    declared!.contents.find(
      (c) => c.kind !== 'event-stream' && c.mediaType.split(';')[0] === exchange.content_type,
    ) ?? declared!.contents.find((c) => c.kind !== 'event-stream');
  const plan = py.get(op.operationId)!;
  if (plan.binary) {
    expect(result.type).toBe('bytes');
    expect(
      Buffer.from((result.data as { $bytes: string }).$bytes, 'base64').length,
      label,
    ).toBeGreaterThan(0);
  } else if (content?.kind === 'json' && content.schema) {
    expect(validate(content.schema.source, result.data), label).toEqual([]);
    // A typed model (or list of them), not a bare dict.
    if (typeof result.data === 'object' && result.data !== null && !Array.isArray(result.data))
      expect(result.type, label).not.toBe('dict');
  }
}

describe('Python SDK ⇄ mock contract, every operation', () => {
  for (const op of ir.operations) {
    it(`${op.operationId} (${op.method.toUpperCase()} ${op.path})`, () => {
      const mine = commands.filter((c) => c.command.id.startsWith(`${op.operationId}#`));
      expect(mine.length).toBeGreaterThan(0);
      for (const { command, streamed } of mine) check(op, streamed, results.get(command.id)!);
    });
  }

  it('bare bytes go out labelled with the IR part type (a concrete one), else octet-stream, named like TS names them', () => {
    expect(bare.length).toBeGreaterThan(0);
    const seen = new Set<string>();
    const named = new Set<string>();
    for (const { op, id } of bare) {
      const result = results.get(id)!;
      expect(result.ok, id).toBe(true);
      const body = plans.get(op.operationId)!.body!;
      const { part_types: sent, part_names: names } = result.exchanges[0]!;
      for (const field of body.fileFields) {
        const expected = body.content.encoding[field]?.partType ?? 'application/octet-stream';
        for (const type of sent[field] ?? []) {
          expect(type, `${id} ${field}`).toBe(expected);
          seen.add(expected);
        }
        // Named like the TypeScript SDK's bare bytes: the field plus the type's extension.
        const ext = EXTENSION_FOR.get(expected);
        for (const name of names[field] ?? []) {
          expect(name, `${id} ${field}`).toBe(ext ? `${field}.${ext}` : field);
          named.add(name);
        }
      }
    }
    // The spec declares lists (image/png, image/jpeg, …) and wildcards (audio/*): both were sent.
    expect(seen).toContain('image/png');
    expect(seen).toContain('application/octet-stream');
    expect([...named].some((name) => name.endsWith('.png'))).toBe(true);
  });

  it('covered every operation and every named example, sync and async, files in three styles', () => {
    const named = ir.operations.flatMap((op) =>
      exampleNames(plans.get(op.operationId)!).map((n) => `${op.operationId}#${n}`),
    );
    const called = new Set(commands.map((c) => `${c.command.id.split('#')[0]}#${c.example}`));
    for (const key of named) expect(called, key).toContain(key);
    expect(new Set(commands.map((c) => c.command.client ?? 'sync'))).toEqual(
      new Set(['sync', 'async']),
    );
    expect(commands.some((c) => c.streamed && c.command.client === 'async')).toBe(true);
  });
});
