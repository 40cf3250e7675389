/**
 * The text writer TypeScript's printer writes through, behaving as the one `printer.printFile`
 * makes (four-space indent, `\n` line feeds, the same line, column and trailing-comment answers),
 * only cheaper on a large file: that one counts line breaks by building an array of line starts
 * for every token it writes, and appends to one ever-growing string. This one scans a token
 * without allocating.
 * test/emit-types/openapi-ts.test.ts compares the two on real specs.
 */
import ts from 'typescript';

const INDENT = '    ';

/** The writer interface of TypeScript's printer (internal to TypeScript, so spelt out here). */
export interface TextWriter {
  write(s: string): void;
  rawWrite(s: string | undefined): void;
  writeLiteral(s: string): void;
  writeLine(force?: boolean): void;
  increaseIndent(): void;
  decreaseIndent(): void;
  getIndent(): number;
  getTextPos(): number;
  getLine(): number;
  getColumn(): number;
  getText(): string;
  isAtStartOfLine(): boolean;
  hasTrailingComment(): boolean;
  hasTrailingWhitespace(): boolean;
  clear(): void;
  writeKeyword(s: string): void;
  writeOperator(s: string): void;
  writeParameter(s: string): void;
  writeProperty(s: string): void;
  writePunctuation(s: string): void;
  writeSpace(s: string): void;
  writeStringLiteral(s: string): void;
  writeSymbol(s: string, symbol: unknown): void;
  writeTrailingSemicolon(s: string): void;
  writeComment(s: string): void;
}

export function createFastTextWriter(): TextWriter {
  let output = '';
  let length = 0;
  let lastChar = -1;
  let indent = 0;
  let lineStart = true;
  let lineCount = 0;
  let linePos = 0;
  let hasTrailingComment = false;

  const append = (s: string): void => {
    output += s;
    length += s.length;
    lastChar = s.charCodeAt(s.length - 1);
  };

  /** Line count, last line's start and `lineStart` after `s` (already appended) was written. */
  const updateLines = (s: string): void => {
    let breaks = 0;
    let lastLineStart = 0;
    for (let pos = 0; pos < s.length;) {
      const ch = s.charCodeAt(pos++);
      if (ch === 13) {
        if (s.charCodeAt(pos) === 10) pos++;
        breaks++;
        lastLineStart = pos;
      } else if (ch === 10 || (ch > 127 && ts.isLineBreak(ch))) {
        breaks++;
        lastLineStart = pos;
      }
    }
    if (breaks > 0) {
      lineCount += breaks;
      linePos = length - s.length + lastLineStart;
      lineStart = linePos === length;
    } else {
      lineStart = false;
    }
  };

  const writeText = (s: string): void => {
    if (!s) return;
    if (lineStart) {
      s = INDENT.repeat(indent) + s;
      lineStart = false;
    }
    append(s);
    updateLines(s);
  };
  const write = (s: string): void => {
    if (s) hasTrailingComment = false;
    writeText(s);
  };
  const clear = (): void => {
    output = '';
    length = 0;
    lastChar = -1;
    indent = 0;
    lineStart = true;
    lineCount = 0;
    linePos = 0;
    hasTrailingComment = false;
  };

  return {
    write,
    rawWrite: (s) => {
      if (s !== undefined) {
        if (s.length > 0) append(s);
        updateLines(s);
        hasTrailingComment = false;
      }
    },
    writeLiteral: (s) => {
      if (s && s.length) write(s);
    },
    writeLine: (force) => {
      if (!lineStart || force) {
        append('\n');
        lineCount++;
        linePos = length;
        lineStart = true;
        hasTrailingComment = false;
      }
    },
    increaseIndent: () => {
      indent++;
    },
    decreaseIndent: () => {
      indent--;
    },
    getIndent: () => indent,
    getTextPos: () => length,
    getLine: () => lineCount,
    getColumn: () => (lineStart ? indent * INDENT.length : length - linePos),
    getText: () => output,
    isAtStartOfLine: () => lineStart,
    hasTrailingComment: () => hasTrailingComment,
    hasTrailingWhitespace: () => length > 0 && ts.isWhiteSpaceLike(lastChar),
    clear,
    writeKeyword: write,
    writeOperator: write,
    writeParameter: write,
    writeProperty: write,
    writePunctuation: write,
    writeSpace: write,
    writeStringLiteral: write,
    writeSymbol: (s) => write(s),
    writeTrailingSemicolon: write,
    writeComment: (s) => {
      if (s) hasTrailingComment = true;
      writeText(s);
    },
  };
}
