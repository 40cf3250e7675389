/**
 * The docs emitter's use of a watch session's memo: what each per-operation and per-schema
 * output reads, and the lookup itself. Without a session every output is built.
 */
import type { EmitContext } from '../emit/types.js';
import type { OperationIr } from '../ir/types.js';
import { opTitle, type DocsModel } from '../emit/docs/model.js';

export interface DocsMemo {
  /** Key of an output built from one operation (undefined: no memo). */
  operation(op: OperationIr): string | undefined;
  /** Key of a schema's page: the schema, and the operations and schemas it lists as using it. */
  schema(
    name: string,
    usage?: { byOps: Map<string, string[]>; bySchemas: Map<string, string[]> },
  ): string | undefined;
  /** `build()`, or its result for the same `kind` (a path, a title…) and `key` in the last run. */
  file(key: string | undefined, kind: string, build: () => string): string;
}

export function docsMemo(ctx: EmitContext, model: DocsModel): DocsMemo {
  const memo = ctx.memo;
  if (!memo)
    return { operation: () => undefined, schema: () => undefined, file: (_k, _w, b) => b() };
  return {
    operation: (op) => memo.keys.operation(op.operationId),
    schema(name, usage) {
      const usedBy = usage && [
        (usage.byOps.get(name) ?? []).map((id) => [id, opTitle(model.ops.get(id)!)]),
        usage.bySchemas.get(name) ?? [],
      ];
      return `${memo.keys.schema(name)}:${JSON.stringify(usedBy ?? null)}`;
    },
    file: (key, kind, build) =>
      key === undefined ? build() : memo.get(`docs\0${kind}\0${key}`, build),
  };
}
