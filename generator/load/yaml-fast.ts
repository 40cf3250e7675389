/**
 * Fast YAML → plain JSON value, for the common shape of OpenAPI files.
 *
 * `yaml`'s Composer builds a full node tree (with ranges, comments, tags) that we only throw away:
 * walking the parser's CST directly is markedly faster. This walker accepts only token patterns
 * it fully understands and that the Composer would accept without error; on anything else
 * (anchors, aliases, tags, tabs, directives, several documents, duplicate keys, parser errors…)
 * it gives up and returns `undefined`, and the caller falls back to `parseDocument`, which then
 * reports the problems with positions. So the fast path never accepts what `yaml` would reject,
 * and always returns exactly what `YAML.parse` would (core schema, YAML 1.2).
 */
import type { CST } from 'yaml';
import { yamlLib } from './yaml-lib.js';
import type { JsonValue } from './types.js';
import type { Tokens } from './pointer.js';
import { setMember } from '../util/own-property.js';

type Token = CST.Token;
type SourceToken = CST.SourceToken;

/**
 * Where the nodes of a fast-parsed value start, so a problem can be placed without parsing the
 * file again with positions: for each map, its keys and the offsets of their key tokens
 * (`[key, offset, key, offset, …]`: an object's own key order is not the file's); for each
 * sequence, the offsets of its items (-1 for an empty item). The offsets are the ones `yaml`'s
 * composed document gives the same nodes (`range[0]`).
 */
export interface FastPositions {
  rootOffset: number;
  starts: NodeStarts;
}

/** A node's starts (a watch session's re-parse layers them, load/reparse.ts). */
export interface NodeStarts {
  get(node: object): Array<string | number> | undefined;
}

/** Thrown (one shared instance, never escapes this module) to abandon the fast path. */
const GIVE_UP = { giveUp: true };

/**
 * The positions of the parse in progress (one parse at a time: it is synchronous). A `Map`, not a
 * `WeakMap`: its keys are the value's own nodes, which live exactly as long as it does, and a
 * weak table of tens of thousands of entries costs several times as much to fill and to collect.
 */
let starts = new Map<object, Array<string | number>>();

/** A block collection converted up to item `done` while the parser was still adding items to it. */
interface Progress {
  value: JsonValue[] | { [key: string]: JsonValue };
  starts: Array<string | number>;
  done: number;
}

/** The collections of the parse in progress that `harvest` has begun converting. */
let progress = new Map<Token, Progress>();

/** Lexemes between two harvests: a bound on how much CST is alive at once, whatever the file's size. */
const HARVEST_EVERY = 1024;

/** `harvestEvery`: lexemes between two harvests (tests vary it: the value must not depend on it). */
export function parseYamlFast(
  text: string,
  harvestEvery = HARVEST_EVERY,
): { value: JsonValue; positions: FastPositions } | undefined {
  starts = new Map();
  progress = new Map();
  try {
    const { value, rootOffset } = parseTokens(text, harvestEvery);
    return { value, positions: { rootOffset, starts } };
  } catch (error) {
    // Extreme nesting overflows the stack here before it does in yaml, which reports it properly.
    if (error === GIVE_UP || error instanceof RangeError) return undefined;
    throw error;
  } finally {
    starts = new Map();
    progress = new Map();
  }
}

/**
 * `yaml`'s parser reads `process.env.LOG_TOKENS` once per token (about 400,000 for openai.yaml),
 * and `process.env` answers each read from the C++ environment: a plain copy for the length of
 * the (synchronous) parse makes those reads free.
 */
function withPlainEnv<T>(run: () => T): T {
  const env = process.env;
  process.env = { ...env };
  try {
    return run();
  } finally {
    process.env = env;
  }
}

/**
 * Parses like `[...new Parser().parse(text)]`, but converts the finished items of the open block
 * collections as it goes (`harvest`) and drops their CST: a whole file's CST is several times the
 * size of its value, and kept alive to the end it survived (and was copied by) every young
 * garbage collection of the parse.
 */
