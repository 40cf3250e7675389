/**
 * The wire contract of one operation pair: parameters, request body, responses, security,
 * media types and streaming. Schemas are compared direction-aware (see schema.ts).
 */
import { shownExamples } from '../ir/examples/index.js';
import { successResponse } from '../ir/operations.js';
import type {
  ApiIr,
  CallbackIr,
  ContentIr,
  EncodingIr,
  OperationIr,
  ParameterIr,
  RequestBodyIr,
  ResponseIr,
  SecurityRequirementIr,
  StreamIr,
} from '../ir/types.js';
import { join } from '../util/json-pointer.js';
import { compareSchemas, type SchemaPair } from './schema.js';
import { levelOf, type Direction } from './types.js';
import { matchByKey } from './match.js';
import { demandedBodies } from './answer-body.js';
import { compareExamples } from './examples.js';
import { sdkCall } from './operations.js';
import { listed } from '../util/listed.js';
import { schemeWire } from './security.js';
import type { FoundChange } from './types.js';

type Report = (change: FoundChange) => void;

export function compareOperation(
  pair: SchemaPair,
  b: OperationIr,
  h: OperationIr,
  report: Report,
): void {
  if (
    b.path !== h.path &&
    b.path.replace(/\{[^}]*\}/g, '{}') !== h.path.replace(/\{[^}]*\}/g, '{}')
  ) {
    report({
      code: 'operation-path-changed',
      level: 'breaking',
      message: `${b.method.toUpperCase()} ${b.path} moved to ${h.path}`,
      side: 'head',
      pointer: h.source,
    });
  }
  if (!b.deprecated && h.deprecated) {
    report({
      code: 'operation-deprecated',
      level: 'non-breaking',
      message: `${sdkCall(h)} deprecated`,
      side: 'head',
      pointer: h.source,
      category: 'deprecated',
    });
  }
  if ((b.summary ?? '') !== (h.summary ?? '') || (b.description ?? '') !== (h.description ?? '')) {
    report({
      code: 'description-changed',
      level: 'info',
      message: `${sdkCall(h)}: summary or description changed`,
      side: 'head',
      pointer: h.source,
    });
  }
  compareParameters(pair, b, h, report);
  compareRequestBody(pair, b, h, report);
  compareResponses(pair, b, h, report);
  compareSecurity(pair, b, h, report);
  compareHooks(pair, b.callbacks, h.callbacks, 'callback', report);
  if (!b.stream !== !h.stream) {
    report({
      code: h.stream ? 'stream-added' : 'stream-removed',
      level: h.stream ? 'non-breaking' : 'breaking',
      message: `${sdkCall(h)} ${h.stream ? 'can now stream' : 'no longer streams'} (x-stream)`,
      side: h.stream ? 'head' : 'base',
      pointer: h.stream?.source ?? b.stream!.source,
    });
  } else if (b.stream && h.stream) {
    compareStreams(b.stream, h.stream, sdkCall(h), report);
    compareSchemas(
      pair,
      b.stream.itemSchema,
      h.stream.itemSchema,
      'response',
      'stream event',
      inferredAt(b.stream, h.stream, report),
      { ts: `${h.names.typeStem}Chunk`, py: `types.${h.names.typeStem}Chunk` },
    );
  }
}

/**
 * An event schema inferred from the example events (ir/stream-event-schema.ts) is located at its
 * first example, with pointers below it into a schema no one wrote (`…/examples/0/properties/text`):
 * the examples, which the maintainer edits, are where such a change is.
 */
function inferredAt(b: StreamIr, h: StreamIr, report: Report): Report {
  const examples = (s: StreamIr) =>
    s.itemSchemaInferred && s.examples[0]
      ? { at: s.examples[0].source, list: s.examples[0].source.replace(/\/[^/]*$/, '') }
      : undefined;
  const sides = { base: examples(b), head: examples(h) };
  return (change) => {
    const inferred = sides[change.side];
    const under =
      inferred && (change.pointer === inferred.at || change.pointer.startsWith(`${inferred.at}/`));
    report(under ? { ...change, pointer: inferred.list } : change);
  };
}

