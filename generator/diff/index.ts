/**
 * `diff`: every change between two specs at two levels, the wire contract and the generated SDK's
 * public surface, each located on the side where it exists, and the semver bump they need.
 */
import type { ApiIr, OperationIr } from '../ir/types.js';
import { compareCodePoints as cmp } from '../util/compare.js';
import { bumpOf } from './bump.js';
import { matchOperations, sdkCall, type OperationPair } from './operations.js';
import { get } from '../util/json-pointer.js';
import type { SpecSide } from './sides.js';
import { compareExportedTypes, compareOperationSurface } from './surface.js';
import { compareOperationTask, compareTaskFamilies } from './tasks.js';
import { compareCallShape } from './call-shape.js';
import { compareReturnType } from './return-type.js';
import { compareClient } from './client.js';
import type { Change, ChangeCategory, DiffResult, FoundChange } from './types.js';
import { compareHooks, compareOperation } from './wire.js';
import { firstDifference } from './document.js';
import { schemeWire } from './security.js';
import { listed } from '../util/listed.js';
import { compareResourceRenames } from './resource-rename.js';
import { compareResourceClasses } from './resource-class.js';

export type { Bump, Change, ChangeLevel, DiffResult } from './types.js';
export { loadSide, withBaseSpec, SpecSideError, type SpecSide } from './sides.js';

export function diffSpecs(base: SpecSide, head: SpecSide): DiffResult {
  const found: { change: FoundChange; operation: string; call?: string }[] = [];
  const reporter = (operation: string, call?: string) => (change: FoundChange) =>
    found.push({ change, operation, ...(call ? { call } : {}) });
  const pair = { base: base.ir, head: head.ir };

  const { pairs, removed, added } = matchOperations(base.ir, head.ir);
  for (const op of removed) {
    const gate = op.deprecated ? 'operation-removed' : 'operation-removed-without-deprecation';
    reporter(
      op.operationId,
      sdkCall(op),
    )({
      code: gate,
      level: 'breaking',
      message: `${sdkCall(op)} (${op.method.toUpperCase()} ${op.path}) removed${op.deprecated ? '' : ' without being deprecated first'}`,
      side: 'base',
      pointer: op.source,
    });
  }
  for (const op of added) {
    reporter(
      op.operationId,
      sdkCall(op),
    )({
      code: 'operation-added',
      level: 'non-breaking',
      message: `${sdkCall(op)} (${op.method.toUpperCase()} ${op.path}) added`,
      side: 'head',
      pointer: op.source,
    });
  }
  const docs = { base: base.loaded.document, head: head.loaded.document };
  const moved = compareResourceRenames(pair, docs, pairs, reporter(''));
  for (const p of pairs) {
    const report = documentSecurity(docs, p, reporter(p.head.operationId, sdkCall(p.head)));
    compareOperation(pair, p.base, p.head, report);
    compareOperationSurface(pair, docs, p, moved, report);
    compareCallShape(pair, p, report);
    compareReturnType(pair, p, report);
    compareOperationTask(pair, p.base, p.head, report);
  }
  compareTaskFamilies(base.ir, head.ir, (family, ir) => {
    const poll = ir.operations.find((op) => op.operationId === family.poll.operationId);
    return poll ? reporter(poll.operationId, sdkCall(poll)) : reporter('');
  });
  compareHooks(pair, base.ir.webhooks, head.ir.webhooks, 'webhook', reporter(''));
  compareExportedTypes(base.ir, head.ir, reporter(''));
  compareResourceClasses(base.ir, head.ir, reporter(''));
  compareSecuritySchemes(base.ir, head.ir, reporter(''));
  compareClient(base.ir, head.ir, reporter(''));

  if (found.length === 0) {
    // Anything else that changed in the document (tags, other servers, extensions) is at most docs: a patch.
    const pointer = firstDifference(base.loaded.document, head.loaded.document, ['/info/version']);
    if (pointer !== undefined) {
      reporter('')({
        code: 'document-changed',
        level: 'info',
        message: `spec changed at ${pointer || '/'} (documentation only)`,
        side: 'head',
        pointer: `#${pointer}`,
      });
    }
  }

  const changes = merge(
    found.map(({ change, operation, call }) => ({
      ...locate(change, operation, call, base, head),
      source: sourceOf(change, base, head),
    })),
  );
  return { bump: bumpOf(changes), changes };
}

/** What the document's `security` decides for each operation that declares none of its own. */
const SECURITY_CODES = new Set([
  'security-added',
  'security-removed',
  'security-requirement-added',
  'security-requirement-removed',
  'sdk-auth-changed',
]);

