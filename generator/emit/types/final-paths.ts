/**
 * openapi-typescript's `paths` / `operations` / `components` types in prettier's final form, straight
 * from the nodes its transform makes: what the format stage's final-form.ts prints for the text
 * TypeScript's printer writes of those nodes (printNodes in openapi-ts.ts), without writing that
 * text and parsing it again (two thirds of the cost of these types on a large spec).
 *
 * final-form.ts's printer reads a parsed tree and its text; this one answers the few questions it
 * asks of the text from the synthesized nodes instead, as TypeScript's printer would write them: a
 * literal's text (TypeScript's escaping, double quotes), a keyword's text, a type literal broken
 * over lines (always, for a synthesized one), no blank lines, and a JSDoc comment's lines (the
 * printer trims each and indents it again, which final-form.ts's re-indenting then ignores).
 * Anything it cannot answer for certain (a node not synthesized, emit flags, a comment of another
 * kind or place, a line break other than `\n` in a comment, a key the inert document renamed) is
 * `undefined`, and the types take the text route as before. test/emit-types/final-paths.test.ts
 * compares both routes.
 */
import { builders } from 'prettier/doc';
import { PRETTIER_OPTIONS } from '../../format/options.js';
import { printAt, printDecided } from '../../format/print-decided.js';
import ts from 'typescript';
import {
  blockComment,
  FinalFormPrinter,
  printDoc,
  printString,
  Unsupported,
  type Place,
} from '../../format/final-form.js';

type Doc = builders.Doc;

// TypeScript's own helpers, internal to it (no declarations), as its printer uses them.
const internal = ts as unknown as {
  getEmitFlags(node: ts.Node): number;
  escapeNonAsciiString(text: string, quote: number): string;
  stringToToken(text: string): ts.SyntaxKind | undefined;
};
const DOUBLE_QUOTE = 0x22;

const { hardline } = builders;

/** One JSON string, without line breaks: TypeScript parses it as a string literal. */
const JSON_STRING = /^"(?:[^"\\\n\r\u2028\u2029]|\\.)*"$/;
const ASCII_IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
// inert-document.ts's key markers (both start so); restoreKeys undoes them in the text route.
const KEY_MARKER = '__shellapi';

