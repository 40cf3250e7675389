/**
 * Every operation of the real Shell spec, through the mock, with every request example it
 * declares: a declared success status and a body that validates against the declared schema.
 * Polls and cancels get a real task id from one of their family's submits first.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiIr, OperationIr } from '../../generator/ir/types.js';
import { createMockRoutes } from '../../generator/emit/mock/routes.js';
import { startMockServer, type MockServer } from '../../templates/mock/server.js';
import { createSchemaCompiler, type SchemaCompiler } from '../../templates/mock/validate.js';
import { synthesize } from '../../templates/mock/synthesize.js';
import { getAtPointer } from '../../templates/mock/pointer.js';
import type { JsonSchema, JsonValue, MockOperation, MockRouteTable } from '../../templates/mock/types.js';
import { SHELL, irOf } from './helpers.js';

let ir: ApiIr | undefined;
let table: MockRouteTable;
let mock: MockServer;
let compiler: SchemaCompiler;

beforeAll(async () => {
  if (!existsSync(SHELL)) return;
  try {
    ir = await irOf(SHELL);
  } catch {
    ir = undefined; // still being written: the cases skip
    return;
  }
  table = createMockRoutes(ir);
  compiler = createSchemaCompiler(table.schemas);
  mock = await startMockServer({ routes: table, clock: 'manual' });
});
afterAll(async () => {
  await mock?.close();
});

const IGNORED = new Set(['accept', 'content-type', 'authorization']);

function isBinary(schema: JsonSchema | undefined): boolean {
  const s = compiler.resolve(schema);
  return !!s && typeof s === 'object' && (s.format === 'binary' || typeof s.contentMediaType === 'string');
}

function paramValue(op: OperationIr, name: string): string {
  const p = op.parameters.find((x) => x.name === name)!;
  const mockParam = table.operations.find((o) => o.operationId === op.operationId)!.parameters.find((x) => x.name === name)!;
  const value = p.examples[0]?.value ?? synthesize(mockParam.schema, compiler);
  return Array.isArray(value) ? value.join(',') : String(value);
}

/** The request for one example (or none), with `taskId` substituted where the operation takes a task id. */
function buildRequest(op: OperationIr, exampleValue: JsonValue | undefined, taskId?: string): { url: string; init: RequestInit } {
  const mockOp = table.operations.find((o) => o.operationId === op.operationId)!;
  const input = mockOp.taskRole?.input;
  const headers: Record<string, string> = { authorization: 'Bearer sk-test' };
  let path = op.path;
  const query = new URLSearchParams();
  for (const p of op.parameters) {
    const value = taskId !== undefined && input?.in === p.in && input.name === p.name ? taskId : undefined;
    if (p.in === 'path') path = path.replace(`{${p.name}}`, encodeURIComponent(value ?? paramValue(op, p.name)));
    else if (p.in === 'query' && (p.required || value !== undefined)) query.set(p.name, value ?? paramValue(op, p.name));
    else if (p.in === 'header' && p.required && !IGNORED.has(p.name.toLowerCase())) headers[p.name] = paramValue(op, p.name);
  }
  const init: RequestInit = { method: op.method.toUpperCase(), headers };
  const content = mockOp.requestBody?.contents[0];
  let body = exampleValue ?? (content ? synthesize(content.schema, compiler) : undefined);
  if (taskId !== undefined && input?.in === 'body' && body && typeof body === 'object' && !Array.isArray(body)) body = { ...body, [input.name]: taskId };
  if (content && body !== undefined) {
    if (content.kind === 'json') {
      init.body = JSON.stringify(body);
      headers['content-type'] = content.mediaType;
    } else if (content.kind === 'multipart' || content.kind === 'urlencoded') {
      const props = new Map(Object.entries((compiler.resolve(content.schema) as { properties?: Record<string, JsonSchema> }).properties ?? {}));
      const form = content.kind === 'multipart' ? new FormData() : new URLSearchParams();
      for (const [name, value] of Object.entries(body as Record<string, JsonValue>)) {
        const prop = props.get(name);
        const items = prop && typeof compiler.resolve(prop) === 'object' ? ((compiler.resolve(prop) as Record<string, JsonValue>).items as JsonSchema | undefined) : undefined;
        const type = (content.encoding?.[name] ?? 'application/octet-stream').split(',')[0]!.trim().replace('/*', '/png');
        const values = Array.isArray(value) ? value : [value];
        for (const v of values) {
          if (form instanceof FormData && (isBinary(prop) || isBinary(items))) form.append(name, new Blob([new Uint8Array([1, 2, 3])], { type }), 'upload.bin');
          else form.append(name, typeof v === 'string' ? v : JSON.stringify(v));
        }
      }
      init.body = form;
    } else {
      init.body = new Uint8Array([1, 2, 3]);
      headers['content-type'] = content.mediaType;
    }
  }
  const q = query.toString();
  return { url: `${mock.url}${path}${q ? `?${q}` : ''}`, init };
}

