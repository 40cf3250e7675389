/**
 * What a call resolves to, as code using the SDKs sees it. Both runtimes resolve every 2xx answer
 * (TypeScript's `response.ok`, Python's `is_success`) and type it by one response: the IR's
 * `successResponse`, read as the emitters plan it (`planResponse`, the Python method's `returns`).
 * A success answer or media type the wire calls an addition is breaking here when that type does
 * not describe it: code written against the old type reads another shape at run time, or no
 * longer compiles where the type itself widens (`Pet` → `Pet | string`).
 */
import { responseClass, type ResponsePlan } from '../emit/surface/plan.js';
import { contentType } from '../emit/surface/type-refs.js';
import { resolveRefs } from '../emit/surface/python-types.js';
import { directedTypeName } from '../ir/directions.js';
import { successResponse } from '../ir/operations.js';
import { namedSchemas } from '../ir/schema-path.js';
import type { ApiIr, ContentIr, OperationIr } from '../ir/types.js';
import { callPlans, type CallPlans } from './call-plans.js';
import type { OperationPair } from './operations.js';
import { sdkCall } from './operations.js';
import type { FoundChange } from './types.js';

type Report = (change: FoundChange) => void;

/** One body a call may resolve with: a success status and media type (none for an empty answer). */
interface Answer {
  key: string;
  status: string;
  mediaType?: string;
  /** As the TypeScript client would type it (`undefined` for no body). */
  type: string;
  source: string;
}

/** The data of a body of this media type, as the runtime hands it over (`parseBuffered`). */
function dataType(ir: ApiIr, content: ContentIr): string {
  const cls = responseClass(content);
  return cls === 'json' ? contentType(ir, content, 'response') : cls === 'text' ? 'string' : 'Blob';
}

/** Every body a call may resolve with: each media type of each 2xx (or success `default`) answer. */
function answersOf(ir: ApiIr, op: OperationIr): Answer[] {
  const out: Answer[] = [];
  for (const r of op.responses) {
    // 1xx and 3xx never resolve a call (not `ok`); an event stream is the stream plan's, and
    // a restatement of the JSON (ir/representations.ts) is never asked for.
    if (r.isError || /^[13]/.test(r.status)) continue;
    const contents = r.contents.filter((c) => c.kind !== 'event-stream' && !c.restates);
    if (r.contents.length > 0 && contents.length === 0) continue;
    if (contents.length === 0)
      out.push({ key: r.status, status: r.status, type: 'undefined', source: r.source });
    for (const c of contents)
      out.push({
        key: `${r.status} ${c.mediaType.toLowerCase()}`,
        status: r.status,
        mediaType: c.mediaType,
        type: dataType(ir, c),
        source: c.source,
      });
  }
  return out;
}

/** The data types the call's declared return describes; undefined when it describes any answer. */
function typedAs(ir: ApiIr, op: OperationIr, plan: ResponsePlan): string[] | undefined {
  // `void` is never read; a binary download's form is what the caller asks for with `as`.
  if (plan.kind === 'none' || plan.kind === 'binary') return undefined;
  const json = successResponse(op)?.contents.find((c) => c.kind === 'json');
  const jsonType = json ? dataType(ir, json) : undefined;
  if (plan.kind === 'json') return [jsonType!];
  if (plan.kind === 'text') return ['string'];
  return [jsonType!, 'string'];
}

/** `PetDetail | string` rather than the client file's `components['schemas']['PetDetail'] | string`, on one line. */
function shown(ir: ApiIr, type: string): string {
  const byName = namedSchemas(ir);
  const named = type.replace(
    /\b(?:components\['schemas'\]|(request|response)Schemas)\['([^']+)'\]/g,
    (m, dir: 'request' | 'response' | undefined, name: string) => {
      const schema = byName.get(name);
      return schema ? directedTypeName(schema, dir) : m;
    },
  );
  const line = named.replace(/\s+/g, ' ');
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}

