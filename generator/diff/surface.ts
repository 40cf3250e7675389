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
import { callPlans, pythonCall, type CallPlans } from './call-plans.js';
import type { OperationPlan } from '../emit/surface/plan.js';
import { resolveRefs } from '../emit/surface/python-types.js';
import { pythonTypeName, snakeCase } from '../emit/surface/python-naming.js';
import type { MethodPlan } from '../emit/surface/python-plan.js';
import { resourceClassRenames } from './resource-rename.js';

type Report = (change: FoundChange) => void;

/** One public name in each SDK (Python's absent where it has no counterpart or cannot be planned). */
interface Named {
  ts: string;
  py?: string;
}

/** Public names one operation contributes to the SDKs, keyed by what they are. */
export function operationSurface(op: OperationIr, plans: CallPlans): Record<string, Named> {
  const names: Record<string, Named> = {
    'client method': {
      ts: sdkCall(op),
      ...(plans.py ? { py: pythonCall(plans.py) } : {}),
    },
    'standalone function': { ts: op.names.function },
    // The `operations` interface, the MSW `OperationId` union and the mock route table key on it.
    'operations key and MSW operation id': { ts: op.operationId },
    'paths key': { ts: `paths['${op.path}']['${op.method}']` },
  };
  // The poll operation of a task family also exports `<function>Task` and `<function>UntilDone`.
  if (op.taskRole?.role === 'poll')
    names['task helpers'] = { ts: `${op.names.function}Task, ${op.names.function}UntilDone` };
  for (const cb of op.callbacks) names[`callback ${cb.name} payload type`] = { ts: cb.typeName };
  return names;
}

function tsTypeNames(plan: OperationPlan): string[] {
  return [plan.paramsType, plan.responseTypeName, plan.chunkTypeName, plan.errorTypeName].filter(
    (n): n is string => n !== undefined,
  );
}

/** The types a Python method's annotations name, as the client module spells them (`types.X`, `params.X`). */
function pythonTypeNames(plan: MethodPlan): string[] {
  const text = [
    plan.returns,
    plan.castTo,
    plan.chunk,
    plan.errorModel,
    plan.pageItem,
    ...plan.args.map((a) => a.type),
  ].join(' ');
  return [...new Set(resolveRefs(text, 'client').match(/\b(?:types|params)\.\w+/g) ?? [])];
}

/** Names the operation's type stem begins (its own types, not shared components), by their suffix. */
function ownTypes(op: OperationIr, names: string[]): Map<string, string> {
  const stem = op.names.typeStem;
  const own = new Map<string, string>();
  for (const name of names) {
    const bare = name.replace(/^(?:types|params)\./, '');
    if (bare.startsWith(stem) && bare.length > stem.length) own.set(bare.slice(stem.length), name);
  }
  return own;
}

export function compareOperationSurface(
  ir: { base: ApiIr; head: ApiIr },
  docs: { base: unknown; head: unknown },
  { base, head }: OperationPair,
  /** Operations whose resource was renamed as a whole: reported once for all (resource-rename.ts). */
  moved: ReadonlySet<OperationIr>,
  report: Report,
): void {
  const bp = callPlans(ir.base, base);
  const hp = callPlans(ir.head, head);
  const b = operationSurface(base, bp);
  const h = operationSurface(head, hp);
  const whole = moved.has(head);
  for (const what of Object.keys(b)) {
    const bn = b[what]!;
    const hn = h[what];
    if (!hn) {
      report({
        code: 'sdk-export-removed',
        level: 'breaking',
        message: `${what} ${both(bn)} no longer exported`,
        side: 'base',
        pointer: base.source,
      });
    } else if (bn.ts !== hn.ts || (bn.py !== undefined && hn.py !== undefined && bn.py !== hn.py)) {
      const code = codeFor(what);
      // The resource's entries name these (resource-rename.ts; a callback's payload type starts with the type stem).
      if (whole && code !== 'sdk-operation-key-renamed' && code !== 'sdk-paths-key-changed')
        continue;
      report({
        code,
        level: 'breaking',
        message: renamed(what, bn, hn),
        side: 'head',
        pointer: renameCause(what, docs, base, head),
      });
    }
  }
  for (const what of Object.keys(h)) {
    if (!(what in b))
      report({
        code: 'sdk-export-added',
        level: 'non-breaking',
        message: `new ${what} ${both(h[what]!)}`,
        side: 'head',
        pointer: head.source,
        category: 'added',
      });
  }
  const classes = resourceClassRenames(
    ir,
    [{ base, head }],
    bp.py !== undefined && hp.py !== undefined,
  );
  compareOwnTypes(
    bp,
    hp,
    whole,
    classes,
    () => renameCause('types', docs, base, head),
    report,
    base,
    head,
  );
}

