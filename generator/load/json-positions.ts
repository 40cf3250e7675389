/**
 * Where a node of a JSON file starts, read from the text itself: a file `JSON.parse` accepted is
 * placed without building `yaml`'s positioned document of it (seconds for a multi-megabyte,
 * one-line file, for a handful of warnings). Offsets are the ones that document gives: a map
 * member at its key's opening quote (the last of repeated keys, like `JSON.parse`), a sequence
 * item where it starts, the root where its first character stands.
 *
 * Each container is indexed the first time a pointer goes through it (its members' key and value
 * offsets), so many positions in one file cost about one pass over the text.
 */
import type { Tokens } from './pointer.js';

interface Members {
  /** Map: key → [key offset, value offset]; sequence: [item offsets]. */
  keys?: Map<string, [number, number]>;
  items?: number[];
}

export class JsonPositions {
  private readonly containers = new Map<number, Members>();
  private readonly root: number;

  constructor(private readonly text: string) {
    this.root = skipSpace(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  }

  /** The start offset of the deepest existing node on `tokens`, and how many tokens exist. */
  offset(tokens: Tokens): { offset: number; depth: number } {
    let offset = this.root;
    let value = this.root;
    let depth = 0;
    for (const token of tokens) {
      const members = this.members(value);
      if (!members) break;
      if (members.keys) {
        const member = members.keys.get(token);
        if (!member) break;
        [offset, value] = member;
      } else {
        if (!/^(?:0|[1-9][0-9]*)$/.test(token)) break;
        const item = members.items![Number(token)];
        if (item === undefined) break;
        offset = value = item;
      }
      depth++;
    }
    return { offset, depth };
  }

  private members(at: number): Members | undefined {
    const known = this.containers.get(at);
    if (known) return known;
    const open = this.text.charCodeAt(at);
    let members: Members;
    if (open === 123 /* { */) members = { keys: this.objectMembers(at) };
    else if (open === 91 /* [ */) members = { items: this.arrayItems(at) };
    else return undefined;
    this.containers.set(at, members);
    return members;
  }

  private objectMembers(at: number): Map<string, [number, number]> {
    const { text } = this;
    const keys = new Map<string, [number, number]>();
    let i = skipSpace(text, at + 1);
    if (text.charCodeAt(i) === 125 /* } */) return keys;
    for (;;) {
      const keyStart = i;
      const keyEnd = skipString(text, i);
      const raw = text.slice(keyStart + 1, keyEnd - 1);
      const key = raw.includes('\\') ? (JSON.parse(text.slice(keyStart, keyEnd)) as string) : raw;
      i = skipSpace(text, skipSpace(text, keyEnd) + 1); // past the colon
      keys.set(key, [keyStart, i]);
      i = skipSpace(text, skipValue(text, i));
      if (text.charCodeAt(i) !== 44 /* , */) return keys;
      i = skipSpace(text, i + 1);
    }
  }

  private arrayItems(at: number): number[] {
    const { text } = this;
    const items: number[] = [];
    let i = skipSpace(text, at + 1);
    if (text.charCodeAt(i) === 93 /* ] */) return items;
    for (;;) {
      items.push(i);
      i = skipSpace(text, skipValue(text, i));
      if (text.charCodeAt(i) !== 44 /* , */) return items;
      i = skipSpace(text, i + 1);
    }
  }
}

function skipSpace(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return i;
    i++;
  }
}

/** `i` at an opening quote; returns the offset after the closing one. */
function skipString(text: string, i: number): number {
  for (i++; ;) {
    const quote = text.indexOf('"', i);
    if (quote < 0) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 92) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    i = quote + 1;
  }
}

/** `i` at a value's first character; returns the offset after it. */
function skipValue(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 34 /* " */) return skipString(text, i);
  if (c !== 123 && c !== 91) {
    // A number, true, false or null: up to the next delimiter.
    while (i < text.length) {
      const d = text.charCodeAt(i);
      if (d === 44 || d === 125 || d === 93 || d === 32 || d === 10 || d === 13 || d === 9) break;
      i++;
    }
    return i;
  }
  // A container: count brackets, stepping over strings (which may hold brackets).
  let depth = 0;
  for (; i < text.length; i++) {
    const d = text.charCodeAt(i);
    if (d === 34) i = skipString(text, i) - 1;
    else if (d === 123 || d === 91) depth++;
    else if (d === 125 || d === 93) {
      if (--depth === 0) return i + 1;
    }
  }
  return i;
}
