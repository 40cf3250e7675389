/**
 * The quickest way from a clean YAML file to its JSON value: `js-yaml` (a quarter of `yaml`'s
 * parse time, and small to load: see `jsYaml`), with the plain scalars
 * resolved by `yaml`'s YAML 1.2 core rules, not js-yaml's own. Where a node start is needed later
 * (a warning), `yaml` places it (yaml-chunks.ts): this path keeps no positions.
 *
 * It only answers when it is sure `yaml` would parse the file without a problem into the same
 * value; anything unusual gives `undefined` and the caller takes the `yaml` paths (yaml-fast.ts,
 * then the full parser, which reports problems at its own positions). Given up on: directives,
 * tabs, a comment not preceded by white space, explicit `?` keys, tags, anchors (so aliases and merge keys), keys that are
 * not single-line strings or that `yaml` would refuse (over 1,000 characters), flow collections
 * over several lines, and everything js-yaml itself refuses (duplicate keys, several documents…).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { JsonValue } from './types.js';

interface LoaderState {
  input: string;
  position: number;
  tag: string | null;
  anchor: string | null;
  kind: string | null;
  result: unknown;
}

interface JsYaml {
  load(text: string, options: object): unknown;
  Type: new (tag: string, options: object) => object;
  FAILSAFE_SCHEMA: { extend(types: { implicit: object[] }): object };
}

/** Plain scalars `yaml` reads as something other than a string get this tag. */
const CORE_TAG = 'tag:shellapi-codegen,2026:core';

let loaded: { jsYaml: JsYaml; schema: object } | undefined;

function jsYaml(): { jsYaml: JsYaml; schema: object } {
  if (loaded) return loaded;
  const module = requireJsYaml();
  const core = new module.Type(CORE_TAG, {
    kind: 'scalar',
    resolve: (text: string) => typeof coreValue(text) !== 'string',
    construct: coreValue,
  });
  loaded = { jsYaml: module, schema: module.FAILSAFE_SCHEMA.extend({ implicit: [core] }) };
  return loaded;
}

/**
 * js-yaml's own one-file build of the same release (its package `main` requires some 30 modules,
 * the dumper among them: about three times the load time), else the package as exported.
 */
function requireJsYaml(): JsYaml {
  const require = createRequire(import.meta.url);
  try {
    const dir = path.dirname(require.resolve('js-yaml/package.json'));
    return require(path.join(dir, 'dist', 'js-yaml.js')) as JsYaml;
  } catch {
    return require('js-yaml') as JsYaml;
  }
}

/** Thrown by the listener (one shared instance, never escapes this module). */
const GIVE_UP = { giveUp: true };

