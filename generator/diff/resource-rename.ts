/**
 * A resource renamed as a whole, with every resource under it: its tag renamed, the declared tags
 * reordered so fallback names swap, or the first segments of the operations' `x-sdk-name` respelt
 * (`a.b.c.get` → `x.b.c.get`). Its operations are one group, reported once per kind
 * (`sdk-method-renamed`, `sdk-function-renamed`, `sdk-type-renamed`) at the edit, naming the
 * renamed prefix and every moved call in both SDKs, not once per operation or depth.
 */
import type { ApiIr, OperationIr, ResourceIr } from '../ir/types.js';
import { methodPath } from '../emit/surface/python-plan.js';
import { resourceClass } from '../emit/python/index.js';
import { callPlans, pythonCall } from './call-plans.js';
import type { OperationPair } from './operations.js';
import { sdkCall } from './operations.js';
import type { FoundChange } from './types.js';
import { join } from '../util/json-pointer.js';
import { listed } from '../util/listed.js';
import { pascalCase } from '../ir/casing.js';

type Sides<T> = { base: T; head: T };

/** One renamed resource prefix and the operation pairs it moves. */
interface Group {
  from: string[];
  to: string[];
  pairs: OperationPair[];
}

/**
 * Reports each resource renamed as a whole once per kind; returns the operations it covers, whose
 * own method, function and type renames are then not reported again (surface.ts).
 */
export function compareResourceRenames(
  ir: Sides<ApiIr>,
  docs: Sides<unknown>,
  pairs: readonly OperationPair[],
  report: (change: FoundChange) => void,
): Set<OperationIr> {
  const covered = new Set<OperationIr>();
  // Resources renamed by one edit (reordered tags swap two names) share each kind's entry.
  const byEdit = new Map<string, Map<string, string[]>>();
  for (const group of groups(pairs)) {
    const pointer = groupCause(ir, docs, group);
    if (pointer === undefined) continue;
    for (const p of group.pairs) covered.add(p.head);
    const kinds = byEdit.get(pointer) ?? new Map<string, string[]>();
    byEdit.set(pointer, kinds);
    for (const [code, message] of messages(ir, group))
      kinds.set(code, [...(kinds.get(code) ?? []), message]);
  }
  for (const [pointer, kinds] of byEdit)
    for (const [code, list] of kinds)
      report({ code, level: 'breaking', message: list.join('; and '), side: 'head', pointer });
  return covered;
}

/** Pairs whose resource path changes only in its first segments (the method and the tail stay), by that change. */
function groups(pairs: readonly OperationPair[]): Group[] {
  const byKey = new Map<string, Group>();
  for (const pair of pairs) {
    const b = pair.base.names;
    const h = pair.head.names;
    if (b.method !== h.method || pair.base.operationId !== pair.head.operationId) continue;
    let tail = 0;
    while (
      tail < Math.min(b.resource.length, h.resource.length) &&
      b.resource[b.resource.length - 1 - tail] === h.resource[h.resource.length - 1 - tail]
    )
      tail++;
    const from = b.resource.slice(0, b.resource.length - tail);
    const to = h.resource.slice(0, h.resource.length - tail);
    if (from.length === 0 || to.length === 0) continue;
    const key = `${from.join('.')}\u0000${to.join('.')}`;
    const group = byKey.get(key);
    if (group) group.pairs.push(pair);
    else byKey.set(key, { from, to, pairs: [pair] });
  }
  return [...byKey.values()];
}

const startsWith = (path: string[], prefix: string[]) => prefix.every((s, i) => path[i] === s);

/**
 * The edit all of the group's operations share, or undefined when it is not a rename of a whole
 * resource (a resource of one operation is clearer named in full: its call, its chunk type).
 */
function groupCause(ir: Sides<ApiIr>, docs: Sides<unknown>, group: Group): string | undefined {
  const under = ir.base.operations.filter((op) => startsWith(op.names.resource, group.from));
  if (under.length < 2) return undefined;
  const first = group.pairs[0]!;
  const pinned = group.pairs.some(
    (p) => 'x-sdk-name' in p.base.extensions || 'x-sdk-name' in p.head.extensions,
  );
  const at = group.pairs.map((p) => cause(ir, docs, p.base, p.head));
  // Reordered tags swap fallback names: both prefixes stay, each renamed as a whole.
  const swapped = at.every((x) => x === '#/tags');
  // Else the old prefix is gone and the new one was not there (not operations moved between resources).
  if (!swapped && ir.head.operations.some((op) => startsWith(op.names.resource, group.from)))
    return undefined;
  if (!swapped && ir.base.operations.some((op) => startsWith(op.names.resource, group.to)))
    return undefined;
  if (!pinned) {
    // One declared tag, or a tag the document does not declare: each operation's, first one named.
    const one = at.every((x) => x === at[0]) || at.every((x) => x?.endsWith('/tags/0'));
    return one && at.every((x) => x !== undefined) ? at[0] : undefined;
  }
  // Renamed with their tag (the resource follows it), else at the first respelt name.
  const tag = cause(ir, docs, first.base, first.head);
  return tag !== undefined && tag !== '#/tags' ? tag : join(first.head.source, 'x-sdk-name');
}

