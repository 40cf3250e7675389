/** Follows a JSON pointer into a SchemaIr (through refs, allOf parts and union variants): what a pointer into a response body points at. */
import type { ApiIr, NamedSchemaIr, SchemaIr } from './types.js';
import { parse } from '../util/json-pointer.js';

const namedByIr = new WeakMap<ApiIr, ReadonlyMap<string, NamedSchemaIr>>();

/** `ir`'s named schemas by name (what the lookups below follow refs with), built once per IR. */
export function namedSchemas(ir: ApiIr): ReadonlyMap<string, NamedSchemaIr> {
  let byName = namedByIr.get(ir);
  if (!byName) namedByIr.set(ir, (byName = new Map(ir.schemas.map((s) => [s.name, s]))));
  return byName;
}

/** The first schema a value at `pointer` may match, or undefined when the pointer names no field. */
export function schemaAtPointer(
  schema: SchemaIr,
  pointer: string,
  schemas: ReadonlyMap<string, NamedSchemaIr>,
): SchemaIr | undefined {
  return schemasAtPointer(schema, pointer, schemas)[0];
}

/** Every alternative (union variant, allOf part) a value at `pointer` may match; empty when the pointer names no field. */
export function schemasAtPointer(
  schema: SchemaIr,
  pointer: string,
  schemas: ReadonlyMap<string, NamedSchemaIr>,
): SchemaIr[] {
  let nodes: SchemaIr[] = [schema];
  for (const token of parse(pointer)) {
    const next: SchemaIr[] = [];
    for (const node of expand(nodes, schemas)) {
      if (node.kind === 'object') {
        const prop = node.properties.find((p) => p.name === token);
        if (prop) next.push(prop.schema);
        else if (typeof node.additionalProperties === 'object')
          next.push(node.additionalProperties);
        else if (node.additionalProperties !== false && node.properties.length === 0)
          next.push({ ...node, kind: 'any' } as SchemaIr);
      } else if (node.kind === 'array' && /^\d+$/.test(token)) next.push(node.items);
      else if (node.kind === 'any') next.push(node);
    }
    if (next.length === 0) return [];
    nodes = next;
  }
  return expand(nodes, schemas);
}

/** Refs resolved, intersections and unions flattened into the alternatives a value may match. */
function expand(
  nodes: SchemaIr[],
  schemas: ReadonlyMap<string, NamedSchemaIr>,
  depth = 0,
): SchemaIr[] {
  const out: SchemaIr[] = [];
  for (const node of nodes) {
    if (depth > 16) continue;
    if (node.kind === 'ref') {
      const target = schemas.get(node.name);
      if (target) out.push(...expand([target.schema], schemas, depth + 1));
    } else if (node.kind === 'intersection') out.push(...expand(node.parts, schemas, depth + 1));
    else if (node.kind === 'union') out.push(...expand(node.variants, schemas, depth + 1));
    else out.push(node);
  }
  return out;
}