async function check(op: OperationIr, mockOp: MockOperation, res: Response): Promise<void> {
  const text = `${op.operationId} ${res.status}`;
  expect(res.status, `${text} ${await res.clone().text()}`).toBeLessThan(300);
  const declared = mockOp.responses.find((r) => r.status === String(res.status) || r.status === '2XX');
  expect(declared, text).toBeDefined();
  const type = (res.headers.get('content-type') ?? '').split(';')[0]!;
  const content = declared!.contents.find((c) => c.mediaType === type) ?? declared!.contents.find((c) => c.mediaType.endsWith('/*') && type.startsWith(c.mediaType.slice(0, -1)));
  expect(content, `${text} ${type}`).toBeDefined();
  if (content!.kind === 'json' && content!.schema !== undefined) {
    const body = (await res.json()) as unknown;
    expect(compiler.compile(content!.schema)(body, { direction: 'response' }), text).toEqual([]);
  } else {
    expect((await res.arrayBuffer()).byteLength, text).toBeGreaterThan(0);
  }
}

describe.runIf(existsSync(SHELL))('Shell spec through the mock', () => {
  it('loads', (ctx) => {
    if (!ir) ctx.skip();
    expect(table.operations.length).toBeGreaterThan(0);
  });

  it('every operation answers every request example with a declared, schema-valid success', async (ctx) => {
    if (!ir) return ctx.skip();
    let requests = 0;
    for (const op of ir.operations) {
      const mockOp = table.operations.find((o) => o.operationId === op.operationId)!;
      const examples = mockOp.requestBody?.contents[0]?.examples ?? [];
      let taskId: string | undefined;
      if (mockOp.taskRole && mockOp.taskRole.role !== 'list' && mockOp.taskRole.input) {
        // A task this poll/cancel can see: submit through a submit op of the family whose poll matches.
        const submit = table.operations.find((o) => o.submit?.family === mockOp.taskRole!.family && (mockOp.taskRole!.role === 'cancel' || o.submit.pollOperationId === op.operationId));
        expect(submit, `${op.operationId}: a submit of its family`).toBeDefined();
        const submitIr = ir.operations.find((o) => o.operationId === submit!.operationId)!;
        const { url, init } = buildRequest(submitIr, submit!.requestBody?.contents[0]?.examples[0]?.value);
        const res = await fetch(url, init);
        expect(res.status, `${submit!.operationId} submit`).toBeLessThan(300);
        taskId = String(getAtPointer(await res.json(), submit!.submit!.idPointer));
      }
      for (const example of examples.length > 0 ? examples.map((e) => e.value) : [undefined]) {
        const { url, init } = buildRequest(op, example, taskId);
        await check(op, mockOp, await fetch(url, init));
        requests++;
      }
    }
    expect(requests).toBeGreaterThanOrEqual(ir.operations.length);
  });

  it('task families run to their succeeded state with a result filled', async (ctx) => {
    if (!ir) return ctx.skip();
    for (const family of table.taskFamilies) {
      const submit = table.operations.find((o) => o.submit?.family === family.name)!;
      const submitIr = ir.operations.find((o) => o.operationId === submit.operationId)!;
      const poll = ir.operations.find((o) => o.operationId === submit.submit!.pollOperationId)!;
      const sub = buildRequest(submitIr, submit.requestBody?.contents[0]?.examples[0]?.value);
      const id = String(getAtPointer(await (await fetch(sub.url, sub.init)).json(), submit.submit!.idPointer));
      mock.clock.advance(family.intervalMs * 10);
      const p = buildRequest(poll, table.operations.find((o) => o.operationId === poll.operationId)!.requestBody?.contents[0]?.examples[0]?.value, id);
      const body = (await (await fetch(p.url, p.init)).json()) as JsonValue;
      expect(family.states.succeeded, `${family.name} status`).toContainEqual(getAtPointer(body, family.status));
      // A family may list results of several kinds (Kling: images or videos); this submit's kind is filled.
      if (family.result.length > 0) expect(family.result.some((pointer) => getAtPointer(body, pointer) != null), `${family.name} ${family.result.join(' ')}`).toBe(true);
    }
  });
});
