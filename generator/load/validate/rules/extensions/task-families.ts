/** `x-task-families` at the root (spec/EXTENSIONS.md): shape, and the operations it names. */
import { isObject, type Tokens } from '../../../pointer.js';
import type { JsonObject, JsonValue } from '../../../types.js';
import { isPayloadPointer, type ExtensionChecks } from './checks.js';
import type { IndexedOperation, OperationIndex } from './operation-index.js';
import { checkWhenFinished } from './cancel-finished.js';

export const CANONICAL_STATES = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
const FAMILY_KEYS = [
  'title',
  'description',
  'poll',
  'id',
  'status',
  'progress',
  'result',
  'error',
  'states',
  'intervalMs',
  'timeoutMs',
  'cancel',
  'lists',
];
const PROGRESS_SCALES = ['percent-string', 'percent', 'fraction'];
const FAMILY_NAME = /^[a-z0-9-]+$/;

/** Checks the families; returns their names (the ones `x-task` may refer to). */
export function checkTaskFamilies(
  value: JsonValue | undefined,
  checks: ExtensionChecks,
  operations: OperationIndex,
): Set<string> {
  const names = new Set<string>();
  const at = ['x-task-families'];
  if (value === undefined || !checks.object(value, at, 'x-task-families')) return names;
  for (const name of Object.keys(value)) {
    const familyAt = [...at, name];
    names.add(name);
    if (!FAMILY_NAME.test(name)) {
      checks.invalid(
        familyAt,
        `Task family name "${name}" may only contain lowercase letters, digits and "-".`,
      );
    }
    const family = value[name];
    if (checks.object(family, familyAt, `Task family "${name}"`))
      checkFamily(family, familyAt, `Task family "${name}"`, checks, operations);
  }
  return names;
}

function checkFamily(
  family: JsonObject,
  at: Tokens,
  what: string,
  checks: ExtensionChecks,
  operations: OperationIndex,
): void {
  checks.knownKeys(family, at, what, FAMILY_KEYS);
  const fields = checks.fields(family, at, what);
  fields.string('title', true);
  fields.string('description', true);
  if (family.poll === undefined) checks.invalid(at, `${what} is missing "poll".`);
  else checkTaskIdInput(family.poll, [...at, 'poll'], `${what} poll`, checks, operations);
  fields.pointer('status');
  if (family.id !== undefined) fields.pointer('id');
  if (family.progress !== undefined) {
    const progressAt = [...at, 'progress'];
    if (checks.object(family.progress, progressAt, `${what} progress`)) {
      checks.knownKeys(family.progress, progressAt, `${what} progress`, ['pointer', 'scale']);
      const progress = checks.fields(family.progress, progressAt, `${what} progress`);
      progress.pointer('pointer');
      progress.oneOf('scale', PROGRESS_SCALES);
    }
  }
  if (!Array.isArray(family.result)) {
    checks.invalid(
      family.result === undefined ? at : [...at, 'result'],
      `${what} "result" must be a list of JSON pointers into the poll response.`,
    );
  } else {
    family.result.forEach((pointer, index) => {
      if (typeof pointer !== 'string' || !isPayloadPointer(pointer))
        checks.invalid(
          [...at, 'result', String(index)],
          `${what} result ${index} must be a JSON pointer ("" or "/a/b").`,
        );
    });
  }
  fields.pointer('error', true);
  checkStates(family.states, at, what, checks);
  fields.positiveInteger('intervalMs');
  fields.positiveInteger('timeoutMs');
  if (family.cancel !== undefined) {
    const cancelAt = [...at, 'cancel'];
    const cancel = checkTaskIdInput(family.cancel, cancelAt, `${what} cancel`, checks, operations, [
      'whenFinished',
    ]);
    if (cancel && isObject(family.cancel) && family.cancel.whenFinished !== undefined)
      checkWhenFinished(
        family.cancel.whenFinished,
        [...cancelAt, 'whenFinished'],
        checks,
        operations,
        cancel,
      );
  }
  if (family.lists !== undefined)
    checkLists(family.lists, [...at, 'lists'], what, checks, operations);
}

