/** Following a `ref` schema to the component it names: what the client's call plans and the mock's routes both read. */
import type { ApiIr, SchemaIr } from './types.js';

/** Resolves `ref` schemas to the named schema they point at (one level at a time, cycle-safe). */
export function resolveSchema(ir: Pick<ApiIr, 'schemas'>, schema: SchemaIr): SchemaIr {
  let current = schema;
  const seen = new Set<string>();
  while (current.kind === 'ref' && !seen.has(current.name)) {
    seen.add(current.name);
    const named = ir.schemas.find((s) => s.name === (current as { name: string }).name);
    if (!named) break;
    current = named.schema;
  }
  return current;
}
