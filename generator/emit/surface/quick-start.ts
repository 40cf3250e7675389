/**
 * The operation both SDK READMEs open their quick start with, chosen once so the TypeScript and
 * Python READMEs show the same call (each prints it in its language, with the IR's example values).
 */
import type { ApiIr, OperationIr } from '../../ir/types.js';
import { requestContents } from '../../ir/operations.js';
import { responseKind } from './plan.js';

const chosen = new WeakMap<ApiIr, OperationIr | null>();

/**
 * A plain call with a JSON body and a JSON answer (no task), preferring one that can also stream
 * (chat-like); else any such call; else any JSON answer; else the first operation.
 */
export function quickStartOperation(ir: ApiIr): OperationIr | undefined {
  const known = chosen.get(ir);
  if (known !== undefined) return known ?? undefined;
  const ops = ir.operations;
  const jsonAnswer = (o: OperationIr): boolean => responseKind(o) === 'json';
  // The body the SDKs send is the first media type (surface/plan.ts `planBody`).
  const jsonCall = (o: OperationIr): boolean =>
    !o.task && requestContents(o)[0]?.kind === 'json' && jsonAnswer(o);
  const op =
    ops.find((o) => o.stream !== undefined && jsonCall(o)) ??
    ops.find(jsonCall) ??
    ops.find(jsonAnswer) ??
    ops[0];
  chosen.set(ir, op ?? null);
  return op;
}
