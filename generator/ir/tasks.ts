/** `x-task-families` and `x-task` → task families, each submit's resolved poll, and the roles of polls, lists and cancels. */
import type {
  CanonicalTaskState,
  Json,
  OperationTaskIr,
  ProgressScale,
  NamedSchemaIr,
  TaskFamilyIr,
  TaskCancelIr,
  TaskIdInputIr,
  TaskListIr,
  TaskRoleIr,
} from './types.js';
import type { IrContext } from './context.js';
import type { OperationDraft } from './operations.js';
import { join } from '../util/json-pointer.js';
import { compareCodePoints as cmp } from '../util/compare.js';
import { copyJson } from './copy.js';

type Raw = Record<string, unknown>;

const STATES: CanonicalTaskState[] = ['queued', 'running', 'succeeded', 'failed', 'cancelled'];
const SCALES: ProgressScale[] = ['percent-string', 'percent', 'fraction'];

export interface TaskDecisions {
  families: TaskFamilyIr[];
  /** operationId → the submit's task data. */
  submits: Map<string, OperationTaskIr>;
  /** operationId → its role in a family. */
  roles: Map<string, TaskRoleIr>;
}

/** Where the operation takes the id: a path/query parameter or a top-level JSON body property. */
function idInput(
  ctx: IrContext,
  ops: Map<string, OperationDraft>,
  raw: unknown,
  pointer: string,
): TaskIdInputIr | undefined {
  const r = (raw ?? {}) as Raw;
  const op = typeof r.operationId === 'string' ? ops.get(r.operationId) : undefined;
  if (!op || typeof r.param !== 'string') {
    ctx.problem('extension-invalid', pointer, `needs an existing \`operationId\` and a \`param\``);
    return undefined;
  }
  const param = op.parameters.find(
    (p) => p.name === r.param && (p.in === 'path' || p.in === 'query'),
  );
  if (param)
    return { operationId: op.operationId, in: param.in as 'path' | 'query', name: param.name };
  const schema = op.requestBody?.contents.find((c) => c.kind === 'json')?.schema;
  if (schema) return { operationId: op.operationId, in: 'body', name: r.param };
  ctx.problem(
    'extension-invalid',
    join(pointer, 'param'),
    `${op.operationId} has no parameter or body property \`${r.param}\``,
  );
  return undefined;
}

/** Operations by id and component schemas by name: what following a task's pointers needs. */
export interface TaskLookup {
  operations: ReadonlyMap<string, OperationDraft>;
  schemas: ReadonlyMap<string, NamedSchemaIr>;
}

export function decideTasks(ctx: IrContext, drafts: OperationDraft[]): TaskDecisions {
  const ops = new Map(drafts.map((d) => [d.operationId, d]));
  const rawFamilies = (ctx.document['x-task-families'] ?? {}) as Raw;
  const families = new Map<string, TaskFamilyIr>();
  const roles = new Map<string, TaskRoleIr>();

  for (const name of Object.keys(rawFamilies).sort(cmp)) {
    const at = join('#/x-task-families', name);
    const raw = (rawFamilies[name] ?? {}) as Raw;
    const poll = idInput(ctx, ops, raw.poll, join(at, 'poll'));
    if (!poll || typeof raw.status !== 'string') {
      if (poll) ctx.problem('extension-invalid', at, 'a task family needs a `status` pointer');
      continue;
    }
    const rawStates = (raw.states ?? {}) as Raw;
    const states = {} as Record<CanonicalTaskState, Json[]>;
    for (const s of STATES)
      states[s] = Array.isArray(rawStates[s]) ? rawStates[s].map(copyJson) : [];
    const family: TaskFamilyIr = {
      name,
      poll,
      status: raw.status,
      result: Array.isArray(raw.result)
        ? raw.result.map(String)
        : typeof raw.result === 'string'
          ? [raw.result]
          : [],
      states,
      intervalMs: typeof raw.intervalMs === 'number' ? raw.intervalMs : 2000,
      timeoutMs: typeof raw.timeoutMs === 'number' ? raw.timeoutMs : 600_000,
      lists: [],
      submits: [],
      source: at,
    };
    if (typeof raw.title === 'string') family.title = raw.title;
    if (typeof raw.description === 'string') family.description = raw.description;
    if (typeof raw.error === 'string') family.error = raw.error;
    if (typeof raw.id === 'string') family.taskId = raw.id;
    const progress = raw.progress as Raw | undefined;
    if (progress && typeof progress.pointer === 'string') {
      const scale = SCALES.includes(progress.scale as ProgressScale)
        ? (progress.scale as ProgressScale)
        : 'percent';
      family.progress = { pointer: progress.pointer, scale };
    }
    if (raw.cancel) {
      const input = idInput(ctx, ops, raw.cancel, join(at, 'cancel'));
      if (input) {
        const cancel: TaskCancelIr = input;
        const finished = cancelFinished(ops.get(input.operationId)!, raw.cancel as Raw);
        if (finished) cancel.finished = finished;
        family.cancel = cancel;
        roles.set(cancel.operationId, { family: name, role: 'cancel' });
      }
    }
    (Array.isArray(raw.lists) ? raw.lists : []).forEach((l, i) => {
      const list = (l ?? {}) as Raw;
      if (typeof list.operationId !== 'string' || !ops.has(list.operationId)) {
        ctx.problem(
          'extension-invalid',
          join(at, 'lists', i),
          'a list needs an existing `operationId`',
        );
        return;
      }
      const entry: TaskListIr = {
        operationId: list.operationId,
        items: typeof list.items === 'string' ? list.items : '',
      };
      if (typeof list.ids === 'string') entry.ids = list.ids;
      family.lists.push(entry);
      roles.set(list.operationId, { family: name, role: 'list' });
    });
    roles.set(poll.operationId, { family: name, role: 'poll' });
    families.set(name, family);
  }

  const submits = new Map<string, OperationTaskIr>();
  for (const op of drafts) {
    const raw = op.extensions['x-task'] as Raw | undefined;
    if (!raw) continue;
    const at = join(op.source, 'x-task');
    const family = typeof raw.family === 'string' ? families.get(raw.family) : undefined;
    if (!family || typeof raw.id !== 'string') {
      ctx.problem(
        'extension-invalid',
        at,
        `x-task needs a declared \`family\` and an \`id\` pointer`,
      );
      continue;
    }
    const poll = raw.poll ? idInput(ctx, ops, raw.poll, join(at, 'poll')) : family.poll;
    if (!poll) continue;
    if (raw.poll) roles.set(poll.operationId, { family: family.name, role: 'poll' });
    family.submits.push(op.operationId);
    const task: OperationTaskIr = { family: family.name, id: raw.id, poll };
    const result = submitResult(ctx, family, raw.result, join(at, 'result'));
    if (result) task.result = result;
    submits.set(op.operationId, task);
  }
  narrowPollResults(families, submits, roles);
  return { families: [...families.values()], submits, roles };
}

