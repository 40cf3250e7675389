/**
 * The inputs a call names besides its path arguments, as each SDK spells them: TypeScript's params
 * object keys (query, header and cookie parameters, `body`) and Python's keyword arguments (those
 * and the body's properties). Read from the emitters' own plans (call-shape.ts), compared per SDK
 * by what each input sends and by the name a caller writes, then reported once per input with both
 * spellings. Only what breaks an existing call is reported: a new optional input, or one that
 * became optional, shows as its wire change alone.
 */
import type { ApiIr, OperationIr, PropertyIr, SchemaIr } from '../ir/types.js';
import { hiddenIn } from '../ir/directions.js';
import { resolveSchema } from '../ir/resolve-schema.js';
import type { CallPlans } from './call-plans.js';
import { pythonCall, tsSignature } from './call-plans.js';
import { sdkCall } from './operations.js';
import type { FoundChange } from './types.js';

type Report = (change: FoundChange) => void;
type Sdk = 'TypeScript' | 'Python';

/** One input of one SDK's call. */
interface Input {
  /** What it sends: `query:limit`, `header:x-trace` (headers ignore case), `body:prompt`, `body`. */
  key: string;
  /** The same in words: `header parameter X-Trace`, `body property prompt`, `the whole body`. */
  sends: string;
  /** How a caller writes it: `params.xTrace`, `params["X-Trace"]`, `x_trace=`. */
  spelt: string;
  required: boolean;
  pointer: string;
}

interface Side {
  ir: ApiIr;
  plans: CallPlans;
  op: OperationIr;
}

export function compareCallInputs(b: Side, h: Side, report: Report): void {
  const findings = [
    ...compareSdk('TypeScript', tsInputs(b, h), tsInputs(h, b)),
    ...(b.plans.py && h.plans.py ? compareSdk('Python', pythonInputs(b), pythonInputs(h)) : []),
  ];
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const group = groups.get(f.group);
    if (group) group.push(f);
    else groups.set(f.group, [f]);
  }
  for (const group of groups.values()) report(describe(group, b, h));
}

function headerSafe(where: string, wire: string): string {
  return `${where}:${where === 'header' ? wire.toLowerCase() : wire}`;
}

/** TypeScript: the params object's keys. `body` only when both sides place the body alike (else `sdk-params-reshaped`). */
function tsInputs(side: Side, other: Side): Input[] {
  const plan = side.plans.ts;
  const inputs: Input[] = plan.fields.map((f) => ({
    key: headerSafe(f.in, f.name),
    sends: `${f.in} parameter ${f.name}`,
    spelt: paramsKey(f.propertyName),
    required: f.required,
    pointer: f.source,
  }));
  const otherMode = other.plans.ts.body?.mode;
  // A spread body's properties are keys of the params object itself (a readOnly one is not);
  // a union body's keys depend on its variant, so neither side lists them then.
  const spread = (s: Side) => {
    const body = s.plans.ts.body;
    return body?.mode === 'spread' && body.content.schema
      ? bodyProperties(s.ir, body.content.schema)
      : undefined;
  };
  const union = other.plans.ts.body?.mode === 'spread' && spread(other) === undefined;
  if (plan.body?.mode === 'spread' && otherMode !== 'key' && !union)
    for (const p of spread(side) ?? []) {
      if (hiddenIn(p.schema, 'request') || p.name === side.op.stream?.requestFlag) continue;
      inputs.push({
        key: headerSafe('body', p.name),
        sends: `body property ${p.name}`,
        spelt: paramsKey(p.name),
        required: p.required,
        pointer: side.op.requestBody?.source ?? side.op.source,
      });
    }
  if (plan.body?.mode === 'key' && (otherMode === undefined || otherMode === 'key'))
    inputs.push({
      key: 'body',
      sends: 'the whole body',
      spelt: 'params.body',
      required: plan.body.required,
      pointer: side.op.requestBody?.source ?? side.op.source,
    });
  return inputs;
}

