/**
 * The page-describing fields a paged answer declares next to its items (Spring Data style:
 * `number`, `size`, `totalElements`, …). `x-paging` names only the items and the end markers, so
 * these go by their well-known names, kept only when the success schema declares them with the
 * expected type: the mock then computes them from the list it pages instead of echoing the example.
 */
import type { ApiIr, OperationIr, SchemaIr } from '../../ir/types.js';
import { successSchema } from '../../ir/operations.js';
import { namedSchemas, schemaAtPointer } from '../../ir/schema-path.js';
import { join, parse } from '../../util/json-pointer.js';
import { PAGE_FIELDS, type PageField } from '../../../templates/mock/paging-fields.js';

/** Pointer (from the answer's root) of each well-known page field the schema declares. */
export function pageFieldsOf(
  op: OperationIr,
  ir: ApiIr,
): Partial<Record<PageField, string>> | undefined {
  const schema = successSchema(op);
  if (!op.paging || !schema) return undefined;
  const schemas = namedSchemas(ir);
  // The fields sit beside the items array (`/content` → the root).
  const container = join('', ...parse(op.paging.items).slice(0, -1));
  const out: Partial<Record<PageField, string>> = {};
  for (const [field, { path, type }] of Object.entries(PAGE_FIELDS) as [
    PageField,
    (typeof PAGE_FIELDS)[PageField],
  ][]) {
    const pointer = join(container, ...path);
    const at = schemaAtPointer(schema, pointer, schemas);
    if (at && fits(at, type)) out[field] = pointer;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function fits(schema: SchemaIr, type: 'integer' | 'boolean'): boolean {
  return type === 'boolean'
    ? schema.kind === 'boolean'
    : schema.kind === 'integer' || schema.kind === 'number';
}