function parseTokens(text: string, harvestEvery: number): { value: JsonValue; rootOffset: number } {
  const { Lexer, Parser } = yamlLib();
  const parser = new Parser();
  const tokens: Token[] = [];
  withPlainEnv(() => {
    let count = 0;
    for (const lexeme of new Lexer().lex(text)) {
      for (const token of parser.next(lexeme)) tokens.push(token);
      if (++count === harvestEvery) {
        count = 0;
        harvest(parser.stack);
      }
    }
    for (const token of parser.end()) tokens.push(token);
  });
  let doc: CST.Document | undefined;
  for (const token of tokens) {
    switch (token.type) {
      case 'byte-order-mark':
      case 'space':
      case 'comment':
      case 'newline':
        break;
      case 'document':
        if (doc) throw GIVE_UP; // several documents: YAML.parse rejects them
        doc = token;
        break;
      default:
        throw GIVE_UP; // directives, document end markers, error tokens
    }
  }
  if (!doc) return { value: null, rootOffset: 0 };
  const found = checkSeparators(doc.start, 'doc-start', true, false);
  if (found > 1) throw GIVE_UP;
  if (found === 1 && isBlockCollection(doc.value) && !hasNewline(doc.start)) throw GIVE_UP;
  checkEnd(doc.end, false);
  if (!doc.value) return { value: null, rootOffset: 0 };
  return { value: toValue(doc.value), rootOffset: doc.value.offset };
}

function isBlockCollection(token: Token | undefined | null): boolean {
  return token?.type === 'block-map' || token?.type === 'block-seq';
}

function hasNewline(tokens: SourceToken[] | undefined): boolean {
  if (tokens) for (const t of tokens) if (t.type === 'newline') return true;
  return false;
}

/**
 * Checks the whitespace/comment/indicator tokens before a node, the way the Composer's
 * `resolveProps` would, and returns how many `indicator` tokens it saw. Anything unusual gives up.
 */
function checkSeparators(
  tokens: SourceToken[],
  indicator: SourceToken['type'],
  startOnNewline: boolean,
  allowComma: boolean,
): number {
  let hasSpace = startOnNewline;
  let found = 0;
  let commas = 0;
  for (const token of tokens) {
    switch (token.type) {
      case 'space':
        if (token.source.includes('\t')) throw GIVE_UP;
        hasSpace = true;
        break;
      case 'newline':
        hasSpace = true;
        break;
      case 'comment':
        if (!hasSpace) throw GIVE_UP;
        break;
      case 'comma':
        if (!allowComma || ++commas > 1) throw GIVE_UP;
        hasSpace = false;
        break;
      default:
        if (token.type !== indicator) throw GIVE_UP;
        found++;
        hasSpace = false;
    }
  }
  return found;
}

function countCommas(tokens: SourceToken[]): number {
  let commas = 0;
  for (const token of tokens) if (token.type === 'comma') commas++;
  return commas;
}

/** Tokens after a node: only spaces, newlines and comments separated by white space. */
function checkEnd(tokens: SourceToken[] | undefined, requireSpace: boolean): void {
  if (!tokens) return;
  let hasSpace = false;
  for (const token of tokens) {
    if (token.type === 'space' || token.type === 'newline') {
      if (token.type === 'space' && token.source.includes('\t')) throw GIVE_UP;
      hasSpace = true;
    } else if (token.type === 'comment') {
      if (requireSpace && !hasSpace) throw GIVE_UP;
    } else throw GIVE_UP;
  }
}

function toValue(token: Token): JsonValue {
  switch (token.type) {
    case 'scalar':
      return resolvePlain(scalarText(token));
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
    case 'block-scalar':
      return scalarText(token);
    case 'block-map':
      return blockMap(token);
    case 'block-seq':
      return blockSeq(token);
    case 'flow-collection':
      return flowCollection(token);
    default:
      throw GIVE_UP; // aliases, error tokens
  }
}

function scalarText(token: CST.FlowScalar | CST.BlockScalar): string {
  // Most scalars are one plain or single-quoted line: read those without yaml's general folding.
  if (token.type === 'scalar' || token.type === 'single-quoted-scalar') {
    const { source } = token;
    if (!source.includes('\n') && !source.includes('\r')) {
      if (token.type === 'scalar' && source !== '' && !BAD_PLAIN_START.has(source[0]!)) {
        checkEnd(token.end, true);
        return source;
      }
      if (token.type === 'single-quoted-scalar' && source.length > 1 && source.endsWith("'")) {
        checkEnd(token.end, true);
        return source.slice(1, -1).replace(/''/g, "'");
      }
    }
  }
  if (token.type === 'block-scalar') {
    for (const prop of token.props)
      if (
        prop.type !== 'block-scalar-header' &&
        prop.type !== 'space' &&
        prop.type !== 'comment' &&
        prop.type !== 'newline'
      )
        throw GIVE_UP;
  }
  const resolved = yamlLib().CST.resolveAsScalar(token, true, onScalarError);
  if (!resolved) throw GIVE_UP;
  return resolved.value;
}