function messages(ir: Sides<ApiIr>, group: Group): [string, string][] {
  const plans = group.pairs.map((p) => ({
    base: callPlans(ir.base, p.base),
    head: callPlans(ir.head, p.head),
  }));
  const python = plans.every((p) => p.base.py && p.head.py);
  const ts = group.pairs.map((p) => sdkCall(p.base));
  const py = python ? plans.map((p) => pythonCall(p.base.py!)) : [];
  const pyPrefix = (p: (typeof plans)[number]['base'], depth: number) =>
    methodPath(p.py!).split('.').slice(0, depth).join('.');
  const [from, to] = [group.from.join('.'), group.to.join('.')];
  const calls = `${group.pairs.length} call${group.pairs.length > 1 ? 's' : ''}`;
  const method =
    `client methods client.${from}.* renamed to client.${to}.* (${calls}: ${listed(ts)})` +
    (python
      ? `; Python client.${pyPrefix(plans[0]!.base, group.from.length)}.* → client.${pyPrefix(plans[0]!.head, group.to.length)}.* (${listed(py)})`
      : '');
  const stem = (path: string[]) => path.map(pascalCase).join('');
  const fn = (path: string[]) => {
    const s = stem(path);
    return s.charAt(0).toLowerCase() + s.slice(1);
  };
  // A task family's poll operation also exports `<function>Task` and `<function>UntilDone`.
  const helpers = group.pairs
    .filter((p) => p.base.taskRole?.role === 'poll' && p.head.taskRole?.role === 'poll')
    .flatMap((p) => [`${p.base.names.function}Task`, `${p.base.names.function}UntilDone`]);
  const functions = `standalone functions ${fn(group.from)}… renamed to ${fn(group.to)}… (${listed(group.pairs.map((p) => p.base.names.function))})${helpers.length ? `, with the task helpers ${listed(helpers)}` : ''}`;
  const classes = resourceClassRenames(ir, group.pairs, python);
  const types = [
    classes,
    `exported types ${stem(group.from)}… renamed to ${stem(group.to)}… (TypeScript and Python)`,
  ]
    .filter(Boolean)
    .join('; ');
  return [
    ['sdk-method-renamed', method],
    ['sdk-function-renamed', functions],
    ['sdk-type-renamed', types],
  ];
}

/**
 * The resource classes along the operations' resource paths that are renamed with them (`Tseny` →
 * `Tsennik`; Python `TsenyResource`, `AsyncTsenyResource`): each level whose path is gone from the
 * head and new in it, once. Undefined when none is (the operations moved to a resource that stays).
 */
export function resourceClassRenames(
  ir: Sides<ApiIr>,
  pairs: readonly OperationPair[],
  python: boolean,
): string | undefined {
  const renamed = new Map<string, [ResourceIr, ResourceIr]>();
  for (const { base, head } of pairs) {
    const b = base.names.resource;
    const h = head.names.resource;
    for (let i = 1; i <= Math.min(b.length, h.length); i++) {
      const [bp, hp] = [b.slice(0, i), h.slice(0, i)];
      const br = resourceAt(ir.base.resources, bp);
      const hr = resourceAt(ir.head.resources, hp);
      if (!br || !hr || br.className === hr.className) continue;
      if (resourceAt(ir.head.resources, bp) || resourceAt(ir.base.resources, hp)) continue;
      renamed.set(br.className, [br, hr]);
    }
  }
  const list = [...renamed.values()];
  if (list.length === 0) return undefined;
  const ts = (i: 0 | 1) => list.map((p) => p[i].className).join(', ');
  const py = (i: 0 | 1) =>
    list.flatMap((p) => [resourceClass(p[i]), `Async${resourceClass(p[i])}`]).join(', ');
  const s = list.length > 1 ? 'es' : '';
  return `resource class${s} ${ts(0)} renamed to ${ts(1)}${python ? `; Python ${py(0)} → ${py(1)}` : ''}`;
}

function resourceAt(root: ResourceIr, path: string[]): ResourceIr | undefined {
  let at: ResourceIr | undefined = root;
  for (const name of path) at = at?.children.find((c) => c.name === name);
  return at;
}

/** The edit an operation's resource rename comes from: its tag renamed everywhere, or the declared tags. */
function cause(
  ir: Sides<ApiIr>,
  docs: Sides<unknown>,
  base: OperationIr,
  head: OperationIr,
): string | undefined {
  const tagsOf = (doc: unknown) => (doc as { tags?: { name?: unknown }[] }).tags;
  if (base.path !== head.path) return undefined;
  if (base.tag !== head.tag) {
    // A tag moved to by one operation only is that operation's own change.
    const renamed =
      !ir.head.operations.some((op) => op.tag === base.tag) &&
      !ir.base.operations.some((op) => op.tag === head.tag);
    if (!renamed) return undefined;
    const at = tagsOf(docs.head)?.findIndex((t) => t?.name === head.tag) ?? -1;
    return at >= 0 ? join('#/tags', at, 'name') : join(head.source, 'tags', 0);
  }
  const same = JSON.stringify(tagsOf(docs.base)) === JSON.stringify(tagsOf(docs.head));
  return same || tagsOf(docs.head) === undefined ? undefined : '#/tags';
}
