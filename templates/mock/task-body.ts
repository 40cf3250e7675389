/**
 * The body a task's poll answers with. It is fixed once, when the task is created: the poll
 * operation's template (`MockOperation.pollTemplate`, decided at generation time) with the example
 * ids replaced by the task's id and the submit body's same-named top-level fields laid over it.
 * Each state then rewrites only the family's status, progress, result and error fields, so every
 * poll tells one task's story.
 */
import type { JsonValue, MockPollTemplate, MockTaskFamily, TaskState } from './types.js';
import { MockFile, type ValidateFn } from './validate.js';
import { jsonEqual } from './respond.js';
import { cloneJson, isJsonObject as isObject, pointerTokens, setAtPointer } from './pointer.js';

/** One task's fixed body and the values its state fields take. */
export interface TaskBody {
  base: JsonValue;
  results: MockPollTemplate['results'];
  errors: Partial<Record<TaskState, JsonValue>>;
}

/** The error field's text where the spec's examples show none. */
const REASONS: Partial<Record<TaskState, string>> = {
  failed: 'Task failed (mock: Prefer: task=fail).',
  cancelled: 'Task cancelled.',
};

/** Every example id (candidates) inside `value` becomes `id`, also inside longer strings such as URLs. */
export function replaceIds(value: JsonValue, candidates: JsonValue[], id: JsonValue): JsonValue {
  if (candidates.some((c) => jsonEqual(c, value))) return id;
  if (typeof value === 'string' && typeof id === 'string') {
    let out = value;
    for (const c of candidates)
      if (typeof c === 'string' && c.length >= 6) out = out.split(c).join(id);
    return out;
  }
  if (Array.isArray(value)) return value.map((v) => replaceIds(v, candidates, id));
  if (isObject(value))
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, replaceIds(v, candidates, id)]),
    );
  return value;
}

/** A request field as JSON can hold it: not a form body's file part (nor a number too large for JSON). */
const isJson = (v: unknown): boolean =>
  Array.isArray(v)
    ? v.every(isJson)
    : !(v instanceof MockFile) && (typeof v !== 'number' || Number.isFinite(v));

/** One task's body: the template with this task's id and the submit body's shared fields. */
export function taskBody(
  template: MockPollTemplate,
  validate: ValidateFn | undefined,
  family: MockTaskFamily,
  request: unknown,
  exampleIds: JsonValue[],
  id: JsonValue,
): TaskBody {
  const personal = (v: JsonValue): JsonValue => replaceIds(cloneJson(v), exampleIds, id);
  let base = personal(template.base);
  // The family's id field holds this task's id even when the example's id was not recognized.
  if (family.taskId !== undefined && isObject(base)) base = setAtPointer(base, family.taskId, id);
  if (isObject(request) && isObject(base)) {
    // A field is taken when the body stays as valid as it was.
    const count = (v: JsonValue): number => (validate ? validate(v, 'response').length : 0);
    // The family's own fields (status, progress, result, error) are the task's, not the request's.
    const reserved = new Set(
      [family.status, family.progress?.pointer, family.error, family.taskId, ...family.result]
        .filter((p): p is string => p !== undefined)
        .map((p) => pointerTokens(p)[0]),
    );
    for (const [name, raw] of Object.entries(request)) {
      const value = raw as JsonValue;
      const current: { [key: string]: JsonValue } = base as { [key: string]: JsonValue };
      const old = current[name];
      if (!isJson(raw) || !template.properties.includes(name) || reserved.has(name)) continue;
      if (old !== undefined && jsonEqual(old, id)) continue;
      const next = { ...current, [name]: value };
      // A field that repeated the old value (a prompt's English copy) follows it.
      if (typeof old === 'string' && old !== '')
        for (const [key, v] of Object.entries(current))
          if (key !== name && v === old && !reserved.has(key) && !(key in request))
            next[key] = value;
      if (count(next) <= count(base)) base = next;
    }
  }
  const errors: Partial<Record<TaskState, JsonValue>> = {};
  for (const [state, value] of Object.entries(template.errors) as [TaskState, JsonValue][])
    errors[state] = personal(value);
  return {
    base,
    results: template.results.map((r) =>
      r.value === undefined ? r : { pointer: r.pointer, value: personal(r.value) },
    ),
    errors,
  };
}

/** The poll body in one state: the fixed body with the status, progress, result and error fields set. */
export function stateBody(
  body: TaskBody,
  family: MockTaskFamily,
  state: TaskState,
  progress: number,
  status: JsonValue | undefined,
): JsonValue {
  let out = cloneJson(body.base);
  if (status !== undefined) out = setAtPointer(out, family.status, status);
  if (family.progress) {
    const value =
      family.progress.scale === 'percent-string'
        ? `${progress}%`
        : family.progress.scale === 'fraction'
          ? progress / 100
          : progress;
    out = setAtPointer(out, family.progress.pointer, value);
  }
  if (state === 'succeeded')
    for (const slot of body.results)
      if (slot.value !== undefined) out = setAtPointer(out, slot.pointer, cloneJson(slot.value));
  const reason =
    state === 'queued' || state === 'running' ? undefined : (body.errors[state] ?? REASONS[state]);
  if (family.error && reason !== undefined)
    out = setAtPointer(out, family.error, cloneJson(reason));
  return out;
}
