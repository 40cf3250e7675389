/**
 * What every task of a poll operation starts from, decided once at generation time and handed to
 * the mock as data (`MockOperation.pollTemplate`, `MockTaskFamily.exampleIds`): the poll's success
 * example (else its first) with the result and error fields cleared the way the unfinished examples
 * (else the schema) show them. The mock then only lays a task's id and request fields over it and
 * rewrites the status, progress, result and error fields per state (templates/mock/task-body.ts).
 */
import type {
  JsonSchema,
  JsonValue,
  MockOperation,
  MockPollTemplate,
  MockRouteTable,
  MockTaskFamily,
  TaskState,
} from '../../../templates/mock/types.js';
import { createSchemaCompiler, type SchemaCompiler } from '../../../templates/mock/validate.js';
import { jsonEqual } from '../../../templates/mock/respond.js';
import { remove } from '../../util/json-pointer.js';
import {
  cloneJson,
  escapePointerToken,
  getAtPointer,
  pointerTokens,
  setAtPointer,
} from '../../../templates/mock/pointer.js';

/** Where poll examples keep their task id, for a family that does not say (no `taskId`). */
const GUESSED_ID_POINTERS = [
  '/id',
  '/task_id',
  '/taskId',
  '/request_id',
  '/data/id',
  '/data/task_id',
  '/data/taskId',
];

const isObject = (v: unknown): v is { [key: string]: JsonValue } =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** What a field looks like before there is anything in it. */
function isEmpty(v: JsonValue): boolean {
  return (
    v === null ||
    v === '' ||
    (Array.isArray(v) && v.length === 0) ||
    (isObject(v) && Object.keys(v).length === 0)
  );
}

/** The JSON content of the operation's success response (the one tasks answer with). */
function successContent(
  op: MockOperation | undefined,
): MockOperation['responses'][number]['contents'][number] | undefined {
  const response =
    op?.responses.find((r) => /^2/.test(r.status)) ??
    op?.responses.find((r) => r.status === 'default');
  return response?.contents.find((c) => c.kind === 'json');
}

const successExamples = (op: MockOperation | undefined): JsonValue[] =>
  successContent(op)?.examples.map((e) => e.value) ?? [];

function canonicalState(family: MockTaskFamily, value: unknown): TaskState | undefined {
  return (Object.keys(family.states) as TaskState[]).find((s) =>
    family.states[s].some((v) => jsonEqual(v, value)),
  );
}

const REMOVE = Symbol('remove');
type Edit = JsonValue | typeof REMOVE;

function applyEdit(body: JsonValue, pointer: string, edit: Edit): JsonValue {
  const copy = cloneJson(body);
  return edit === REMOVE ? remove(copy, pointer) : setAtPointer(copy, pointer, edit);
}

function prefix(tokens: string[], length: number): string {
  return tokens
    .slice(0, length)
    .map((t) => `/${escapePointerToken(t)}`)
    .join('');
}

/** Accepts an edit when the body stays as valid as it was. */
type Fits = (before: JsonValue, after: JsonValue) => boolean;

/**
 * Clears the field at `pointer`: as an unfinished example shows it (the field or an ancestor
 * null, empty or absent), else the first of null / absent / "" / [] / {} the schema accepts, from
 * the field itself up to its ancestors. Returns the pointer that was cleared.
 */
