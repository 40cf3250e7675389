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
  /** What the output of one operation reads: `shared`, the operation, and the operations it works with. */
  operation(operationId: string): string;
  /** The operations in task families or with callbacks, as one piece (they read each other). */
  readonly related: string;
  /** What the output of one named schema reads beyond `shared` (its usage, titles…, the caller adds). */
  schema(name: string): string;
}

function hash(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}

/** An operation's place among the others: its page stem, links, family and SDK names. */
function identity(op: OperationIr): unknown {
  return [op.operationId, op.method, op.path, op.tag, op.names];
}

/**
 * Outputs of an operation in a task family or with callbacks read the other such operations
 * (polls, submits, receivers): those operations count as one piece.
 */
function readsOthers(op: OperationIr): boolean {
  return op.task !== undefined || op.taskRole !== undefined || op.callbacks.length > 0;
}

const cache = new WeakMap<ApiIr, IrKeys>();

export function irKeys(ir: ApiIr): IrKeys {
  const known = cache.get(ir);
  if (known) return known;
  const ops = new Map(ir.operations.map((op) => [op.operationId, hash(JSON.stringify(op))]));
  const schemas = new Map(ir.schemas.map((s) => [s.name, hash(JSON.stringify(s))]));
  const { operations, schemas: _schemas, specHash: _specHash, ...document } = ir;
  const shared = hash(
    JSON.stringify([document, operations.map(identity), [...schemas.values()], ir.webhooks]),
  );
  const relating = new Set(operations.filter(readsOthers).map((op) => op.operationId));
  const related = hash(JSON.stringify([...relating].map((id) => ops.get(id))));
  const keys: IrKeys = {
    shared,
    related,
    operation(operationId) {
      const op = ops.get(operationId);
      if (op === undefined) throw new Error(`irKeys: no operation ${operationId}`);
      return `${shared}:${op}${relating.has(operationId) ? `:${related}` : ''}`;
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
