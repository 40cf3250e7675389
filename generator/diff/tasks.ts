/**
 * `x-task-families`: the SDK's task helpers poll, read the status at a pointer and map vendor
 * values to canonical states. A value that maps elsewhere (or nowhere) changes when
 * `…UntilDone()` resolves, so it breaks consumers even though no schema changed.
 */
import type { ApiIr, CanonicalTaskState, Json, TaskFamilyIr } from '../ir/types.js';
import type { FoundChange } from './types.js';
import { matchByKey } from './match.js';

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
  for (const [bf, hf] of pairs) compareFamily(bf, hf, reportFor(hf, head));
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

function compareFamily(b: TaskFamilyIr, h: TaskFamilyIr, report: Report): void {
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
    ['poll operation', b.poll, h.poll],
    ['cancel operation', b.cancel, h.cancel],
    ['list operations', b.lists, h.lists],
  ];
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
      message: `${h.name}: ${id} no longer returns a task of this family`,
      ...at,
    });
  for (const id of submits.added)
    report({
      code: 'task-submit-added',
      level: 'non-breaking',
      message: `${h.name}: ${id} now returns a task of this family`,
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
