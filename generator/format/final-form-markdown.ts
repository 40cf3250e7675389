/**
 * A generated Markdown file (the SDK's README) in prettier's final form without prettier's
 * Markdown parser, which costs about a second on a large spec's README (its tables above all).
 * The emitters write a small subset of Markdown: one-line HTML comments, ATX headings, paragraphs,
 * fenced code and tables of plain text. Prettier (3.10, options.ts) prints such a file by
 * separating blocks with one blank line, padding table columns to their widest cell and
 * formatting TypeScript code blocks; the inline text stays as it is when it holds nothing prettier
 * escapes or parses as markup.
 *
 * Anything outside that subset (a list, a link, emphasis other than `**strong**`, a backslash, an
 * entity, a character whose printed width is not certain, …) returns `undefined` and the format
 * stage runs prettier on the file: the output is never different from prettier's
 * (test/format/final-form-markdown.test.ts runs prettier over printed files to prove it).
 */
import { PRETTIER_OPTIONS } from './options.js';

/** Formats a TypeScript code block's text as prettier would (without its final newline). */
export type CodeFormatter = (code: string) => Promise<string>;

/** A construct this printer does not reproduce: the file goes to prettier instead. */
class Unsupported extends Error {}

/** Code block languages prettier formats (TypeScript) and ones it leaves alone (no prettier parser). */
const TYPESCRIPT_LANGS = new Set(['ts', 'typescript']);
const VERBATIM_LANGS = new Set(['', 'sh', 'bash', 'shell', 'text']);

