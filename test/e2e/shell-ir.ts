/** The Shell spec through the real load and IR stages, with the client emitter's call plans: loaded once per test file. */
import { fileURLToPath } from 'node:url';
import { planOperation, type OperationPlan } from '../../generator/emit/surface/plan.js';
import { buildIr } from '../../generator/ir/index.js';
import type { ApiIr, OperationIr } from '../../generator/ir/types.js';
import { loadSpec } from '../../generator/load/index.js';
import type { JsonObject } from '../../generator/load/types.js';

export const SHELL_SPEC = fileURLToPath(new URL('../../spec/openapi.yaml', import.meta.url));
export const SDK_DIR = fileURLToPath(new URL('../../generated/sdk', import.meta.url));

export interface ShellIr {
  ir: ApiIr;
  /** The bundled OpenAPI document (every `source` pointer of the IR points into it). */
  document: JsonObject;
  plans: Map<string, OperationPlan>;
  byId: Map<string, OperationIr>;
}

let cached: Promise<ShellIr> | undefined;

export function loadShellIr(): Promise<ShellIr> {
  cached ??= (async () => {
    const loaded = await loadSpec(SHELL_SPEC);
    const { ir, problems } = buildIr(loaded);
    const errors = [...loaded.problems, ...problems].filter((p) => p.severity === 'error');
    if (errors.length > 0)
      throw new Error(errors.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
    const plans = new Map(ir.operations.map((op) => [op.operationId, planOperation(ir, op)]));
    return {
      ir,
      document: loaded.document,
      plans,
      byId: new Map(ir.operations.map((op) => [op.operationId, op])),
    };
  })();
  return cached;
}
