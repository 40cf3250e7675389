/**
 * Every operation of the real Shell spec, through the mock, with every request example it
 * declares: a declared success status and a body that validates against the declared schema.
 * Polls and cancels get a real task id from one of their family's submits first. A spec that
 * does not load fails every case here (it is part of the repository, never skipped).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiIr, OperationIr } from '../../generator/ir/types.js';
import { createMockRoutes } from '../../generator/emit/surface/mock-routes.js';
import { startMockServer, type MockServer } from '../../templates/mock/server.js';
import { createSchemaCompiler, type SchemaCompiler } from '../../templates/mock/validate.js';
import { getAtPointer, pointerTokens } from '../../templates/mock/pointer.js';
import type {
  JsonSchema,
  JsonValue,
  MockOperation,
  MockRouteTable,
  MockTaskFamily,
  TaskState,
} from '../../templates/mock/types.js';
import { SHELL, irOf } from './helpers.js';

let ir: ApiIr;
let table: MockRouteTable;
let mock: MockServer;
let compiler: SchemaCompiler;
let loadError: unknown;

beforeAll(async () => {
  try {
    ir = await irOf(SHELL);
  } catch (e) {
    loadError = e; // every case fails with it (a failing hook would only mark them skipped)
    return;
  }
  table = createMockRoutes(ir);
  compiler = createSchemaCompiler(table.schemas, table.checkSchemas);
  mock = await startMockServer({ routes: table, clock: 'manual' });
});

/** Throws the spec's load error, so each case fails with it. */
function specLoaded(): void {
  if (loadError !== undefined) throw loadError;
}
afterAll(async () => {
  await mock?.close();
});

const IGNORED = new Set(['accept', 'content-type', 'authorization']);

function isBinary(schema: JsonSchema | undefined): boolean {
  const s = compiler.resolve(schema);
  return (
    !!s &&
    typeof s === 'object' &&
    (s.format === 'binary' || typeof s.contentMediaType === 'string')
  );
}

function paramValue(op: OperationIr, name: string): string {
  const p = op.parameters.find((x) => x.name === name)!;
  const value = p.example!.value;
  return Array.isArray(value) ? value.join(',') : String(value);
}

