/**
 * A watch session's memo of emitter outputs (generator/incremental/memo.ts, ir-keys.ts): what it
 * keeps, what it drops, and which IR changes change which keys.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';
import type { ApiIr } from '../../generator/ir/types.js';
import type { EmitContext } from '../../generator/emit/types.js';
import { createMemoStore, keepMemo, runMemo } from '../../generator/incremental/memo.js';
import { irKeys } from '../../generator/incremental/ir-keys.js';
import { operationPlans, planOperation } from '../../generator/emit/surface/plan.js';

const REPO = path.resolve(import.meta.dirname, '../..');
const CTX: EmitContext = {
  templates: new Map(),
  generator: { name: 't', version: '0' },
  packageName: 'p',
};

let ir: ApiIr;
beforeAll(async () => {
  ir = buildIr(await loadSpec(path.join(REPO, 'spec/openapi.yaml'))).ir;
});

function edited(edit: (ir: ApiIr) => void): ApiIr {
  const copy = structuredClone(ir);
  edit(copy);
  return copy;
}

describe('emitter memo', () => {
  it('reuses what the last successful run used, and nothing it did not use', () => {
    const store = createMemoStore();
    let built = 0;
    const build = (v: string) => () => (built++, v);
    let memo = runMemo(store, ir, CTX);
    expect(memo.get('a', build('A'))).toBe('A');
    expect(memo.get('b', build('B'))).toBe('B');
    expect(memo.get('a', build('other'))).toBe('A');
    keepMemo(store);
    memo = runMemo(store, ir, CTX);
    expect(memo.get('a', build('A2'))).toBe('A'); // kept
    keepMemo(store); // `b` unused this run: dropped
    memo = runMemo(store, ir, CTX);
    expect(memo.get('b', build('B2'))).toBe('B2');
    expect(built).toBe(3);
  });

  it('a failed run (no keepMemo) leaves nothing, and a new version is a new scope', () => {
    const store = createMemoStore();
    runMemo(store, ir, CTX).get('a', () => 'A');
    expect(runMemo(store, ir, CTX).get('a', () => 'again')).toBe('again');
    keepMemo(store);
    const released = runMemo(store, ir, { ...CTX, releaseVersion: '2.0.0' });
    expect(released.get('a', () => 'released')).toBe('released');
  });

  it("an operation's prose changes its own key only; a schema changes every key", () => {
    const plain = ir.operations.find((o) => !o.task && !o.taskRole && o.callbacks.length === 0)!;
    const other = ir.operations.find(
      (o) => o !== plain && !o.task && !o.taskRole && o.callbacks.length === 0,
    )!;
    const before = irKeys(ir);
    const prose = irKeys(
      edited((c) => {
        c.operations.find((o) => o.operationId === plain.operationId)!.summary = 'Edited';
      }),
    );
    expect(prose.shared).toBe(before.shared);
    expect(prose.operation(plain.operationId)).not.toBe(before.operation(plain.operationId));
    expect(prose.operation(other.operationId)).toBe(before.operation(other.operationId));
    expect(prose.schema(ir.schemas[0]!.name)).toBe(before.schema(ir.schemas[0]!.name));

    const schema = irKeys(
      edited((c) => {
        c.schemas[0]!.schema.description = 'Edited';
      }),
    );
    expect(schema.shared).not.toBe(before.shared);
    expect(schema.operation(other.operationId)).not.toBe(before.operation(other.operationId));
  });

  it("an edit of an operation in a task family changes its family's keys, not another family's", () => {
    const familyOf = (o: ApiIr['operations'][number]) => o.task?.family ?? o.taskRole?.family;
    const edited0 = ir.operations.find((o) => o.task && o.callbacks.length === 0)!;
    const family = ir.operations.filter((o) => familyOf(o) === familyOf(edited0));
    const elsewhere = ir.operations.filter(
      (o) => familyOf(o) && familyOf(o) !== familyOf(edited0) && o.callbacks.length === 0,
    );
    expect(family.length).toBeGreaterThan(1);
    expect(elsewhere.length).toBeGreaterThan(0);
    const before = irKeys(ir);
    const after = irKeys(
      edited((c) => {
        c.operations.find((o) => o.operationId === edited0.operationId)!.summary = 'Edited';
      }),
    );
    for (const op of family)
      expect(after.operation(op.operationId)).not.toBe(before.operation(op.operationId));
    for (const op of elsewhere)
      if (op.task?.poll.operationId !== edited0.operationId)
        expect(after.operation(op.operationId)).toBe(before.operation(op.operationId));
    expect(after.related).not.toBe(before.related);
  });

  it("an operation's TypeScript plan is the last run's while its key holds, with the current operation", () => {
    const store = createMemoStore();
    const first = operationPlans(ir, runMemo(store, ir, CTX));
    keepMemo(store);
    const plain = ir.operations.find((o) => !o.task && !o.taskRole && o.callbacks.length === 0)!;
    const other = ir.operations.find(
      (o) => o !== plain && !o.task && !o.taskRole && o.callbacks.length === 0,
    )!;
    const next = edited((c) => {
      c.operations.find((o) => o.operationId === plain.operationId)!.summary = 'Edited';
    });
    const second = operationPlans(next, runMemo(store, next, CTX));
    const nextOf = (id: string) => next.operations.find((o) => o.operationId === id)!;
    // Unchanged: the kept plan's parts, under this run's operation object.
    expect(second.get(other.operationId)!.op).toBe(nextOf(other.operationId));
    expect(second.get(other.operationId)!.fields).toBe(first.get(other.operationId)!.fields);
    // Edited: planned again, equal to a plan made from scratch.
    expect(second.get(plain.operationId)!.fields).not.toBe(first.get(plain.operationId)!.fields);
    expect(second.get(plain.operationId)).toEqual(planOperation(next, nextOf(plain.operationId)));
  });
});