/** The declared return in both SDKs: `` `PetDetail | string` `` and Python's annotation. */
function returnsOf(ir: ApiIr, plans: CallPlans): { ts: string; py?: string } {
  return {
    ts: `\`${shown(ir, plans.ts.response.type)}\``,
    ...(plans.py ? { py: `\`${resolveRefs(plans.py.returns, 'client')}\`` } : {}),
  };
}

export function compareReturnType(
  ir: { base: ApiIr; head: ApiIr },
  p: OperationPair,
  report: Report,
): void {
  const bp = callPlans(ir.base, p.base);
  const hp = callPlans(ir.head, p.head);
  const call = sdkCall(p.head);
  const b = bp.ts.response;
  const h = hp.ts.response;
  const before = typedAs(ir.base, p.base, b);
  const after = typedAs(ir.head, p.head, h);
  const ok = successResponse(p.head)!;
  // A body gone is the wire's `response-media-type-removed`; the same answer's schema is schema.ts's.
  if (h.kind !== 'none' && (b.kind !== h.kind || b.status !== h.status)) {
    if (b.kind === 'none')
      report({
        code: 'sdk-return-type-changed',
        level: 'non-breaking',
        message: `${call} now returns ${returnsOf(ir.head, hp).ts} (it returned nothing)`,
        side: 'head',
        pointer: ok.source,
      });
    else if (h.kind === 'binary') {
      // A download is typed by the caller's `as`, so `typedAs` has no types to compare.
      const was = returnsOf(ir.base, bp);
      const py = was.py
        ? `; Python now returns \`bytes\` (or a \`Path\` with \`save_to=\`) instead of ${was.py}`
        : '';
      report({
        code: 'sdk-return-type-changed',
        level: 'breaking',
        message: `${call} now resolves to a \`Blob\` (TypeScript; \`{ as: 'arrayBuffer' | 'stream' | 'response' }\` pick another form) instead of ${was.ts}${py}: code that reads the old answer's fields no longer compiles`,
        side: 'head',
        pointer: ok.source,
      });
    } else if (after && (!before || after.some((t) => !before.includes(t)))) {
      const [was, now] = [returnsOf(ir.base, bp), returnsOf(ir.head, hp)];
      const from = (status?: string) => (b.status !== h.status ? ` from response ${status}` : '');
      const py =
        now.py && was.py
          ? now.py === was.py
            ? `; Python's ${now.py} changes alike`
            : `; Python ${now.py} (was ${was.py})`
          : '';
      // Widened (`Pet` → `Pet | string`): the old type is one of the new shapes; else replaced.
      const widened = before?.every((t) => after.includes(t));
      report({
        code: 'sdk-return-type-changed',
        level: 'breaking',
        message: `${call} now returns ${now.ts}${from(h.status)} (it returned ${was.ts}${from(b.status)})${py}: ${widened ? "code that reads the old answer's fields must first tell the shapes apart (TypeScript stops compiling until it does)" : 'code written against the old type no longer compiles'}`,
        side: 'head',
        pointer: ok.source,
      });
    }
  }
  if (!after) return;
  const known = new Set(answersOf(ir.base, p.base).map((a) => a.key));
  const typed = returnsOf(ir.head, hp);
  for (const a of answersOf(ir.head, p.head)) {
    if (known.has(a.key) || after.includes(a.type)) continue;
    const what = a.mediaType
      ? `response ${a.status} ${a.mediaType} (\`${shown(ir.head, a.type)}\`)`
      : `response ${a.status} with no body (\`undefined\`, Python \`None\`)`;
    report({
      code: 'sdk-return-widened',
      level: 'breaking',
      message: `${call} may now resolve with ${what}, which the SDKs still type as ${typed.ts}${typed.py ? ` (Python ${typed.py})` : ''}: code that reads that type's fields gets another shape at run time`,
      side: 'head',
      pointer: a.source,
    });
  }
}