/** The request for one example (or none), with `taskId` substituted where the operation takes a task id. */
function buildRequest(
  op: OperationIr,
  exampleValue: JsonValue | undefined,
  taskId?: string,
): { url: string; init: RequestInit } {
  const mockOp = table.operations.find((o) => o.operationId === op.operationId)!;
  const input = mockOp.taskRole?.input;
  const headers: Record<string, string> = { authorization: 'Bearer sk-test' };
  let path = op.path;
  const query = new URLSearchParams();
  for (const p of op.parameters) {
    const value =
      taskId !== undefined && input?.in === p.in && input.name === p.name ? taskId : undefined;
    if (p.in === 'path')
      path = path.replace(`{${p.name}}`, encodeURIComponent(value ?? paramValue(op, p.name)));
    else if (p.in === 'query' && (p.required || value !== undefined))
      query.set(p.name, value ?? paramValue(op, p.name));
    else if (p.in === 'header' && p.required && !IGNORED.has(p.name.toLowerCase()))
      headers[p.name] = paramValue(op, p.name);
  }
  const init: RequestInit = { method: op.method.toUpperCase(), headers };
  const content = mockOp.requestBody?.contents[0];
  let body = exampleValue ?? op.requestBody?.contents[0]?.example?.value;
  if (
    taskId !== undefined &&
    input?.in === 'body' &&
    body &&
    typeof body === 'object' &&
    !Array.isArray(body)
  )
    body = { ...body, [input.name]: taskId };
  if (content && body !== undefined) {
    if (content.kind === 'json') {
      init.body = JSON.stringify(body);
      headers['content-type'] = content.mediaType;
    } else if (content.kind === 'multipart' || content.kind === 'urlencoded') {
      const props = new Map(
        Object.entries(
          (compiler.resolve(content.schema) as { properties?: Record<string, JsonSchema> })
            .properties ?? {},
        ),
      );
      const form = content.kind === 'multipart' ? new FormData() : new URLSearchParams();
      for (const [name, value] of Object.entries(body as Record<string, JsonValue>)) {
        const prop = props.get(name);
        const items =
          prop && typeof compiler.resolve(prop) === 'object'
            ? ((compiler.resolve(prop) as Record<string, JsonValue>).items as
                JsonSchema | undefined)
            : undefined;
        const type = (content.encoding?.[name] ?? 'application/octet-stream')
          .split(',')[0]!
          .trim()
          .replace('/*', '/png');
        const values = Array.isArray(value) ? value : [value];
        for (const v of values) {
          if (form instanceof FormData && (isBinary(prop) || isBinary(items)))
            form.append(name, new Blob([new Uint8Array([1, 2, 3])], { type }), 'upload.bin');
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
  const declared = mockOp.responses.find(
    (r) => r.status === String(res.status) || r.status === '2XX',
  );
  expect(declared, text).toBeDefined();
  const type = (res.headers.get('content-type') ?? '').split(';')[0]!;
  const content =
    declared!.contents.find((c) => c.mediaType === type) ??
    declared!.contents.find(
      (c) => c.mediaType.endsWith('/*') && type.startsWith(c.mediaType.slice(0, -1)),
    );
  expect(content, `${text} ${type}`).toBeDefined();
  if (content!.kind === 'json' && content!.schema !== undefined) {
    const body = (await res.json()) as unknown;
    const schema = content!.check ?? content!.schema;
    expect(compiler.compile(schema)(body, 'response'), text).toEqual([]);
  } else {
    expect((await res.arrayBuffer()).byteLength, text).toBeGreaterThan(0);
  }
}

describe('Shell spec through the mock', () => {
  it('loads', () => {
    specLoaded();
    expect(table.operations.length).toBeGreaterThan(0);
  });

  it('every operation answers every request example with a declared, schema-valid success', async () => {
    specLoaded();
    let requests = 0;
    for (const op of ir.operations) {
      const mockOp = table.operations.find((o) => o.operationId === op.operationId)!;
      const examples = mockOp.requestBody?.contents[0]?.examples ?? [];
      let taskId: string | undefined;
      if (mockOp.taskRole && mockOp.taskRole.role !== 'list' && mockOp.taskRole.input) {
        // A task this poll/cancel can see: submit through a submit op of the family whose poll matches.
        const submit = table.operations.find(
          (o) =>
            o.submit?.family === mockOp.taskRole!.family &&
            (mockOp.taskRole!.role === 'cancel' || o.submit.pollOperationId === op.operationId),
        );
        expect(submit, `${op.operationId}: a submit of its family`).toBeDefined();
        const submitIr = ir.operations.find((o) => o.operationId === submit!.operationId)!;
        const { url, init } = buildRequest(
          submitIr,
          submit!.requestBody?.contents[0]?.examples[0]?.value,
        );
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

  it('task families run to their succeeded state with a result filled', async () => {
    specLoaded();
    for (const family of table.taskFamilies) {
      const submit = table.operations.find((o) => o.submit?.family === family.name)!;
      const submitIr = ir.operations.find((o) => o.operationId === submit.operationId)!;
      const poll = ir.operations.find((o) => o.operationId === submit.submit!.pollOperationId)!;
      const sub = buildRequest(submitIr, submit.requestBody?.contents[0]?.examples[0]?.value);
      const id = String(
        getAtPointer(await (await fetch(sub.url, sub.init)).json(), submit.submit!.idPointer),
      );
      mock.clock.advance(family.intervalMs * 10);
      const p = buildRequest(
        poll,
        table.operations.find((o) => o.operationId === poll.operationId)!.requestBody?.contents[0]
          ?.examples[0]?.value,
        id,
      );
      const body = (await (await fetch(p.url, p.init)).json()) as JsonValue;
      expect(family.states.succeeded, `${family.name} status`).toContainEqual(
        getAtPointer(body, family.status),
      );
      // A family may list results of several kinds (Kling: images or videos); this submit's kind is filled.
      if (family.result.length > 0)
        expect(
          family.result.some((pointer) => getAtPointer(body, pointer) != null),
          `${family.name} ${family.result.join(' ')}`,
        ).toBe(true);
    }
  });
});

/** Token paths where two JSON values differ, each at the shallowest level it differs. */
function differences(a: unknown, b: unknown, path: string[] = []): string[][] {
  const isObj = (v: unknown): v is Record<string, unknown> =>
    v !== null && typeof v === 'object' && !Array.isArray(v);
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return [path];
    return a.flatMap((v, i) => differences(v, b[i], [...path, String(i)]));
  }
  if (isObj(a) && isObj(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((k) =>
      !(k in a) || !(k in b) ? [[...path, k]] : differences(a[k], b[k], [...path, k]),
    );
  }
  return a === b ? [] : [path];
}

const isEmptyValue = (v: unknown): boolean =>
  v === undefined ||
  v === null ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && v !== null && Object.keys(v).length === 0);

/** The family's own fields: status, progress, error and results. */
function statePointers(family: MockTaskFamily): string[][] {
  return [family.status, family.progress?.pointer, family.error, ...family.result]
    .filter((p): p is string => p !== undefined)
    .map(pointerTokens);
}

/** A difference on a state field, inside one or on one of its ancestors (a result cleared at its parent). */
function onStateField(diff: string[], family: MockTaskFamily): boolean {
  const startsWith = (long: string[], short: string[]): boolean =>
    short.every((t, i) => long[i] === t);
  return statePointers(family).some((p) => startsWith(diff, p) || startsWith(p, diff));
}

function topLevelProperties(schema: JsonSchema | undefined, depth = 0): string[] {
  const s = compiler.resolve(schema);
  if (!s || typeof s !== 'object' || depth > 8) return [];
  const names = s.properties && typeof s.properties === 'object' ? Object.keys(s.properties) : [];
  for (const key of ['allOf', 'anyOf', 'oneOf'])
    if (Array.isArray(s[key]))
      for (const part of s[key] as JsonSchema[]) names.push(...topLevelProperties(part, depth + 1));
  return names;
}

describe('Shell spec task bodies', () => {
  // One plain task, one failing (Prefer: task=fail), one cancelled (Prefer: task=cancel), polled at 0, 1, 3 and 6 poll intervals.
  const plans: [string | undefined, TaskState[]][] = [
    [undefined, ['queued', 'running', 'running', 'succeeded']],
    ['task=fail', ['queued', 'running', 'failed', 'failed']],
    ['task=cancel', ['queued', 'cancelled', 'cancelled', 'cancelled']],
  ];

  it('every submit of every family: one task per poll body, valid against the poll schema in every state', async () => {
    specLoaded();
    let checked = 0;
    for (const family of table.taskFamilies) {
      for (const submit of table.operations.filter((o) => o.submit?.family === family.name)) {
        const submitIr = ir.operations.find((o) => o.operationId === submit.operationId)!;
        const pollOp = table.operations.find(
          (o) => o.operationId === submit.submit!.pollOperationId,
        )!;
        const pollIr = ir.operations.find((o) => o.operationId === pollOp.operationId)!;
        const pollSchema = pollOp.responses
          .find((r) => /^2/.test(r.status))!
          .contents.find((c) => c.kind === 'json')!;
        const validate = compiler.compile(pollSchema.check ?? pollSchema.schema!);
        const requestContent = submit.requestBody?.contents[0];
        const requestExample = requestContent?.examples[0]?.value;
        const tasks: {
          id: string;
          plan: string | undefined;
          want: TaskState[];
          bodies: JsonValue[];
        }[] = [];
        for (const [plan, want] of plans) {
          const { url, init } = buildRequest(submitIr, requestExample);
          if (plan) (init.headers as Record<string, string>).prefer = plan;
          const res = await fetch(url, init);
          expect(res.status, `${submit.operationId} ${plan ?? ''}`).toBeLessThan(300);
          tasks.push({
            id: String(getAtPointer(await res.json(), submit.submit!.idPointer)),
            plan,
            want,
            bodies: [],
          });
        }
        for (const step of [0, 1, 2, 3]) {
          if (step > 0) mock.clock.advance(family.intervalMs * step);
          for (const task of tasks) {
            const label = `${family.name} ${submit.operationId} ${task.plan ?? 'plain'} poll ${step}`;
            expect(mock.tasks.get(task.id)?.state, label).toBe(task.want[step]);
            const p = buildRequest(
              pollIr,
              pollOp.requestBody?.contents[0]?.examples[0]?.value,
              task.id,
            );
            const res = await fetch(p.url, p.init);
            expect(res.status, label).toBe(200);
            const body = (await res.json()) as JsonValue;
            expect(validate(body, 'response'), label).toEqual([]);
            if (task.want[step] !== 'succeeded')
              for (const pointer of family.result)
                expect(
                  isEmptyValue(getAtPointer(body, pointer)),
                  `${label}: ${pointer} before success`,
                ).toBe(true);
            // Only the family's state fields ever change between polls of one task.
            const changed = differences(task.bodies[0] ?? body, body).filter(
              (d) => !onStateField(d, family),
            );
            expect(
              changed.map((d) => `/${d.join('/')}`),
              label,
            ).toEqual([]);
            task.bodies.push(body);
            checked++;
          }
        }
        // The submit body's fields that the poll schema shares show in every poll.
        if (
          requestContent?.kind === 'json' &&
          requestExample &&
          typeof requestExample === 'object' &&
          !Array.isArray(requestExample)
        ) {
          const shared = new Set(topLevelProperties(pollSchema.schema));
          const roots = new Set(statePointers(family).map((p) => p[0]));
          for (const [name, value] of Object.entries(requestExample)) {
            if (!shared.has(name) || roots.has(name)) continue;
            for (const task of tasks)
              for (const body of task.bodies)
                expect(
                  (body as Record<string, JsonValue>)[name],
                  `${submit.operationId} ${name}`,
                ).toEqual(value);
          }
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(table.taskFamilies.length * 12);
  });
});
