/**
 * The Python SDK's plan of every operation (method names, arguments, operation types), made once
 * per IR: the Python emitter and the Python call printer (surface/python-call.ts, the docs' Python
 * samples and the README) read the same plans. In a watch session the named schemas'
 * definitions, the bulk of the work, are taken from the last run while the schemas are unchanged
 * (the memo's shared key covers them), and only the plans are made again.
 */
import type { ApiIr } from '../../ir/types.js';
import type { EmitMemo } from '../../incremental/memo.js';
import { PythonTypes } from './python-types.js';
import { uniqueIdentifier } from './python-naming.js';
import { planMethod, type MethodPlan } from './python-plan.js';
import { planResponse } from './plan.js';

export interface PythonPlans {
  /** The types after planning: the named schemas' and the operations' own. */
  types: PythonTypes;
  plans: Map<string, MethodPlan>;
}

const planned = new WeakMap<ApiIr, PythonPlans>();

export function pythonPlans(ir: ApiIr, memo?: EmitMemo): PythonPlans {
  const known = planned.get(ir);
  if (known) return known;
  // Never planned with itself: each run plans on a copy.
  const schemasDefined = memo?.get(
    `python:schemas\0${memo.keys.shared}`,
    () => new PythonTypes(ir),
  );
  const types = new PythonTypes(ir, schemasDefined);
  // Planned again every run (planning names the inline types in operation order), but the reading
  // of the answer, a pure function of the operation, is kept while its content key holds.
  const plans = new Map(
    ir.operations.map((op) => {
      const response =
        memo &&
        memo.get(`python:response\0${memo.keys.operation(op.operationId)}`, () =>
          planResponse(ir, op),
        );
      return [op.operationId, planMethod(ir, op, types, response)];
    }),
  );
  // Two operation ids of one snake_case (`getPet`, `get_pet`) would share `_OP_GET_PET`, the
  // later one answering both methods: each keeps its own, in operation order.
  const constants = new Set<string>();
  for (const plan of plans.values()) plan.constant = uniqueIdentifier(plan.constant, constants);
  const result = { types, plans };
  planned.set(ir, result);
  return result;
}

const callPlanned = new WeakMap<ApiIr, PythonPlans>();

/**
 * The plans the Python call printer reads (method and argument names, argument kinds): the SDK's
 * own when the Python target planned this IR, else plans over types that define no component (a
 * sample prints a call, not a type; an inline type's name could only differ where two collide).
 */
export function pythonCallPlans(ir: ApiIr): ReadonlyMap<string, MethodPlan> {
  const known = planned.get(ir) ?? callPlanned.get(ir);
  if (known) return known.plans;
  const types = new PythonTypes(ir, undefined, false);
  const plans = new Map(ir.operations.map((op) => [op.operationId, planMethod(ir, op, types)]));
  callPlanned.set(ir, { types, plans });
  return plans;
}
