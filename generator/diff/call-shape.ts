/**
 * The SDK call shape of one operation, read from the plans the SDK emitters themselves read
 * (`planOperation` for TypeScript, the Python method plans): the positional arguments (path
 * arguments, TypeScript's params object and `options`), where the body sits in the params object,
 * and the inputs each call names (call-inputs.ts). A change here can leave old calls compiling
 * while they send something else, so each one is breaking.
 */
import type { ApiIr, OperationIr } from '../ir/types.js';
import type { MethodPlan } from '../emit/surface/python-plan.js';
import { sdkCall, type OperationPair } from './operations.js';
import { pairParameters } from './wire.js';
import type { FoundChange } from './types.js';
import { compareCallInputs } from './call-inputs.js';
import { compareBehaviour } from './behaviour.js';
import { callPlans, pythonCall, tsSignature, type CallPlans } from './call-plans.js';

type Report = (change: FoundChange) => void;

/** `client.pets.get_owned_pet(owner_id, pet_id)`: the Python call's positional arguments. */
function pythonPositional(plan: MethodPlan): string {
  return pythonCall(
    plan,
    plan.args
      .filter((a) => a.where === 'path')
      .map((a) => a.name)
      .join(', '),
  );
}

export function compareCallShape(
  pair: { base: ApiIr; head: ApiIr },
  { base, head }: OperationPair,
  report: Report,
): void {
  const b = callPlans(pair.base, base);
  const h = callPlans(pair.head, head);
  comparePathOrder(b, h, head, report);
  compareParamsObject(b, h, head, report);
  comparePythonPathKeywords(b, h, base, head, report);
  compareCallInputs(
    { ir: pair.base, plans: b, op: base },
    { ir: pair.head, plans: h, op: head },
    report,
  );
  compareBehaviour(
    { ir: pair.base, plans: b, op: base },
    { ir: pair.head, plans: h, op: head },
    report,
  );
}

/** Path arguments kept by name whose order changed: old calls still compile and swap values. */
function comparePathOrder(b: CallPlans, h: CallPlans, head: OperationIr, report: Report): void {
  const bNames = b.ts.pathArgs.map((a) => a.param.name);
  const hNames = h.ts.pathArgs.map((a) => a.param.name);
  const common = (names: string[], other: string[]) => names.filter((n) => other.includes(n));
  const bCommon = common(bNames, hNames);
  const hCommon = common(hNames, bNames);
  if (bCommon.every((n, i) => hCommon[i] === n)) return;
  report({
    code: 'sdk-parameter-reordered',
    level: 'breaking',
    message: `path arguments reordered: TypeScript ${tsSignature(b.ts)} becomes ${tsSignature(h.ts)}${b.py && h.py ? `, Python ${pythonPositional(b.py)} becomes ${pythonPositional(h.py)}` : ''}; existing positional calls still compile and send each value as the other parameter`,
    side: 'head',
    pointer: head.source,
  });
}

/**
 * TypeScript's params object: when it appears or goes away, `options` moves (an old call's options
 * would be read as params, or its params as options); when the body moves between the object
 * itself and its `body` key, every old call's object has the wrong shape.
 */
function compareParamsObject(b: CallPlans, h: CallPlans, head: OperationIr, report: Report): void {
  if (Boolean(b.ts.paramsType) !== Boolean(h.ts.paramsType)) {
    const was = b.ts.paramsType ? 'params' : 'request options';
    const now = h.ts.paramsType ? 'params' : 'request options';
    report({
      code: 'sdk-options-moved',
      level: 'breaking',
      message: `TypeScript ${tsSignature(b.ts)} becomes ${tsSignature(h.ts)}: the argument an existing call passes as ${was} would be read as ${now} (Python is unaffected: request_options is a keyword)`,
      side: 'head',
      pointer: head.source,
    });
  }
  const bMode = b.ts.body?.mode;
  const hMode = h.ts.body?.mode;
  if (bMode && hMode && bMode !== hMode) {
    const bodyProps = new Set(b.py?.args.filter((a) => a.where === 'body').map((a) => a.wire));
    const clashes = h.ts.fields.filter((f) => bodyProps.has(f.propertyName)).map((f) => f.name);
    const why = clashes.length
      ? ` (${clashes.join(', ')} is now also a ${h.ts.fields.find((f) => f.name === clashes[0])!.in} parameter)`
      : '';
    // A clash may respell a Python body keyword too: its own entry (call-inputs.ts) says so.
    const keywords = (plan?: MethodPlan) =>
      JSON.stringify(
        plan?.args.filter((a) => a.where === 'body' || a.where === 'whole-body').map((a) => a.name),
      );
    const pyKept =
      b.py && h.py && keywords(b.py) === keywords(h.py) ? ' (Python keywords are unaffected)' : '';
    const params = `TypeScript ${sdkCall(head)} params (${b.ts.paramsType})`;
    report({
      code: 'sdk-params-reshaped',
      level: 'breaking',
      message:
        hMode === 'key'
          ? `${params}: the body's properties move from the params object into params.body${why}${pyKept}`
          : `${params}: the body moves from params.body into the params object itself${pyKept}`,
      side: 'head',
      pointer: head.requestBody?.source ?? head.source,
    });
  }
}

/** Python path arguments are keywords too (`get_pet(pet_id=…)`): a renamed placeholder renames it. */
function comparePythonPathKeywords(
  b: CallPlans,
  h: CallPlans,
  base: OperationIr,
  head: OperationIr,
  report: Report,
): void {
  if (!b.py || !h.py) return;
  const call = pythonCall(h.py);
  // Path arguments pair as the wire pairs them (a renamed placeholder is the same argument).
  const pathPairs = pairParameters(base, head).pairs.filter(([bp]) => bp.in === 'path');
  const pathArg = (plan: MethodPlan, name: string) =>
    plan.args.find((a) => a.where === 'path' && a.wire === name);
  for (const [bp, hp] of pathPairs) {
    const ba = pathArg(b.py, bp.name);
    const ha = pathArg(h.py, hp.name);
    if (!ba || !ha || ba.name === ha.name) continue;
    report({
      code: 'sdk-parameter-renamed',
      level: 'breaking',
      message: `path parameter ${bp.name} renamed to ${hp.name}: Python keyword ${ba.name}= becomes ${ha.name}= in ${call} (TypeScript passes it by position: unaffected)`,
      side: 'head',
      pointer: hp.source,
    });
  }
}