/**
 * `{operationId, param}`: the operation exists and takes `param` (path/query parameter or body
 * property). Returns the operation when it exists.
 */
export function checkTaskIdInput(
  value: JsonValue,
  at: Tokens,
  what: string,
  checks: ExtensionChecks,
  operations: OperationIndex,
  extraKeys: readonly string[] = [],
): IndexedOperation | undefined {
  if (!checks.object(value, at, what)) return undefined;
  checks.knownKeys(value, at, what, ['operationId', 'param', ...extraKeys]);
  const fields = checks.fields(value, at, what);
  const operationId = fields.string('operationId');
  const param = fields.string('param');
  if (operationId === undefined) return undefined;
  const operation = operations.get(operationId);
  if (!operation) {
    checks.invalid(
      [...at, 'operationId'],
      `${what} names operation "${operationId}", which does not exist.`,
    );
    return undefined;
  }
  if (param !== undefined && !operations.takesInput(operation, param)) {
    checks.invalid(
      [...at, 'param'],
      `${what}: operation "${operationId}" has no path/query parameter or top-level body property "${param}".`,
      `Declare "${param}" on ${operationId}, or name the input it does take.`,
    );
  }
  return operation;
}

function checkStates(
  states: JsonValue | undefined,
  at: Tokens,
  what: string,
  checks: ExtensionChecks,
): void {
  if (states === undefined) {
    checks.invalid(at, `${what} is missing "states".`);
    return;
  }
  const statesAt = [...at, 'states'];
  if (!checks.object(states, statesAt, `${what} states`)) return;
  checks.knownKeys(states, statesAt, `${what} states`, CANONICAL_STATES);
  const mapped = new Map<string, string>();
  for (const state of CANONICAL_STATES) {
    const values = states[state];
    if (values === undefined) {
      checks.invalid(
        statesAt,
        `${what} states is missing "${state}".`,
        'List every canonical state; use [] when the vendor has none.',
      );
      continue;
    }
    if (!Array.isArray(values)) {
      checks.invalid(
        [...statesAt, state],
        `${what} states "${state}" must be a list of vendor values.`,
      );
      continue;
    }
    values.forEach((vendorValue, index) => {
      const valueAt = [...statesAt, state, String(index)];
      if (vendorValue === null || typeof vendorValue === 'object') {
        checks.invalid(
          valueAt,
          `${what} states "${state}" values must be strings, numbers or booleans.`,
        );
        return;
      }
      const key = `${typeof vendorValue}:${String(vendorValue)}`;
      const first = mapped.get(key);
      if (first !== undefined) {
        checks.invalid(
          valueAt,
          `${what} maps the status value ${JSON.stringify(vendorValue)} twice (to "${first}" and "${state}").`,
          'Map each vendor status value to exactly one canonical state.',
        );
      } else mapped.set(key, state);
    });
  }
}

function checkLists(
  lists: JsonValue,
  at: Tokens,
  what: string,
  checks: ExtensionChecks,
  operations: OperationIndex,
): void {
  if (!Array.isArray(lists)) {
    checks.invalid(at, `${what} "lists" must be a list.`);
    return;
  }
  lists.forEach((entry, index) => {
    const entryAt = [...at, String(index)];
    const entryWhat = `${what} list ${index}`;
    if (!checks.object(entry, entryAt, entryWhat)) return;
    checks.knownKeys(entry, entryAt, entryWhat, ['operationId', 'items', 'ids']);
    const fields = checks.fields(entry, entryAt, entryWhat);
    const operationId = fields.string('operationId');
    if (operationId !== undefined && !operations.get(operationId)) {
      checks.invalid(
        [...entryAt, 'operationId'],
        `${entryWhat} names operation "${operationId}", which does not exist.`,
      );
    }
    fields.pointer('items');
    fields.pointer('ids', true);
  });
}
