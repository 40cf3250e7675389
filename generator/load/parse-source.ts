/**
 * Turns one file's text into a JSON value, fast when the file is clean, and into located
 * problems when it is not.
 */
import type { Document, LineCounter } from 'yaml';
import { yamlLib } from './yaml-lib.js';
import { parseYamlFast, type FastPositions } from './yaml-fast.js';
import { parseYamlQuick } from './yaml-quick.js';
import type { JsonValue } from './types.js';

export interface SourceProblem {
  code: 'yaml-syntax' | 'yaml-duplicate-key' | 'json-syntax' | 'file-encoding';
  line: number;
  col: number;
  /** Byte offset into the text, used to find the pointer of the node around the problem. */
  offset: number;
  message: string;
}

export interface ParsedSource {
  /** `undefined` when the file cannot be used (syntax errors). */
  value: JsonValue | undefined;
  problems: SourceProblem[];
  /** The positioned document, when the slow path already built one (reused by `locate`). */
  document?: PositionedDocument;
  /** Where the fast path's nodes start, when it parsed the file. */
  positions?: FastPositions;
  /** Parsed by yaml-quick.ts: clean, but no node starts. */
  quick?: true;
}

export interface PositionedDocument {
  document: Document.Parsed;
  lineCounter: LineCounter;
}

/** Parses with positions; the one configuration both the fallback and `locate` use. */
export function parseWithPositions(text: string): PositionedDocument {
  const { LineCounter, parseDocument } = yamlLib();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  return { document, lineCounter };
}

/**
 * `quick`: a clean YAML file may be parsed without node starts (yaml-quick.ts; positions.ts then
 * places its nodes on demand). A watch session wants the starts: its re-parses splice by them.
 */
export function parseSource(text: string, fileName: string, quick = true): ParsedSource {
  if (fileName.endsWith('.json')) return parseJson(text);
  const value = quick ? parseYamlQuick(text) : undefined;
  if (value !== undefined) return { value, problems: [], quick: true };
  const fast = parseYamlFast(text);
  if (fast) return { value: fast.value, problems: [], positions: fast.positions };
  return parseYamlSlow(text);
}

function parseYamlSlow(text: string): ParsedSource {
  const positioned = parseWithPositions(text);
  const { document, lineCounter } = positioned;
  const problems: SourceProblem[] = document.errors.map((error) => {
    const offset = error.pos[0];
    const { line, col } = lineCounter.linePos(offset);
    const duplicate = error.code === 'DUPLICATE_KEY';
    return {
      code: duplicate ? 'yaml-duplicate-key' : 'yaml-syntax',
      line,
      col,
      offset,
      message: duplicate
        ? 'Duplicate key: map keys must be unique.'
        : `YAML syntax error (${error.code}): ${error.message}`,
    };
  });
  // A duplicate key alone leaves a well-formed tree (the last value wins): keep validating it.
  const usable = problems.every((problem) => problem.code === 'yaml-duplicate-key');
  if (!usable) return { value: undefined, problems, document: positioned };
  try {
    return {
      value: (document.toJS() as JsonValue | undefined) ?? null,
      problems,
      document: positioned,
    };
  } catch (error) {
    // toJS refuses documents that expand aliases excessively (a "billion laughs" file).
    const message = error instanceof Error ? error.message : String(error);
    problems.push({
      code: 'yaml-syntax',
      line: 1,
      col: 1,
      offset: 0,
      message: `YAML could not be converted: ${message}`,
    });
    return { value: undefined, problems, document: positioned };
  }
}

function parseJson(text: string): ParsedSource {
  try {
    // JSON.parse rejects a byte order mark, which editors on Windows like to write.
    return {
      value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as JsonValue,
      problems: [],
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : 0;
    const { line, col } = at ? lineAndColumn(text, offset) : { line: 0, col: 0 };
    return {
      value: undefined,
      problems: [
        { code: 'json-syntax', line, col, offset, message: `JSON syntax error: ${message}` },
      ],
    };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: offset - lineStart + 1 };
}
