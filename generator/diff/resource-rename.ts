/**
 * A resource renamed as a whole: its tag renamed, or the declared tags reordered so fallback names
 * swap. Every operation under it renames its call, function and types alike, so each says the
 * same sentence at the same place and `merge` (index.ts) makes one entry naming every call.
 */
import type { ApiIr, OperationIr, ResourceIr } from '../ir/types.js';
import { methodPath } from '../emit/python/operations.js';
import { resourceClass } from '../emit/python/index.js';
import type { CallPlans } from './call-plans.js';
import { join } from '../util/json-pointer.js';

export interface ResourceRename {
  pointer: string;
  method: string;
  function: string;
  types: string;
}

export function resourceRename(
  ir: { base: ApiIr; head: ApiIr },
  docs: { base: unknown; head: unknown },
  base: OperationIr,
  head: OperationIr,
  plans: { base: CallPlans; head: CallPlans },
): ResourceRename | undefined {
  const b = base.names;
  const h = head.names;
  if (b.method !== h.method || base.operationId !== head.operationId) return undefined;
  if ('x-sdk-name' in base.extensions || 'x-sdk-name' in head.extensions) return undefined;
  if (b.resource.join('.') === h.resource.join('.')) return undefined;
  // A resource of one operation is clearer named in full (its call, its chunk type).
  const key = (op: OperationIr) => op.names.resource.join('.');
  if (ir.base.operations.filter((op) => key(op) === key(base)).length < 2) return undefined;
  const pointer = cause(ir, docs, base, head);
  if (pointer === undefined) return undefined;
  const pyResource = (p: CallPlans) =>
    p.py ? methodPath(p.py).split('.').slice(0, -1).join('.') : undefined;
  const [bpy, hpy] = [pyResource(plans.base), pyResource(plans.head)];
  const [bf, hf] = prefixes(b.function, h.function);
  const [bt, ht] = prefixes(b.typeStem, h.typeStem);
  return {
    pointer,
    method: `client methods client.${b.resource.join('.')}.* renamed to client.${h.resource.join('.')}.*${bpy && hpy ? `; Python client.${bpy}.* → client.${hpy}.*` : ''}`,
    function: `standalone functions ${bf}… renamed to ${hf}…`,
    types: [
      resourceClassRenames(ir, base, head, bpy !== undefined && hpy !== undefined),
      `exported types ${bt}… renamed to ${ht}… (TypeScript and Python)`,
    ]
      .filter(Boolean)
      .join('; '),
  };
}

/**
 * The resource classes along an operation's resource path that are renamed with it (`Tseny` →
 * `Tsennik`; Python `TsenyResource`, `AsyncTsenyResource`): each level whose path is gone from the
 * head and new in it. Undefined when none is (the operation moved to a resource that stays).
 */
export function resourceClassRenames(
  ir: { base: ApiIr; head: ApiIr },
  base: OperationIr,
  head: OperationIr,
  python: boolean,
): string | undefined {
  const b = base.names.resource;
  const h = head.names.resource;
  const pairs: [ResourceIr, ResourceIr][] = [];
  for (let i = 1; i <= Math.min(b.length, h.length); i++) {
    const [bp, hp] = [b.slice(0, i), h.slice(0, i)];
    const br = resourceAt(ir.base.resources, bp);
    const hr = resourceAt(ir.head.resources, hp);
    if (!br || !hr || br.className === hr.className) continue;
    if (resourceAt(ir.head.resources, bp) || resourceAt(ir.base.resources, hp)) continue;
    pairs.push([br, hr]);
  }
  if (pairs.length === 0) return undefined;
  const ts = (i: 0 | 1) => pairs.map((p) => p[i].className).join(', ');
  const py = (i: 0 | 1) =>
    pairs.flatMap((p) => [resourceClass(p[i]), `Async${resourceClass(p[i])}`]).join(', ');
  const s = pairs.length > 1 ? 'es' : '';
  return `resource class${s} ${ts(0)} renamed to ${ts(1)}${python ? `; Python ${py(0)} → ${py(1)}` : ''}`;
}

function resourceAt(root: ResourceIr, path: string[]): ResourceIr | undefined {
  let at: ResourceIr | undefined = root;
  for (const name of path) at = at?.children.find((c) => c.name === name);
  return at;
}

/** The edit all of the resource's operations share: its tag renamed everywhere, or the declared tags. */
function cause(
  ir: { base: ApiIr; head: ApiIr },
  docs: { base: unknown; head: unknown },
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

/** `assistantsCancelRun`, `assistantCancelRun` → `assistants`, `assistant`: up to the shared camelCase tail. */
function prefixes(a: string, b: string): [string, string] {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  // The shared tail starts at a word: `fooBar` and `booBar` differ in `foo`/`boo`, not `f`/`b`.
  while (n > 0 && !/[A-Z0-9]/.test(a[a.length - n]!)) n--;
  return [a.slice(0, a.length - n), b.slice(0, b.length - n)];
}
