/**
 * The task id an example call of a poll or cancel passes (docs samples, the console's default
 * request, the SDK's `@example`): one of the IR's `TaskRoleIr.exampleIds` (ir/task-seeds.ts), the
 * ids the mock starts with, so every printer shows the same id and the call answers instead of 404.
 */
import type { Json, OperationIr, ParameterIr } from '../../ir/types.js';

/** Copies of an operation with other examples (docs sample slots) → the IR's operation. */
const exampleCopies = new WeakMap<OperationIr, OperationIr>();

/**
 * Marks `copy` as `op` with other examples only (its parameters and body contents the same, in the
 * same order, each with other examples).
 */
export function examplesCopy(copy: OperationIr, op: OperationIr): OperationIr {
  exampleCopies.set(copy, exampleCopies.get(op) ?? op);
  return copy;
}

/** The IR's operation an examples copy was made from (the operation itself when not a copy). */
export function examplesSource(op: OperationIr): OperationIr {
  return exampleCopies.get(op) ?? op;
}

/**
 * The value `op`'s example call passes in `param` when it is the task id input, else undefined:
 * the parameter's example named `example` when it is one of the seeded ids, else the first seeded
 * id. On an examples copy, the copy's value at the seeded example's place (a docs slot marker).
 */
export function exampleTaskId(
  op: OperationIr,
  param: ParameterIr,
  example?: string,
): Json | undefined {
  const source = examplesSource(op);
  const ids = source.taskRole?.exampleIds;
  const input = ids?.length ? source.taskRole?.idInput : undefined;
  if (!input || input.in !== param.in || input.name !== param.name) return undefined;
  const own = source.parameters[op.parameters.indexOf(param)] ?? param;
  const named = example === undefined ? undefined : own.examples.find((e) => e.name === example);
  const id = named && ids!.includes(named.value as string | number) ? named.value : ids![0]!;
  const at = own.examples.findIndex((e) => e.value === id);
  if (at >= 0) return param.examples[at]!.value;
  return own.example?.value === id ? param.example!.value : id;
}
