/**
 * Where a node of a YAML file parsed without positions (yaml-quick.ts) starts, with `yaml` parsing
 * only the block map entry around it. The lines are read to find the entry: from the root, each
 * pointer token is looked for as a key at the indentation of its map's first line, as deep as the
 * block maps go. That entry's text is parsed alone (yaml-fast.ts, at its own indentation, so its
 * offsets are the file's once shifted) and must give exactly the value the file's parse gave there,
 * under exactly that key; the remaining tokens are placed inside it. Anything else gives
 * `undefined`, and the caller parses the whole file with positions.
 */
import { isDeepStrictEqual } from 'node:util';
import { isObject, type Tokens } from './pointer.js';
import type { JsonValue } from './types.js';
import { parseYamlFast, walkStarts } from './yaml-fast.js';

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