function clearField(
  body: JsonValue,
  pointer: string,
  unfinished: JsonValue[],
  fits: Fits,
): { body: JsonValue; pointer: string } {
  const tokens = pointerTokens(pointer);
  if (tokens.length === 0) return { body, pointer };
  const shownEdits: { at: string; edit: Edit }[] = [];
  for (const example of unfinished) {
    for (let k = 1; k <= tokens.length; k++) {
      const parent = getAtPointer(example, prefix(tokens, k - 1));
      if (parent === null || typeof parent !== 'object') break;
      const shown = getAtPointer(example, prefix(tokens, k)) as JsonValue | undefined;
      if (shown === undefined) {
        if (!Array.isArray(parent)) shownEdits.push({ at: prefix(tokens, k), edit: REMOVE });
      } else if (isEmpty(shown)) shownEdits.push({ at: prefix(tokens, k), edit: shown });
      else if (typeof shown === 'object' && k < tokens.length) continue;
      break;
    }
  }
  // An empty value keeps the field in its place; absence comes second.
  const ordered = [
    ...shownEdits.filter((e) => e.edit !== REMOVE),
    ...shownEdits.filter((e) => e.edit === REMOVE),
  ];
  for (const { at, edit } of ordered) {
    if (!isObject(getAtPointer(body, at.slice(0, at.lastIndexOf('/'))))) continue;
    const next = applyEdit(body, at, edit);
    if (fits(body, next)) return { body: next, pointer: at };
  }
  for (let k = tokens.length; k >= 1; k--) {
    const at = prefix(tokens, k);
    const parent = getAtPointer(body, prefix(tokens, k - 1));
    const current = getAtPointer(body, at) as JsonValue | undefined;
    if (current === undefined) {
      if (isObject(parent)) return { body, pointer: at };
      continue;
    }
    if (isEmpty(current)) return { body, pointer: at };
    const edits: Edit[] = Array.isArray(parent) ? [null] : [null, REMOVE, '', [], {}];
    for (const edit of edits) {
      const next = applyEdit(body, at, edit);
      if (fits(body, next)) return { body: next, pointer: at };
    }
  }
  return { body, pointer };
}

/** Top-level property names of an object schema (through `$ref` and `allOf`/`anyOf`/`oneOf`). */
function topLevelProperties(
  schema: JsonSchema | undefined,
  compiler: SchemaCompiler,
  depth = 0,
): string[] {
  const s = compiler.resolve(schema);
  if (!isObject(s) || depth > 8) return [];
  const names = isObject(s.properties) ? Object.keys(s.properties) : [];
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    const parts = s[key];
    if (Array.isArray(parts))
      for (const part of parts)
        if (typeof part === 'boolean' || isObject(part))
          names.push(...topLevelProperties(part, compiler, depth + 1));
  }
  return [...new Set(names)];
}

/** The IR's generated values (`TaskRoleIr.resultSamples`) by pointer. */
export type ResultSamples = ReadonlyMap<string, readonly JsonValue[]>;

/**
 * `body` with a generated value at the result `pointer`: the first value the body accepts, set at
 * the pointer itself, else at an ancestor up to `cleared` (where the field was emptied). The body
 * as it was when none fits.
 */
function sampledResult(
  body: JsonValue,
  pointer: string,
  cleared: string,
  samples: ResultSamples,
  fits: Fits,
): JsonValue {
  const tokens = pointerTokens(pointer);
  for (let k = tokens.length; k >= pointerTokens(cleared).length; k--) {
    const at = prefix(tokens, k);
    for (const value of samples.get(at) ?? []) {
      const next = setAtPointer(cloneJson(body), at, cloneJson(value));
      if (getAtPointer(next, pointer) !== undefined && fits(body, next)) return next;
    }
  }
  return body;
}

