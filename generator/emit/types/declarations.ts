/**
 * One exported, documented type per component schema: an `interface` for a (non-null) object, so
 * hovers and errors name it, a `type` alias for anything else.
 */
import type { ApiIr, NamedSchemaIr } from '../../ir/types.js';
import { docBlock, docLines } from '../surface/type-printer/jsdoc.js';
import { objectMembers } from '../surface/type-printer/object.js';
import { printType, type TypeRefs } from '../surface/type-printer/print.js';

/** Refs inside schema.ts: the target's type name. */
export function namedRefs(ir: ApiIr): TypeRefs {
  const byName = new Map(ir.schemas.map((s) => [s.name, s]));
  return {
    ref: (name) => byName.get(name)?.typeName ?? 'unknown',
    schema: (name) => byName.get(name)?.schema,
  };
}

export function declaration(named: NamedSchemaIr, refs: TypeRefs): string {
  const { schema, typeName } = named;
  const doc = docBlock(docLines(schema));
  const print = (s: typeof schema): string => printType(s, refs);
  if (schema.kind === 'object' && !schema.nullable) {
    const members = objectMembers(schema, print, '  ');
    return `${doc}export interface ${typeName} {\n${members.join('\n')}\n}\n`;
  }
  return `${doc}export type ${typeName} = ${print(schema)};\n`;
}

export function declarations(ir: ApiIr): string {
  const refs = namedRefs(ir);
  return ir.schemas.map((named) => declaration(named, refs)).join('\n');
}
