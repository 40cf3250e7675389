/**
 * A declarations-only TypeScript file (`typesOnly`, e.g. the SDK's `schema.ts`, or the SDK's
 * `index.ts` of re-exports) in prettier's final form without running prettier. Such a file is a
 * small subset of TypeScript (interfaces, type aliases, type literals, unions, intersections,
 * arrays, indexed access, literal and keyword types, index signatures, named imports and exports,
 * JSDoc and line comments), so the text is parsed with TypeScript and each node
 * becomes the layout document prettier's TypeScript printer builds for it (prettier 3.10 with the
 * options in options.ts), printed by prettier's own document printer (`prettier/doc`, the small part
 * of prettier that decides line breaks). The 1.6 MB schema of a large spec takes a few hundred
 * milliseconds this way instead of seconds.
 *
 * Anything outside the subset (a construct, a comment where only prettier knows where it goes, an
 * option set other than the one this mirrors) returns `undefined` and the format stage runs
 * prettier on that file: the output is never different from prettier's
 * (test/format/final-form.test.ts runs prettier over printed files to prove it).
 */
import ts from 'typescript';
import { builders, printer } from 'prettier/doc';
import { PRETTIER_OPTIONS } from './options.js';
import { takeParsed } from './parsed-sources.js';

type Doc = builders.Doc;

const {
  align,
  group,
  hardline,
  ifBreak,
  indent,
  indentIfBreak,
  join,
  line,
  lineSuffixBoundary,
  literalline,
  markAsRoot,
  softline,
} = builders;

/** The options whose prettier output this module reproduces; any other setting falls back to prettier. */
const MIRRORED_OPTIONS: Readonly<Record<string, unknown>> = {
  tabWidth: 2,
  useTabs: false,
  semi: true,
  singleQuote: true,
  quoteProps: 'as-needed',
  bracketSpacing: true,
  objectWrap: 'preserve',
  experimentalOperatorPosition: 'end',
  endOfLine: 'lf',
};

/** A construct this printer does not reproduce: the file goes to prettier instead. */
export class Unsupported extends Error {}

/** Where a type is printed: decides its parentheses and how a union lays itself out. */
export type Place =
  | 'annotation'
  | 'alias-rhs'
  | 'type-argument'
  | 'union'
  | 'intersection'
  | 'array'
  | 'index-object';

/** The text prettier would print for `text`, or `undefined` when that is not certain. */
export function printInFinalForm(text: string): string | undefined {
  return printWith(text, (source, file) => new FinalFormPrinter(source, file).program());
}

/**
 * Parses `text` and prints the document `build` makes of it; `undefined` when the options differ
 * from the mirrored ones, the text does not parse, or `build` meets a construct it does not print.
 */
