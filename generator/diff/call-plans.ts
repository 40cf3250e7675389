/**
 * Both SDKs' plans of one operation, read from the plans the SDK emitters themselves read
 * (`planOperation` for TypeScript, the Python method plans), and how messages spell each call.
 */
import type { ApiIr, OperationIr } from '../ir/types.js';
import { planOperation, type OperationPlan } from '../emit/surface/plan.js';
import { pythonCallPlans } from '../emit/surface/python-plans.js';
import { methodPath, type MethodPlan } from '../emit/surface/python-plan.js';
import { PythonEmitError } from '../emit/surface/python-types.js';
import { sdkCall } from './operations.js';

/** Both SDKs' plans of one operation. */
export interface CallPlans {
  ts: OperationPlan;
  /** Absent when the Python SDK cannot be planned for this spec (generate reports why). */
  py?: MethodPlan;
}

export function callPlans(ir: ApiIr, op: OperationIr): CallPlans {
  return { ts: planOperation(ir, op), py: pythonPlans(ir)?.get(op.operationId) };
}

/** A spec the Python planner rejects (a type name clash) still diffs: on the TypeScript side only. */
function pythonPlans(ir: ApiIr): ReadonlyMap<string, MethodPlan> | undefined {
  try {
    return pythonCallPlans(ir);
  } catch (error) {
    if (error instanceof PythonEmitError) return undefined;
    throw error;
  }
}

/** `client.pets.getPet(id, params?, options?)`: the TypeScript call's positional arguments. */
export function tsSignature(plan: OperationPlan): string {
  const args = plan.pathArgs.map((a) => a.arg);
  if (plan.paramsType) args.push(plan.paramsOptional ? 'params?' : 'params');
  args.push('options?');
  return sdkCall(plan.op, args.join(', '));
}

/** `client.pets.get_pet(...)`: the Python call; `args` spells its arguments. */
export function pythonCall(plan: MethodPlan, args = '...'): string {
  return `client.${methodPath(plan)}(${args})`;
}
