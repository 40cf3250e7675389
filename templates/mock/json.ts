/**
 * JSON parsing that reports where it broke. `JSON.parse` does the work; only when it fails a small
 * scanner walks the text to find the offset and say what was expected (V8's messages do not
 * always carry a position).
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

export type JsonParseResult =
  { ok: true; value: JsonValue } | { ok: false; error: JsonSyntaxError };

/** `maxDepth` bounds the error locator's recursion (a valid deeper value is the caller's to refuse). */
export function parseJson(text: string, maxDepth = 64): JsonParseResult {
  try {
    return { ok: true, value: JSON.parse(text) as JsonValue };
  } catch {
    const { position, message } = locateSyntaxError(text, maxDepth);
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < position && i < text.length; i++) {
      if (text.charCodeAt(i) === 10) {
        line++;
        lineStart = i + 1;
      }
    }
    return {
      ok: false,
      error: { position, line, column: position - lineStart + 1, message },
    };
  }
}

class Stop {
  readonly position: number;
  readonly message: string;
  constructor(position: number, message: string) {
    this.position = position;
    this.message = message;
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function locateSyntaxError(text: string, maxDepth: number): { position: number; message: string } {
  const n = text.length;
  let i = 0;
  let depth = 0;
  const fail = (message: string): never => {
    throw new Stop(i, message);
  };
  const ws = (): void => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r'))
      i++;
  };
  const unexpected = (expected: string): never =>
    fail(
      i >= n
        ? `unexpected end of input, expected ${expected}`
        : `unexpected ${JSON.stringify(text[i])}, expected ${expected}`,
    );

  const string = (): void => {
    i++;
    while (i < n) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i += 2;
            fail('invalid \\u escape in string');
          }
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) {
          i++;
          fail('invalid escape in string');
        }
        i += 2;
        continue;
      }
      if (c < ' ') fail('control character in string (escape it)');
      i++;
    }
    fail('unterminated string');
  };

  const value = (): void => {
    ws();
    const c = text[i];
    if ((c === '{' || c === '[') && ++depth > maxDepth)
      fail(`nested deeper than ${maxDepth} levels`);
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m || m[0] === '-') fail('invalid number');
      i += m![0].length;
      return;
    }
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    unexpected('a JSON value');
  };

  /** The members of an object or array after its opening bracket, through its closing one. */
  const members = (close: '}' | ']', member: () => void): void => {
    i++;
    ws();
    if (text[i] !== close)
      for (;;) {
        member();
        ws();
        if (text[i] === close) break;
        if (text[i] !== ',') unexpected(`',' or '${close}'`);
        i++;
        ws();
        if (text[i] === close) fail(`trailing comma before "${close}"`);
      }
    i++;
    depth--;
  };
  const object = (): void =>
    members('}', () => {
      ws();
      if (text[i] !== '"') unexpected('a property name in double quotes');
      string();
      ws();
      if (text[i] !== ':') unexpected("':'");
      i++;
      value();
    });
  const array = (): void => members(']', value);

  try {
    value();
    ws();
    if (i < n) fail('unexpected data after the JSON value');
    return { position: n, message: 'invalid JSON' };
  } catch (e) {
    if (e instanceof Stop) return { position: e.position, message: e.message };
    throw e;
  }
}
