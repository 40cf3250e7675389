/**
 * JSON parsing that reports where it broke. `JSON.parse` does the work and its error says what
 * went wrong; the position comes from that message (V8 names it, or quotes the text around the
 * offending token), turned into line and column.
 */
import type { JsonValue } from './types.js';

export interface JsonSyntaxError {
  /** 0-based offset in the text (UTF-16 units). */
  position: number;
  /** 1-based line and column. */
  line: number;
  column: number;
  message: string;
}

/** Where the text broke and why. */
type Located = Pick<JsonSyntaxError, 'position' | 'message'>;

export type JsonParseResult =
  { ok: true; value: JsonValue } | { ok: false; error: JsonSyntaxError };

export function parseJson(text: string): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) as JsonValue };
  } catch (e) {
    const { position, message } = locate(text, e instanceof Error ? e.message : String(e));
    const before = text.slice(0, position).split('\n');
    const column = before[before.length - 1]!.length + 1;
    return { ok: false, error: { position, line: before.length, column, message } };
  }
}

/** V8 quotes this many characters each side of an unexpected token in a longer text. */
const CONTEXT = 10;
const POSITIONED = /^(.*?)(?: in JSON)? at position (\d+)/s;
const UNEXPECTED = /^Unexpected token '(.+?)', (\.\.\.)?"(.*)"(\.\.\.)? is not valid JSON$/s;

function locate(text: string, v8: string): Located {
  const positioned = POSITIONED.exec(v8);
  if (positioned) return describe(text, Number(positioned[2]), lowerFirst(positioned[1]!));
  const unexpected = UNEXPECTED.exec(v8);
  if (/end of JSON input/.test(v8))
    return { position: text.length, message: 'unexpected end of input' };
  if (!unexpected) {
    // Another engine's wording (Firefox names line and column): kept as it is.
    const [, line, column] = /line (\d+) column (\d+)/.exec(v8) ?? [];
    const lines = text.split('\n').slice(0, Number(line) - 1);
    const lineStart = lines.reduce((n, l) => n + l.length + 1, 0);
    const position = line ? lineStart + Number(column) - 1 : text.length;
    return { position, message: v8 };
  }
  const [, token, head, quoted, tail] = unexpected as unknown as string[];
  const position =
    head && tail
      ? text.indexOf(quoted!) + CONTEXT
      : head
        ? text.length - quoted!.length + CONTEXT
        : tail
          ? quoted!.length - CONTEXT
          : firstFailure(text);
  return describe(text, position, `unexpected ${JSON.stringify(token)}, expected a JSON value`);
}

/** A short text is quoted whole: the token is where its shortest failing prefix ends. */
function firstFailure(text: string): number {
  for (let end = 1; end <= text.length; end++) {
    try {
      JSON.parse(text.slice(0, end));
    } catch (e) {
      if (e instanceof Error && e.message.startsWith('Unexpected token')) return end - 1;
    }
  }
  return text.length;
}

/** A closing bracket right after a comma is a trailing comma, whatever V8 expected there. */
function describe(text: string, position: number, message: string): Located {
  const c = text[position];
  if ((c === '}' || c === ']') && text.slice(0, position).trimEnd().endsWith(','))
    return { position, message: `trailing comma before "${c}"` };
  return { position, message };
}

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
