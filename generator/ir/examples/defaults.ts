/**
 * The schemas that write a `default`, for the check that it validates (`default-invalid`): every
 * schema node under the roots given (components, then the operations' inline schemas), once per
 * place in the document. Refs are not followed: their targets are components, walked themselves.
 */
import type { SchemaIr } from '../types.js';
import { get, join } from '../../util/json-pointer.js';

export function schemasWithDefaults(
  roots: Iterable<SchemaIr>,
  document: Record<string, unknown>,
): SchemaIr[] {
  const seen = new Set<SchemaIr>();
  const places = new Set<string>();
  const out: SchemaIr[] = [];
  const visit = (s: SchemaIr): void => {
    if (seen.has(s)) return;
    seen.add(s);
    // Only where the spec writes it: a one-variant union takes its parent's default, written elsewhere.
    if (s.default !== undefined && !places.has(s.source)) {
      places.add(s.source);
      if (get(document, join(s.source, 'default')) !== undefined) out.push(s);
    }
    switch (s.kind) {
      case 'object':
        for (const p of s.properties) visit(p.schema);
        if (typeof s.additionalProperties === 'object') visit(s.additionalProperties);
        for (const p of s.patternProperties ?? []) visit(p.schema);
        break;
      case 'array':
        visit(s.items);
        break;
      case 'union':
        s.variants.forEach(visit);
        break;
      case 'intersection':
        s.parts.forEach(visit);
        break;
    }
  };
  for (const root of roots) visit(root);
  return out;
}