/** How the SDKs ask for a stream and read its events: each change breaks the calls that stream. */
function compareStreams(b: StreamIr, h: StreamIr, call: string, report: Report): void {
  const at = { level: 'breaking' as const, side: 'head' as const, pointer: h.source };
  // A flag whose default flips changes what every call without it returns (plain answer ↔ stream).
  const flag = (s: StreamIr) =>
    !s.requestFlag
      ? 'always'
      : s.flagDefaultOn
        ? `unless body property ${s.requestFlag} is false`
        : `when body property ${s.requestFlag} is true`;
  if (flag(b) !== flag(h))
    report({
      code: 'stream-flag-changed',
      message: `${call} now streams ${flag(h)} (it streamed ${flag(b)})`,
      ...at,
    });
  if (Boolean(b.text) !== Boolean(h.text))
    report({
      code: 'stream-event-format-changed',
      message: `${call} stream events are now ${h.text ? 'plain text' : 'JSON'} (they were ${b.text ? 'plain text' : 'JSON'})`,
      ...at,
    });
  if (b.terminator !== h.terminator)
    report({
      code: 'stream-terminator-changed',
      message: `${call} stream ends at data ${JSON.stringify(h.terminator) ?? '(the connection closing)'} (it ended at ${JSON.stringify(b.terminator) ?? 'the connection closing'})`,
      ...at,
    });
}

/** Path parameters pair by position (a rename keeps the wire), the others by location and name. */
export function pairParameters(
  b: OperationIr,
  h: OperationIr,
): {
  pairs: [ParameterIr, ParameterIr][];
  removed: ParameterIr[];
  added: ParameterIr[];
} {
  const key = (p: ParameterIr): string =>
    `${p.in}:${p.in === 'header' ? p.name.toLowerCase() : p.name}`;
  const pathOrder = (op: OperationIr): string[] =>
    [...op.path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!);
  const bOrder = pathOrder(b);
  const hOrder = pathOrder(h);
  const pairs: [ParameterIr, ParameterIr][] = [];
  const usedHead = new Set<ParameterIr>();
  const removed: ParameterIr[] = [];
  for (const bp of b.parameters) {
    let hp = h.parameters.find((p) => !usedHead.has(p) && key(p) === key(bp));
    if (!hp && bp.in === 'path' && bOrder.length === hOrder.length) {
      const name = hOrder[bOrder.indexOf(bp.name)];
      hp = h.parameters.find((p) => !usedHead.has(p) && p.in === 'path' && p.name === name);
    }
    if (hp) {
      pairs.push([bp, hp]);
      usedHead.add(hp);
    } else removed.push(bp);
  }
  return {
    pairs,
    removed,
    added: h.parameters.filter((p) => !usedHead.has(p)),
  };
}

function compareParameters(pair: SchemaPair, b: OperationIr, h: OperationIr, report: Report): void {
  const { pairs, removed, added } = pairParameters(b, h);
  const movedTo = (p: ParameterIr) =>
    added.find((a) => a.name.toLowerCase() === p.name.toLowerCase() && a.in !== p.in);
  for (const bp of removed) {
    const moved = movedTo(bp);
    if (moved) {
      report({
        code: 'request-parameter-location-changed',
        level: 'breaking',
        message: `parameter ${bp.name} moved from ${bp.in} to ${moved.in}`,
        side: 'head',
        pointer: moved.source,
      });
      added.splice(added.indexOf(moved), 1);
      continue;
    }
    report({
      code: bp.deprecated
        ? 'request-parameter-removed'
        : 'request-parameter-removed-without-deprecation',
      level: 'breaking',
      message: `${bp.in} parameter ${bp.name} removed${bp.deprecated ? '' : ' without being deprecated first'}`,
      side: 'base',
      pointer: bp.source,
    });
  }
  for (const hp of added) {
    report({
      code: hp.required ? 'request-parameter-added-required' : 'request-parameter-added',
      level: hp.required ? 'breaking' : 'non-breaking',
      message: `new ${hp.required ? 'required' : 'optional'} ${hp.in} parameter ${hp.name}`,
      side: 'head',
      pointer: hp.source,
    });
  }
  for (const [bp, hp] of pairs) {
    const where = `${hp.in} parameter ${hp.name}`;
    if (bp.required !== hp.required) {
      report({
        code: hp.required
          ? 'request-parameter-became-required'
          : 'request-parameter-became-optional',
        level: hp.required ? 'breaking' : 'non-breaking',
        message: `${where} became ${hp.required ? 'required' : 'optional'}`,
        side: 'head',
        pointer: hp.source,
      });
    }
    if (!bp.deprecated && hp.deprecated) {
      report({
        code: 'request-parameter-deprecated',
        level: 'non-breaking',
        message: `${where} deprecated`,
        side: 'head',
        pointer: hp.source,
        category: 'deprecated',
      });
    }
    if (bp.style !== hp.style || bp.explode !== hp.explode) {
      report({
        code: 'request-parameter-style-changed',
        level: 'breaking',
        message: `${where} serialisation ${bp.style}/${bp.explode} → ${hp.style}/${hp.explode}`,
        side: 'head',
        pointer: hp.source,
      });
    }
    if ((bp.description ?? '') !== (hp.description ?? '')) {
      report({
        code: 'description-changed',
        level: 'info',
        message: `${where}: description changed`,
        side: 'head',
        pointer: hp.source,
      });
    }
    compareExamples(bp.examples, hp.examples, where, report);
    compareSchemas(pair, bp.schema, hp.schema, 'request', where, report);
  }
}