/** The operation's own exported types (`…Params`, `…Response`, `…Chunk`, …) in both SDKs, by their suffix. */
function compareOwnTypes(
  bp: CallPlans,
  hp: CallPlans,
  /** Renamed with its whole resource: the types' rename is reported for the resource. */
  whole: boolean,
  /** The resource classes renamed with the operation (resource-rename.ts). */
  classes: string | undefined,
  cause: () => string,
  report: Report,
  base: OperationIr,
  head: OperationIr,
): void {
  const bt = ownTypes(base, tsTypeNames(bp.ts));
  const ht = ownTypes(head, tsTypeNames(hp.ts));
  const bpy = bp.py ? ownTypes(base, pythonTypeNames(bp.py)) : undefined;
  const hpy = hp.py ? ownTypes(head, pythonTypeNames(hp.py)) : undefined;
  const renames = (b: Map<string, string>, h: Map<string, string>) => {
    const pairs = [...b].filter(([k]) => h.has(k)).map(([k, name]) => [name, h.get(k)!]);
    return pairs.some(([x, y]) => x !== y) ? pairs : [];
  };
  const ts = renames(bt, ht);
  const py = bpy && hpy ? renames(bpy, hpy) : [];
  if (!whole && (ts.length || py.length || classes)) {
    const list = (pairs: string[][], i: 0 | 1) => pairs.map((p) => p[i]).join(', ');
    const parts = classes ? [classes] : [];
    if (ts.length) parts.push(`exported types ${list(ts, 0)} renamed to ${list(ts, 1)}`);
    // Python's types are named like TypeScript's: those that are say only where they live.
    const same = new Map(ts.map(([x, y]) => [x, y]));
    const bare = (n: string) => n.replace(/^\w+\./, '');
    const alike = py.filter(([x, y]) => same.get(bare(x!)) === bare(y!)).map(([x]) => x);
    const other = py.filter(([x, y]) => same.get(bare(x!)) !== bare(y!));
    if (alike.length) parts.push(`likewise in Python ${alike.join(', ')}`);
    if (other.length) parts.push(`Python ${list(other, 0)} → ${list(other, 1)}`);
    report({
      code: 'sdk-type-renamed',
      level: 'breaking',
      message: parts.join('; '),
      side: 'head',
      pointer: cause(),
    });
  }
  const gone = (b: Map<string, string>, h: Map<string, string>) =>
    [...b].filter(([k]) => !h.has(k)).map(([, name]) => name);
  // Each SDK's names under its own heading: `types.X` beside `X` read as one name twice.
  const names = (
    b: Map<string, string>,
    h: Map<string, string>,
    pb?: typeof bpy,
    ph?: typeof hpy,
  ) => {
    const ts = gone(b, h);
    const py = pb && ph ? gone(pb, ph) : [];
    const of = (sdk: string, list: string[]) =>
      list.length ? `${sdk} type${list.length > 1 ? 's' : ''} ${list.join(', ')}` : '';
    return {
      count: ts.length + py.length,
      text: [of('TypeScript', ts), of('Python', py)].filter(Boolean).join(' and '),
    };
  };
  const removed = names(bt, ht, bpy, hpy);
  const added = names(ht, bt, hpy, bpy);
  if (removed.count)
    report({
      code: 'sdk-export-removed',
      level: 'breaking',
      message: `${removed.text} no longer exported`,
      side: 'base',
      pointer: base.source,
    });
  if (added.count)
    report({
      code: 'sdk-export-added',
      level: 'non-breaking',
      message: `new exported ${added.text}`,
      side: 'head',
      pointer: head.source,
      category: 'added',
    });
}

/** `X` (TypeScript), `X; Python x` when Python spells it otherwise. */
function both(n: Named): string {
  return n.py !== undefined && n.py !== n.ts ? `${n.ts}; Python ${n.py}` : n.ts;
}

function renamed(what: string, b: Named, h: Named): string {
  const parts: string[] = [];
  if (b.ts !== h.ts) parts.push(`${what} ${b.ts} renamed to ${h.ts}`);
  if (b.py !== undefined && h.py !== undefined && b.py !== h.py && b.py !== b.ts)
    parts.push(`${parts.length ? 'Python' : `Python ${what}`} ${b.py} → ${h.py}`);
  return parts.join('; ');
}

