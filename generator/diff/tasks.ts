/**
 * `x-task-families`: the SDK's task helpers poll, read the status at a pointer and map vendor
 * values to canonical states. A value that maps elsewhere (or nowhere) changes when
 * `…UntilDone()` resolves, so it breaks consumers even though no schema changed.
 */
import type {
  ApiIr,
  CanonicalTaskState,
  Json,
  OperationIr,
  TaskFamilyIr,
  TaskIdInputIr,
} from '../ir/types.js';
import { join } from '../util/json-pointer.js';
import type { FoundChange } from './types.js';
import { matchByKey } from './match.js';
import { sdkCall } from './operations.js';

type Report = (change: FoundChange) => void;

/** Reports a family's changes against the operation that polls it (the call whose helpers change). */
export type FamilyReporter = (family: TaskFamilyIr, ir: ApiIr) => Report;

export function compareTaskFamilies(base: ApiIr, head: ApiIr, reportFor: FamilyReporter): void {
  const { pairs, removed, added } = matchByKey(base.taskFamilies, head.taskFamilies, (f) => f.name);
  for (const bf of removed)
    reportFor(
      bf,
      base,
    )({
      code: 'task-family-removed',
      level: 'breaking',
      message: `task family ${bf.name} removed (its task helpers are gone)`,
      side: 'base',
      pointer: bf.source,
    });
  for (const [bf, hf] of pairs) compareFamily({ base, head }, bf, hf, reportFor(hf, head));
  for (const hf of added)
    reportFor(
      hf,
      head,
    )({
      code: 'task-family-added',
      level: 'non-breaking',
      message: `new task family ${hf.name}`,
      side: 'head',
      pointer: hf.source,
      category: 'added',
    });
}

function stateOf(family: TaskFamilyIr): Map<string, CanonicalTaskState> {
  const out = new Map<string, CanonicalTaskState>();
  for (const [state, values] of Object.entries(family.states) as [CanonicalTaskState, Json[]][]) {
    for (const v of values) out.set(JSON.stringify(v), state);
  }
  return out;
}

/**
 * Where a poll or cancel takes the task id, as the helpers send it: a path parameter by its place
 * in the path (a renamed one is the same input, as wire.ts pairs it), else by name.
 */
function idInput(ir: ApiIr, input: TaskIdInputIr | undefined): string | undefined {
  if (!input) return undefined;
  const op = ir.operations.find((o) => o.operationId === input.operationId);
  const at = op ? [...op.path.matchAll(/\{([^}]*)\}/g)].findIndex((m) => m[1] === input.name) : -1;
  return JSON.stringify(
    input.in === 'path' && at >= 0
      ? { operationId: input.operationId, in: 'path', position: at }
      : input,
  );
}

