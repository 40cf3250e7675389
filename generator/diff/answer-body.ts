/**
 * The members a callback's or webhook's answer body demands. The receiver's code writes that body
 * and the API reads it, so a body that appears with required members breaks receivers that kept
 * answering with an empty one (like an operation's request body that becomes required).
 */
import type { ResponseIr, SchemaIr } from '../ir/types.js';

/** Required members of a body schema: refs followed, allOf parts merged; read-only ones never sent. */
export function requiredMembers(schema: SchemaIr, schemas: Map<string, SchemaIr>): string[] {
  const found = new Set<string>();
  const seen = new Set<SchemaIr>();
  const walk = (s: SchemaIr | undefined): void => {
    if (!s || seen.has(s)) return;
    seen.add(s);
    if (s.kind === 'ref') return walk(schemas.get(s.name));
    if (s.kind === 'intersection') return s.parts.forEach(walk);
    if (s.kind !== 'object') return;
    for (const p of s.properties) {
      const target = p.schema.kind === 'ref' ? schemas.get(p.schema.name) : p.schema;
      if (p.required && !p.schema.readOnly && !target?.readOnly) found.add(p.name);
    }
  };
  walk(schema);
  return [...found];
}

/** Each media type of an answer with the members its body must carry (none when it demands nothing). */
export function demandedBodies(
  answer: ResponseIr,
  schemas: Map<string, SchemaIr>,
): { mediaType: string; members: string[] }[] {
  return answer.contents
    .map((c) => ({
      mediaType: c.mediaType,
      members: c.schema ? requiredMembers(c.schema, schemas) : [],
    }))
    .filter((d) => d.members.length > 0);
}
