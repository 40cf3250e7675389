/**
 * ApiIr → the mock route table (templates/mock/types.ts). Pure data: serialised into the
 * generated package at generation time, or handed straight to `startMockServer` at run time
 * (`shellapi-gen mock --spec FILE`). In `surface/` because two emitters read it: the mock, and the
 * docs console, which runs the mock engine in the browser on this same table.
 */
import { setOwn } from '../../util/own-property.js';
import type {
  ApiIr,
  ContentIr,
  OperationIr,
  PagingFieldIr,
  SchemaIr,
  ServerIr,
  TaskIdInputIr,
} from '../../ir/types.js';
import type {
  JsonSchema,
  JsonValue,
  MockContent,
  MockOperation,
  MockRouteTable,
  MockStream,
  MockTaskFamily,
  MockTaskRole,
  TaskState,
} from '../../../templates/mock/types.js';
import { componentDefs, toJsonSchema, type JsonSchemaOptions } from '../../ir/json-schema.js';
import { shownExamples } from '../../ir/examples/index.js';
import { resolveSchema } from '../../ir/resolve-schema.js';
import { styledFields } from '../../ir/form-encoding.js';
import { addTaskTemplates } from './mock-task-templates.js';
import { pageFieldsOf } from './mock-page-fields.js';
import { addComponentChecks, addOperationChecks } from './mock-checks.js';
import { addOperationCoercions } from './mock-coercion.js';
import type { EmitMemo } from '../../incremental/memo.js';
import { sampleBinary } from './mock-samples.js';
import { isJsonObject } from '../../../templates/mock/pointer.js';
import { compileRoute, nearestOperation } from '../../../templates/mock/router.js';
import { join } from '../../util/json-pointer.js';

/** Validation needs no prose; answers come from the IR's examples (`MockContent.examples`, `MockHeader.example`). */
const SCHEMA_OPTIONS: JsonSchemaOptions = { docs: false, examples: false, discriminator: true };

function jsonSchema(schema: SchemaIr | undefined): JsonSchema | undefined {
  return schema ? (toJsonSchema(schema, SCHEMA_OPTIONS) as JsonSchema) : undefined;
}

/** The object without its undefined fields (the table reaches the mock as is, or as JSON). */
function definedFields<T extends object>(value: T): T {
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
  return value;
}

/** Keys an error body keeps its message under, in the order they are looked for. */
const MESSAGE_KEYS = [
  'message',
  'msg',
  'error_message',
  'errorMessage',
  'detail',
  'description',
  'error',
  'title',
];

/** Where an error example keeps its message: the first message key holding a scalar, nearest the top. */
function messagePointer(value: JsonValue | undefined): string | undefined {
  // Breadth-first; a node's pointer is spelled only for the one found (most nodes are passed over).
  let level: Step[] = isJsonObject(value) ? [{ node: value, key: '', up: undefined }] : [];
  for (let depth = 0; depth < 4 && level.length > 0; depth++) {
    const next: Step[] = [];
    for (const step of level) {
      const node = step.node;
      for (const k of MESSAGE_KEYS)
        if (k in node && !isJsonObject(node[k]) && !Array.isArray(node[k]))
          return pointerOf(step, k);
      for (const k in node) {
        const child = node[k];
        if (Object.hasOwn(node, k) && isJsonObject(child))
          next.push({ node: child, key: k, up: step });
      }
    }
    level = next;
  }
  return undefined;
}

/** An object met on the way down, and the key it was found under in the step above. */
interface Step {
  node: { [key: string]: JsonValue };
  key: string;
  up: Step | undefined;
}

function pointerOf(step: Step, key: string): string {
  const keys = [key];
  for (let s: Step | undefined = step; s?.up !== undefined; s = s.up) keys.push(s.key);
  return join('', ...keys.reverse());
}