/**
 * What a cancel of a finished task answers: `whenFinished` (a declared status, or the response
 * holding the named example; the loader reports one that names neither), else a declared 409.
 */
function cancelFinished(op: OperationDraft, raw: Raw): TaskCancelIr['finished'] {
  const named = raw.whenFinished;
  if (typeof named === 'string') {
    const holder = op.responses.find((r) =>
      r.contents.some((c) => c.examples.some((e) => e.name === named)),
    );
    return holder && { status: holder.status, example: named };
  }
  const status = typeof named === 'number' ? String(named) : '409';
  return op.responses.some((r) => r.status === status) ? { status } : undefined;
}

/** `x-task.result`: a subset of the family's result pointers (others are reported, then dropped). */
function submitResult(
  ctx: IrContext,
  family: TaskFamilyIr,
  raw: unknown,
  at: string,
): string[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const known = raw.filter((p): p is string => typeof p === 'string' && family.result.includes(p));
  if (known.length < raw.length)
    ctx.problem(
      'extension-invalid',
      at,
      `x-task result pointers must be among the family's: ${family.result.join(', ') || 'none'}`,
    );
  return known.length > 0 ? known : undefined;
}

/**
 * A poll reads the result pointers its submits fill: the union over them (family order), a
 * submit without `x-task.result` filling all. Recorded on the poll's role only when narrower.
 */
function narrowPollResults(
  families: ReadonlyMap<string, TaskFamilyIr>,
  submits: ReadonlyMap<string, OperationTaskIr>,
  roles: Map<string, TaskRoleIr>,
): void {
  const filled = new Map<string, Set<string>>();
  for (const task of submits.values()) {
    const family = families.get(task.family)!;
    const role = roles.get(task.poll.operationId);
    if (role?.role !== 'poll' || role.family !== family.name) continue;
    const set = filled.get(task.poll.operationId) ?? new Set<string>();
    for (const p of task.result ?? family.result) set.add(p);
    filled.set(task.poll.operationId, set);
  }
  for (const [pollId, set] of filled) {
    const role = roles.get(pollId)!;
    const all = families.get(role.family)!.result;
    if (set.size < all.length) role.result = all.filter((p) => set.has(p));
  }
}

/**
 * The result pointers a descriptor polling `family` through `poll` reads: the poll's own when its
 * submits fill only some of the family's, else the family's. Emitters of both SDKs use this.
 */
export function pollResultPointers(
  family: TaskFamilyIr,
  poll: { taskRole?: TaskRoleIr },
): string[] {
  const role = poll.taskRole;
  return role?.role === 'poll' && role.family === family.name && role.result
    ? role.result
    : family.result;
}
