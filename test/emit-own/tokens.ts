/** JavaScript as TypeScript's scanner reads it: the tokens only (whitespace and comments left out). */
import ts from 'typescript';

const K = ts.SyntaxKind;
/** Tokens after which `/` divides (anything else starts a regular expression). */
const ENDS_OPERAND = new Set<ts.SyntaxKind>([
  K.Identifier,
  K.PrivateIdentifier,
  K.ThisKeyword,
  K.SuperKeyword,
  K.NullKeyword,
  K.TrueKeyword,
  K.FalseKeyword,
  K.NumericLiteral,
  K.BigIntLiteral,
  K.StringLiteral,
  K.RegularExpressionLiteral,
  K.NoSubstitutionTemplateLiteral,
  K.TemplateTail,
  K.CloseParenToken,
  K.CloseBracketToken,
  K.CloseBraceToken,
  K.PlusPlusToken,
  K.MinusMinusToken,
]);

export function tokens(text: string): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  const out: string[] = [];
  // Open `{` and `${`: a `}` closing a `${` continues the template literal.
  const open: Array<'brace' | 'template'> = [];
  let previous: ts.SyntaxKind | undefined;
  for (let kind = scanner.scan(); kind !== K.EndOfFileToken; kind = scanner.scan()) {
    if (kind === K.OpenBraceToken) open.push('brace');
    else if (kind === K.TemplateHead) open.push('template');
    else if (kind === K.CloseBraceToken && open.pop() === 'template') {
      kind = scanner.reScanTemplateToken(false);
      if (kind === K.TemplateMiddle) open.push('template');
    } else if (
      (kind === K.SlashToken || kind === K.SlashEqualsToken) &&
      (previous === undefined || !ENDS_OPERAND.has(previous))
    )
      kind = scanner.reScanSlashToken();
    out.push(scanner.getTokenText());
    previous = kind;
  }
  return out;
}

/** Where two token lists first differ, with a little context; `undefined` when they are equal. */
export function firstDifference(actual: string[], expected: string[]): string | undefined {
  let i = 0;
  while (i < actual.length && i < expected.length && actual[i] === expected[i]) i++;
  if (i === actual.length && i === expected.length) return undefined;
  const around = (list: string[]) => list.slice(Math.max(0, i - 8), i + 8).join(' ');
  return `token ${i}:\n  ours:       ${around(actual)}\n  TypeScript: ${around(expected)}`;
}

/**
 * Declarations as tokens, compared modulo what TypeScript's printer changes when it reprints a
 * type that own-declarations.ts copies as written: separators (`{ a: 1 }` becomes `{ a: 1; }`,
 * trailing commas go) and the parentheses it adds around an intersection inside a union
 * (`A & B | C` becomes `(A & B) | C`, the same type), and a union's leading `|`.
 */
export function declarationTokens(text: string): string[] {
  const file = ts.createSourceFile('x.d.ts', text, ts.ScriptTarget.Latest, true);
  const redundant = new Set<number>();
  const visit = (node: ts.Node): void => {
    if (
      ts.isParenthesizedTypeNode(node) &&
      ts.isIntersectionTypeNode(node.type) &&
      ts.isUnionTypeNode(node.parent)
    )
      redundant.add(node.getStart(file)).add(node.end - 1);
    // A leading `|` (or `&`) of a union written one member per line.
    if (ts.isUnionTypeNode(node) || ts.isIntersectionTypeNode(node)) {
      const start = node.getStart(file);
      if (text[start] === '|' || text[start] === '&') redundant.add(start);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  const list: string[] = [];
  const open: boolean[] = [];
  for (let kind = scanner.scan(); kind !== K.EndOfFileToken; kind = scanner.scan()) {
    if (kind === K.OpenBraceToken) open.push(false);
    else if (kind === K.TemplateHead) open.push(true);
    else if (kind === K.CloseBraceToken && open.pop() === true)
      if (scanner.reScanTemplateToken(false) === K.TemplateMiddle) open.push(true);
    if (!redundant.has(scanner.getTokenStart())) list.push(scanner.getTokenText());
  }
  return list.filter(
    (token, i) => token !== ';' && !(token === ',' && /^[)\]}>]$/.test(list[i + 1] ?? '')),
  );
}
