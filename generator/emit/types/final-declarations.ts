/**
 * schema.ts's declarations in prettier's final form, straight from the type printer's trees: the
 * layout documents final-form.ts builds for the same text once parsed (its layouts, comments and
 * quoting), printed by prettier's document printer. So the format stage need not parse and reprint
 * the largest part of the largest file (emit/types/index.ts marks it with `finalPrefix`). Whatever
 * final-form.ts would not print (it hands such text to prettier) is `undefined` here, and the
 * declarations go to the format stage as text. test/emit-types/final-declarations.test.ts
 * compares the result with prettier's.
 */
import { builders } from 'prettier/doc';
import type { ApiIr } from '../../ir/types.js';
import {
  aliasLayout,
  blockComment,
  hasOtherLineBreaks,
  intersectionLayout,
  mirrorsOptions,
  printDoc,
  printString,
  simpleNumber,
  unionLayout,
  Unsupported,
  type Place,
} from '../../format/final-form.js';
import { docBlock } from '../surface/type-printer/jsdoc.js';
import { quote } from '../surface/type-printer/literals.js';
import type { MemberTree, TypeTree } from '../surface/type-printer/tree.js';
import { declarationTree, namedRefs, type DeclarationTree } from './declarations.js';

type Doc = builders.Doc;

const { group, hardline, ifBreak, indent, join, line, softline } = builders;

const ASCII_IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const KEYWORDS = new Set(['string', 'number', 'boolean', 'unknown', 'never', 'any', 'object']);

/** The declarations as prettier prints them (ending with a line break), or `undefined`. */
export function declarationsInFinalForm(ir: ApiIr): string | undefined {
  if (!mirrorsOptions()) return undefined;
  const refs = namedRefs(ir);
  try {
    const printed = ir.schemas.map((named) => printDoc(statement(declarationTree(named, refs))));
    const text = `${printed.join('\n\n')}\n`;
    return hasOtherLineBreaks(text) ? undefined : text;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

function statement({ doc, name, keyword, type }: DeclarationTree): Doc {
  const declared =
    keyword === 'interface'
      ? ['interface ', identifier(name), ' ', body(type)]
      : [aliasRhs(['type ', identifier(name)], type), ';'];
  return [comment(doc), 'export ', declared];
}

/** A JSDoc block on its own line before a statement or member, as final-form.ts re-indents it. */
function comment(lines: string[]): Doc {
  if (lines.length === 0) return '';
  // docBlock's text without `/*`, `*/` and the line break: what final-form.ts reads of it.
  return [blockComment(docBlock(lines).slice(2, -3)), hardline];
}

function aliasRhs(left: Doc, rhs: TypeTree): Doc {
  const right = ungrouped(rhs);
  const breaksAfterEquals = right.kind === 'union' && !hugs(right.types);
  return aliasLayout(
    left,
    type(right, breaksAfterEquals ? 'alias-rhs' : 'annotation'),
    breaksAfterEquals,
  );
}

/** An interface body: always broken, one member per line. */
function body(tree: TypeTree): Doc {
  if (tree.kind !== 'object' || tree.members.length === 0) throw new Unsupported();
  const members = tree.members.map((m) => [comment(m.doc), member(m, ';')]);
  return ['{', indent([hardline, join(hardline, members)]), hardline, '}'];
}

/** A type literal: broken when written over lines (objectWrap: preserve) or when too long. */
function typeLiteral(members: MemberTree[], multiline: boolean): Doc {
  if (members.length === 0) return '{}';
  const last = members.length - 1;
  const printed = members.map((m, i) => [
    comment(m.doc),
    member(m, i === last ? ifBreak(';') : ';'),
  ]);
  return group(['{', indent([line, join(line, printed)]), line, '}'], { shouldBreak: multiline });
}

function member(m: MemberTree, separator: Doc): Doc {
  const printed = type(m.type, 'annotation');
  if (m.name === undefined) {
    const parameter = group([indent([softline, 'key: string']), softline]);
    return [group(['[', parameter, ']', ': ', printed]), separator];
  }
  return [group([key(m.name), m.optional ? '?' : '', ': ', printed]), separator];
}

/** quoteProps `as-needed`, as final-form.ts decides it for the key as the type printer writes it. */
function key(name: string): string {
  if (ASCII_IDENTIFIER.test(name)) return name;
  const printed = printString(quote(name));
  if (printed.slice(1, -1) === name && /[^\x00-\x7f]/.test(name)) throw new Unsupported();
  return printed;
}

function identifier(name: string): string {
  if (!ASCII_IDENTIFIER.test(name)) throw new Unsupported();
  return name;
}

function type(tree: TypeTree, place: Place): Doc {
  switch (tree.kind) {
    case 'group':
      // prettier drops parentheses from its tree and adds back the ones needed.
      return type(tree.type, place);
    case 'union':
      return unionLayout(
        tree.types.map((t) => type(t, 'union')),
        hugs(tree.types),
        place,
      );
    case 'intersection':
      return intersectionLayout(
        tree.types.map((t) => type(t, 'intersection')),
        tree.types.map((t) => ungrouped(t).kind === 'object'),
        place,
      );
    case 'object':
      return typeLiteral(tree.members, tree.multiline);
    case 'array': {
      const items = ungrouped(tree.items);
      // `-1[]`: babel-ts refuses it, and the format stage's second parser decides its form.
      if (items.kind === 'literal' && typeof items.value === 'number' && items.value < 0)
        throw new Unsupported();
      return [type(items, 'array'), '[]'];
    }
    case 'name':
      return KEYWORDS.has(tree.name) ? tree.name : identifier(tree.name);
    case 'literal':
      return literal(tree.value);
  }
}

function literal(value: unknown): string {
  if (typeof value === 'string') return printString(quote(value));
  if (typeof value === 'number') {
    const raw = JSON.stringify(value);
    return raw.startsWith('-') ? `-${simpleNumber(raw.slice(1))}` : simpleNumber(raw);
  }
  if (typeof value === 'boolean' || value === null) return String(value);
  throw new Unsupported();
}

function ungrouped(tree: TypeTree): TypeTree {
  while (tree.kind === 'group') tree = tree.type;
  return tree;
}

/** prettier's `shouldHugType` for a union: exactly one object or reference, the rest `null`. */
function hugs(types: TypeTree[]): boolean {
  let object: TypeTree | undefined;
  for (const member of types) {
    const t = ungrouped(member);
    if (t.kind === 'literal' && t.value === null) continue;
    const reference = t.kind === 'name' && !KEYWORDS.has(t.name);
    if (object || !(t.kind === 'object' || reference)) return false;
    object = t;
  }
  return object !== undefined;
}