export function printWith(
  text: string,
  build: (text: string, file: ts.SourceFile) => Doc,
): string | undefined {
  if (!mirrorsOptions() || hasOtherLineBreaks(text)) return undefined;
  // Comments are read from the text: TypeScript need not parse the JSDoc in them. The compile
  // stage may have parsed this text already.
  const file =
    takeParsed(text) ??
    ts.createSourceFile(
      'schema.ts',
      text,
      { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone },
      false,
      ts.ScriptKind.TS,
    );
  if ((file as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length > 0)
    return undefined;
  let doc: Doc;
  try {
    doc = build(text, file);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
  const formatted = printDoc(doc);
  // Every comment is printed where it was: one left out (a place not handled) shows as a missing opener.
  return commentOpeners(formatted) === commentOpeners(text) ? formatted : undefined;
}

/** Whether prettier's options are the ones this module mirrors. */
export function mirrorsOptions(): boolean {
  for (const [option, value] of Object.entries(MIRRORED_OPTIONS))
    if ((PRETTIER_OPTIONS as Record<string, unknown>)[option] !== value) return false;
  return true;
}

/** prettier's line breaks include these too; the emitters write `\n` only. */
export function hasOtherLineBreaks(text: string): boolean {
  return /[\r\u2028\u2029]/.test(text);
}

/** prettier's document printer with the mirrored options. */
export function printDoc(doc: Doc): string {
  return printer.printDocToString(doc, {
    printWidth: PRETTIER_OPTIONS.printWidth!,
    tabWidth: 2,
    useTabs: false,
  }).formatted;
}

function commentOpeners(text: string): number {
  let count = 0;
  for (let i = text.indexOf('/'); i !== -1; i = text.indexOf('/', i + 1)) {
    const next = text.charCodeAt(i + 1);
    if (next === 0x2a || next === 0x2f) count++;
  }
  return count;
}

export class FinalFormPrinter {
  constructor(
    protected readonly text: string,
    protected readonly file: ts.SourceFile,
  ) {}

  program(): Doc {
    return this.statementSequence(this.file.statements, true);
  }

  /** Statements one per line, blank lines between them kept; the program ends with a line break. */
  protected statementSequence(statements: ts.NodeArray<ts.Statement>, program: boolean): Doc {
    const parts: Doc[] = [];
    statements.forEach((statement, i) => {
      parts.push(this.leadingComments(statement), this.statement(statement));
      if (i < statements.length - 1) {
        parts.push(hardline);
        if (this.blankLineAfter(statement)) parts.push(hardline);
      }
    });
    if (program && statements.length > 0) parts.push(hardline);
    return parts;
  }

  protected statement(node: ts.Statement): Doc {
    if (ts.isImportDeclaration(node)) return this.importDeclaration(node);
    if (ts.isExportDeclaration(node)) return this.exportDeclaration(node);
    const exported = exportModifier(node);
    if (ts.isInterfaceDeclaration(node)) {
      if (node.typeParameters || node.heritageClauses) throw new Unsupported();
      return [exported, 'interface ', this.identifier(node.name), ' ', this.body(node.members)];
    }
    if (ts.isTypeAliasDeclaration(node)) {
      if (node.typeParameters) throw new Unsupported();
      return [exported, this.alias(['type ', this.identifier(node.name)], node.type), ';'];
    }
    throw new Unsupported();
  }

  /** `import [type] { a, type B, c as d } from '…';` (named imports only). */
  private importDeclaration(node: ts.ImportDeclaration): Doc {
    const clause = node.importClause;
    if (node.modifiers?.length || node.attributes || !clause || clause.name)
      throw new Unsupported();
    const bindings = clause.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) throw new Unsupported();
    const keyword = clause.isTypeOnly ? 'import type ' : 'import ';
    return this.moduleSpecifiers(keyword, bindings.elements, node.moduleSpecifier);
  }

  /** `export [type] { a, b as c } [from '…'];` and `export * from '…';`. */
  private exportDeclaration(node: ts.ExportDeclaration): Doc {
    if (node.modifiers?.length || node.attributes) throw new Unsupported();
    const keyword = node.isTypeOnly ? 'export type ' : 'export ';
    const clause = node.exportClause;
    if (!clause) {
      if (node.isTypeOnly || !node.moduleSpecifier) throw new Unsupported();
      return [keyword, '* from ', this.moduleSource(node.moduleSpecifier), ';'];
    }
    if (!ts.isNamedExports(clause)) throw new Unsupported();
    return this.moduleSpecifiers(keyword, clause.elements, node.moduleSpecifier);
  }

  /** One specifier stays inside `{ … }` whatever its length; several break one per line when too long. */
  private moduleSpecifiers(
    keyword: string,
    elements: ts.NodeArray<ts.ImportSpecifier | ts.ExportSpecifier>,
    source: ts.Expression | undefined,
  ): Doc {
    if (elements.length === 0) throw new Unsupported();
    const specifiers = elements.map((element) => {
      if (!ts.isIdentifier(element.name)) throw new Unsupported();
      if (element.propertyName && !ts.isIdentifier(element.propertyName)) throw new Unsupported();
      const name = this.identifier(element.name);
      const printed = element.propertyName ? `${this.raw(element.propertyName)} as ${name}` : name;
      return element.isTypeOnly ? `type ${printed}` : printed;
    });
    const braces =
      specifiers.length === 1
        ? ['{ ', specifiers[0]!, ' }']
        : ['{', indent([line, join([',', line], specifiers)]), ifBreak(','), line, '}'];
    const from = source ? [' from ', this.moduleSource(source)] : '';
    return group([keyword, braces, from, ';']);
  }

  private moduleSource(node: ts.Expression): string {
    if (!ts.isStringLiteral(node)) throw new Unsupported();
    return printString(this.raw(node));
  }

  private alias(left: Doc, rhs: ts.TypeNode): Doc {
    const right = unparenthesized(rhs);
    const breaksAfterEquals = ts.isUnionTypeNode(right) && !hugsUnion(right);
    const printed = this.type(right, breaksAfterEquals ? 'alias-rhs' : 'annotation');
    return aliasLayout(left, printed, breaksAfterEquals);
  }

  /** An interface body: always broken, one member per line, blank lines between members kept. */
  private body(members: ts.NodeArray<ts.TypeElement>): Doc {
    if (members.length === 0) return '{}';
    const parts: Doc[] = [];
    members.forEach((member, i) => {
      parts.push(this.leadingComments(member), this.member(member, ';'));
      if (i < members.length - 1) {
        parts.push(hardline);
        if (this.blankLineAfter(member)) parts.push(hardline);
      }
    });
    return ['{', indent([hardline, parts]), hardline, '}'];
  }

  /** A type literal: broken when the source broke after `{` (objectWrap: preserve) or when too long. */
  private typeLiteral(node: ts.TypeLiteralNode): Doc {
    const members = node.members;
    if (members.length === 0) return '{}';
    const parts: Doc[] = [];
    members.forEach((member, i) => {
      const last = i === members.length - 1;
      parts.push(this.leadingComments(member), this.member(member, last ? ifBreak(';') : ';'));
      if (!last) {
        parts.push(line);
        if (this.blankLineAfter(member)) parts.push(hardline);
      }
    });
    return group(['{', indent([line, ...parts]), line, '}'], {
      shouldBreak: this.breaksAfterBrace(node),
    });
  }

  /** Whether a blank line follows the node in the source (kept, as prettier keeps one). */
  protected blankLineAfter(node: ts.Node): boolean {
    return isNextLineEmpty(this.text, node.end);
  }

  /** Whether the source breaks the line after a non-empty type literal's `{`. */
  protected breaksAfterBrace(node: ts.TypeLiteralNode): boolean {
    const open = node.getStart(this.file);
    return this.text.slice(open, node.members[0]!.getStart(this.file)).includes('\n');
  }

  protected member(node: ts.TypeElement, separator: Doc): Doc {
    if (ts.isPropertySignature(node)) {
      if (node.modifiers?.length || !node.type) throw new Unsupported();
      const optional = node.questionToken ? '?' : '';
      return [
        group([this.key(node.name), optional, ': ', this.type(node.type, 'annotation')]),
        separator,
      ];
    }
    if (ts.isIndexSignatureDeclaration(node)) {
      const [parameter, ...rest] = node.parameters;
      if (node.modifiers?.length || rest.length > 0 || !parameter || !parameter.type)
        throw new Unsupported();
      if (
        !ts.isIdentifier(parameter.name) ||
        parameter.questionToken ||
        parameter.dotDotDotToken ||
        parameter.modifiers?.length
      )
        throw new Unsupported();
      const printed = [
        this.identifier(parameter.name),
        ': ',
        this.type(parameter.type, 'annotation'),
      ];
      const parameters = group([indent([softline, printed]), softline]);
      return [group(['[', parameters, ']', ': ', this.type(node.type, 'annotation')]), separator];
    }
    throw new Unsupported();
  }

  /** quoteProps `as-needed`, as prettier decides it for the babel-ts parser. */
  protected key(name: ts.PropertyName): Doc {
    if (ts.isIdentifier(name)) return this.identifier(name);
    if (ts.isNumericLiteral(name)) return simpleNumber(this.raw(name));
    if (!ts.isStringLiteral(name)) throw new Unsupported();
    const printed = printString(this.raw(name));
    const unquotable = printed.slice(1, -1) === name.text;
    if (unquotable && ASCII_IDENTIFIER.test(name.text)) return name.text;
    // Beyond ASCII, prettier's ES5 identifier test decides: not reproduced here.
    if (unquotable && /[^\x00-\x7f]/.test(name.text)) throw new Unsupported();
    return printed;
  }

  protected type(node: ts.TypeNode, place: Place): Doc {
    switch (node.kind) {
      case ts.SyntaxKind.ParenthesizedType:
        // prettier drops parentheses from its tree and adds back the ones needed.
        return this.type((node as ts.ParenthesizedTypeNode).type, place);
      case ts.SyntaxKind.UnionType:
        return this.union(node as ts.UnionTypeNode, place);
      case ts.SyntaxKind.IntersectionType:
        return this.intersection(node as ts.IntersectionTypeNode, place);
      case ts.SyntaxKind.TypeLiteral:
        return this.typeLiteral(node as ts.TypeLiteralNode);
      case ts.SyntaxKind.ArrayType: {
        const element = unparenthesized((node as ts.ArrayTypeNode).elementType);
        // `-1[]`: babel-ts refuses it, and the format stage's second parser decides its form.
        if (ts.isLiteralTypeNode(element) && ts.isPrefixUnaryExpression(element.literal))
          throw new Unsupported();
        return [this.type(element, 'array'), '[]'];
      }
      case ts.SyntaxKind.IndexedAccessType: {
        const access = node as ts.IndexedAccessTypeNode;
        return [
          this.type(access.objectType, 'index-object'),
          '[',
          this.type(access.indexType, 'annotation'),
          ']',
        ];
      }
      case ts.SyntaxKind.TypeReference: {
        const reference = node as ts.TypeReferenceNode;
        if (!ts.isIdentifier(reference.typeName)) throw new Unsupported();
        const name = this.identifier(reference.typeName);
        return reference.typeArguments ? [name, this.typeArguments(reference.typeArguments)] : name;
      }
      case ts.SyntaxKind.LiteralType:
        return this.literal((node as ts.LiteralTypeNode).literal);
      default:
        if (KEYWORD_TYPES.has(node.kind)) return this.raw(node);
        throw new Unsupported();
    }
  }

  /** `<A, B>`: broken one per line when too long; a lone simple, object or hugging type stays inline. */
  protected typeArguments(args: ts.NodeArray<ts.TypeNode>): Doc {
    const printed = args.map((t) => this.type(t, 'type-argument'));
    if (args.length === 1 && shouldHugType(args[0]!)) return ['<', printed[0]!, '>'];
    return group(['<', indent([softline, join([',', line], printed)]), softline, '>']);
  }

  private literal(node: ts.LiteralTypeNode['literal']): Doc {
    switch (node.kind) {
      case ts.SyntaxKind.StringLiteral:
        return printString(this.raw(node));
      case ts.SyntaxKind.NumericLiteral:
        return simpleNumber(this.raw(node));
      case ts.SyntaxKind.TrueKeyword:
      case ts.SyntaxKind.FalseKeyword:
      case ts.SyntaxKind.NullKeyword:
        return this.raw(node);
      case ts.SyntaxKind.PrefixUnaryExpression: {
        const { operator, operand } = node as ts.PrefixUnaryExpression;
        if (operator !== ts.SyntaxKind.MinusToken || !ts.isNumericLiteral(operand))
          throw new Unsupported();
        return `-${simpleNumber(this.raw(operand))}`;
      }
      default:
        throw new Unsupported();
    }
  }

  private union(node: ts.UnionTypeNode, place: Place): Doc {
    const members = node.types.map((t) => this.type(t, 'union'));
    return unionLayout(members, hugsUnion(node), place);
  }

  private intersection(node: ts.IntersectionTypeNode, place: Place): Doc {
    const parts = node.types.map((t) => this.type(t, 'intersection'));
    return intersectionLayout(parts, node.types.map(isObjectType), place);
  }

  /** Comments before a statement or member, each on its own line, blank lines after them kept. */
  protected leadingComments(node: ts.Node): Doc[] {
    const parts: Doc[] = [];
    // A block comment on the line before the node, after the previous one (`{ /** a */ x: 1 }`): a
    // space separates it from the node. One followed by a line break trails the previous node.
    const sameLine = node.pos === 0 ? undefined : ts.getTrailingCommentRanges(this.text, node.pos);
    for (const range of sameLine ?? []) {
      if (range.kind !== ts.SyntaxKind.MultiLineCommentTrivia || hasNewline(this.text, range.end))
        throw new Unsupported();
      parts.push(blockComment(this.text.slice(range.pos + 2, range.end - 2)), ' ');
    }
    const ranges = ts.getLeadingCommentRanges(this.text, node.pos);
    if (!ranges) return parts;
    for (const range of ranges) {
      const raw = this.text.slice(range.pos, range.end);
      if (range.kind === ts.SyntaxKind.SingleLineCommentTrivia) {
        parts.push(raw.trimEnd(), hardline);
      } else {
        const ownLine =
          hasNewline(this.text, range.end) &&
          range.pos > 0 &&
          hasNewlineBefore(this.text, range.pos);
        if (!ownLine) throw new Unsupported();
        parts.push(blockComment(raw.slice(2, -2)), hardline);
      }
      const after = skipNewline(this.text, skipSpaces(this.text, range.end));
      if (hasNewline(this.text, after)) parts.push(hardline);
    }
    return parts;
  }

  protected identifier(node: ts.Identifier): string {
    // As written; the usual case (no escapes) without scanning back over the comments before it.
    const name = node.text;
    return this.text.startsWith(name, node.end - name.length) ? name : this.raw(node);
  }

  protected raw(node: ts.Node): string {
    return this.text.slice(node.getStart(this.file), node.end);
  }
}

// The layouts below are shared with emit/types/final-declarations.ts, which builds them from the
// type printer's trees instead of parsed nodes.

/** prettier's assignment layouts: a union that does not hug breaks after `=`, the rest are fluid. */
export function aliasLayout(left: Doc, right: Doc, breaksAfterEquals: boolean): Doc {
  if (breaksAfterEquals) return group([group(left), ' =', group(indent([line, right]))]);
  const groupId = Symbol('assignment');
  return group([
    group(left),
    ' =',
    group(indent(line), { id: groupId }),
    lineSuffixBoundary,
    indentIfBreak(right, { groupId }),
  ]);
}

/**
 * `A | B` on one line, or one member per line each led by `| `; an object or reference with only
 * `null`/`void` beside it hugs (`{ … } | null`). Inside an array, union or intersection it is
 * parenthesised; after `=` the assignment provides the indent.
 */
export function unionLayout(members: Doc[], hugs: boolean, place: Place): Doc {
  if (hugs) {
    const hugged = join(' | ', members);
    return needsParentheses(place) ? ['(', hugged, ')'] : hugged;
  }
  const printed = group(
    members.map((member, i) => [i === 0 ? ifBreak('| ') : [line, '| '], align(2, member)]),
  );
  if (needsParentheses(place)) return ['(', group([indent([softline, printed]), softline]), ')'];
  // After `=` the assignment indents; among type arguments prettier does not indent.
  if (place === 'alias-rhs' || place === 'type-argument') return printed;
  return group(indent([softline, printed]));
}

/** prettier's intersection layout (operator at the end of the line); `objects[i]`: part i is an object type. */
export function intersectionLayout(parts: Doc[], objects: boolean[], place: Place): Doc {
  let indented = false;
  const laid = parts.map((printed, i): Doc => {
    if (i === 0) return printed;
    const isObject = objects[i]!;
    const previousIsObject = objects[i - 1]!;
    if (previousIsObject && isObject) return [' & ', indented ? indent(printed) : printed];
    if (!previousIsObject && !isObject) return indent([' &', line, printed]);
    if (i > 1) indented = true;
    return [' & ', i > 1 ? indent(printed) : printed];
  });
  const printed = group(laid);
  return needsParentheses(place) ? ['(', printed, ')'] : printed;
}

const KEYWORD_TYPES: ReadonlySet<ts.SyntaxKind> = new Set([
  ts.SyntaxKind.StringKeyword,
  ts.SyntaxKind.NumberKeyword,
  ts.SyntaxKind.BooleanKeyword,
  ts.SyntaxKind.UnknownKeyword,
  ts.SyntaxKind.NeverKeyword,
  ts.SyntaxKind.AnyKeyword,
  ts.SyntaxKind.UndefinedKeyword,
  ts.SyntaxKind.VoidKeyword,
  ts.SyntaxKind.ObjectKeyword,
]);

const ASCII_IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function exportModifier(node: ts.Statement): string {
  const modifiers = ts.canHaveModifiers(node) ? ts.getModifiers(node) : undefined;
  if (!modifiers || modifiers.length === 0) return '';
  if (modifiers.length === 1 && modifiers[0]!.kind === ts.SyntaxKind.ExportKeyword)
    return 'export ';
  throw new Unsupported();
}

function unparenthesized(node: ts.TypeNode): ts.TypeNode {
  while (ts.isParenthesizedTypeNode(node)) node = node.type;
  return node;
}

export function needsParentheses(place: Place): boolean {
  return (
    place === 'union' || place === 'intersection' || place === 'array' || place === 'index-object'
  );
}

/** prettier's `shouldHugType`: a keyword, a reference without arguments, an object, or a hugging union. */
function shouldHugType(node: ts.TypeNode): boolean {
  const type = unparenthesized(node);
  if (KEYWORD_TYPES.has(type.kind) || ts.isTypeLiteralNode(type)) return true;
  if (ts.isLiteralTypeNode(type) && type.literal.kind === ts.SyntaxKind.NullKeyword) return true;
  if (ts.isTypeReferenceNode(type)) return !type.typeArguments;
  return ts.isUnionTypeNode(type) && hugsUnion(type);
}

export function isObjectType(node: ts.TypeNode): boolean {
  return ts.isTypeLiteralNode(unparenthesized(node));
}

/** prettier's `shouldHugType` for a union: exactly one object or reference, the rest `null`/`void`. */
function hugsUnion(node: ts.UnionTypeNode): boolean {
  let object: ts.TypeNode | undefined;
  for (const member of node.types) {
    const type = unparenthesized(member);
    if (
      type.kind === ts.SyntaxKind.VoidKeyword ||
      (ts.isLiteralTypeNode(type) && type.literal.kind === ts.SyntaxKind.NullKeyword)
    )
      continue;
    if (object || !(ts.isTypeLiteralNode(type) || ts.isTypeReferenceNode(type))) return false;
    object = type;
  }
  return object !== undefined;
}

/** Numbers prettier prints as written (no case, exponent or trailing-zero changes to make). */
export function simpleNumber(raw: string): string {
  if (!/^(?:0|[1-9][0-9]*)(?:\.[0-9]*[1-9])?$/.test(raw)) throw new Unsupported();
  return raw;
}

/** prettier's string printing: single quotes unless the text holds more single than double quotes. */
export function printString(raw: string): string {
  const content = raw.slice(1, -1);
  let singles = 0;
  let doubles = 0;
  for (let i = 0; i < content.length; i++) {
    const c = content.charCodeAt(i);
    if (c === 0x27) singles++;
    else if (c === 0x22) doubles++;
  }
  const quote = singles > doubles ? '"' : "'";
  if (raw[0] === quote) return raw;
  const other = quote === '"' ? "'" : '"';
  const body = content.replace(/\\(["'\\])|(["'])/g, (match, escaped?: string, bare?: string) =>
    escaped ? (escaped === other ? other : match) : bare === quote ? `\\${bare}` : bare!,
  );
  return quote + body + quote;
}

/**
 * A block comment whose lines all start with `*` is re-indented; any other is kept verbatim. In a
 * JSDoc comment a line ending in two spaces (a Markdown line break) keeps them, as prettier does.
 */
export function blockComment(value: string): Doc {
  const lines = value.split('\n');
  const indentable =
    lines.length > 1 && `*${value}*`.split('\n').every((l) => l.trimStart()[0] === '*');
  if (!indentable) return ['/*', join(literalline, lines), '*/'];
  const jsdoc = value[0] === '*' && value[1] !== '*';
  const last = lines.length - 1;
  const body = lines.map((l, i): Doc => {
    if (i === 0) return [l.trimEnd(), hardline];
    if (i === last) return [' ', l.trimStart()];
    const trimmed = l.trim();
    return jsdoc && trimmed !== '*' && l.endsWith('  ')
      ? [' ', trimmed, '  ', markAsRoot(literalline)]
      : [' ', trimmed, hardline];
  });
  return ['/*', body, '*/'];
}

// prettier's text utilities, over the original text.
function skipSpaces(text: string, index: number): number {
  while (index < text.length && (text[index] === ' ' || text[index] === '\t')) index++;
  return index;
}

function skipNewline(text: string, index: number): number {
  if (text[index] === '\n') return index + 1;
  return index;
}

export function hasNewline(text: string, index: number): boolean {
  return text[skipSpaces(text, index)] === '\n';
}

function hasNewlineBefore(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i >= 0 && text[i] === '\n';
}

/** Whether the line after the one `index` is on is blank (prettier's `isNextLineEmpty`). */
export function isNextLineEmpty(text: string, index: number): boolean {
  let previous = -1;
  while (index !== previous) {
    previous = index;
    while (index < text.length && ',; \t'.includes(text[index]!)) index++;
    if (text.startsWith('/*', index)) {
      const close = text.indexOf('*/', index + 2);
      if (close !== -1) index = close + 2;
    }
    index = skipSpaces(text, index);
  }
  if (text.startsWith('//', index)) {
    const end = text.indexOf('\n', index);
    index = end === -1 ? text.length : end;
  }
  return hasNewline(text, skipNewline(text, index));
}
