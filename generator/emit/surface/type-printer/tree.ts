/**
 * A printed type's structure, as TypeScript parses its text: a union's members are flat, and a
 * `group` is a pair of parentheses the text writes. The type printer builds it from the IR once;
 * `typeText` writes it as source text, and emit/types/final-declarations.ts lays it out as prettier
 * would (so schema.ts's declarations need no parse and no reprint).
 */
import type { Json } from '../../../ir/types.js';
import { docBlock } from './jsdoc.js';
import { literalType, propertyKey } from './literals.js';

export type TypeTree =
  /** A keyword (`string`, `unknown`) or a reference, as written. */
  | { kind: 'name'; name: string }
  | { kind: 'literal'; value: Json }
  | { kind: 'union' | 'intersection'; types: TypeTree[] }
  | { kind: 'array'; items: TypeTree }
  /** One member per line (`multiline`), or all on one line (a union variant's tag). */
  | { kind: 'object'; members: MemberTree[]; multiline: boolean }
  | { kind: 'group'; type: TypeTree };

export interface MemberTree {
  /** JSDoc lines (jsdoc.ts `docLines`). */
  doc: string[];
  /** The property's name; absent for the index signature `[key: string]`. */
  name?: string;
  /** The index signature's key type (`` `x-${string}` ``); `string` when absent. */
  indexKey?: string;
  optional: boolean;
  type: TypeTree;
}

export const UNKNOWN: TypeTree = { kind: 'name', name: 'unknown' };
export const NULL: TypeTree = { kind: 'literal', value: null };

/** `A | B`: a member that is itself a union (not grouped) joins the list, as in the parse. */
export function union(types: TypeTree[]): TypeTree {
  const flat = types.flatMap((t) => (t.kind === 'union' ? t.types : [t]));
  return flat.length === 1 ? flat[0]! : { kind: 'union', types: flat };
}

/** Parentheses around a union or intersection where `|` or `&` beside it would bind wrongly. */
export function grouped(type: TypeTree): TypeTree {
  return type.kind === 'union' || type.kind === 'intersection' ? { kind: 'group', type } : type;
}

/** The type as TypeScript source (objects one member per line, indented by two spaces). */
export function typeText(type: TypeTree): string {
  switch (type.kind) {
    case 'name':
      return type.name;
    case 'literal':
      return literalType(type.value);
    case 'union':
      return type.types.map(typeText).join(' | ');
    case 'intersection':
      return type.types.map(typeText).join(' & ');
    case 'array':
      return `${typeText(type.items)}[]`;
    case 'group':
      return `(${typeText(type.type)})`;
    case 'object':
      if (type.members.length === 0) return '{}';
      if (!type.multiline) return `{ ${type.members.map((m) => memberText(m, '')).join('; ')} }`;
      return `{\n${type.members.map((m) => memberText(m, '  ')).join('\n')}\n}`;
  }
}

function memberText(member: MemberTree, indent: string): string {
  const key =
    member.name === undefined ? `[key: ${member.indexKey ?? 'string'}]` : propertyKey(member.name);
  const text = `${key}${member.optional ? '?' : ''}: ${typeText(member.type)}`;
  // On one line: `{ type: 'a' }`, no `;` after the last member.
  return indent ? `${docBlock(member.doc, indent)}${indent}${text};` : text;
}
