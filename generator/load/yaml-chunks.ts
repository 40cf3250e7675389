/**
 * Where a node of a YAML file parsed without positions (yaml-quick.ts) starts, without a parser
 * that keeps positions in the common case. The lines are read: from the root, each pointer token
 * is looked for as a key (or the n-th `- ` item) at the indentation of its map (or sequence), as
 * deep as the block collections go. The deepest map entry found at the start of its line is
 * parsed alone with js-yaml (yaml-quick.ts) and must give exactly the value the file's parse gave
 * there, under exactly that key (`placeByLines`).
 *
 * Where the lines cannot place the node (a flow collection on the way, a compact sequence, a key
 * written with escapes…), `place` has `yaml` parse that entry's text (yaml-fast.ts, at its own
 * indentation, so its offsets are the file's once shifted), checked the same way, and places the
 * remaining tokens inside it. Anything else gives `undefined`, and the caller parses the whole
 * file with positions.
 */
import { isDeepStrictEqual } from 'node:util';
import { isObject, type Tokens } from './pointer.js';
import type { JsonValue } from './types.js';
import { parseYamlFast, walkStarts } from './yaml-fast.js';
import { coreValue, parseYamlQuick } from './yaml-quick.js';

export interface ChunkPlace {
  offset: number;
  depth: number;
}

export class YamlChunks {
  /** Line start offsets, and each line's indentation (-1: blank or comment only). */
  private readonly starts: number[] = [];
  private readonly indents: number[] = [];

  constructor(
    private readonly text: string,
    private readonly value: JsonValue,
  ) {
    for (let start = 0; start <= text.length;) {
      let at = start;
      while (text.charCodeAt(at) === 32) at++;
      const c = text.charCodeAt(at);
      const blank = at >= text.length || c === 10 || c === 13 || c === 35;
      this.starts.push(start);
      this.indents.push(blank ? -1 : at - start);
      const end = text.indexOf('\n', at);
      if (end < 0) break;
      start = end + 1;
    }
  }

  /** The lines at the indentation of a region's first line: where its map's keys can be. */
  private readonly regions = new Map<number, number[]>();

  private entryLines(first: number, to: number): number[] {
    let lines = this.regions.get(first);
    if (!lines) {
      lines = [];
      const indent = this.indents[first]!;
      for (let l = first; l < to; l++) if (this.indents[l] === indent) lines.push(l);
      this.regions.set(first, lines);
    }
    return lines;
  }

  /** Entries (by first line) whose text js-yaml read to the file's value there. */
  private readonly verified = new Map<number, boolean>();

  /**
   * The node's start read from the lines alone (js-yaml checks the deepest map entry that starts
   * a line); `undefined` where the lines do not show it plainly.
   */
  placeByLines(tokens: Tokens): ChunkPlace | undefined {
    const { starts, indents, text } = this;
    let line = 0;
    while (line < starts.length && indents[line]! < 0) line++;
    if (line === starts.length) return undefined;
    // The block holding the current node: its first content at (line, col), the rest of it on
    // the lines before `to`, its siblings at indentation `col`.
    let col = indents[line]!;
    let to = starts.length;
    let node: JsonValue | undefined = this.value;
    let offset = -1;
    let found = 0;
    let checked: { line: number; end: number; key: string; value: JsonValue } | undefined;
    for (const token of tokens) {
      if (Array.isArray(node)) {
        if (!/^(?:0|[1-9][0-9]*)$/.test(token) || Number(token) >= node.length) break;
        const items = this.siblings(line, col, to);
        if (items.length !== node.length || !items.every((l) => isItem(text, starts[l]! + col)))
          return undefined;
        const at = items[Number(token)]!;
        let content = starts[at]! + col + 1;
        while (text.charCodeAt(content) === 32) content++;
        const c = text.charCodeAt(content);
        if (Number.isNaN(c) || c === 10 || c === 13 || c === 35) return undefined;
        offset = content;
        node = node[Number(token)]!;
        to = this.blockEnd(at, col, to);
        line = at;
        col = content - starts[at]!;
      } else if (isObject(node)) {
        if (!Object.prototype.hasOwnProperty.call(node, token)) break;
        let at = -1;
        for (const l of this.siblings(line, col, to)) {
          const written = keyForm(text, starts[l]! + col, token);
          if (written === undefined) continue;
          // A plain key the core schema reads as another string (`1.0:` is "1") is not this one.
          if (written === 'plain' && !plainKeyIs(token)) continue;
          at = l;
          break;
        }
        if (at < 0) return undefined;
        const end = this.blockEnd(at, col, to);
        offset = starts[at]! + col;
        node = node[token]!;
        if (indents[at] === col) checked = { line: at, end, key: token, value: node };
        // Deeper only through a block collection on the next lines, indented past the key.
        let next = at + 1;
        while (next < end && indents[next]! < 0) next++;
        if (!valueOnNextLines(text, offset, token) || next === end) {
          found++;
          if (found < tokens.length && node !== null && typeof node === 'object') return undefined;
          break;
        }
        line = next;
        col = indents[next]!;
        to = end;
      } else break;
      found++;
    }
    if (found === 0 || !checked || !this.matches(checked)) return undefined;
    return { offset, depth: found };
  }

