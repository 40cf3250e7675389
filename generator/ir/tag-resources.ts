/**
 * The client resource of each tag, decided once for both SDKs and the docs' samples. An ASCII tag
 * is its camelCase (`Pets` and `pets` share `pets`, as they always have). A tag with other letters
 * is its folded camelCase (`Café` → `cafe`, `Цены` → `tseny`) when no other tag has that name; a
 * tag whose letters have no ASCII spelling (`価格`), or whose name is taken, is named after the path
 * its operations share (`/v1/prices`, `/v1/prices/{id}` → `prices`: `pathName`), else `tag1`,
 * `tag2`, … in the docs' order of tags (a runtime member such as `post` counts as taken). Such a tag never shares a resource, and a located `name-fallback`
 * warning names what it got.
 */
import type { IrContext } from './context.js';
import type { OperationDraft } from './operations.js';
import { camelCase, losesLetters } from './casing.js';
import { join } from '../util/json-pointer.js';
import { CLIENT_MEMBERS, PYTHON_CLIENT_MEMBERS } from './runtime-names.js';

type Raw = Record<string, unknown>;

/** Tag name → resource name, for every tag an operation is named by (not the ones `x-sdk-name` paths name). */
export function tagResources(
  ctx: IrContext,
  drafts: readonly OperationDraft[],
): Map<string, string> {
  const byTag = new Map<string, OperationDraft[]>();
  const explicitRoots = new Map<string, Set<string>>();
  for (const d of drafts) {
    const sdkName = d.extensions['x-sdk-name'];
    if (typeof sdkName === 'string' && sdkName.includes('.')) {
      const root = camelCase(sdkName.split('.')[0]!);
      explicitRoots.set(root, (explicitRoots.get(root) ?? new Set()).add(d.tag));
    } else {
      const ops = byTag.get(d.tag);
      if (ops) ops.push(d);
      else byTag.set(d.tag, [d]);
    }
  }
  const declared = Array.isArray(ctx.document.tags) ? (ctx.document.tags as Raw[]) : [];
  const declaredAt = new Map<string, number>();
  declared.forEach((t, i) => {
    if (typeof t?.name === 'string' && !declaredAt.has(t.name)) declaredAt.set(t.name, i);
  });
  // The docs' order: declared tags first (spec order), then the others in order of first use.
  const order = [...byTag.keys()].sort(
    (a, b) => (declaredAt.get(a) ?? declared.length) - (declaredAt.get(b) ?? declared.length),
  );

  const out = new Map<string, string>();
  const owner = new Map<string, string>();
  // eslint-disable-next-line no-control-regex
  const ascii = (tag: string): boolean => !/[^\x00-\x7f]/.test(tag);
  for (const tag of order.filter(ascii)) {
    const name = camelCase(tag);
    if (name === '') continue;
    out.set(tag, name);
    if (!owner.has(name)) owner.set(name, tag);
  }
  // A runtime member (`post`, `request`, Python's `close`) counts as taken: a client would clash on a name we chose.
  const free = (name: string, tag: string): boolean =>
    name !== '' &&
    !owner.has(name) &&
    !CLIENT_MEMBERS.has(name) &&
    !PYTHON_CLIENT_MEMBERS.has(name) &&
    [...(explicitRoots.get(name) ?? [])].every((t) => t === tag);
  let numbered = 0;
  for (const tag of order) {
    if (out.has(tag)) continue;
    const ops = byTag.get(tag)!;
    const own = camelCase(tag);
    const ownFree = free(own, tag);
    if (ownFree && !losesLetters(tag)) {
      out.set(tag, own);
      owner.set(own, tag);
      continue;
    }
    let name: string;
    let why: string;
    if (ownFree) {
      [name, why] = [own, 'its other letters have no ASCII spelling'];
    } else {
      const fromPath = pathName(
        ops,
        drafts.filter((d) => d.tag !== tag),
      );
      if (fromPath && free(fromPath.name, tag)) {
        [name, why] = [fromPath.name, `from the path its operations share, \`${fromPath.path}\``];
      } else {
        do name = `tag${++numbered}`;
        while (!free(name, tag));
        why = "numbered: neither its letters nor its operations' paths give a free name";
      }
    }
    out.set(tag, name);
    owner.set(name, tag);
    const at = declaredAt.get(tag);
    ctx.problems.push(
      ctx.warning(
        'name-fallback',
        at !== undefined ? join('#/tags', at, 'name') : join(ops[0]!.source, 'tags', 0),
        `tag "${tag}" ${own === '' ? 'gives no identifier' : `gives \`${own}\`${ownFree ? '' : ', a name already taken'}`}: the client resource is \`${name}\` (${why})`,
        'set `x-sdk-name` (e.g. `orders.list`) on its operations to choose the names',
      ),
    );
  }
  return out;
}

/** `/v1/prices/{id}` → `['v1', 'prices', '{id}']`. */
function segments(path: string): string[] {
  return path.split('/').filter(Boolean);
}

/**
 * The first literal segment of the path the operations share that no other operation's path
 * starts with (`/v1` is everyone's, `/v1/prices` theirs alone), when it gives an identifier.
 */
function pathName(
  ops: readonly OperationDraft[],
  others: readonly OperationDraft[],
): { path: string; name: string } | undefined {
  const [first, ...rest] = ops.map((o) => segments(o.path));
  let shared = first!;
  for (const list of rest) {
    let i = 0;
    while (i < shared.length && list[i] === shared[i]) i++;
    shared = shared.slice(0, i);
  }
  const otherPaths = others.map((o) => segments(o.path));
  for (let i = 0; i < shared.length; i++) {
    if (shared[i]!.includes('{')) continue;
    const prefix = shared.slice(0, i + 1);
    if (otherPaths.some((p) => prefix.every((s, j) => p[j] === s))) continue;
    const name = camelCase(shared[i]!);
    return name === '' ? undefined : { path: `/${prefix.join('/')}`, name };
  }
  return undefined;
}
