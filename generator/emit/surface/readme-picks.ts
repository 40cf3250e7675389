/**
 * Which operation each SDK README shows an upload and a binary result with: one rule, so the
 * TypeScript and Python READMEs demonstrate the same call.
 */
import type { ApiIr, OperationIr } from '../../ir/types.js';
import { operationPlans, type OperationPlan } from './plan.js';

/** The first operation whose multipart body has a file field. */
export function uploadExampleOp(
  ir: ApiIr,
  plans: ReadonlyMap<string, OperationPlan> = operationPlans(ir),
): OperationIr | undefined {
  return ir.operations.find((o) => {
    const body = plans.get(o.operationId)?.body;
    return body?.kind === 'multipart' && body.fileFields.length > 0;
  });
}

/** The first operation that answers bytes. */
export function binaryExampleOp(
  ir: ApiIr,
  plans: ReadonlyMap<string, OperationPlan> = operationPlans(ir),
): OperationIr | undefined {
  return ir.operations.find((o) => plans.get(o.operationId)?.response.kind === 'binary');
}
