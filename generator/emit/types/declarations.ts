/**
 * One exported, documented type per component schema: an `interface` for a (non-null) object, so
 * hovers and errors name it, a `type` alias for anything else. `declarationTrees` is what
 * final-declarations.ts lays out in prettier's final form; `declarations` the same as source text.
 */
import type { ApiIr, NamedSchemaIr } from '../../ir/types.js';
import { docBlock, docLines } from '../surface/type-printer/jsdoc.js';
import { objectType } from '../surface/type-printer/object.js';
import { typeTree, type TypeRefs } from '../surface/type-printer/print.js';
import { typeText, type TypeTree } from '../surface/type-printer/tree.js';

/** Refs inside schema.ts: the target's type name. */
export function namedRefs(ir: ApiIr): TypeRefs {
  const byName = new Map(ir.schemas.map((s) => [s.name, s]));
  return {
    ref: (name) => byName.get(name)?.typeName ?? 'unknown',
    schema: (name) => byName.get(name)?.schema,
  };
}

export interface DeclarationTree {
  doc: string[];
  name: string;
  /** `interface` (its body is an object) or `type` alias. */
  keyword: 'interface' | 'type';
  type: TypeTree;
}

export function declarationTree(named: NamedSchemaIr, refs: TypeRefs): DeclarationTree {
  const { schema, typeName: name } = named;
  const doc = docLines(schema);
  const print = (s: typeof schema): TypeTree => typeTree(s, refs);
  if (schema.kind === 'object' && !schema.nullable)
    return { doc, name, keyword: 'interface', type: objectType(schema, print) };
  return { doc, name, keyword: 'type', type: print(schema) };
}

export function declaration(named: NamedSchemaIr, refs: TypeRefs): string {
  const { doc, name, keyword, type } = declarationTree(named, refs);
  const text = typeText(type);
  const body = keyword === 'interface' ? `interface ${name} ${text}` : `type ${name} = ${text};`;
  return `${docBlock(doc)}export ${body}\n`;
}

export function declarations(ir: ApiIr): string {
  const refs = namedRefs(ir);
  return ir.schemas.map((named) => declaration(named, refs)).join('\n');
}