  /** Lines of a block where its members start: its first line, then those at its indentation. */
  private siblings(first: number, col: number, to: number): number[] {
    const key = `${first}:${col}`;
    let lines = this.blocks.get(key);
    if (!lines) {
      lines = [first];
      for (let l = first + 1; l < to; l++) if (this.indents[l] === col) lines.push(l);
      this.blocks.set(key, lines);
    }
    return lines;
  }

  private readonly blocks = new Map<string, number[]>();

  /** The line after the member starting on `line` at `col`: the next one not indented past it. */
  private blockEnd(line: number, col: number, to: number): number {
    const key = `${line}:${col}`;
    let end = this.ends.get(key);
    if (end === undefined) {
      end = line + 1;
      while (end < to && (this.indents[end]! < 0 || this.indents[end]! > col)) end++;
      this.ends.set(key, end);
    }
    return end;
  }

  private readonly ends = new Map<string, number>();

  /** Whether js-yaml reads the entry's lines alone as exactly `{key: value}`. */
  private matches(entry: { line: number; end: number; key: string; value: JsonValue }): boolean {
    let ok = this.verified.get(entry.line);
    if (ok === undefined) {
      const { starts, text } = this;
      const chunk = text.slice(
        starts[entry.line]!,
        entry.end < starts.length ? starts[entry.end]! : text.length,
      );
      const parsed = parseYamlQuick(chunk);
      ok =
        isObject(parsed) &&
        Object.keys(parsed).length === 1 &&
        Object.prototype.hasOwnProperty.call(parsed, entry.key) &&
        isDeepStrictEqual(parsed[entry.key], entry.value);
      this.verified.set(entry.line, ok);
    }
    return ok;
  }

  place(tokens: Tokens): ChunkPlace | undefined {
    const { starts, indents, text } = this;
    let from = 0;
    let to = starts.length;
    let node: JsonValue | undefined = this.value;
    let entry: { line: number; end: number; key: string; value: JsonValue } | undefined;
    let found = 0;
    for (const token of tokens) {
      if (!isObject(node) || !Object.prototype.hasOwnProperty.call(node, token)) break;
      let first = from;
      while (first < to && indents[first]! < 0) first++;
      if (first === to) break;
      const indent = indents[first]!;
      let line = -1;
      for (const l of this.entryLines(first, to)) {
        if (keyAt(text, starts[l]! + indent, token)) {
          line = l;
          break;
        }
      }
      if (line < 0) break;
      let end = line + 1;
      while (end < to && (indents[end]! < 0 || indents[end]! > indent)) end++;
      node = node[token]!;
      entry = { line, end, key: token, value: node };
      found++;
      // Deeper only through a block map: nothing but a comment after the key's colon.
      if (!valueOnNextLines(text, starts[line]! + indent, token)) break;
      from = line + 1;
      to = end;
    }
    if (!entry) return undefined;
    const chunkStart = starts[entry.line]!;
    const chunkEnd = entry.end < starts.length ? starts[entry.end]! : text.length;
    const parsed = parseYamlFast(text.slice(chunkStart, chunkEnd));
    if (!parsed || !isObject(parsed.value)) return undefined;
    const keys = Object.keys(parsed.value);
    if (keys.length !== 1 || keys[0] !== entry.key) return undefined;
    if (!isDeepStrictEqual(parsed.value[entry.key], entry.value)) return undefined;
    const inside = walkStarts(parsed.value, parsed.positions, tokens.slice(found - 1));
    if (!inside) return undefined;
    return { offset: chunkStart + inside.offset, depth: found - 1 + inside.depth };
  }
}

/** Whether the line at `at` starts with `token` written as a key (plain, or simply quoted), then `:`. */
function keyAt(text: string, at: number, token: string): boolean {
  const end = keyEnd(text, at, token);
  return end >= 0;
}

/** How `token` is written as a key at `at` (then `:`), if it is. */
function keyForm(text: string, at: number, token: string): 'plain' | 'quoted' | undefined {
  const c = text.charCodeAt(at);
  const end = keyEnd(text, at, token);
  if (end < 0) return undefined;
  return (c === 34 || c === 39) && !text.startsWith(token, at) ? 'quoted' : 'plain';
}

/** Whether a plain key written as `token` reads as the string `token` (quick files have no null keys). */
function plainKeyIs(token: string): boolean {
  const value = coreValue(token);
  return typeof value === 'string' || (value !== null && String(value) === token);
}

/** A block sequence item's `- ` at `at`. */
function isItem(text: string, at: number): boolean {
  return text.charCodeAt(at) === 45 && text.charCodeAt(at + 1) === 32;
}

/** The offset after the key's colon, or -1. */
function keyEnd(text: string, at: number, token: string): number {
  for (const written of [token, `"${token}"`, `'${token}'`]) {
    if (!text.startsWith(written, at)) continue;
    let colon = at + written.length;
    while (text.charCodeAt(colon) === 32) colon++;
    if (text.charCodeAt(colon) !== 58) continue;
    const next = text.charCodeAt(colon + 1);
    if (Number.isNaN(next) || next === 32 || next === 10 || next === 13) return colon + 1;
  }
  return -1;
}

function valueOnNextLines(text: string, at: number, token: string): boolean {
  let i = keyEnd(text, at, token);
  while (text.charCodeAt(i) === 32) i++;
  const c = text.charCodeAt(i);
  return Number.isNaN(c) || c === 10 || c === 13 || c === 35;
}