function compareRequestBody(
  pair: SchemaPair,
  b: OperationIr,
  h: OperationIr,
  report: Report,
): void {
  const bb = b.requestBody;
  const hb = h.requestBody;
  if (!bb && !hb) return;
  if (!bb) {
    report({
      code: hb!.required ? 'request-body-added-required' : 'request-body-added',
      level: hb!.required ? 'breaking' : 'non-breaking',
      message: `${hb!.required ? 'required' : 'optional'} request body added`,
      side: 'head',
      pointer: hb!.source,
    });
    return;
  }
  if (!hb) {
    report({
      code: 'request-body-removed',
      level: 'breaking',
      message: 'request body removed',
      side: 'base',
      pointer: bb.source,
    });
    return;
  }
  if (bb.required !== hb.required) {
    report({
      code: hb.required ? 'request-body-became-required' : 'request-body-became-optional',
      level: hb.required ? 'breaking' : 'non-breaking',
      message: `request body became ${hb.required ? 'required' : 'optional'}`,
      side: 'head',
      pointer: hb.source,
    });
  }
  compareContents(pair, bb, hb, 'request', 'request body', report);
}

function compareResponses(pair: SchemaPair, b: OperationIr, h: OperationIr, report: Report): void {
  const { pairs, removed, added } = matchByKey(b.responses, h.responses, (r) =>
    r.status.toUpperCase(),
  );
  for (const br of removed) {
    report({
      code: br.isError ? 'response-error-status-removed' : 'response-status-removed',
      level: br.isError ? 'non-breaking' : 'breaking',
      message: `response ${br.status} removed`,
      side: 'base',
      // The operation's entry, where a `$ref` was written: the shared component may be unchanged.
      pointer: `${b.source}/responses/${br.status}`,
    });
  }
  for (const [br, hr] of pairs) {
    if (br.description !== hr.description) {
      report({
        code: 'description-changed',
        level: 'info',
        message: `response ${hr.status}: description changed`,
        side: 'head',
        pointer: hr.source,
      });
    }
    compareHeaders(pair, br, hr, report);
    // The success answer's JSON is read as the operation's `…Response` in both SDKs.
    const reading =
      hr === successResponse(h)
        ? { ts: `${h.names.typeStem}Response`, py: `types.${h.names.typeStem}Response` }
        : undefined;
    compareContents(pair, br, hr, 'response', `response ${hr.status}`, report, reading);
  }
  for (const hr of added) {
    report({
      code: hr.isError ? 'response-error-status-added' : 'response-status-added',
      level: 'non-breaking',
      message: `response ${hr.status} added`,
      side: 'head',
      pointer: `${h.source}/responses/${hr.status}`,
    });
  }
}