function pollTemplate(
  op: MockOperation,
  family: MockTaskFamily,
  compiler: SchemaCompiler,
  samples: ResultSamples,
): MockPollTemplate {
  const content = successContent(op);
  const schema = content?.check ?? content?.schema;
  const validate = schema !== undefined ? compiler.compile(schema) : undefined;
  const count = (v: JsonValue): number => (validate ? validate(v, 'response').length : 0);
  const fits: Fits = (before, after) => count(after) <= count(before);
  const examples = successExamples(op);
  const stateOf = (e: JsonValue): TaskState | undefined =>
    canonicalState(family, getAtPointer(e, family.status));
  const inState = (...states: TaskState[]): JsonValue[] =>
    states.flatMap((s) => examples.filter((e) => stateOf(e) === s));
  const first = (state: TaskState): JsonValue | undefined => inState(state)[0];
  const success = first('succeeded');
  let base: JsonValue = cloneJson(success ?? examples[0] ?? {});
  // Clear against an unfinished status: a schema may tie the result to the status value.
  const unfinishedStatus = [...family.states.queued, ...family.states.running][0];
  if (unfinishedStatus !== undefined) base = setAtPointer(base, family.status, unfinishedStatus);
  const unfinished = inState('queued', 'running', 'failed', 'cancelled');
  const results: MockPollTemplate['results'] = [];
  // Without a success example, a finished task shows the IR's generated values, on a body in the succeeded status.
  const succeededStatus = family.states.succeeded[0];
  let finished: JsonValue | undefined =
    success === undefined && succeededStatus !== undefined
      ? setAtPointer(cloneJson(base), family.status, succeededStatus)
      : undefined;
  for (const pointer of family.result) {
    const cleared = clearField(base, pointer, unfinished, fits);
    base = cleared.body;
    let value: JsonValue | undefined;
    if (success !== undefined)
      value = getAtPointer(success, cleared.pointer) as JsonValue | undefined;
    else if (finished !== undefined) {
      finished = sampledResult(finished, pointer, cleared.pointer, samples, fits);
      value = getAtPointer(finished, cleared.pointer) as JsonValue | undefined;
    }
    results.push(
      value === undefined ? { pointer: cleared.pointer } : { pointer: cleared.pointer, value },
    );
  }
  const errors: MockPollTemplate['errors'] = {};
  if (family.error) {
    base = clearField(base, family.error, inState('queued', 'running', 'succeeded'), fits).body;
    for (const state of ['succeeded', 'failed', 'cancelled'] as const) {
      const value = getAtPointer(first(state), family.error) as JsonValue | undefined;
      if (value !== undefined) errors[state] = value;
    }
  }
  return { base, results, errors, properties: topLevelProperties(content?.schema, compiler) };
}

/** The ids a family's submit and poll examples show: a task's answers carry its own id instead. */
function exampleIds(table: MockRouteTable, family: MockTaskFamily): JsonValue[] {
  const ids: JsonValue[] = [];
  for (const op of table.operations) {
    if (op.submit?.family === family.name) {
      for (const ex of successExamples(op)) {
        const id = getAtPointer(ex, op.submit.idPointer) as JsonValue | undefined;
        if (id !== undefined && id !== null && typeof id !== 'object') ids.push(id);
      }
    }
    if (op.taskRole?.family === family.name && op.taskRole.role === 'poll') {
      const pointers = family.taskId !== undefined ? [family.taskId] : GUESSED_ID_POINTERS;
      for (const ex of successExamples(op)) {
        for (const p of pointers) {
          const id = getAtPointer(ex, p) as JsonValue | undefined;
          if (typeof id === 'string' || typeof id === 'number') ids.push(id);
        }
      }
    }
  }
  return ids.filter((v, i) => ids.findIndex((w) => jsonEqual(v, w)) === i);
}

/** Adds each family's example ids and each polled operation's template to the table (in place). */
export function addTaskTemplates(
  table: MockRouteTable,
  resultSamples: ReadonlyMap<string, ResultSamples> = new Map(),
): void {
  // No family, nothing to add (and no compiler over every component to build).
  if (table.taskFamilies.length === 0) return;
  const compiler = createSchemaCompiler(table.schemas, table.checkSchemas);
  const families = new Map(table.taskFamilies.map((f) => [f.name, f]));
  for (const family of table.taskFamilies) family.exampleIds = exampleIds(table, family);
  const polled = new Map<string, MockTaskFamily>();
  for (const op of table.operations) {
    const family = op.submit && families.get(op.submit.family);
    if (family && !polled.has(op.submit!.pollOperationId))
      polled.set(op.submit!.pollOperationId, family);
  }
  // A poll no submit uses still answers for the tasks the mock starts with (its example ids).
  for (const op of table.operations) {
    const family =
      op.taskRole?.role === 'poll' && op.taskRole.seeds && families.get(op.taskRole.family);
    if (family && !polled.has(op.operationId)) polled.set(op.operationId, family);
  }
  for (const op of table.operations) {
    const family = polled.get(op.operationId);
    if (family)
      op.pollTemplate = pollTemplate(
        op,
        family,
        compiler,
        resultSamples.get(op.operationId) ?? new Map(),
      );
  }
}