/** A content as the mock reads it; a response's binary content carries the bytes it answers with. */
function contentOf(ir: ApiIr, content: ContentIr, response = false): MockContent {
  const out: MockContent = {
    mediaType: content.mediaType,
    kind: content.kind,
    examples: shownExamples(content).map((e) => ({ name: e.name, value: e.value })),
  };
  const svg = content.kind === 'text' && /^image\/svg\+xml/i.test(content.mediaType);
  const sample = response && (content.kind === 'binary' || svg);
  // The one place that decides which text contents the mock cannot read or write. A request's is
  // read as a string: a schema of anything else (XML's objects) it cannot check. A response's is
  // written as its text example: with none (XML, for which the IR makes no placeholder) there is
  // nothing faithful to send, so negotiation prefers another content or answers 406.
  const opaque =
    content.kind === 'text' &&
    (response
      ? typeof out.examples[0]?.value !== 'string' && !sample
      : content.schema !== undefined &&
        !['string', 'any'].includes(resolveSchema(ir, content.schema).kind));
  if (opaque) out.opaque = true;
  const schema = jsonSchema(content.schema);
  if (schema !== undefined && !(opaque && !response)) out.schema = schema;
  if (sample) out.sample = sampleBinary(content.mediaType);
  const messageAt =
    response && content.kind === 'json' ? messagePointer(out.examples[0]?.value) : undefined;
  if (messageAt !== undefined) out.messageAt = messageAt;
  const encoding: Record<string, string> = {};
  for (const [name, e] of Object.entries(content.encoding))
    if (e.contentType) setOwn(encoding, name, e.contentType);
  if (Object.keys(encoding).length > 0) out.encoding = encoding;
  const jsonParts = Object.keys(content.encoding).filter((name) => content.encoding[name]!.json);
  if (jsonParts.length > 0) out.jsonParts = jsonParts;
  const fileParts = Object.keys(content.encoding).filter((name) => content.encoding[name]!.file);
  if (fileParts.length > 0) out.fileParts = fileParts;
  const styles = content.kind === 'urlencoded' ? styledFields(content.encoding) : [];
  if (styles.length > 0) out.styles = Object.fromEntries(styles);
  return out;
}

/**
 * The vendor state shown for a canonical one the vendor has no value for. A vendor without any
 * failure value (e.g. only `is_completed: true|false`) shows a failed task as never finishing.
 */
const FALLBACK: Record<TaskState, TaskState[]> = {
  queued: ['queued', 'running'],
  running: ['running', 'queued'],
  succeeded: ['succeeded'],
  failed: ['failed', 'cancelled', 'running'],
  cancelled: ['cancelled', 'failed', 'running'],
};

/** The vendor value each canonical state shows: its own first value, else the first of a fallback's. */
function shownStates(states: Record<TaskState, JsonValue[]>): MockTaskFamily['shown'] {
  const shown: MockTaskFamily['shown'] = {};
  for (const state of Object.keys(FALLBACK) as TaskState[]) {
    const from = FALLBACK[state].find((s) => (states[s] ?? []).length > 0);
    if (from) shown[state] = states[from][0]!;
  }
  return shown;
}

/** The first server's URL with variables at their defaults, and its path part. */
export function serverBase(servers: ServerIr[]): { serverUrl: string; basePath: string } {
  const server = servers[0];
  if (!server) return { serverUrl: 'http://localhost', basePath: '' };
  const url = server.url.replace(
    /\{([^}]+)\}/g,
    (_, name: string) => server.variables[name]?.default ?? '',
  );
  const absolute = /^[a-z][a-z0-9+.-]*:\/\//i.test(url);
  const parsed = new URL(url || '/', 'http://localhost');
  const basePath = parsed.pathname.replace(/\/+$/, '');
  return {
    serverUrl: absolute ? `${parsed.origin}${basePath}` : `http://localhost${basePath}`,
    basePath,
  };
}

function taskRoleOf(op: OperationIr, ir: ApiIr): MockTaskRole | undefined {
  const role = op.taskRole;
  if (!role) return undefined;
  const family = ir.taskFamilies.find((f) => f.name === role.family);
  if (!family) return undefined;
  const out: MockTaskRole = { family: role.family, role: role.role };
  const inputs: TaskIdInputIr[] = [family.poll, ...(family.cancel ? [family.cancel] : [])];
  for (const submit of ir.operations) if (submit.task) inputs.push(submit.task.poll);
  const input = inputs.find((i) => i.operationId === op.operationId);
  if (input) out.input = { in: input.in, name: input.name };
  if (role.exampleIds?.length) out.seeds = [...role.exampleIds];
  const finished = role.role === 'cancel' ? family.cancel?.finished : undefined;
  if (finished && family.cancel!.operationId === op.operationId) out.finished = { ...finished };
  if (role.role === 'list') {
    const list = family.lists.find((l) => l.operationId === op.operationId);
    if (list) {
      out.items = list.items;
      if (list.ids !== undefined) out.ids = list.ids;
    }
  }
  return out;
}

