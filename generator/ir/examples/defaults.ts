/**
 * The values the spec writes on schemas, for the checks that they validate: each `default`
 * (`default-invalid`) and each `example` / `examples` entry (`schema-example-invalid`). Every schema
 * node under the roots given (components, then the operations' inline schemas), once per place in
 * the document. Refs are not followed: their targets are components, walked themselves.
 */
import type { Json, SchemaIr } from '../types.js';
import { get, join } from '../../util/json-pointer.js';

export interface WrittenValue {
  schema: SchemaIr;
  value: Json;
  /** Where the spec writes it: `…/default`, `…/example` or `…/examples/<i>`. */
  pointer: string;
}

export function writtenSchemaValues(
  roots: Iterable<SchemaIr>,
  document: Record<string, unknown>,
): { defaults: WrittenValue[]; examples: WrittenValue[] } {
  const seen = new Set<SchemaIr>();
  const defaultPlaces = new Set<string>();
  const examplePlaces = new Set<string>();
  const defaults: WrittenValue[] = [];
  const examples: WrittenValue[] = [];
  const visit = (s: SchemaIr): void => {
    if (seen.has(s)) return;
    seen.add(s);
    // Only where the spec writes it: a one-variant union takes its parent's default, written elsewhere.
    if (s.default !== undefined && !defaultPlaces.has(s.source)) {
      defaultPlaces.add(s.source);
      const pointer = join(s.source, 'default');
      if (get(document, pointer) !== undefined)
        defaults.push({ schema: s, value: s.default, pointer });
    }
    if (s.examples.length > 0 && !examplePlaces.has(s.source)) {
      examplePlaces.add(s.source);
      examples.push(...examplesWritten(s, document));
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
  return { defaults, examples };
}

/** The schema's own `example` and `examples` entries as the document writes them at its place. */
function examplesWritten(s: SchemaIr, document: Record<string, unknown>): WrittenValue[] {
  const raw = get(document, s.source) as Record<string, unknown> | undefined;
  if (raw === null || typeof raw !== 'object') return [];
  const out: WrittenValue[] = [];
  if (raw.example !== undefined)
    out.push({ schema: s, value: raw.example as Json, pointer: join(s.source, 'example') });
  if (Array.isArray(raw.examples))
    raw.examples.forEach((value: Json, i) =>
      out.push({ schema: s, value, pointer: join(s.source, 'examples', i) }),
    );
  return out;
}

/** Where the spec writes `s.examples[0]`: its `example`, else its first `examples` entry. */
export function firstExamplePointer(s: SchemaIr, document: Record<string, unknown>): string {
  const raw = get(document, s.source) as Record<string, unknown> | undefined;
  if (
    raw !== null &&
    typeof raw === 'object' &&
    raw.example === undefined &&
    Array.isArray(raw.examples)
  )
    return join(s.source, 'examples', 0);
  return join(s.source, 'example');
}