/** The nodes' types as the text route prints them after the format stage, or `undefined`. */
export function pathsInFinalForm(nodes: readonly ts.Node[]): string | undefined {
  try {
    let comments = 0;
    const check = (node: ts.Node): void => {
      if (node.pos !== -1 || internal.getEmitFlags(node) !== 0) throw new Unsupported();
      comments += ts.getSyntheticLeadingComments(node)?.length ?? 0;
      comments += ts.getSyntheticTrailingComments(node)?.length ?? 0;
      ts.forEachChild(node, check);
    };
    for (const node of nodes) check(node);
    const printer = new SyntheticPrinter(nodes as readonly ts.Statement[]);
    const program = printer.program();
    const text = printDecided(program, 0) ?? printDoc(program);
    // Every comment printed (each where final-form.ts prints it), and no key to restore.
    if (printer.comments !== comments || text.includes(KEY_MARKER)) return undefined;
    return text;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

const EMPTY_FILE = ts.createSourceFile('paths.ts', '', ts.ScriptTarget.Latest);

class SyntheticPrinter extends FinalFormPrinter {
  comments = 0;
  /** Where the members being printed start when known: in an interface or a member's own type literal. */
  private column: number | undefined;
  /** The type literal that is the type of the member being printed, and its members' column. */
  private memberLiteral: ts.TypeNode | undefined;
  private memberLiteralColumn: number | undefined;

  constructor(private readonly statements: readonly ts.Statement[]) {
    super('', EMPTY_FILE);
  }

  override program(): Doc {
    return this.statementSequence(ts.factory.createNodeArray(this.statements), true);
  }

  /** TypeScript's printer writes a synthesized list without blank lines. */
  protected override blankLineAfter(): boolean {
    return false;
  }

  /** …and a type literal without the SingleLine emit flag (none has one, see `check`) over lines. */
  protected override breaksAfterBrace(): boolean {
    return true;
  }

  protected override statement(node: ts.Statement): Doc {
    this.column = ts.isInterfaceDeclaration(node) ? 2 : undefined;
    this.memberLiteral = undefined;
    const printed = super.statement(node);
    return printDecided(printed, 0) ?? printAt(printed, 0);
  }

  /**
   * A member whose flat text fits its line is that text (prettier prints a group that fits flat,
   * and the `;` after it ends the line: type literals here always break), without a layout
   * document for prettier's printer to measure again.
   */
  protected override member(node: ts.TypeElement, separator: Doc): Doc {
    const column = this.column;
    this.memberLiteral = (node as { type?: ts.TypeNode }).type;
    this.memberLiteralColumn = column === undefined ? undefined : column + 2;
    const printed = super.member(node, separator);
    if (column === undefined) return printed;
    const text = flatText((printed as Doc[])[0]!);
    if (text !== undefined && fits(`${text};`, column)) return `${text};`;
    // Printed here, at its known column, the member is text in its parent's layout too.
    return printDecided(printed, column) ?? printAt(printed, column);
  }

  protected override type(node: ts.TypeNode, place: Place): Doc {
    if (ts.isTypeLiteralNode(node)) {
      const column = this.column;
      this.column = node === this.memberLiteral ? this.memberLiteralColumn : undefined;
      try {
        return super.type(node, place);
      } finally {
        this.column = column;
      }
    }
    // A union or intersection of one type prints as that type, and parses back as it.
    if ((ts.isUnionTypeNode(node) || ts.isIntersectionTypeNode(node)) && node.types.length < 2)
      throw new Unsupported();
    // A reference named like a keyword (`null`, `string`) parses back as that keyword.
    if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName)) {
      if (internal.stringToToken(ts.idText(node.typeName)) !== undefined) throw new Unsupported();
    }
    // openapi-typescript writes a string literal type as an identifier of its JSON text: printed
    // as written, it parses back as a string literal type.
    if (ts.isIdentifier(node)) {
      const text = ts.idText(node);
      if (!JSON_STRING.test(text)) throw new Unsupported();
      return printString(text);
    }
    return super.type(node, place);
  }

  /**
   * A JSDoc comment before a statement or member, on its own line: TypeScript's printer writes
   * each line of it trimmed and indented again; final-form.ts re-indents a comment whose lines
   * all start with `*` and ignores that indent, any other it keeps verbatim (not taken here).
   */
  protected override leadingComments(node: ts.Node): Doc[] {
    const comments = ts.getSyntheticLeadingComments(node);
    if (!comments) return [];
    const parts: Doc[] = [];
    for (const comment of comments) {
      const text = comment.text;
      if (
        comment.kind !== ts.SyntaxKind.MultiLineCommentTrivia ||
        !comment.hasTrailingNewLine ||
        text[0] !== '*' ||
        /[\r\u2028\u2029]/.test(text)
      )
        throw new Unsupported();
      parts.push(blockComment(printedLines(text)), hardline);
      this.comments++;
    }
    return parts;
  }

  protected override identifier(node: ts.Identifier): string {
    const name = ts.idText(node);
    if (!ASCII_IDENTIFIER.test(name)) throw new Unsupported();
    return name;
  }

  /** The node's text as TypeScript's printer writes a synthesized node (getLiteralText). */
  protected override raw(node: ts.Node): string {
    if (ts.isStringLiteral(node)) {
      const { singleQuote, textSourceNode } = node as {
        singleQuote?: boolean;
        textSourceNode?: unknown;
      };
      if (singleQuote || textSourceNode) throw new Unsupported();
      return `"${internal.escapeNonAsciiString(node.text, DOUBLE_QUOTE)}"`;
    }
    if (ts.isNumericLiteral(node)) return node.text;
    if (ts.isIdentifier(node)) return this.identifier(node);
    const keyword = ts.tokenToString(node.kind);
    if (keyword === undefined || !ASCII_IDENTIFIER.test(keyword)) throw new Unsupported();
    return keyword;
  }
}

/** Plain ASCII (a character, a column) within the print width from `column`. */
function fits(text: string, column: number): boolean {
  return column + text.length <= PRETTIER_OPTIONS.printWidth! && /^[\x20-\x7e]*$/.test(text);
}

/**
 * The text of a layout document printed flat, or `undefined` when part of it cannot be (a group
 * that always breaks, a hard line) or is not the plain kind (its flat text then not certain).
 */
function flatText(doc: Doc): string | undefined {
  let text = '';
  const visit = (d: Doc): boolean => {
    if (typeof d === 'string') {
      text += d;
      return true;
    }
    if (Array.isArray(d)) return d.every(visit);
    switch (d.type) {
      case 'group':
        return !d.break && !d.expandedStates && visit(d.contents);
      case 'indent':
      case 'align':
        return visit(d.contents);
      case 'line':
        if (d.hard || d.literal) return false;
        if (!d.soft) text += ' ';
        return true;
      case 'if-break':
        return (d as { groupId?: symbol }).groupId === undefined && visit(d.flatContents ?? '');
      default:
        return false;
    }
  };
  return visit(doc) ? text : undefined;
}

/**
 * What final-form.ts reads between `/*` and `*\/` of a multi-line comment TypeScript's printer
 * wrote: the first line trimmed at its end, each other trimmed and indented (one space stands for
 * the indent here). A blank inner line is written without its `*`: final-form.ts keeps such a
 * comment verbatim, indent and all, so it is not taken.
 */
function printedLines(text: string): string {
  const lines = text.split('\n');
  if (lines.length === 1) return text;
  const last = lines.length - 1;
  return lines
    .map((line, i) => {
      if (i === 0) return line.trimEnd();
      if (i === last) return ` ${line.trimStart()}`;
      const trimmed = line.trim();
      if (trimmed === '') throw new Unsupported();
      return ` ${trimmed}`;
    })
    .join('\n');
}