/** Characters a plain scalar may not start with (yaml reports BAD_SCALAR_START). */
const BAD_PLAIN_START = new Set(['\t', ',', '%', '|', '>', '@', '`']);

function onScalarError(): void {
  throw GIVE_UP;
}

// The YAML 1.2 core schema, in the order `yaml` tries its tags.
const NULL_RE = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL_RE = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const OCT_RE = /^0o[0-7]+$/;
const INT_RE = /^[-+]?[0-9]+$/;
const HEX_RE = /^0x[0-9a-fA-F]+$/;
const NAN_RE = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const EXP_RE = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT_RE = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** Resolves a plain scalar's text like `yaml`'s core schema does. */
export function resolvePlain(text: string): JsonValue {
  const c = text.charCodeAt(0);
  // Fast exit: most plain scalars are words, and no core tag matches a string starting with a letter
  // other than n/N/t/T/f/F (null, true, false).
  const isDigitOrSign = (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;
  if (
    !isDigitOrSign &&
    c !== 126 &&
    c !== 110 &&
    c !== 78 &&
    c !== 116 &&
    c !== 84 &&
    c !== 102 &&
    c !== 70 &&
    text !== ''
  ) {
    return text;
  }
  if (NULL_RE.test(text)) return null;
  if (BOOL_RE.test(text)) return text[0] === 't' || text[0] === 'T';
  if (OCT_RE.test(text)) return parseInt(text.substring(2), 8);
  if (INT_RE.test(text)) return parseInt(text, 10);
  if (HEX_RE.test(text)) return parseInt(text.substring(2), 16);
  if (NAN_RE.test(text)) {
    // JSON has no NaN/Infinity: let the full parser produce the same value YAML.parse would.
    throw GIVE_UP;
  }
  if (EXP_RE.test(text) || FLOAT_RE.test(text)) return parseFloat(text);
  return text;
}

/** Map keys become strings the way `yaml`'s toJS does (`String(value)`, null → ''). */
function keyOf(token: Token): string {
  if (token.type === 'scalar') {
    if (token.source.includes('\n') || hasNewline(token.end)) throw GIVE_UP;
    const value = resolvePlain(scalarText(token));
    return value === null ? '' : String(value);
  }
  if (token.type === 'single-quoted-scalar' || token.type === 'double-quoted-scalar') {
    if (token.source.includes('\n') || hasNewline(token.end)) throw GIVE_UP;
    return scalarText(token);
  }
  throw GIVE_UP; // complex keys
}

function setOnce(object: { [key: string]: JsonValue }, key: string, value: JsonValue): void {
  // A repeated key is an error the full parser reports with its position.
  if (Object.prototype.hasOwnProperty.call(object, key)) throw GIVE_UP;
  setMember(object, key, value);
}

/**
 * Converts the items of the block collections the parser is still building that it can no longer
 * change: it only ever touches a collection's last two items (a comment line may still join the
 * second last's value), and items are added only to the innermost open collection.
 */
function harvest(stack: Token[]): void {
  for (const token of stack) {
    if (token.type !== 'block-map' && token.type !== 'block-seq') continue;
    const end = token.items.length - 2;
    let at = progress.get(token);
    if (end <= (at?.done ?? 0)) continue;
    if (!at) progress.set(token, (at = started(token.type === 'block-map' ? {} : [])));
    if (token.type === 'block-map') mapItems(token, at, end);
    else seqItems(token, at, end);
    // Converted: the CST of these items is garbage from now on.
    for (let i = at.done - 1; i >= 0 && token.items[i]; i--)
      (token.items as unknown[])[i] = undefined;
  }
}

function started(value: Progress['value']): Progress {
  const at: Progress = { value, starts: [], done: 0 };
  starts.set(value, at.starts);
  return at;
}

/** The collection a harvest began, else a new one; finished, it leaves `progress`. */
function resumed(token: Token): Progress {
  const at = progress.get(token);
  if (!at) return started(token.type === 'block-map' ? {} : []);
  progress.delete(token);
  return at;
}

function blockMap(map: CST.BlockMap): JsonValue {
  return mapItems(map, resumed(map), map.items.length);
}

/** Converts the map's items from `at.done` up to `end`. */
function mapItems(map: CST.BlockMap, at: Progress, end: number): JsonValue {
  const object = at.value as { [key: string]: JsonValue };
  const keyStarts = at.starts;
  for (; at.done < end; at.done++) {
    const { start, key, sep, value } = map.items[at.done]!;
    if (checkSeparators(start, 'explicit-key-ind', true, false) !== 0) throw GIVE_UP;
    if (!sep) {
      if (key || value) throw GIVE_UP;
      continue; // a comment-only item
    }
    if (!key || !('indent' in key) || key.indent !== map.indent) throw GIVE_UP;
    if (
      key.type === 'scalar' ||
      key.type === 'single-quoted-scalar' ||
      key.type === 'double-quoted-scalar'
    ) {
      // The composer limits implicit keys to 1024 characters.
      if (key.source.length > 1000) throw GIVE_UP;
    }
    const name = keyOf(key);
    if (checkSeparators(sep, 'map-value-ind', false, false) !== 1) throw GIVE_UP;
    if (value?.type === 'block-map' && !hasNewline(sep)) throw GIVE_UP;
    setOnce(object, name, value ? toValue(value) : null);
    keyStarts.push(name, key.offset);
  }
  return object;
}

function blockSeq(seq: CST.BlockSequence): JsonValue {
  return seqItems(seq, resumed(seq), seq.items.length);
}

/** Converts the sequence's items from `at.done` up to `end`. */
function seqItems(seq: CST.BlockSequence, at: Progress, end: number): JsonValue {
  const array = at.value as JsonValue[];
  const itemStarts = at.starts;
  for (; at.done < end; at.done++) {
    const item = seq.items[at.done]!;
    const found = checkSeparators(item.start, 'seq-item-ind', true, false);
    if (found === 0) {
      if (item.value) throw GIVE_UP;
      continue; // a comment-only item
    }
    if (found !== 1) throw GIVE_UP;
    array.push(item.value ? toValue(item.value) : null);
    itemStarts.push(item.value ? item.value.offset : -1);
  }
  return array;
}

function flowCollection(flow: CST.FlowCollection): JsonValue {
  const isMap = flow.start.source === '{';
  const object: { [key: string]: JsonValue } = {};
  const array: JsonValue[] = [];
  const itemStarts: Array<string | number> = [];
  starts.set(isMap ? object : array, itemStarts);
  const last = flow.items.length - 1;
  flow.items.forEach((item, index) => {
    const { start, key, sep, value } = item;
    if (checkSeparators(start, 'explicit-key-ind', false, true) !== 0) throw GIVE_UP;
    if (countCommas(start) !== (index === 0 ? 0 : 1)) throw GIVE_UP;
    if (!key && !sep && !value) {
      if (index !== last) throw GIVE_UP; // only a trailing comma may leave an empty item
      return;
    }
    if (isBlockCollection(key) || isBlockCollection(value)) throw GIVE_UP;
    if (isMap) {
      if (!key || !sep || checkSeparators(sep, 'map-value-ind', false, false) !== 1) throw GIVE_UP;
      const name = keyOf(key);
      setOnce(object, name, value ? toValue(value) : null);
      itemStarts.push(name, key.offset);
    } else {
      if (key || sep || !value) throw GIVE_UP; // `[a: b]` pairs: leave them to the full parser
      array.push(toValue(value));
      itemStarts.push(value.offset);
    }
  });
  const [close, ...rest] = flow.end;
  if (close?.source !== (isMap ? '}' : ']')) throw GIVE_UP;
  checkEnd(rest, true);
  return isMap ? object : array;
}

/** A node's start offset from the fast path's node starts; `undefined` where a node on the way has none. */
export function walkStarts(
  value: JsonValue,
  positions: FastPositions,
  tokens: Tokens,
): { offset: number; depth: number } | undefined {
  let node: JsonValue | undefined = value;
  let offset = positions.rootOffset;
  let depth = 0;
  for (const token of tokens) {
    if (node === null || typeof node !== 'object') break;
    const starts = positions.starts.get(node);
    if (!starts) return undefined;
    let start: number | undefined;
    if (Array.isArray(node)) {
      if (!/^(?:0|[1-9][0-9]*)$/.test(token)) break;
      const index = Number(token);
      if (index >= node.length) break;
      start = starts[index] as number;
      if (start < 0) return undefined;
      node = node[index];
    } else {
      for (let i = 0; i < starts.length; i += 2)
        if (starts[i] === token) start = starts[i + 1] as number;
      if (start === undefined) break;
      node = node[token];
    }
    offset = start;
    depth++;
  }
  return { offset, depth };
}
