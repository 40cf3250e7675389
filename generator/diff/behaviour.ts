/**
 * What the SDKs do with a call beyond its shape: page through a list (`x-paging`, as TypeScript's
 * plan keeps it: `PagePromise` and `for await`, Python's pager), whether a failed attempt is
 * sent again (`x-retry`, or the method's default) and how the client's one key is sent (`planAuth`).
 */
import type { ApiIr, OperationIr } from '../ir/types.js';
import { keyDelivery } from './security.js';
import type { CallPlans } from './call-plans.js';
import { pythonCall } from './call-plans.js';
import { sdkCall } from './operations.js';
import type { FoundChange } from './types.js';

type Report = (change: FoundChange) => void;
/** One side of an operation: its spec's IR, the operation and both SDKs' plans of it. */
type Side = { ir: ApiIr; plans: CallPlans; op: OperationIr };

export function compareBehaviour(b: Side, h: Side, report: Report): void {
  comparePaging(b, h, report);
  compareAuth(b, h, report);
  if (b.op.retry !== h.op.retry) {
    const safe = h.op.retry === 'safe';
    report({
      code: 'sdk-retry-changed',
      level: 'non-breaking',
      message: safe
        ? `${sdkCall(h.op)} is now re-sent after a failed attempt that may have reached the server (x-retry: safe)`
        : `${sdkCall(h.op)} is no longer re-sent once it may have reached the server (x-retry: unsafe)`,
      side: 'head',
      pointer: h.op.source,
      category: 'changed',
    });
  }
}

function comparePaging(
  b: { plans: CallPlans; op: OperationIr },
  h: { plans: CallPlans; op: OperationIr },
  report: Report,
): void {
  const bp = b.plans.ts.paging;
  const hp = h.plans.ts.paging;
  if (!bp && !hp) return;
  const calls = bothCalls(h);
  if (!hp) {
    report({
      code: 'sdk-paging-removed',
      level: 'breaking',
      message: `${calls} no longer page: they return one response, so iterating items across pages (\`for await\`, \`.pages()\`) no longer works`,
      side: 'base',
      pointer: b.op.paging?.source ?? b.op.source,
    });
    return;
  }
  if (!bp) {
    report({
      code: 'sdk-paging-added',
      level: 'non-breaking',
      message: `${calls} now page: awaiting still gives the first page, iterating gives every item across pages`,
      side: 'head',
      pointer: h.op.paging?.source ?? h.op.source,
      category: 'added',
    });
    return;
  }
  if (JSON.stringify(bp) === JSON.stringify(hp)) return;
  const moved = PAGING_FIELDS.filter(
    ([key]) => JSON.stringify(bp[key]) !== JSON.stringify(hp[key]),
  );
  // The SDK fills the page/cursor and size fields itself: `for await` and `.pages()` callers are
  // unaffected when only their names change, and callers passing the old one by hand are already
  // told by the parameter's own removal entry.
  const onlyNames = moved.every(([key]) => key === 'param' || key === 'size');
  if (onlyNames && !stillTaken(b.op.paging, h.op)) return;
  report({
    code: 'sdk-paging-changed',
    level: onlyNames ? 'non-breaking' : 'breaking',
    message: `${calls} page differently: ${moved
      .map(([key, label]) => `${label} ${shownField(bp[key])} → ${shownField(hp[key])}`)
      .join(', ')}`,
    side: 'head',
    pointer: h.op.paging?.source ?? h.op.source,
  });
}

type Paging = NonNullable<CallPlans['ts']['paging']>;
/** The plan's fields, each with the words a message names it by. */
const PAGING_FIELDS: [keyof Paging, string][] = [
  ['style', 'style'],
  ['param', 'page/cursor argument'],
  ['size', 'page size argument'],
  ['firstPage', 'first page'],
  ['items', 'items at'],
  ['nextCursor', 'next cursor at'],
  ['hasMore', 'has-more flag at'],
  ['last', 'last-page flag at'],
];

function shownField(value: unknown): string {
  return value === undefined ? '(none)' : String(value);
}

/** Does the head operation still take the base's page/cursor or size parameter (so no removal entry covers it)? */
function stillTaken(paging: OperationIr['paging'], head: OperationIr): boolean {
  return [paging?.param, paging?.size].some(
    (f) =>
      f !== undefined &&
      (f.in !== 'query' || head.parameters.some((p) => p.in === 'query' && p.name === f.name)),
  );
}

/**
 * Both SDKs send the client's one key by the first scheme of the operation's requirements they can
 * apply (`planAuth`). A scheme added before the one in use, or the alternatives reordered, leaves
 * the wire's accepted set as it was but can send the same key another way (an `api_key` header
 * becomes `Authorization: Bearer`), which the server reads as another credential. Two schemes that
 * deliver the key alike (OAuth 2 and http bearer) are no change to callers.
 */
function compareAuth(b: Side, h: Side, report: Report): void {
  const ba = b.plans.ts.auth;
  const ha = h.plans.ts.auth;
  if (ba === null || ha === null || ba === ha) return;
  const was = keyDelivery(b.ir.securitySchemes.find((s) => s.name === ba));
  const now = keyDelivery(h.ir.securitySchemes.find((s) => s.name === ha));
  if (was === now) return;
  report({
    code: 'sdk-auth-changed',
    level: 'breaking',
    // The entry names the call: the message reads alike for every call the document's security reaches.
    message: `${h.plans.py ? 'both SDKs' : 'the TypeScript SDK'} now send the API key by security scheme ${ha}, ${now} (they sent it by ${ba}, ${was})`,
    side: 'head',
    pointer: h.op.source,
  });
}

/** `TypeScript client.pets.list() and Python client.pets.list(...)`: the calls a change reaches. */
function bothCalls(side: { plans: CallPlans; op: OperationIr }): string {
  const py = side.plans.py ? ` and Python ${pythonCall(side.plans.py)}` : '';
  return `TypeScript ${sdkCall(side.op)}${py}`;
}