/**
 * An operation that takes the document's `security` on both sides: a change to it is located at
 * `/security`, so every such operation's entry (worded alike) merges into one naming them all.
 */
function documentSecurity(
  docs: { base: unknown; head: unknown },
  { base, head }: OperationPair,
  report: (c: FoundChange) => void,
): (c: FoundChange) => void {
  const own = (doc: unknown, op: OperationIr) => {
    const raw = get(doc, op.source.replace(/^#/, ''));
    return typeof raw === 'object' && raw !== null && 'security' in raw;
  };
  if (own(docs.base, base) || own(docs.head, head)) return report;
  const side = get(docs.head, '/security') !== undefined ? 'head' : 'base';
  return (c) => report(SECURITY_CODES.has(c.code) ? { ...c, pointer: '#/security', side } : c);
}

function locate(
  change: FoundChange,
  operation: string,
  call: string | undefined,
  base: SpecSide,
  head: SpecSide,
): Change {
  const side = change.side === 'base' ? base : head;
  return {
    level: change.level,
    code: change.code,
    operation,
    pointer: change.pointer.replace(/^#/, ''),
    message: change.message,
    location: side.locate(change.pointer),
    category: change.category ?? defaultCategory(change),
    ...(call ? { call } : {}),
  };
}

/**
 * Where a change is written: its file and the pointer inside that file. A component in another
 * file (`./common.yaml#/components/parameters/Limit`) is bundled under each operation that
 * references it, so its bundled pointers differ while its source is one.
 */
function sourceOf(change: FoundChange, base: SpecSide, head: SpecSide): string {
  const at = (change.side === 'base' ? base : head).loaded.locate(change.pointer);
  return `${at.file}#${at.pointer}`;
}

/**
 * An info change is documentation (descriptions, summaries, titles, examples): its own section, as
 * a spec diff cannot tell a behaviour fix, and `Fixed` would promise one.
 */
function defaultCategory(change: FoundChange): ChangeCategory {
  if (change.level === 'breaking') return 'breaking';
  if (change.level === 'info') return 'documentation';
  return /-added$/.test(change.code) ? 'added' : 'changed';
}

/** The other places of one component change: each message less the words all of them start and end with. */
function placesOf(first: Change, others: Change[]): string[] {
  const all = [first, ...others].map((c) => c.message.split(' '));
  const common = (at: (w: string[], i: number) => string | undefined) => {
    let n = 0;
    while (all.every((w) => n < w.length && at(w, n) === at(all[0]!, n))) n++;
    return n;
  };
  let head = common((w, i) => w[i]);
  // `response 200.x` and `response 201.x` share `response`: a place starts with a word, not a status.
  while (head > 0 && all.some((w) => /^[^A-Za-z]/.test(w[head] ?? ''))) head--;
  const tail = common((w, i) => w[w.length - 1 - i]);
  const places = others.map((o, i) => {
    const w = all[i + 1]!;
    // `response 200.x: description changed`: the place without the colon that ends it.
    const place = w
      .slice(Math.min(head, w.length - tail), w.length - tail)
      .join(' ')
      .replace(/:$/, '');
    // Named as the consumer calls it, like every message (`sdkCall`); the operationId where there is no call.
    const op = o.call ?? o.operation;
    return op && o.operation !== first.operation ? `${op} ${place}` : place;
  });
  return [...new Set(places)];
}

/** The component schema a pointer is inside, e.g. `MjTaskStatus`. */
function componentName(pointer: string): string | undefined {
  const name = /^\/components\/schemas\/([^/]+)/.exec(pointer)?.[1];
  return name === undefined ? undefined : name.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * One change of a component schema several operations reach, headed by the component (not by
 * whichever operation was compared first): what changed, then every place it reaches, each named by
 * its SDK call (`sdkCall`), in a stable order. Request and response sides stay separate entries
 * (their codes differ).
 */
function componentEntry(name: string, first: Change, members: Change[], calls: string[]): Change {
  const words = members.map((m) => m.message.split(' '));
  let tail = 0;
  while (
    words.every(
      (w) =>
        tail < w.length - 1 && w[w.length - 1 - tail] === words[0]![words[0]!.length - 1 - tail],
    )
  )
    tail++;
  // The calls' own requests and responses first, then callbacks and webhooks they trigger.
  const places = members
    .map((m, i) => {
      const place = words[i]!.slice(0, words[i]!.length - tail)
        .join(' ')
        .replace(/:$/, '');
      return {
        later: /^(?:callback|webhook) /.test(place),
        text: `${m.call ?? m.operation} ${place}`,
      };
    })
    .sort((a, b) => Number(a.later) - Number(b.later) || cmp(a.text, b.text))
    .map((p) => p.text);
  const what = words[0]!.slice(words[0]!.length - tail).join(' ');
  return {
    ...first,
    operation: name,
    message: `${what} (at ${listed([...new Set(places)])})`,
    ...(calls.length ? { call: [...calls].sort(cmp).join(', ') } : {}),
  };
}

const LEVEL_ORDER = { breaking: 0, 'non-breaking': 1, info: 2 } as const;

/**
 * A shared component (a schema, parameter, response or callback, in the document or another file)
 * is reached by many operations: one entry per place in its source, naming every call.
 * A change inside a component schema is one entry even where its places read differently
 * (`response 200.labels`, `webhook orderShipped.labels`): the first message, then the other places.
 */
function merge(changes: (Change & { source: string })[]): Change[] {
  type Group = Change & {
    calls: string[];
    operations: string[];
    others: Change[];
    members: Change[];
  };
  const byKey = new Map<string, Group>();
  for (const { source, ...c } of changes) {
    // A component schema (a root `components/schemas` entry, whatever file holds it, or one under
    // another file's `components/schemas`), or the document's tags whose order names several
    // operations' resources.
    const shared =
      c.pointer.startsWith('/components/schemas/') ||
      /#\/components\/schemas\//.test(source) ||
      c.pointer === '/tags';
    const key = `${c.code}\u0000${c.level}\u0000${c.location}\u0000${source}\u0000${shared ? '' : c.message}`;
    const prior = byKey.get(key);
    if (!prior) {
      byKey.set(key, {
        ...c,
        calls: c.call ? [c.call] : [],
        operations: [c.operation],
        others: [],
        members: [c],
      });
      continue;
    }
    prior.members.push(c);
    if (c.message !== prior.message) prior.others.push(c);
    if (c.call && !prior.calls.includes(c.call)) prior.calls.push(c.call);
    if (!prior.operations.includes(c.operation)) prior.operations.push(c.operation);
  }
  const out: Change[] = [];
  for (const { calls, operations, others, members, ...c } of byKey.values()) {
    // An enum's values reach every field it types: headed by the enum itself, each place listed.
    const component =
      members.length > 1 && /-enum-/.test(c.code) ? componentName(c.pointer) : undefined;
    if (component !== undefined) {
      out.push(componentEntry(component, c, members, calls));
      continue;
    }
    const more = operations.length - 1;
    const named = calls.length === operations.length ? calls : operations;
    const also = others.length > 0 ? placesOf(c, others) : more > 0 ? named.slice(1) : [];
    out.push({
      ...c,
      ...(also.length > 0
        ? {
            message: `${c.message} (also ${others.length > 0 ? 'at' : 'in'} ${listed(also)})`,
            ...(others.length === 0 && calls.length === operations.length
              ? { ownMessage: c.message }
              : {}),
          }
        : {}),
      ...(calls.length ? { call: calls.join(', ') } : {}),
    });
  }
  return out.sort(
    (a, b) =>
      LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
      cmp(a.operation, b.operation) ||
      cmp(a.code, b.code) ||
      cmp(a.pointer, b.pointer) ||
      cmp(a.message, b.message),
  );
}

function compareSecuritySchemes(base: ApiIr, head: ApiIr, report: (c: FoundChange) => void): void {
  const heads = new Map(head.securitySchemes.map((s) => [s.name, s]));
  const bases = new Set(base.securitySchemes.map((s) => s.name));
  for (const bs of base.securitySchemes) {
    const hs = heads.get(bs.name);
    if (!hs) {
      // Same definition under a new key: requirements match by definition, so this is the one entry.
      const renamed = head.securitySchemes.find(
        (s) => !bases.has(s.name) && schemeWire(s) === schemeWire(bs),
      );
      if (renamed)
        report({
          code: 'security-scheme-renamed',
          level: 'non-breaking',
          message: `security scheme ${bs.name} renamed to ${renamed.name}; credentials are sent as before`,
          side: 'head',
          pointer: renamed.source,
        });
      continue; // a removal shows on every operation that used it
    }
    if (schemeWire(bs) !== schemeWire(hs)) {
      report({
        code: 'security-scheme-changed',
        level: 'breaking',
        message: `security scheme ${bs.name} now sends credentials differently (${schemeWire(bs)} → ${schemeWire(hs)})`,
        side: 'head',
        pointer: hs.source,
      });
    }
  }
}