function compareFamily(
  ir: { base: ApiIr; head: ApiIr },
  b: TaskFamilyIr,
  h: TaskFamilyIr,
  report: Report,
): void {
  const at = { side: 'head' as const, pointer: h.source };
  const bs = stateOf(b);
  const hs = stateOf(h);
  for (const [value, state] of bs) {
    const now = hs.get(value);
    if (now === undefined)
      report({
        code: 'task-state-value-removed',
        level: 'breaking',
        message: `${h.name}: status ${value} no longer maps to ${state}`,
        ...at,
      });
    else if (now !== state)
      report({
        code: 'task-state-mapping-changed',
        level: 'breaking',
        message: `${h.name}: status ${value} maps to ${now} instead of ${state}`,
        ...at,
      });
  }
  for (const [value, state] of hs) {
    if (!bs.has(value))
      report({
        code: 'task-state-value-added',
        level: 'non-breaking',
        message: `${h.name}: status ${value} now maps to ${state}`,
        ...at,
        category: 'added',
      });
  }
  const pointers: [string, unknown, unknown][] = [
    ['status pointer', b.status, h.status],
    ['result pointers', b.result, h.result],
    ['error pointer', b.error, h.error],
    ['progress', b.progress, h.progress],
    ['task id pointer', b.taskId, h.taskId],
    ['list operations', b.lists, h.lists],
  ];
  const inputs: [string, TaskIdInputIr | undefined, TaskIdInputIr | undefined][] = [
    ['poll operation', b.poll, h.poll],
    ['cancel operation', b.cancel, h.cancel],
  ];
  for (const [what, bv, hv] of inputs)
    if (idInput(ir.base, bv) !== idInput(ir.head, hv)) pointers.push([what, bv, hv]);
  for (const [what, bv, hv] of pointers) {
    if (JSON.stringify(bv) !== JSON.stringify(hv)) {
      report({
        code: 'task-mapping-changed',
        level: 'breaking',
        message: `${h.name}: ${what} ${JSON.stringify(bv) ?? '(none)'} → ${JSON.stringify(hv) ?? '(none)'}`,
        ...at,
      });
    }
  }
  const submits = matchByKey(b.submits, h.submits, (id) => id);
  for (const id of submits.removed)
    report({
      code: 'task-submit-removed',
      level: 'breaking',
      message: `${h.name}: ${callOf(ir.base, id)} no longer returns a task of this family`,
      ...at,
    });
  for (const id of submits.added)
    report({
      code: 'task-submit-added',
      level: 'non-breaking',
      message: `${h.name}: ${callOf(ir.head, id)} now returns a task of this family`,
      ...at,
      category: 'added',
    });
  if (b.intervalMs !== h.intervalMs || b.timeoutMs !== h.timeoutMs) {
    report({
      code: 'task-timing-changed',
      level: 'non-breaking',
      message: `${h.name}: poll interval/timeout ${b.intervalMs}/${b.timeoutMs} ms → ${h.intervalMs}/${h.timeoutMs} ms`,
      ...at,
      category: 'changed',
    });
  }
}

/**
 * A submit's own `x-task`: where its response holds the task id, which poll it uses, which of the
 * family's result pointers its task fills (what `…AndWait` returns). Each changes what the helper
 * reads. A submit moving to another family shows as the families' submits.
 */
export function compareOperationTask(
  ir: { base: ApiIr; head: ApiIr },
  b: OperationIr,
  h: OperationIr,
  report: Report,
): void {
  const bt = b.task;
  const ht = h.task;
  if (!bt || !ht || bt.family !== ht.family) return;
  const facts: [string, unknown, unknown][] = [
    ['task id pointer', bt.id, ht.id],
    ['result pointers', bt.result, ht.result],
  ];
  // The family's poll on both sides is the family's entry; only a submit's own one is its own.
  const familyPoll = (side: ApiIr) =>
    idInput(side, side.taskFamilies.find((f) => f.name === bt.family)?.poll);
  const [bp, hp] = [idInput(ir.base, bt.poll), idInput(ir.head, ht.poll)];
  if (bp !== hp && !(bp === familyPoll(ir.base) && hp === familyPoll(ir.head)))
    facts.push(['poll operation', bt.poll, ht.poll]);
  for (const [what, bv, hv] of facts) {
    if (JSON.stringify(bv) === JSON.stringify(hv)) continue;
    report({
      code: 'task-mapping-changed',
      level: 'breaking',
      message: `${sdkCall(h)} (x-task): ${what} ${shown(bv)} → ${shown(hv)}`,
      side: 'head',
      pointer: join(h.source, 'x-task'),
    });
  }
}

/** A submit named as the consumer calls it (`sdkCall`), on the side that lists it. */
function callOf(ir: ApiIr, operationId: string): string {
  const op = ir.operations.find((o) => o.operationId === operationId);
  return op ? sdkCall(op) : operationId;
}

/** Absent in `x-task`: the family's own (result pointers). */
function shown(value: unknown): string {
  return value === undefined ? "(the family's)" : JSON.stringify(value);
}