export function parseYamlQuick(text: string): JsonValue | undefined {
  if (
    text.includes('\t') ||
    /^%/m.test(text) ||
    text.includes('!<') ||
    /(?:^|[\s[{,])\?(?:\s|$)/.test(text) ||
    /\r(?!\n)/.test(text) ||
    // Content on a `---` line (after spaces only: yaml's separators are space and tab), and
    // sequence items left empty on their line, where js-yaml accepts indentations yaml refuses.
    /^--- *[^ \r\n#]/m.test(text) ||
    /^ *(?:- +)*-(?: +#.*)? *\r?$/m.test(text)
  )
    return undefined;
  const { jsYaml: module, schema } = jsYaml();
  const opened: number[] = [];
  const listener = (event: 'open' | 'close', state: LoaderState): void => {
    if (event === 'open') {
      opened.push(state.position);
      return;
    }
    const start = opened.pop()!;
    const { tag, input, position, kind } = state;
    if (state.anchor !== null) throw GIVE_UP;
    // Plain scalars are '?' until resolved; any other tag was written (`!`, `!!str`, `!<?>`…).
    if (tag !== null && tag !== '?' && tag !== CORE_TAG) throw GIVE_UP;
    // In a flow map a null may be a key without `:` (`{~}`): yaml names it '', js-yaml 'null'.
    if (state.result === null && parentStart(input, opened, start) === 123) throw GIVE_UP;
    const from = contentStart(input, start);
    const first = input.charCodeAt(from);
    if (kind === 'mapping' || kind === 'sequence') {
      // A flow collection over several lines: yaml and js-yaml disagree on their indentation.
      if ((first === 91 || first === 123) && lineBreakIn(input, from, position)) throw GIVE_UP;
      // In a flow map, a collection may be a key without `:` (`{[a]}`).
      if (parentStart(input, opened, start) === 123) throw GIVE_UP;
    } else if ((first === 34 || first === 39) && !quotedLinesIndented(input, from, position)) {
      throw GIVE_UP;
    }
    // A comment right after a closing quote or bracket (`"x"#c`): js-yaml takes it, yaml refuses it.
    if (
      (first === 34 || first === 39 || first === 91 || first === 123) &&
      input.charCodeAt(position) === 35
    )
      throw GIVE_UP;
    // A key: yaml turns null and collection keys into other strings than js-yaml does, and
    // refuses implicit keys over 1,024 characters or lines.
    if (isKey(input, position)) {
      if (kind !== 'scalar' || state.result === null) throw GIVE_UP;
      if (position - start > 1000 || lineBreakIn(input, start, position)) throw GIVE_UP;
    }
  };
  try {
    const value = module.load(text, { schema, listener });
    return value === undefined ? null : (value as JsonValue);
  } catch {
    // GIVE_UP, js-yaml's own refusals, or a stack overflow on extreme nesting.
    return undefined;
  }
}

/** Whether the node ending at `position` is followed by `:` on its line (so it is a key). */
function isKey(input: string, position: number): boolean {
  let at = position;
  while (input.charCodeAt(at) === 32) at++;
  return input.charCodeAt(at) === 58;
}

/**
 * The first character of the node around the one opened at `start` (js-yaml opens a block item's
 * node twice at one position: the parent is the nearest opened before it).
 */
function parentStart(input: string, opened: number[], start: number): number {
  let parent = opened.length - 1;
  while (parent >= 0 && opened[parent]! >= start) parent--;
  return parent >= 0 ? input.charCodeAt(contentStart(input, opened[parent]!)) : -1;
}

/** Where a node opened at `from` starts: past white space and comments. */
function contentStart(input: string, from: number): number {
  for (;;) {
    const c = input.charCodeAt(from);
    if (c === 32 || c === 10 || c === 13) from++;
    else if (c === 35) {
      const end = input.indexOf('\n', from);
      if (end < 0) return input.length;
      from = end + 1;
    } else return from;
  }
}

/**
 * A quoted scalar over several lines: yaml wants each further line indented past the block
 * node holding it, js-yaml does not. Accepted only when every further line that is not blank is
 * indented past the first line's content (its key, or its value after `- ` markers).
 */
function quotedLinesIndented(input: string, from: number, to: number): boolean {
  let lineEnd = input.indexOf('\n', from);
  if (lineEnd < 0 || lineEnd >= to) return true;
  const lineStart = input.lastIndexOf('\n', from) + 1;
  let column = lineStart;
  while (input.charCodeAt(column) === 32) column++;
  while (input.charCodeAt(column) === 45 && input.charCodeAt(column + 1) === 32) {
    column += 2;
    while (input.charCodeAt(column) === 32) column++;
  }
  const limit = column - lineStart;
  while (lineEnd >= 0 && lineEnd < to) {
    let at = lineEnd + 1;
    while (input.charCodeAt(at) === 32) at++;
    const c = input.charCodeAt(at);
    if (c !== 10 && c !== 13 && at - lineEnd - 1 <= limit) return false;
    lineEnd = input.indexOf('\n', at);
  }
  return true;
}

/** A line break between where the node opened at `from` starts and `to`. */
function lineBreakIn(input: string, from: number, to: number): boolean {
  const at = input.indexOf('\n', contentStart(input, from));
  return at >= 0 && at < to;
}

// The YAML 1.2 core schema as `yaml` resolves it, in the order it tries its tags.
const NULL_RE = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL_RE = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const OCT_RE = /^0o[0-7]+$/;
const INT_RE = /^[-+]?[0-9]+$/;
const HEX_RE = /^0x[0-9a-fA-F]+$/;
const INF_RE = /^[-+]?\.(?:inf|Inf|INF)$/;
const NAN_RE = /^\.(?:nan|NaN|NAN)$/;
const EXP_RE = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT_RE = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A plain scalar's value under `yaml`'s core schema. */
export function coreValue(text: string): JsonValue {
  const c = text.charCodeAt(0);
  // Most plain scalars are words: no core tag matches one starting with a letter but n/N/t/T/f/F.
  const isDigitOrSign = (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;
  if (!isDigitOrSign && c !== 126 && c !== 110 && c !== 78 && c !== 116 && c !== 84)
    if (c !== 102 && c !== 70 && text !== '') return text;
  if (NULL_RE.test(text)) return null;
  if (BOOL_RE.test(text)) return text[0] === 't' || text[0] === 'T';
  if (OCT_RE.test(text)) return parseInt(text.substring(2), 8);
  if (INT_RE.test(text)) return parseInt(text, 10);
  if (HEX_RE.test(text)) return parseInt(text.substring(2), 16);
  if (INF_RE.test(text)) return text[0] === '-' ? -Infinity : Infinity;
  if (NAN_RE.test(text)) return NaN;
  if (EXP_RE.test(text) || FLOAT_RE.test(text)) return parseFloat(text);
  return text;
}
