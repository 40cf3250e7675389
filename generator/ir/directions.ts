/**
 * Request and response shapes of the named schemas, decided once for every typed output. OpenAPI:
 * a readOnly property is never sent in a request, a writeOnly one never comes back in a response.
 * So the typed outputs leave such a property out of that direction's shape (the SDKs then reject
 * sending what the server ignores, rather than merely not requiring it). A named schema that
 * reaches such a property (itself, or through refs, items, parts, variants) gets a second type
 * name for that direction: `<TypeName>Input` (as a request sends it) or `<TypeName>Output` (as a
 * response brings it). Every other schema keeps its one type for both directions.
 */
import { sentInDirection } from './json-schema.js';
import type { NamedSchemaIr, SchemaIr } from './types.js';

export type Direction = 'request' | 'response';

const SUFFIX: Record<Direction, string> = { request: 'Input', response: 'Output' };

/**
 * Is a property with this schema left out of values travelling in `direction`? By its own flag, as
 * the IR's JSON Schema (json-schema.ts), its examples and their validation read it.
 */
export function hiddenIn(schema: SchemaIr, direction: Direction): boolean {
  return !sentInDirection(schema, direction);
}

/** The type name a reference to `named` takes in `direction` (its own when that shape is the same). */
export function directedTypeName(named: NamedSchemaIr, direction: Direction | undefined): string {
  if (direction === 'request') return named.requestTypeName ?? named.typeName;
  if (direction === 'response') return named.responseTypeName ?? named.typeName;
  return named.typeName;
}

/** Does the schema hide a property of its own in `direction`, and which components does it refer to? */
function scan(schema: SchemaIr, direction: Direction, refs: Set<string>): boolean {
  let hides = false;
  const visit = (s: SchemaIr): void => {
    switch (s.kind) {
      case 'ref':
        refs.add(s.name);
        return;
      case 'object':
        for (const p of s.properties) {
          if (hiddenIn(p.schema, direction)) hides = true;
          else visit(p.schema);
        }
        if (typeof s.additionalProperties === 'object') visit(s.additionalProperties);
        for (const p of s.patternProperties ?? []) visit(p.schema);
        return;
      case 'array':
        return visit(s.items);
      case 'union':
        return s.variants.forEach(visit);
      case 'intersection':
        return s.parts.forEach(visit);
      default:
        return;
    }
  };
  visit(schema);
  return hides;
}

/** Component names whose shape differs in `direction`: those hiding a property, and all that reach one. */
export function differing(named: readonly NamedSchemaIr[], direction: Direction): Set<string> {
  const referrers = new Map<string, string[]>();
  const out = new Set<string>();
  for (const s of named) {
    const refs = new Set<string>();
    if (scan(s.schema, direction, refs)) out.add(s.name);
    for (const target of refs) {
      let list = referrers.get(target);
      if (!list) referrers.set(target, (list = []));
      list.push(s.name);
    }
  }
  // Up the references: whatever reaches a differing component differs (cycles settle).
  const queue = [...out];
  while (queue.length > 0) {
    for (const referrer of referrers.get(queue.pop()!) ?? []) {
      if (out.has(referrer)) continue;
      out.add(referrer);
      queue.push(referrer);
    }
  }
  return out;
}

/** Where a clash is reported: the IR context (not imported: its module reaches the examples, which read this one). */
interface ProblemSink {
  problem(code: string, pointer: string, message: string, hint?: string): void;
}

/**
 * Sets `requestTypeName` / `responseTypeName` on the named schemas whose shape differs in that
 * direction. A name another schema's type already has is a located `name-clash` error.
 */
export function decideDirections(ctx: ProblemSink, named: NamedSchemaIr[]): void {
  const owners = new Map(named.map((s) => [s.typeName, s.name]));
  for (const direction of ['request', 'response'] as const) {
    const differs = differing(named, direction);
    if (differs.size === 0) continue;
    for (const s of named) {
      if (!differs.has(s.name)) continue;
      const typeName = `${s.typeName}${SUFFIX[direction]}`;
      const other = owners.get(typeName);
      if (other !== undefined) {
        ctx.problem(
          'name-clash',
          s.source,
          `the ${direction} type of schema ${s.name} and schema ${other} both become the type name ${typeName}`,
          'rename one of the schemas',
        );
        continue;
      }
      owners.set(typeName, s.name);
      if (direction === 'request') s.requestTypeName = typeName;
      else s.responseTypeName = typeName;
    }
  }
}