function operationOf(op: OperationIr, ir: ApiIr): MockOperation {
  const out: MockOperation = {
    operationId: op.operationId,
    method: op.method,
    path: op.path,
    security: op.security.map((r) => Object.keys(r.schemes)),
    parameters: op.parameters.map((p) =>
      definedFields<MockOperation['parameters'][number]>({
        name: p.name,
        in: p.in,
        required: p.required,
        style: p.style,
        explode: p.explode,
        schema: jsonSchema(p.schema),
      }),
    ),
    responses: op.responses.map((r) => ({
      status: r.status,
      isError: r.isError,
      headers: r.headers.flatMap((h): [string, string][] => {
        // Required headers, and optional ones whose schema names the value, with the IR's example.
        const name = h.name.toLowerCase();
        const schema = jsonSchema(h.schema);
        const named = typeof schema === 'object' && (schema.enum ?? schema.const) !== undefined;
        if (name === 'content-type' || name === 'content-length') return [];
        if ((!h.required && !named) || h.example === undefined) return [];
        const value = h.example.value;
        return [[name, typeof value === 'string' ? value : JSON.stringify(value)]];
      }),
      contents: r.contents.map((c) => contentOf(ir, c, true)),
    })),
    callbacks: op.callbacks
      .filter((c) => c.expression !== '')
      .map((c) => ({ name: c.name, expression: c.expression, method: c.method })),
  };
  if (op.requestBody)
    out.requestBody = {
      required: op.requestBody.required,
      contents: op.requestBody.contents.map((c) => contentOf(ir, c)),
    };
  if (op.stream) {
    const s = op.stream;
    const stream: MockStream = {
      ...(s.requestFlag !== undefined ? { requestFlag: s.requestFlag } : {}),
      ...(s.flagDefaultOn ? { flagDefaultOn: true as const } : {}),
      ...(s.inferred ? { inferred: true as const } : {}),
      status: s.status,
      mediaType: s.mediaType,
      events: s.events.map((e) => e.value),
    };
    if (s.terminator !== undefined) stream.terminator = s.terminator;
    if (s.events.some((e) => e.event !== undefined))
      stream.eventNames = s.events.map((e) => e.event ?? null);
    if (s.text) stream.text = true;
    const item = jsonSchema(s.itemSchema);
    if (item !== undefined) stream.itemSchema = item;
    out.stream = stream;
  }
  if (op.task)
    out.submit = {
      family: op.task.family,
      idPointer: op.task.id,
      pollOperationId: op.task.poll.operationId,
    };
  const role = taskRoleOf(op, ir);
  if (role) out.taskRole = role;
  if (op.paging) {
    const { source: _source, ...paging } = op.paging;
    out.paging = paging;
    const size = paging.size && sizeDefault(op, paging.size, ir);
    if (size !== undefined) out.paging.defaultSize = size;
    const pageFields = pageFieldsOf(op, ir);
    if (pageFields) out.paging.pageFields = pageFields;
  }
  return out;
}