/**
 * Where a renamed export comes from: the pinned `x-sdk-name`, the operationId, the operation's own
 * tag or path, else the document's `tags` (their order decides which tag gets a fallback name).
 */
function renameCause(
  what: string,
  docs: { base: unknown; head: unknown },
  base: OperationIr,
  head: OperationIr,
): string {
  if (what === 'paths key') return head.source;
  if (what === 'operations key and MSW operation id') return join(head.source, 'operationId');
  const pinned = (op: OperationIr) => JSON.stringify(op.extensions['x-sdk-name']);
  if ('x-sdk-name' in head.extensions) return join(head.source, 'x-sdk-name');
  if (pinned(base) !== pinned(head)) return head.source;
  if (base.operationId !== head.operationId) return join(head.source, 'operationId');
  if (base.tag !== head.tag) return join(head.source, 'tags', 0);
  if (base.path !== head.path) return head.source;
  const tags = (doc: unknown) => JSON.stringify((doc as { tags?: unknown }).tags);
  if (tags(docs.base) !== tags(docs.head) && (docs.head as { tags?: unknown }).tags !== undefined)
    return '#/tags';
  return join(head.source, 'operationId');
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
  const matched = matchByKey(base.schemas, head.schemas, (s) => s.name);
  const { pairs } = matched;
  // A component moved to another key with the same definition is one rename, not a removal and an addition.
  const added = [...matched.added];
  const removed = matched.removed.filter((bs) => {
    const at = added.findIndex((hs) => definition(hs.schema) === definition(bs.schema));
    if (at < 0) return true;
    const hs = added.splice(at, 1)[0]!;
    report({
      code: 'sdk-type-renamed',
      level: 'breaking',
      message: `exported type ${bs.typeName} renamed to ${hs.typeName} (same definition; TypeScript and Python)`,
      side: 'head',
      pointer: hs.source,
    });
    return false;
  });
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
    const baseAt = memberSources(bs.schema);
    const headAt = memberSources(hs.schema);
    const memberChanges = matchByKey([...baseAt.keys()], [...headAt.keys()], (m) => m);
    // A member respelt only where Python's snake_case hides it (`imageUrl` → `imageURL`) keeps its
    // model attribute: only the attribute's alias and the TypedDict key change.
    const headPython = new Map(memberChanges.added.map((m) => [snakeCase(m), m]));
    for (const m of memberChanges.removed) {
      const respelt = headPython.get(snakeCase(m));
      report({
        code: 'sdk-type-member-removed',
        level: 'breaking',
        message:
          respelt === undefined
            ? `${hs.typeName}.${m} removed (Python ${pythonMember(bs.typeName, m)})`
            : `${hs.typeName}.${m} removed for ${hs.typeName}.${respelt} (Python keeps the attribute ${pythonAttribute(hs.typeName, m)}, its wire alias now ${JSON.stringify(respelt)}: reading it is unchanged; the TypedDict key ${pythonKey(hs.typeName, m)} is now ${pythonKey(hs.typeName, respelt)})`,
        side: 'base',
        pointer: baseAt.get(m)!,
      });
    }
    for (const m of memberChanges.added)
      report({
        code: 'sdk-type-member-added',
        level: 'non-breaking',
        message: `${hs.typeName}.${m} added`,
        side: 'head',
        pointer: headAt.get(m)!,
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

/** What a schema accepts and documents, wherever it is written. */
function definition(schema: SchemaIr): string {
  return JSON.stringify(schema, (k, v: unknown) => (k === 'source' ? undefined : v));
}

/** A component's member as Python code reads it (model attribute) and writes it (TypedDict key). */
function pythonMember(typeName: string, member: string): string {
  return `${pythonAttribute(typeName, member)}, ${pythonKey(typeName, member)}`;
}

/** The Python TypedDict key of a component's member (its wire name). */
function pythonKey(typeName: string, member: string): string {
  return `params.${pythonTypeName(typeName)}[${JSON.stringify(member)}]`;
}

/** The Python model attribute of a component's member. */
function pythonAttribute(typeName: string, member: string): string {
  return `types.${pythonTypeName(typeName)}.${snakeCase(member)}`;
}

/** Each member's name and where its property is written (the first allOf part that has it). */
function memberSources(schema: SchemaIr, into = new Map<string, string>()): Map<string, string> {
  if (schema.kind === 'object')
    for (const p of schema.properties) if (!into.has(p.name)) into.set(p.name, p.schema.source);
  if (schema.kind === 'intersection') for (const part of schema.parts) memberSources(part, into);
  return into;
}