function compareHeaders(pair: SchemaPair, br: ResponseIr, hr: ResponseIr, report: Report): void {
  const headers = new Map(hr.headers.map((x) => [x.name.toLowerCase(), x]));
  const before = new Set(br.headers.map((x) => x.name.toLowerCase()));
  for (const hh of hr.headers) {
    if (before.has(hh.name.toLowerCase())) continue;
    report({
      code: 'response-header-added',
      level: 'non-breaking',
      message: `response ${hr.status} now ${hh.required ? 'always sends' : 'may send'} header ${hh.name}`,
      side: 'head',
      pointer: hh.schema.source,
      category: 'added',
    });
  }
  for (const bh of br.headers) {
    const hh = headers.get(bh.name.toLowerCase());
    if (!hh) {
      report({
        code: 'response-header-removed',
        level: bh.required ? 'breaking' : 'non-breaking',
        message: `response ${br.status} header ${bh.name} removed`,
        side: 'base',
        pointer: br.source,
      });
    } else {
      if (bh.required && !hh.required)
        report({
          code: 'response-header-became-optional',
          level: 'breaking',
          message: `response ${hr.status} header ${hh.name} became optional`,
          side: 'head',
          pointer: hr.source,
        });
      compareSchemas(
        pair,
        bh.schema,
        hh.schema,
        'response',
        `response ${hr.status} header ${hh.name}`,
        report,
      );
    }
  }
}

function compareContents(
  pair: SchemaPair,
  b: RequestBodyIr | ResponseIr,
  h: RequestBodyIr | ResponseIr,
  direction: Direction,
  where: string,
  report: Report,
  /** The SDK type a JSON body is read as (schema.ts `compareSchemas`). */
  reading?: { ts: string; py?: string },
  /** A callback's or webhook's answer: worded for its receiver, who writes it. */
  answer = false,
): void {
  const takes = (how: 'now' | 'no longer', mediaType: string) =>
    answer
      ? `${where}: receivers may ${how} answer with ${mediaType}`
      : `${where} ${how} accepts ${mediaType}`;
  const { pairs, removed, added } = matchByKey(b.contents, h.contents, (c: ContentIr) =>
    c.mediaType.toLowerCase(),
  );
  for (const bc of removed) {
    // A request type the server stops taking, or a response type the consumer no longer gets parsed.
    report({
      code: `${direction}-media-type-removed`,
      level: levelOf(direction, direction === 'request'),
      message:
        direction === 'request'
          ? takes('no longer', bc.mediaType)
          : `${where} no longer returns ${bc.mediaType}`,
      side: 'base',
      pointer: bc.source,
    });
  }
  for (const [bc, hc] of pairs) {
    compareExamples(shownExamples(bc), shownExamples(hc), `${where} ${hc.mediaType}`, report);
    if (direction === 'request') compareEncoding(bc, hc, where, report);
    if (bc.schema && hc.schema)
      compareSchemas(
        pair,
        bc.schema,
        hc.schema,
        direction,
        `${where}`,
        report,
        hc.kind === 'json' ? reading : undefined,
      );
  }
  for (const hc of added) {
    report({
      code: `${direction}-media-type-added`,
      level: 'non-breaking',
      message:
        direction === 'request'
          ? takes('now', hc.mediaType)
          : `${where} now may return ${hc.mediaType}`,
      side: 'head',
      pointer: hc.source,
    });
  }
}

/**
 * How a multipart or urlencoded body's properties travel (`encoding`): a part's content type, a
 * property's style. The SDKs send what the spec says, so a caller of the old SDK sends the old way.
 */
function compareEncoding(bc: ContentIr, hc: ContentIr, where: string, report: Report): void {
  const how = (e: EncodingIr | undefined) =>
    JSON.stringify([e?.contentType ?? null, e?.style ?? 'form', e?.explode ?? true]);
  const names = new Set([...Object.keys(bc.encoding), ...Object.keys(hc.encoding)]);
  for (const name of names) {
    const b = bc.encoding[name];
    const h = hc.encoding[name];
    if (how(b) === how(h)) continue;
    const shown = (e: EncodingIr | undefined) =>
      [
        e?.contentType ?? '(default content type)',
        `${e?.style ?? 'form'}/${e?.explode ?? true}`,
      ].join(', ');
    report({
      code: 'request-encoding-changed',
      level: 'breaking',
      message: `${where} ${hc.mediaType} property ${name} is sent as ${shown(h)} (was ${shown(b)})`,
      side: 'head',
      pointer: h ? join(hc.source, 'encoding', name) : hc.source,
    });
  }
}

