/**
 * The generated SDK's public surface, computed from the IR: what a consumer's code names. A change
 * here breaks compiling code even when the wire is untouched (an operationId rename behind a pinned
 * `x-sdk-name` keeps the method but renames the `operations[…]` key and the MSW operation id).
 */
import type { ApiIr, OperationIr, SchemaIr } from '../ir/types.js';
import type { OperationPair } from './operations.js';
import { sdkCall } from './operations.js';
import type { FoundChange } from './types.js';
import { join } from '../util/json-pointer.js';
import { matchByKey } from './match.js';

type Report = (change: FoundChange) => void;

/** Public names one operation contributes to the SDK. */
export function operationSurface(op: OperationIr): Record<string, string> {
  const names: Record<string, string> = {
    'client method': sdkCall(op),
    'standalone function': op.names.function,
    'Params/Response types': `${op.names.typeStem}Params, ${op.names.typeStem}Response`,
    // The `operations` interface, the MSW `OperationId` union and the mock route table key on it.
    'operations key and MSW operation id': op.operationId,
    'paths key': `paths['${op.path}']['${op.method}']`,
  };
  // The poll operation of a task family also exports `<function>Task` and `<function>UntilDone`.
  if (op.taskRole?.role === 'poll')
    names['task helpers'] = `${op.names.function}Task, ${op.names.function}UntilDone`;
  for (const cb of op.callbacks) names[`callback ${cb.name} payload type`] = cb.typeName;
  return names;
}

export function compareOperationSurface({ base, head }: OperationPair, report: Report): void {
  const b = operationSurface(base);
  const h = operationSurface(head);
  for (const what of Object.keys(b)) {
    if (!(what in h)) {
      report({
        code: 'sdk-export-removed',
        level: 'breaking',
        message: `${what} ${b[what]} no longer exported`,
        side: 'base',
        pointer: base.source,
      });
    } else if (b[what] !== h[what]) {
      report({
        code: codeFor(what),
        level: 'breaking',
        message: `${what} ${b[what]} renamed to ${h[what]}`,
        side: 'head',
        pointer: pointerFor(what, head),
      });
    }
  }
  for (const what of Object.keys(h)) {
    if (!(what in b))
      report({
        code: 'sdk-export-added',
        level: 'non-breaking',
        message: `new ${what} ${h[what]}`,
        side: 'head',
        pointer: head.source,
        category: 'added',
      });
  }
}

/** Where a renamed export comes from: the operationId, the pinned `x-sdk-name` behind the client names, or the path. */
function pointerFor(what: string, op: OperationIr): string {
  if (what === 'paths key') return op.source;
  if (what === 'operations key and MSW operation id') return join(op.source, 'operationId');
  return join(op.source, 'x-sdk-name' in op.extensions ? 'x-sdk-name' : 'operationId');
}

function codeFor(what: string): string {
  if (what === 'client method') return 'sdk-method-renamed';
  if (what === 'standalone function') return 'sdk-function-renamed';
  if (what === 'operations key and MSW operation id') return 'sdk-operation-key-renamed';
  if (what === 'paths key') return 'sdk-paths-key-changed';
  if (what === 'task helpers') return 'sdk-task-helper-renamed';
  return 'sdk-type-renamed';
}

/** Exported component types and their members (object properties, union variants by name). */
export function compareExportedTypes(base: ApiIr, head: ApiIr, report: Report): void {
  const { pairs, removed, added } = matchByKey(base.schemas, head.schemas, (s) => s.name);
  for (const bs of removed) {
    report({
      code: 'sdk-type-removed',
      level: 'breaking',
      message: `exported type ${bs.typeName} removed`,
      side: 'base',
      pointer: bs.source,
    });
  }
  for (const [bs, hs] of pairs) {
    if (bs.typeName !== hs.typeName) {
      report({
        code: 'sdk-type-renamed',
        level: 'breaking',
        message: `exported type ${bs.typeName} renamed to ${hs.typeName}`,
        side: 'head',
        pointer: hs.source,
      });
    }
    const memberChanges = matchByKey(members(bs.schema), members(hs.schema), (m) => m);
    for (const m of memberChanges.removed)
      report({
        code: 'sdk-type-member-removed',
        level: 'breaking',
        message: `${hs.typeName}.${m} removed`,
        side: 'base',
        pointer: bs.source,
      });
    for (const m of memberChanges.added)
      report({
        code: 'sdk-type-member-added',
        level: 'non-breaking',
        message: `${hs.typeName}.${m} added`,
        side: 'head',
        pointer: hs.source,
        category: 'added',
      });
  }
  for (const hs of added) {
    report({
      code: 'sdk-type-added',
      level: 'non-breaking',
      message: `new exported type ${hs.typeName}`,
      side: 'head',
      pointer: hs.source,
      category: 'added',
    });
  }
}

function members(schema: SchemaIr): string[] {
  if (schema.kind === 'object') return schema.properties.map((p) => p.name);
  if (schema.kind === 'intersection') return schema.parts.flatMap(members);
  return [];
}
