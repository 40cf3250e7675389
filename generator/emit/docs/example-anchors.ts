/**
 * Where each named example of an operation is anchored. A documented page names "its" example;
 * for a POST that is a request-body example, for a GET usually a parameter example, sometimes a
 * response example. The first holder of a name (body, then parameters, then responses) owns the
 * short anchor `<operationId>-ex-<name>`, which page links use.
 */
import type { ContentIr, OperationIr, PageIr, ResponseIr } from '../../ir/types.js';
import { anchorId } from './html.js';

export interface ExampleTarget {
  anchor: string;
  where: 'body' | 'parameter' | 'response';
  /** Media type (body/response), parameter name, or status. */
  owner: string;
}

const cache = new WeakMap<OperationIr, Map<string, ExampleTarget>>();

export function exampleTargets(op: OperationIr): Map<string, ExampleTarget> {
  const hit = cache.get(op);
  if (hit) return hit;
  const out = new Map<string, ExampleTarget>();
  const short = (name: string): string => anchorId(op.operationId, 'ex', name);
  for (const c of op.requestBody?.contents ?? []) {
    for (const e of c.examples)
      if (!out.has(e.name))
        out.set(e.name, { anchor: short(e.name), where: 'body', owner: c.mediaType });
  }
  for (const p of op.parameters) {
    for (const e of p.examples)
      if (!out.has(e.name))
        out.set(e.name, { anchor: short(e.name), where: 'parameter', owner: p.name });
  }
  for (const r of op.responses) {
    r.contents.forEach((c, i) => {
      for (const e of c.examples)
        if (!out.has(e.name))
          out.set(e.name, {
            anchor: responseExampleId(op, r, c, i, e.name),
            where: 'response',
            owner: r.status,
          });
    });
  }
  cache.set(op, out);
  return out;
}

/** Id of a request-body example panel. */
export function bodyExampleId(op: OperationIr, c: ContentIr, name: string): string {
  const target = exampleTargets(op).get(name);
  return target?.where === 'body' && target.owner === c.mediaType
    ? target.anchor
    : anchorId(op.operationId, 'body', c.mediaType, 'ex', name);
}

/** Id of a response example panel (the first media type keeps the short form). */
export function responseExampleId(
  op: OperationIr,
  r: ResponseIr,
  c: ContentIr,
  index: number,
  name: string,
): string {
  return index === 0
    ? anchorId(op.operationId, 'response', r.status, 'ex', name)
    : anchorId(op.operationId, 'response', r.status, c.mediaType, 'ex', name);
}

/** Id of a parameter example item, when this parameter owns the name. */
export function parameterExampleId(
  op: OperationIr,
  param: string,
  name: string,
): string | undefined {
  const target = exampleTargets(op).get(name);
  return target?.where === 'parameter' && target.owner === param ? target.anchor : undefined;
}

/** Anchor a documented page links to: its example, else the operation. */
export function pageAnchor(op: OperationIr, page: PageIr): string {
  return (page.example && exampleTargets(op).get(page.example)?.anchor) || op.operationId;
}