/**
 * Each requirement (a set of schemes, all needed) is one way in; a caller breaks when theirs disappears.
 * Messages leave the operation out (the entry names it): one that takes the document's security
 * reads alike in every operation, so index.ts reports it once at `/security`.
 * A requirement is keyed by what its schemes send (`schemeWire`), not by their component names, so a
 * renamed scheme with the same definition keeps every requirement; messages still show the names.
 */
function compareSecurity(pair: SchemaPair, b: OperationIr, h: OperationIr, report: Report): void {
  const keyOf = (ir: ApiIr) => (r: SecurityRequirementIr) =>
    Object.keys(r.schemes)
      .map(
        (s) =>
          `${schemeWire(ir.securitySchemes.find((d) => d.name === s)) ?? s}[${[...r.schemes[s]!].sort().join(',')}]`,
      )
      .sort()
      .join('+');
  const shown = (r: SecurityRequirementIr) =>
    Object.keys(r.schemes)
      .sort()
      .map((s) => `${s}[${[...r.schemes[s]!].sort().join(',')}]`)
      .join('+');
  const open = (list: SecurityRequirementIr[]) =>
    list.length === 0 || list.some((r) => Object.keys(r.schemes).length === 0);
  const bk = new Map(b.security.map((r) => [keyOf(pair.base)(r), shown(r)]));
  const hk = new Map(h.security.map((r) => [keyOf(pair.head)(r), shown(r)]));
  if (open(b.security) && !open(h.security)) {
    report({
      code: 'security-added',
      level: 'breaking',
      message: `now requires authentication (${[...hk.values()].join(' or ')})`,
      side: 'head',
      pointer: h.source,
    });
    return;
  }
  if (open(h.security) && !open(b.security)) {
    report({
      code: 'security-removed',
      level: 'non-breaking',
      message: 'no longer requires authentication',
      side: 'head',
      pointer: h.source,
    });
    return;
  }
  for (const [k, name] of bk) {
    if (!hk.has(k) && k !== '')
      report({
        code: 'security-requirement-removed',
        level: 'breaking',
        message: `no longer accepts ${name}`,
        side: 'head',
        pointer: h.source,
      });
  }
  for (const [k, name] of hk) {
    if (!bk.has(k) && k !== '')
      report({
        code: 'security-requirement-added',
        level: 'non-breaking',
        message: `also accepts ${name}`,
        side: 'head',
        pointer: h.source,
      });
  }
}

/**
 * Callback and webhook requests are sent by the server to the consumer: their bodies compare like
 * responses. Each one's payload type is exported by the SDK (`callbacks.ts`), so its name counts.
 */
export function compareHooks(
  pair: SchemaPair,
  before: CallbackIr[],
  after: CallbackIr[],
  kind: 'callback' | 'webhook',
  report: Report,
): void {
  const { pairs, removed, added } = matchByKey(before, after, (cb) => `${cb.name} ${cb.method}`);
  for (const bc of removed) {
    report({
      code: `${kind}-removed`,
      level: 'breaking',
      message: `${kind} ${bc.name} removed (payload type ${bc.typeName})`,
      side: 'base',
      pointer: bc.source,
    });
  }
  for (const [bc, hc] of pairs) {
    // An operation's callback types are its surface (surface.ts); a webhook's are only here.
    if (kind === 'webhook' && bc.typeName !== hc.typeName)
      report({
        code: 'sdk-type-renamed',
        level: 'breaking',
        message: `${kind} ${hc.name} payload type ${bc.typeName} renamed to ${hc.typeName}`,
        side: 'head',
        pointer: hc.source,
      });
    if (bc.body && hc.body)
      compareContents(pair, bc.body, hc.body, 'response', `${kind} ${hc.name}`, report, {
        ts: hc.typeName,
      });
    compareAnswers(pair, bc, hc, kind, report);
  }
  for (const hc of added) {
    report({
      code: `${kind}-added`,
      level: 'non-breaking',
      message: `new ${kind} ${hc.name} (payload type ${hc.typeName})`,
      side: 'head',
      pointer: hc.source,
    });
  }
}

/**
 * What the receiver of a callback or webhook is to answer (its declared responses). The receiver's
 * code writes the answer and the API reads it, so it compares like a request: a declared answer
 * gone, or a body the API accepts less of, breaks receivers that answer as before.
 */
