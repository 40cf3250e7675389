/**
 * Content keys of the IR pieces an emitter's per-operation or per-schema output reads: equal keys,
 * equal output (emitters are pure functions of the IR). A one-operation edit changes that
 * operation's key; the keys every output shares (schemas, the document's other parts, the list of
 * operations and their names) change only when those change, and then everything is built again.
 */
import { createHash } from 'node:crypto';
import type { ApiIr, OperationIr } from '../ir/types.js';

export interface IrKeys {
  /** What every output may read: the named schemas, the document's non-operation parts, each operation's identity. */
  readonly shared: string;
  /** What the output of one operation reads: `shared`, the operation, and the operations it works with (its task family). */
  operation(operationId: string): string;
  /** Every operation in a task family or with callbacks, as one piece (what task helpers read). */
  readonly related: string;
  /** What the output of one named schema reads beyond `shared` (its usage, titles…, the caller adds). */
  schema(name: string): string;
}

/** A short content key of a JSON-serialisable value (the watch memo's keys; not a security hash). */
export function contentKey(value: unknown): string {
  return createHash('sha1').update(JSON.stringify(value)).digest('base64');
}

/** Keys of frozen IR objects: one kept from the last build (ir/reuse.ts) is not serialised again. */
const frozenKeys = new WeakMap<object, string>();

/**
 * `contentKey(value)` where the frozen objects inside stand for their own content keys: a
 * document holding the kept JSON Schemas of unchanged components is not serialised whole again.
 */
export function keyWithFrozenParts(value: unknown): string {
  return createHash('sha1')
    .update(
      JSON.stringify(value, (_key, member: unknown) => {
        return member !== value &&
          member !== null &&
          typeof member === 'object' &&
          Object.isFrozen(member)
          ? { '\0frozen': irPieceKey(member) }
          : member;
      }),
    )
    .digest('base64');
}

export function irPieceKey(value: object): string {
  if (!Object.isFrozen(value)) return contentKey(value);
  let key = frozenKeys.get(value);
  if (key === undefined) frozenKeys.set(value, (key = contentKey(value)));
  return key;
}

/** An operation's place among the others: its page stem, links, family and SDK names. */
function identity(op: OperationIr): unknown {
  return [op.operationId, op.method, op.path, op.tag, op.names];
}

/** The task family an operation submits to, polls, lists or cancels. */
function familyOf(op: OperationIr): string | undefined {
  return op.task?.family ?? op.taskRole?.family;
}

/**
 * Outputs of an operation in a task family read the family's other operations (its poll, its
 * submits' examples); outputs of one with callbacks read every task and callback (receivers).
 */
function readsAll(op: OperationIr): boolean {
  return op.callbacks.length > 0;
}

const cache = new WeakMap<ApiIr, IrKeys>();

export function irKeys(ir: ApiIr): IrKeys {
  const known = cache.get(ir);
  if (known) return known;
  const ops = new Map(ir.operations.map((op) => [op.operationId, irPieceKey(op)]));
  const schemas = new Map(ir.schemas.map((s) => [s.name, irPieceKey(s)]));
  const { operations, schemas: _schemas, specHash: _specHash, ...document } = ir;
  const shared = contentKey([document, operations.map(identity), [...schemas.values()]]);
  const groupHash = (members: OperationIr[]): string =>
    contentKey(members.map((op) => ops.get(op.operationId)));
  const related = groupHash(operations.filter((op) => familyOf(op) !== undefined || readsAll(op)));
  const families = new Map<string, OperationIr[]>();
  for (const op of operations) {
    const family = familyOf(op);
    if (family === undefined) continue;
    const members = families.get(family);
    if (members) members.push(op);
    else families.set(family, [op]);
  }
  const familyHash = new Map([...families].map(([name, members]) => [name, groupHash(members)]));
  const byId = new Map(operations.map((op) => [op.operationId, op]));
  const keys: IrKeys = {
    shared,
    related,
    operation(operationId) {
      const op = ops.get(operationId);
      if (op === undefined) throw new Error(`irKeys: no operation ${operationId}`);
      const it = byId.get(operationId)!;
      const family = familyOf(it);
      const others = readsAll(it) ? related : family !== undefined ? familyHash.get(family) : '';
      // A submit's own poll may be outside its family.
      const poll = it.task ? ops.get(it.task.poll.operationId) : '';
      return `${shared}:${op}:${others}:${poll}`;
    },
    schema(name) {
      const schema = schemas.get(name);
      if (schema === undefined) throw new Error(`irKeys: no schema ${name}`);
      return `${shared}:${schema}`;
    },
  };
  cache.set(ir, keys);
  return keys;
}
