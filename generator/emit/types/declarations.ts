/**
 * One exported, documented type per component schema: an `interface` for a (non-null) object, so
 * hovers and errors name it, a `type` alias for anything else. A schema whose request or response
 * shape differs (ir/directions.ts) is followed by that shape's type, and the maps
 * `requestSchemas` / `responseSchemas` (component name → that type) end the declarations, for the
 * client's refs as `components['schemas']` serves the rest. `declarationTrees` is what
 * final-declarations.ts lays out in prettier's final form; `declarations` the same as source text.
 */
import type { ApiIr, NamedSchemaIr } from '../../ir/types.js';
import { directedTypeName, hiddenIn, type Direction } from '../../ir/directions.js';
import { namedSchemas } from '../../ir/schema-path.js';
import { docBlock, docLines } from '../surface/type-printer/jsdoc.js';
import { objectType } from '../surface/type-printer/object.js';
import { typeTree, type TypeRefs } from '../surface/type-printer/print.js';
import { typeText, type TypeTree } from '../surface/type-printer/tree.js';

/** Refs inside schema.ts: the target's type name (in `direction`, its shape's type where it differs). */
export function namedRefs(ir: ApiIr, direction?: Direction): TypeRefs {
  const byName = namedSchemas(ir);
  const refs: TypeRefs = {
    ref: (name) => {
      const named = byName.get(name);
      return named ? directedTypeName(named, direction) : 'unknown';
    },
    schema: (name) => byName.get(name)?.schema,
  };
  if (direction) refs.omit = (schema) => hiddenIn(schema, direction);
  return refs;
}

export interface DeclarationTree {
  doc: string[];
  name: string;
  /** `interface` (its body is an object) or `type` alias. */
  keyword: 'interface' | 'type';
  type: TypeTree;
}

/** What a direction's type says of itself, after the schema's own text. */
const DIRECTED_DOC: Record<Direction, string> = {
  request: 'As a request sends it: without its readOnly properties (the server sets them).',
  response: 'As a response brings it: without its writeOnly properties (never sent back).',
};

export function declarationTree(
  named: NamedSchemaIr,
  refs: TypeRefs,
  direction?: Direction,
): DeclarationTree {
  const { schema } = named;
  const name = directedTypeName(named, direction);
  const doc = docLines(schema);
  if (direction) doc.push(...(doc.length > 0 ? [''] : []), DIRECTED_DOC[direction]);
  const print = (s: typeof schema): TypeTree => typeTree(s, refs);
  if (schema.kind === 'object' && !schema.nullable)
    return { doc, name, keyword: 'interface', type: objectType(schema, print, refs.omit) };
  return { doc, name, keyword: 'type', type: print(schema) };
}

/** Every declaration of schema.ts's schema part, in order (see the module comment). */
export function declarationTrees(ir: ApiIr): DeclarationTree[] {
  const refs = namedRefs(ir);
  const directed = { request: namedRefs(ir, 'request'), response: namedRefs(ir, 'response') };
  const trees: DeclarationTree[] = [];
  const maps: Record<Direction, NamedSchemaIr[]> = { request: [], response: [] };
  for (const named of ir.schemas) {
    trees.push(declarationTree(named, refs));
    for (const direction of ['request', 'response'] as const) {
      if (directedTypeName(named, direction) === named.typeName) continue;
      trees.push(declarationTree(named, directed[direction], direction));
      maps[direction].push(named);
    }
  }
  for (const direction of ['request', 'response'] as const) {
    if (maps[direction].length === 0) continue;
    trees.push({
      doc: [
        `Component schemas whose shape differs in a ${direction}, by name: the type a ${direction} uses.`,
      ],
      name: `${direction}Schemas`,
      keyword: 'interface',
      type: {
        kind: 'object',
        multiline: true,
        members: maps[direction].map((named) => ({
          doc: [],
          name: named.name,
          optional: false,
          type: { kind: 'name', name: directedTypeName(named, direction) },
        })),
      },
    });
  }
  return trees;
}

export function declaration(named: NamedSchemaIr, refs: TypeRefs): string {
  return declarationText(declarationTree(named, refs));
}

function declarationText({ doc, name, keyword, type }: DeclarationTree): string {
  const text = typeText(type);
  const body = keyword === 'interface' ? `interface ${name} ${text}` : `type ${name} = ${text};`;
  return `${docBlock(doc)}export ${body}\n`;
}

export function declarations(ir: ApiIr): string {
  return declarationTrees(ir).map(declarationText).join('\n');
}
