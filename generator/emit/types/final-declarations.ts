/**
 * schema.ts's declarations in prettier's final form, straight from the type printer's trees: the
 * layout documents final-form.ts builds for the same text once parsed (its layouts, comments and
 * quoting), printed by prettier's document printer. So the format stage need not parse and reprint
 * the largest part of the largest file (emit/types/index.ts marks it with `finalPrefix`). A
 * statement or member whose flat text fits its line is that text, without a layout document.
 * Whatever final-form.ts would not print (it hands such text to prettier) is `undefined` here, and
 * the declarations go to the format stage as text. test/emit-types/final-declarations.test.ts
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
  needsParentheses,
  printDoc,
  printString,
  simpleNumber,
  unionLayout,
  Unsupported,
  type Place,
} from '../../format/final-form.js';
import { PRETTIER_OPTIONS } from '../../format/options.js';
import { printAt, printDecided } from '../../format/print-decided.js';
import { docBlock } from '../surface/type-printer/jsdoc.js';
import { quote } from '../surface/type-printer/literals.js';
import type { MemberTree, TypeTree } from '../surface/type-printer/tree.js';
import { declarationTrees, type DeclarationTree } from './declarations.js';

type Doc = builders.Doc;

const { group, hardline, ifBreak, indent, join, line, softline } = builders;

const ASCII_IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const KEYWORDS = new Set(['string', 'number', 'boolean', 'unknown', 'never', 'any', 'object']);

/** The declarations as prettier prints them (ending with a line break), or `undefined`. */
export function declarationsInFinalForm(ir: ApiIr): string | undefined {
  if (!mirrorsOptions()) return undefined;
  try {
    const printed = declarationTrees(ir).map((tree) => {
      const doc = statement(tree);
      return printDecided(doc, 0) ?? printDoc(doc);
    });
    const text = `${printed.join('\n\n')}\n`;
    return hasOtherLineBreaks(text) ? undefined : text;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

function statement({ doc, name, keyword, type: tree }: DeclarationTree): Doc {
  if (keyword === 'interface')
    return [comment(doc), 'export interface ', identifier(name), ' ', body(tree)];
  const right = ungrouped(tree);
  const breaksAfterEquals = right.kind === 'union' && !hugs(right.types);
  const place = breaksAfterEquals ? 'alias-rhs' : 'annotation';
  const flatType = flat(right, place);
  const flatLine = flatType && `export type ${identifier(name)} = ${flatType};`;
  if (fits(flatLine, 0)) return [comment(doc), flatLine];
  const left = ['type ', identifier(name)];
  return [comment(doc), 'export ', aliasLayout(left, type(right, place), breaksAfterEquals), ';'];
}

/** A JSDoc block on its own line before a statement or member, as final-form.ts re-indents it. */
function comment(lines: string[]): Doc {
  if (lines.length === 0) return '';
  if (lines.length === 1) return [`/** ${lines[0]} */`, hardline];
  // docBlock's text without `/*`, `*/` and the line break: what final-form.ts reads of it.
  return [blockComment(docBlock(lines).slice(2, -3)), hardline];
}

/** An interface body: always broken, one member per line. */
function body(tree: TypeTree): Doc {
  if (tree.kind !== 'object' || tree.members.length === 0) throw new Unsupported();
  const members = tree.members.map((m) => [comment(m.doc), member(m, ';', 2)]);
  return ['{', indent([hardline, join(hardline, members)]), hardline, '}'];
}

/**
 * A type literal: broken when written over lines (objectWrap: preserve) or when too long.
 * `column`: where its members start when broken, if known.
 */
function typeLiteral(members: MemberTree[], multiline: boolean, column?: number): Doc {
  if (members.length === 0) return '{}';
  const last = members.length - 1;
  const printed = members.map((m, i) => [
    comment(m.doc),
    // A broken literal's last member ends with `;` too.
    member(m, i === last ? ifBreak(';') : ';', multiline ? column : undefined),
  ]);
  return group(['{', indent([line, join(line, printed)]), line, '}'], { shouldBreak: multiline });
}

/** A member; with the column of a broken body's member, as one line where its flat text fits. */
function member(m: MemberTree, separator: Doc, column?: number): Doc {
  if (column !== undefined) {
    const flatMemberText = flatMember(m);
    const flatLine = flatMemberText && `${flatMemberText};`;
    if (fits(flatLine, column)) return flatLine;
  }
  const nested = column === undefined ? undefined : column + 2;
  const printed = type(m.type, 'annotation', nested);
  let doc: Doc;
  if (m.name === undefined) {
    const parameter = group([indent([softline, 'key: string']), softline]);
    doc = [group(['[', parameter, ']', ': ', printed]), separator];
  } else {
    doc = [group([key(m.name), m.optional ? '?' : '', ': ', printed]), separator];
  }
  // At its known column, on a line of its own, the member is text in its parent's layout too.
  return column === undefined ? doc : (printDecided(doc, column) ?? printAt(doc, column));
}

/**
 * A statement or member line whose flat text fits needs no layout: prettier prints a group that
 * fits flat. Only plain ASCII is measured here (a character, a column).
 */
function fits(flatLine: string | undefined, column: number): flatLine is string {
  return (
    flatLine !== undefined &&
    column + flatLine.length <= PRETTIER_OPTIONS.printWidth! &&
    /^[\x20-\x7e]*$/.test(flatLine)
  );
}

/** What the layouts print when nothing breaks; `undefined` where something always breaks. */
function flat(tree: TypeTree, place: Place): string | undefined {
  switch (tree.kind) {
    case 'group':
      return flat(tree.type, place);
    case 'union':
    case 'intersection': {
      const parts: string[] = [];
      for (const t of tree.types) {
        const part = flat(t, tree.kind);
        if (part === undefined) return undefined;
        parts.push(part);
      }
      const text = parts.join(tree.kind === 'union' ? ' | ' : ' & ');
      return needsParentheses(place) ? `(${text})` : text;
    }
    case 'object': {
      if (tree.members.length === 0) return '{}';
      if (tree.multiline || tree.members.some((m) => m.doc.length > 0)) return undefined;
      const members: string[] = [];
      for (const m of tree.members) {
        const printed = flatMember(m);
        if (printed === undefined) return undefined;
        members.push(printed);
      }
      return `{ ${members.join('; ')} }`;
    }
    case 'array': {
      const items = flat(arrayItems(tree.items), 'array');
      return items === undefined ? undefined : `${items}[]`;
    }
    case 'name':
      return typeName(tree.name);
    case 'literal':
      return literal(tree.value);
  }
}

function flatMember(m: MemberTree): string | undefined {
  const printed = flat(m.type, 'annotation');
  if (printed === undefined) return undefined;
  const name =
    m.name === undefined
      ? `[key: ${m.indexKey ?? 'string'}]`
      : `${key(m.name)}${m.optional ? '?' : ''}`;
  return `${name}: ${printed}`;
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

/** `column`: where the members of an object type start when it breaks, if known. */
function type(tree: TypeTree, place: Place, column?: number): Doc {
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
      return typeLiteral(tree.members, tree.multiline, column);
    case 'array':
      return [type(arrayItems(tree.items), 'array'), '[]'];
    case 'name':
      return typeName(tree.name);
    case 'literal':
      return literal(tree.value);
  }
}

function arrayItems(items: TypeTree): TypeTree {
  const t = ungrouped(items);
  // `-1[]`: babel-ts refuses it, and the format stage's second parser decides its form.
  if (t.kind === 'literal' && typeof t.value === 'number' && t.value < 0) throw new Unsupported();
  return t;
}

function typeName(name: string): string {
  return KEYWORDS.has(name) ? name : identifier(name);
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