/** The page size a request without one gets: the size field's schema default, when a whole number. */
function sizeDefault(op: OperationIr, field: PagingFieldIr, ir: ApiIr): number | undefined {
  let schema: SchemaIr | undefined;
  if (field.in === 'query') schema = op.parameters.find((p) => p.name === field.name)?.schema;
  else {
    const body = op.requestBody?.contents.find((c) => c.schema !== undefined)?.schema;
    const resolved = body && resolveSchema(ir, body);
    if (resolved?.kind === 'object')
      schema = resolved.properties.find((p) => p.name === field.name)?.schema;
  }
  const value = schema && resolveSchema(ir, schema).default;
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

/** Does the operation answer errors with a JSON body of its own (an error or `default` response)? */
function declaresErrors(op: MockOperation): boolean {
  return op.responses.some(
    (r) => (r.isError || r.status === 'default') && r.contents.some((c) => c.kind === 'json'),
  );
}

/** Each operation's error shape owner (errors.ts): itself when it declares an error or `default` response with JSON, else the nearest that does. */
function errorShapes(operations: readonly MockOperation[]): Map<string, string> {
  const shaped = operations.filter(declaresErrors).map(compileRoute);
  const owners = new Map<string, string>();
  for (const op of operations) {
    const owner = declaresErrors(op) ? op : nearestOperation(shaped, op.path);
    if (owner) owners.set(op.operationId, owner.operationId);
  }
  return owners;
}

const shared = new WeakMap<ApiIr, MockRouteTable>();

/**
 * One route table per IR for the emitters that only read it (the mock's `routes.ts`, the docs'
 * console data): a full run builds it once instead of once per target. Not to be changed: in a
 * watch session its parts are the last run's where their content keys held (`createMockRoutes`).
 */
export function sharedMockRoutes(ir: ApiIr, memo?: EmitMemo): MockRouteTable {
  let table = shared.get(ir);
  if (!table) {
    table = createMockRoutes(ir, memo);
    shared.set(ir, table);
  }
  return table;
}

/**
 * An operation whose entry reads only itself and the shared part of the IR (the schemas, the
 * document): a task operation's also reads the others of its family and their polls.
 */
export function memoisedRoute(op: OperationIr): boolean {
  return !op.task && !op.taskRole;
}

/**
 * The route table. With a watch session's memo, an operation whose content key is unchanged keeps
 * its entry (checks and coercions included: they read the entry and the components only), and the
 * components' JSON Schemas and the error shape owners are kept while the shared key holds; what
 * depends on other operations (`errorShape`, `pollTemplate`) goes on a copy of each entry.
 */
export function createMockRoutes(ir: ApiIr, memo?: EmitMemo): MockRouteTable {
  const { serverUrl, basePath } = serverBase(ir.servers);
  const securitySchemes: MockRouteTable['securitySchemes'] = {};
  for (const s of ir.securitySchemes) {
    securitySchemes[s.name] = definedFields({
      type: s.type,
      scheme: s.scheme,
      in: s.in,
      paramName: s.paramName,
    });
  }
  const schemas = (
    memo
      ? memo.get(`mock-defs\0${memo.keys.shared}`, () => componentDefs(ir, SCHEMA_OPTIONS))
      : componentDefs(ir, SCHEMA_OPTIONS)
  ) as Record<string, JsonSchema>;
  const entryOf = (op: OperationIr): MockOperation => {
    const entry = operationOf(op, ir);
    addOperationChecks(entry, schemas);
    addOperationCoercions(entry, schemas);
    return entry;
  };
  const entries = ir.operations.map((op) =>
    memo && memoisedRoute(op)
      ? memo.get(`mock-route\0${memo.keys.operation(op.operationId)}`, () => entryOf(op))
      : entryOf(op),
  );
  const table: MockRouteTable = {
    title: ir.info.title,
    version: ir.info.version,
    basePath,
    serverUrl,
    schemas,
    securitySchemes,
    operations: entries.map((entry) => ({ ...entry })),
    taskFamilies: ir.taskFamilies.map((f) =>
      definedFields<MockRouteTable['taskFamilies'][number]>({
        name: f.name,
        status: f.status,
        result: f.result,
        states: f.states,
        shown: shownStates(f.states),
        intervalMs: f.intervalMs,
        progress: f.progress,
        error: f.error,
        taskId: f.taskId,
      }),
    ),
  };
  // Who declares errors is all the owners read beyond the paths (which the shared key covers).
  const owners = memo
    ? memo.get(
        `mock-error-shapes\0${memo.keys.shared}\0${entries.map((e) => (declaresErrors(e) ? 1 : 0)).join('')}`,
        () => errorShapes(entries),
      )
    : errorShapes(entries);
  for (const op of table.operations) {
    const owner = owners.get(op.operationId);
    if (owner !== undefined) op.errorShape = owner;
  }
  addComponentChecks(table);
  addTaskTemplates(
    table,
    new Map(
      ir.operations.map((op) => [
        op.operationId,
        new Map((op.taskRole?.resultSamples ?? []).map((r) => [r.pointer, r.values])),
      ]),
    ),
  );
  return table;
}
