/**
 * A watch session keeps the mock route table's entries and the Python methods of unchanged
 * operations (emit/surface/mock-routes.ts, emit/python/index.ts): after an edit, only the edited
 * operation's are built again, and the files are byte for byte those of a run without a memo,
 * also when the edit changes what other operations read (their error shape owner).
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';
import type { ApiIr } from '../../generator/ir/types.js';
import type { EmitContext, VirtualFile } from '../../generator/emit/types.js';
import {
  createMemoStore,
  keepMemo,
  runMemo,
  type EmitMemo,
  type MemoStore,
} from '../../generator/incremental/memo.js';
import { emitMock } from '../../generator/emit/mock/index.js';
import { emitPython } from '../../generator/emit/python/index.js';
import { createMockRoutes, sharedMockRoutes } from '../../generator/emit/surface/mock-routes.js';

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

const plain = (ir: ApiIr) =>
  ir.operations.filter((o) => !o.task && !o.taskRole && o.callbacks.length === 0);

/** The run's memo, recording the keys it had to compute. */
function counted(store: MemoStore, ir: ApiIr, computed: string[]): EmitMemo {
  const memo = runMemo(store, ir, CTX);
  return {
    keys: memo.keys,
    carried: (name) => memo.carried(name),
    carry: (name, value) => memo.carry(name, value),
    get: (key, compute) =>
      memo.get(key, () => {
        computed.push(key);
        return compute();
      }),
  };
}

async function emit(ir: ApiIr, memo?: EmitMemo): Promise<VirtualFile[]> {
  const ctx = memo ? { ...CTX, memo } : CTX;
  return [...(await emitMock(ir, ctx)), ...(await emitPython(ir, ctx))];
}

/** A session's first run on `ir`, kept; then its run on `next`: the files, and the keys computed again. */
async function session(
  next: ApiIr,
  base = ir,
): Promise<{ files: VirtualFile[]; computed: string[] }> {
  const store = createMemoStore();
  await emit(base, runMemo(store, base, CTX));
  keepMemo(store);
  const computed: string[] = [];
  const files = await emit(next, counted(store, next, computed));
  return { files, computed };
}

describe('watch memo of the mock route table and the Python methods', () => {
  it('a one-operation edit builds that operation again, and nothing else of its kind', async () => {
    const target = plain(ir)[0]!;
    const other = plain(ir)[1]!;
    const next = edited((c) => {
      c.operations.find((o) => o.operationId === target.operationId)!.summary = 'Edited';
    });
    const { files, computed } = await session(next);
    expect(files).toEqual(await emit(next));

    const key = runMemo(createMemoStore(), next, CTX).keys.operation(target.operationId);
    const perOperation = computed.filter((k) =>
      /^(mock-route|mock-route-text|python:plan-code|python:response)\0/.test(k),
    );
    // Its entry and the entry's text; its answer's reading; its methods' and constant's texts.
    expect(perOperation).toHaveLength(4);
    for (const k of perOperation) expect(k).toContain(key);
    // The modules of types: the operation adds the same definitions as before.
    expect(computed.filter((k) => k.startsWith('python:module\0'))).toEqual([]);
    // Unchanged: the last run's entry (its parts the very same objects).
    const index = ir.operations.findIndex((o) => o.operationId === other.operationId);
    const first = sharedMockRoutes(ir).operations[index]!;
    const second = sharedMockRoutes(next).operations[index]!;
    expect(second.parameters).toBe(first.parameters);
    expect(second.responses).toBe(first.responses);
    const edited0 = ir.operations.findIndex((o) => o.operationId === target.operationId);
    expect(sharedMockRoutes(next).operations[edited0]!.responses).not.toBe(
      sharedMockRoutes(ir).operations[edited0]!.responses,
    );
  });

  it("an edit that moves an unchanged operation's error shape owner gives the files of a run without memo", async () => {
    const withoutErrors = (c: ApiIr, id: string): void => {
      const op = c.operations.find((o) => o.operationId === id)!;
      op.responses = op.responses.filter((r) => !r.isError && r.status !== 'default');
    };
    // `borrower` declares no JSON errors: it answers with the shape of its nearest owner's…
    const borrower = plain(ir)[2]!.operationId;
    const base = edited((c) => withoutErrors(c, borrower));
    const at = base.operations.findIndex((o) => o.operationId === borrower);
    // (Not `sharedMockRoutes`: the session's first run must build the table of `base` itself.)
    const owner = createMockRoutes(base).operations[at]!.errorShape!;
    expect(owner).toBeDefined();
    expect(owner).not.toBe(borrower);
    // …and borrows another's once that one declares none either, its own entry unchanged.
    const next = structuredClone(base);
    withoutErrors(next, owner);
    const { files, computed } = await session(next, base);
    expect(files).toEqual(await emit(next));
    const moved = sharedMockRoutes(next).operations[at]!.errorShape;
    expect(moved).not.toBe(owner);
    const key = runMemo(createMemoStore(), next, CTX).keys.operation(borrower);
    expect(computed.some((k) => k.startsWith('mock-route\0') && k.includes(key))).toBe(false);
  });

  it('a task operation edit gives the files of a run without memo', async () => {
    const submit = ir.operations.find((o) => o.task)!;
    const next = edited((c) => {
      c.operations.find((o) => o.operationId === submit.operationId)!.summary = 'Edited';
    });
    expect((await session(next)).files).toEqual(await emit(next));
  });
});