function compareAnswers(
  pair: SchemaPair,
  bc: CallbackIr,
  hc: CallbackIr,
  kind: 'callback' | 'webhook',
  report: Report,
): void {
  const {
    pairs,
    removed: gone,
    added: fresh,
  } = matchByKey(bc.responses, hc.responses, (r) => r.status.toUpperCase());
  const where = (status: string) => `${kind} ${hc.name} answer ${status}`;
  // `2XX` → `200` narrows what the API takes (`200` → `2XX` widens): one answer, compared as such.
  const range = (r: ResponseIr) => /^[1-5]XX$/i.test(r.status);
  const within = (r: ResponseIr, of: ResponseIr) =>
    range(of) && !range(r) && r.status[0] === of.status[0];
  const removed = [...gone];
  const added = [...fresh];
  for (const br of gone) {
    const narrowed = added.filter((hr) => within(hr, br));
    const widened = range(br) ? undefined : added.find((hr) => within(br, hr));
    if (narrowed.length === 0 && !widened) continue;
    removed.splice(removed.indexOf(br), 1);
    for (const hr of narrowed.length ? narrowed : [widened!]) {
      added.splice(added.indexOf(hr), 1);
      pairs.push([br, hr]);
    }
    const statuses = narrowed.map((r) => r.status).join(', ');
    report(
      narrowed.length
        ? {
            code: `${kind}-answer-narrowed`,
            level: 'breaking',
            message: `${where(br.status)} narrowed to ${statuses}: receivers answering another ${br.status[0]}xx status must now answer ${statuses}`,
            side: 'head',
            pointer: narrowed[0]!.source,
          }
        : {
            code: `${kind}-answer-widened`,
            level: 'non-breaking',
            message: `${where(br.status)} widened to ${widened!.status}: receivers may answer any ${br.status[0]}xx status`,
            side: 'head',
            pointer: widened!.source,
          },
    );
  }
  // The statuses a receiver may still answer with success.
  const declared = hc.responses
    .filter((r) => !r.isError)
    .map((r) => r.status)
    .join(', ');
  for (const br of removed) {
    // An error answer the API no longer lists still reads as a failure; a success one may not.
    report({
      code: `${kind}-answer-removed`,
      level: br.isError ? 'non-breaking' : 'breaking',
      message: `${where(br.status)} removed: receivers answering ${br.status} must now answer ${declared || 'otherwise (no success answer is declared)'}`,
      side: 'base',
      pointer: br.source,
    });
  }
  for (const hr of added) {
    report({
      code: `${kind}-answer-added`,
      level: 'non-breaking',
      message: `${where(hr.status)} added: receivers may now answer ${hr.status}${hr.contents.length ? ` with a body (${hr.contents.map((c) => c.mediaType).join(' or ')})` : ''}`,
      side: 'head',
      pointer: hr.source,
    });
  }
  for (const [br, hr] of pairs) {
    if (br.description !== hr.description && br.status === hr.status)
      report({
        code: 'description-changed',
        level: 'info',
        message: `${where(hr.status)}: description changed`,
        side: 'head',
        pointer: hr.source,
      });
    if (br.contents.length === 0 && hr.contents.length > 0)
      answerBodyAdded(pair, hr, kind, where(hr.status), report);
    else compareContents(pair, br, hr, 'request', where(hr.status), report, undefined, true);
  }
}

/**
 * An answer that gains a body where none was declared. Receivers still answer empty, so it breaks
 * them when every media type demands members; worded for the receiver, who writes the answer.
 */
function answerBodyAdded(
  pair: SchemaPair,
  hr: ResponseIr,
  kind: 'callback' | 'webhook',
  where: string,
  report: Report,
): void {
  const schemas = new Map(pair.head.schemas.map((s) => [s.name, s.schema]));
  const demanded = demandedBodies(hr, schemas);
  const media = hr.contents.map((c) => c.mediaType).join(' or ');
  const required = demanded.length === hr.contents.length;
  report({
    code: `${kind}-answer-body-added${required ? '-required' : ''}`,
    level: required ? 'breaking' : 'non-breaking',
    message: required
      ? `${where}: your ${kind} handler must now answer with a body (${demanded.map((d) => `${d.mediaType} with ${listed(d.members)}`).join(' or ')})`
      : `${where}: receivers may now answer with a body (${media})`,
    side: 'head',
    pointer: hr.source,
  });
}