/** The text prettier would print for `text`, or `undefined` when that is not certain. */
export async function printMarkdownInFinalForm(
  text: string,
  formatTypeScript: CodeFormatter,
): Promise<string | undefined> {
  if (PRETTIER_OPTIONS.proseWrap !== 'preserve' || PRETTIER_OPTIONS.endOfLine !== 'lf')
    return undefined;
  try {
    const blocks = await printBlocks(text.split('\n'), formatTypeScript);
    return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

async function printBlocks(lines: string[], formatTypeScript: CodeFormatter): Promise<string[]> {
  const blocks: string[] = [];
  // A paragraph or a table goes on until a blank line: the next block must not touch it.
  let needsBlankLine = false;
  for (let i = 0; i < lines.length;) {
    const line = lines[i]!;
    if (line === '') {
      needsBlankLine = false;
      i++;
      continue;
    }
    if (needsBlankLine) throw new Unsupported();
    if (line.startsWith('```')) {
      const end = lines.indexOf('```', i + 1);
      if (end === -1) throw new Unsupported();
      blocks.push(await codeBlock(line.slice(3), lines.slice(i + 1, end), formatTypeScript));
      i = end + 1;
    } else if (line.startsWith('<!--')) {
      // An HTML comment of one line; prettier keeps it as written.
      if (!line.endsWith('-->')) throw new Unsupported();
      blocks.push(line);
      i++;
    } else if (line.startsWith('#')) {
      blocks.push(heading(line));
      i++;
    } else if (line.startsWith('|')) {
      let end = i;
      while (end < lines.length && lines[end]!.startsWith('|')) end++;
      blocks.push(table(lines.slice(i, end)));
      needsBlankLine = true;
      i = end;
    } else {
      let end = i;
      while (end < lines.length && isParagraphLine(lines[end]!)) end++;
      if (end === i) throw new Unsupported();
      blocks.push(
        lines
          .slice(i, end)
          .map((l) => inline(l))
          .join('\n'),
      );
      needsBlankLine = true;
      i = end;
    }
  }
  return blocks;
}

/** A line that continues (or starts) a paragraph: nothing Markdown reads as the start of another block. */
function isParagraphLine(line: string): boolean {
  return line !== '' && !/^(?:[#|<>=*+-]|```|~~~|\d+[.)]|\s)/.test(line);
}

async function codeBlock(
  info: string,
  body: string[],
  formatTypeScript: CodeFormatter,
): Promise<string> {
  if (!/^[a-z]*$/.test(info)) throw new Unsupported();
  const code = body.join('\n');
  if (VERBATIM_LANGS.has(info)) {
    // A trailing blank line or a fence inside would be printed differently.
    if (code.includes('```') || body.at(-1) === '' || /\s$/m.test(code)) throw new Unsupported();
    return ['```' + info, ...body, '```'].join('\n');
  }
  if (!TYPESCRIPT_LANGS.has(info)) throw new Unsupported();
  let formatted: string;
  try {
    formatted = await formatTypeScript(code);
  } catch {
    throw new Unsupported();
  }
  if (formatted.includes('```')) throw new Unsupported();
  return `\`\`\`${info}\n${formatted.replace(/\n$/, '')}\n\`\`\``;
}

function heading(line: string): string {
  const match = /^(#{1,6}) (\S.*)$/.exec(line);
  if (!match || match[2]!.includes('#')) throw new Unsupported();
  return `${match[1]} ${inline(match[2]!)}`;
}

/** A table of plain cells: every column as wide as its widest cell (at least 3), left aligned. */
function table(rows: string[]): string {
  if (rows.length < 2) throw new Unsupported();
  const cells = rows.map((row) => {
    if (!row.endsWith('|') || row.length < 2 || row.includes('\\')) throw new Unsupported();
    return row
      .slice(1, -1)
      .split('|')
      .map((cell) => cell.trim());
  });
  const [header, delimiter, ...body] = cells as [string[], string[], ...string[][]];
  if (!delimiter.every((cell) => /^-{3,}$/.test(cell)) || delimiter.length !== header.length)
    throw new Unsupported();
  const printed = [header, ...body].map((row) => {
    if (row.length !== header.length) throw new Unsupported();
    return row.map((cell) => {
      const text = inline(cell, true);
      return { text, width: printedWidth(text) };
    });
  });
  const widths = header.map((_, column) =>
    Math.max(3, ...printed.map((row) => row[column]!.width)),
  );
  const line = (row: Array<{ text: string; width: number }>) =>
    `| ${row.map(({ text, width }, column) => text + ' '.repeat(widths[column]! - width)).join(' | ')} |`;
  const [first, ...rest] = printed;
  return [
    line(first!),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...rest.map(line),
  ].join('\n');
}

/**
 * Inline text prettier prints as it is: code spans (one backtick, no space at either end),
 * `**strong**` and plain words with no character that is markup, an escape or an autolink.
 */
function inline(text: string, inTable = false): string {
  if (text !== text.trim() || /\s\s|\t/.test(text)) throw new Unsupported();
  const outside = text
    .replace(/`([^`]+)`/g, (span, code: string) => {
      if (/^\s|\s$/.test(code)) throw new Unsupported();
      return ' ';
    })
    // A link prettier prints as written: a destination with no space, parenthesis, escape or
    // character reference (it prints the decoded destination), a label of plain text.
    .replace(/\[([^[\]]+)\]\(([^\s()<>\\;`]+)\)/g, ' $1 ')
    .replace(/\*\*([^*\s]|[^*\s][^*]*[^*\s])\*\*/g, ' $1 ')
    // Brackets that cannot open a link or a reference: text to Markdown.
    .replace(/\[([^[\]]*)\](?![[(:])/g, ' $1 ');
  if (/[`*_\\<>[\]&~$#{}]|:\/\/|www\.|\w@/.test(outside)) throw new Unsupported();
  // In a table a `|` ends the cell; in a paragraph prettier keeps it.
  if (inTable && outside.includes('|')) throw new Unsupported();
  if (!SAFE_CHARACTERS.test(outside)) throw new Unsupported();
  return text;
}

/**
 * Printable ASCII and characters prettier counts one column wide and never treats as emoji or a
 * combining mark: Latin-1 and Latin Extended letters, Greek, Cyrillic, general punctuation (dashes,
 * quotes, ellipsis), and ← →. Anything else (CJK, emoji, marks, spaces beyond U+0020) falls back.
 */
const SAFE_CHARACTERS =
  /^[\x20-\x7e\u00a1-\u00ac\u00ae-\u02af\u0370-\u0377\u037a-\u037f\u0384-\u03ff\u0400-\u0482\u048a-\u04ff\u2010-\u2027\u2030-\u203b\u203d-\u2048\u204a-\u205e\u2190\u2192]*$/;

/** Prettier's width of a string with only SAFE_CHARACTERS: one column per code point. */
function printedWidth(text: string): number {
  let width = 0;
  for (const _ of text) width++;
  return width;
}