/** `params.ticketDate`, `params["X-Trace"]`. */
function paramsKey(name: string): string {
  return `params${/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`}`;
}

/** An object's properties, or an allOf's merged (required if any part requires it); undefined for other shapes. */
function bodyProperties(ir: ApiIr, schema: SchemaIr, depth = 0): PropertyIr[] | undefined {
  const s = resolveSchema(ir, schema);
  if (s.kind === 'object') return s.properties;
  if (s.kind !== 'intersection' || depth > 8) return undefined;
  const merged = new Map<string, PropertyIr>();
  for (const part of s.parts) {
    const props = bodyProperties(ir, part, depth + 1);
    if (!props) return undefined;
    for (const p of props)
      merged.set(p.name, { ...p, required: p.required || (merged.get(p.name)?.required ?? false) });
  }
  return [...merged.values()];
}

/** Python: every keyword argument (path arguments are positional: call-shape.ts). */
function pythonInputs(side: Side): Input[] {
  const op = side.op;
  return side.plans.py!.args.flatMap((a): Input[] => {
    if (a.where === 'path') return [];
    const body = a.where === 'body' || a.where === 'whole-body';
    const param = body
      ? undefined
      : op.parameters.find((p) => p.in === a.where && p.name === a.wire);
    return [
      {
        key: a.where === 'whole-body' ? 'body' : headerSafe(a.where, a.wire),
        sends:
          a.where === 'whole-body'
            ? 'the whole body'
            : a.where === 'body'
              ? `body property ${a.wire}`
              : `${a.where} parameter ${a.wire}`,
        spelt: `${a.name}=`,
        required: a.required,
        pointer: param?.source ?? op.requestBody?.source ?? op.source,
      },
    ];
  });
}

type Code =
  | 'sdk-parameter-renamed'
  | 'sdk-keyword-meaning-changed'
  | 'sdk-parameter-removed'
  | 'sdk-parameter-added-required'
  | 'sdk-parameter-became-required';

interface Finding {
  code: Code;
  /** Findings of one group (one input, both SDKs) make one reported change. */
  group: string;
  sdk: Sdk;
  before?: Input;
  after?: Input;
}

/** One SDK's inputs before and after: paired by what they send, and by the name callers write. */
function compareSdk(sdk: Sdk, before: Input[], after: Input[]): Finding[] {
  const out: Finding[] = [];
  const byKey = (list: Input[]) => new Map(list.map((i) => [i.key, i]));
  const bySpelling = (list: Input[]) => new Map(list.map((i) => [i.spelt, i]));
  const bKeys = byKey(before);
  const hKeys = byKey(after);
  const hNames = bySpelling(after);
  const bNames = bySpelling(before);
  const add = (code: Code, b?: Input, h?: Input) =>
    out.push({
      code,
      group: `${code}\0${b?.key ?? ''}\0${h?.key ?? ''}`,
      sdk,
      ...(b ? { before: b } : {}),
      ...(h ? { after: h } : {}),
    });
  for (const b of before) {
    const h = hKeys.get(b.key);
    if (h && h.spelt !== b.spelt) add('sdk-parameter-renamed', b, h);
    if (h && h.required && !b.required) add('sdk-parameter-became-required', b, h);
    const same = hNames.get(b.spelt);
    // The name a caller wrote now sends another input: old calls still run.
    if (same && same.key !== b.key) add('sdk-keyword-meaning-changed', b, same);
    if (!h && !same) add('sdk-parameter-removed', b);
  }
  for (const h of after)
    if (h.required && !bKeys.has(h.key) && !bNames.has(h.spelt))
      add('sdk-parameter-added-required', undefined, h);
  return out;
}

/** One change from the findings of one input in both SDKs, naming each SDK's spelling. */
function describe(group: Finding[], b: Side, h: Side): FoundChange {
  const { code, before, after } = group[0]!;
  const ts = group.find((f) => f.sdk === 'TypeScript');
  const py = group.find((f) => f.sdk === 'Python');
  const tsCall = sdkCall(h.op);
  const pyCall = h.plans.py ? pythonCall(h.plans.py) : '';
  // TypeScript's params argument itself may turn required.
  const sig =
    b.plans.ts.paramsOptional && !h.plans.ts.paramsOptional && h.plans.ts.paramsType
      ? ` (${tsSignature(b.plans.ts)} becomes ${tsSignature(h.plans.ts)})`
      : '';
  const both = (tsPart: string | undefined, pyPart: string | undefined) =>
    [tsPart && `TypeScript ${tsPart}`, pyPart && `Python ${pyPart}`].filter(Boolean).join(', ');
  const fails = [ts && 'no longer type-check (TypeScript)', py && 'raise TypeError (Python)']
    .filter(Boolean)
    .join(' and ');
  const side = code === 'sdk-parameter-removed' ? 'base' : 'head';
  const pointer = (side === 'base' ? before : after)!.pointer;
  const message = (() => {
    switch (code) {
      case 'sdk-parameter-renamed':
        return `${after!.sends}: ${both(
          ts && `${ts.before!.spelt} becomes ${ts.after!.spelt} in ${tsCall}`,
          py && `keyword ${py.before!.spelt} becomes ${py.after!.spelt} in ${pyCall}`,
        )}`;
      case 'sdk-keyword-meaning-changed':
        return `${both(
          ts && `${ts.before!.spelt} of ${tsCall}`,
          py && `keyword ${py.before!.spelt} of ${pyCall}`,
        )} now sends ${after!.sends} (it sent ${before!.sends}); existing calls still run`;
      case 'sdk-parameter-removed':
        return `${before!.sends} is no longer an argument${unsentNote(before!, h.op)}: ${both(
          ts && `${ts.before!.spelt} of ${tsCall}`,
          py && `keyword ${py.before!.spelt} of ${pyCall}`,
        )}; existing calls passing it ${fails}`;
      case 'sdk-parameter-added-required':
        return `new required argument ${after!.sends}: ${both(
          ts && `${tsCall} needs ${ts.after!.spelt}${sig}`,
          py && `${pyCall} needs keyword ${py.after!.spelt}`,
        )}; existing calls ${fails}`;
      case 'sdk-parameter-became-required':
        return `${after!.sends} became a required argument: ${both(
          ts && `${ts.after!.spelt} of ${tsCall}${sig}`,
          py && `keyword ${py.after!.spelt} of ${pyCall}`,
        )}; existing calls without it ${fails}`;
    }
  })();
  // Only one SDK's call changes: say the other's does not, so the entry is read as complete.
  const other = !ts ? 'TypeScript' : !py && h.plans.py && b.plans.py ? 'Python' : undefined;
  const note = other ? ` (${other} calls are unaffected)` : '';
  return { code, level: 'breaking', message: `${message}${note}`, side, pointer };
}

/** An object cookie stays in the spec but neither SDK sends it (a generate-time warning says so). */
function unsentNote(input: Input, op: OperationIr): string {
  const still = op.parameters.find((p) => p.unsent && headerSafe(p.in, p.name) === input.key);
  return still ? ' (an object cookie, which the SDKs do not send)' : '';
}
