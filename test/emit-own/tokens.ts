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
