/** Pairs base and head operations: by method and path shape, then by operationId for a moved path. */
import type { ApiIr, OperationIr } from '../ir/types.js';

export interface OperationPair {
  base: OperationIr;
  head: OperationIr;
}

export interface OperationMatch {
  pairs: OperationPair[];
  removed: OperationIr[];
  added: OperationIr[];
}

/** `get /items/{}`: a renamed path parameter is the same endpoint on the wire. */
export function wireKey(op: OperationIr): string {
  return `${op.method} ${op.path.replace(/\{[^}]*\}/g, '{}')}`;
}

export function matchOperations(base: ApiIr, head: ApiIr): OperationMatch {
  const headByKey = new Map(head.operations.map((op) => [wireKey(op), op]));
  const pairs: OperationPair[] = [];
  const used = new Set<OperationIr>();
  const unmatched: OperationIr[] = [];
  for (const op of base.operations) {
    const other = headByKey.get(wireKey(op));
    if (other && !used.has(other)) {
      pairs.push({ base: op, head: other });
      used.add(other);
    } else unmatched.push(op);
  }
  const removed: OperationIr[] = [];
  for (const op of unmatched) {
    const other = head.operations.find((h) => !used.has(h) && h.operationId === op.operationId);
    if (other) {
      pairs.push({ base: op, head: other });
      used.add(other);
    } else removed.push(op);
  }
  return {
    pairs,
    removed,
    added: head.operations.filter((op) => !used.has(op)),
  };
}

/** What a consumer writes: `client.runway.tasks.retrieve()`; `args` spells its arguments. */
export function sdkCall(op: OperationIr, args = ''): string {
  return `client.${[...op.names.resource, op.names.method].join('.')}(${args})`;
}
