/**
 * Task lifecycles are only as good as their pointers: a typo in `status` or a vendor value missing
 * from `states` would make every `…AndWait` poll until its time budget. So each pointer is followed
 * into the response schema it names, and the status values are compared with the status enum.
 */
import type { SchemaIr, TaskFamilyIr } from './types.js';
import type { IrContext } from './context.js';
import { successResponse, successSchema, type OperationDraft } from './operations.js';
import type { TaskDecisions, TaskLookup } from './tasks.js';
import { schemaAtPointer, schemasAtPointer } from './schema-path.js';
import { join } from '../util/json-pointer.js';

/** Every value a status field may take (union of its alternatives' enums, or both booleans), or undefined when any alternative is open. */
function statusValues(alternatives: SchemaIr[]): unknown[] | undefined {
  const values: unknown[] = [];
  for (const s of alternatives) {
    if (s.kind === 'boolean') values.push(true, false);
    else if ((s.kind === 'string' || s.kind === 'integer' || s.kind === 'number') && s.enum)
      values.push(...s.enum);
    else if (s.kind !== 'null') return undefined;
  }
  return values;
}

/** The client's matching rule (templates/client/progress.ts): equal, else equal as case-insensitive text. */
export function sameStatus(a: unknown, b: unknown): boolean {
  return a === b || String(a).toLowerCase() === String(b).toLowerCase();
}

export function checkTaskPointers(
  ctx: IrContext,
  tasks: TaskDecisions,
  { operations: ops, schemas: byName }: TaskLookup,
): void {
  const expect = (
    schema: SchemaIr | undefined,
    pointer: string,
    at: string,
    what: string,
  ): SchemaIr | undefined => {
    if (!schema) return undefined; // no JSON schema to check against (the loader reports missing operations)
    const found = schemaAtPointer(schema, pointer, byName);
    if (!found)
      ctx.problem(
        'task-pointer-unresolved',
        at,
        `${what} ${pointer || '(root)'} is not a field of the response schema`,
        'point at a field the response declares',
      );
    return found;
  };

  for (const family of tasks.families) {
    const at = family.source;
    // Each poll, with where the spec names it (the family's, else the first submit overriding it).
    const polls = new Map([[family.poll.operationId, join(at, 'poll')]]);
    for (const id of family.submits) {
      const pollId = tasks.submits.get(id)!.poll.operationId;
      if (!polls.has(pollId)) polls.set(pollId, join(ops.get(id)!.source, 'x-task', 'poll'));
    }
    for (const [pollId, named] of polls) {
      if (!answersJson(ctx, ops.get(pollId), named)) continue;
      const poll = successSchema(ops.get(pollId));
      const status = expect(poll, family.status, join(at, 'status'), `status of ${pollId}`);
      if (status && poll)
        checkStates(
          ctx,
          family,
          statusValues(schemasAtPointer(poll, family.status, byName)),
          pollId,
        );
      if (family.progress)
        expect(
          poll,
          family.progress.pointer,
          join(at, 'progress', 'pointer'),
          `progress of ${pollId}`,
        );
      family.result.forEach((p, i) =>
        expect(poll, p, join(at, 'result', i), `result of ${pollId}`),
      );
      if (family.error) expect(poll, family.error, join(at, 'error'), `error of ${pollId}`);
      if (family.taskId) expect(poll, family.taskId, join(at, 'id'), `task id of ${pollId}`);
    }
    family.lists.forEach((list, i) => {
      const items = expect(
        successSchema(ops.get(list.operationId)),
        list.items,
        join(at, 'lists', i, 'items'),
        `items of ${list.operationId}`,
      );
      if (items && items.kind !== 'array' && items.kind !== 'any') {
        ctx.problem(
          'task-pointer-unresolved',
          join(at, 'lists', i, 'items'),
          `items of ${list.operationId} must point at an array`,
        );
      }
    });
  }
  for (const [id, task] of tasks.submits) {
    const submit = ops.get(id)!;
    expect(successSchema(submit), task.id, join(submit.source, 'x-task', 'id'), `task id of ${id}`);
  }
}

/**
 * A poll must answer JSON: its status is read at a pointer into the body, so from any other body
 * (or none) every `…AndWait` would see no status and poll until its time budget.
 */
function answersJson(ctx: IrContext, poll: OperationDraft | undefined, at: string): boolean {
  const response = poll && successResponse(poll);
  if (!poll || response?.contents.some((c) => c.kind === 'json')) return true;
  const types = response?.contents.map((c) => c.mediaType).join(', ');
  ctx.problem(
    'task-pointer-unresolved',
    at,
    `poll ${poll.operationId} answers ${types ? `${types}, not JSON` : 'no body'}: the task's status cannot be read from it`,
    'poll with an operation whose success response is JSON',
  );
  return false;
}

function checkStates(
  ctx: IrContext,
  family: TaskFamilyIr,
  values: unknown[] | undefined,
  pollId: string,
): void {
  const at = join(family.source, 'states');
  const mapped = Object.values(family.states).flat();
  if (values === undefined) return; // an open string: nothing to compare with
  for (const v of mapped) {
    if (!values.some((x) => sameStatus(x, v)))
      ctx.problem(
        'task-state-unknown',
        at,
        `${JSON.stringify(v)} is mapped but is not a status value of ${pollId} (${values.map((x) => JSON.stringify(x)).join(', ')})`,
      );
  }
  for (const v of values) {
    if (!mapped.some((m) => sameStatus(m, v))) {
      ctx.problem(
        'task-state-unmapped',
        at,
        `status value ${JSON.stringify(v)} of ${pollId} is not mapped to a canonical state`,
        'add it to one of queued, running, succeeded, failed, cancelled',
      );
    }
  }
}
