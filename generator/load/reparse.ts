/**
 * A watch session's parses of the spec files, kept from one run to the next: a file whose text is
 * unchanged is not parsed again, and a small edit of a large YAML file re-parses only the map entry
 * around it (a path item, an operation, one field) and splices it into the last run's value, so an
 * 80 000-line file is not parsed whole for a one-line change.
 *
 * The splice is only taken when it is sure to equal a full parse: the entry is a block map entry
 * (its old text, parsed alone at its own indentation, gives exactly the old value), it keeps its
 * key and column, and no line of its new text is indented at or left of that key (so the entry
 * cannot swallow or become a sibling). Anything else parses the whole file, which also reports any
 * problem at the parser's own position. Node starts keep the file's coordinates: the new entry's
 * are shifted by where it starts, the rest are read through the last run's (LayeredStarts).
 */
import { parseSource, type ParsedSource } from './parse-source.js';
import type { LineStarts } from './positions.js';
import type { JsonValue } from './types.js';
import { parseYamlFast, type FastPositions, type NodeStarts } from './yaml-fast.js';
import { setMember } from '../util/own-property.js';
import { commonPrefix, commonSuffix } from '../util/common-affix.js';

interface KnownParse {
  text: string;
  parsed: ParsedSource;
  /** How many splices its starts are layered over (a full parse is 0). */
  layers: number;
}

/** A long edit session re-parses the whole file now and then, so lookups stay short. */
const MAX_LAYERS = 64;
/** Entries larger than this share of the file are cheaper to parse as part of the whole file. */
const MAX_ENTRY_SHARE = 0.25;

export class ParseReuse {
  private readonly known = new Map<string, KnownParse>();
  /** Each file's line starts of the last run (positions.ts): an edited file's are mostly these. */
  readonly lines = new Map<string, LineStarts>();

  /** `parseSource(text, name)`, from the last parse of `name` where that is sound. */
  parse(name: string, text: string): ParsedSource {
    const before = this.known.get(name);
    if (before?.text === text) return before.parsed;
    const last = before?.parsed;
    const spliced =
      last?.positions && last.value !== undefined && before!.layers < MAX_LAYERS
        ? reparse({ text: before!.text, value: last.value, positions: last.positions }, text)
        : undefined;
    if (spliced) {
      const parsed = { ...spliced, problems: [] };
      this.known.set(name, { text, parsed, layers: before!.layers + 1 });
      return parsed;
    }
    const parsed = parseSource(text, name, false);
    // A file with problems is parsed whole until it has none (its problems are the parser's).
    if (parsed.value !== undefined && parsed.problems.length === 0)
      this.known.set(name, { text, parsed, layers: 0 });
    return parsed;
  }
}

/** One block map entry on the way from the root to the edit. */
interface Level {
  /** The map holding the entry (the root value for the first level). */
  map: { [key: string]: JsonValue };
  key: string;
  keyOffset: number;
  /** Where the entry's text ends (the next key's line, or where its map ends). */
  end: number;
}

/** `before`'s value with the entry around the edit parsed again, or undefined when not sure. */
export function reparse(
  before: { text: string; value: JsonValue; positions: FastPositions },
  text: string,
): { value: JsonValue; positions: FastPositions } | undefined {
  const old = before.text;
  const positions = before.positions;
  const shorter = Math.min(old.length, text.length);
  const from = commonPrefix(old, text, shorter);
  const tail = commonSuffix(old, text, shorter - from);
  const oldTo = old.length - tail;
  const delta = text.length - old.length;

  const levels = levelsAround(old, before.value, positions.starts, from, oldTo, old.length);
  for (let depth = levels.length - 1; depth >= 0; depth--) {
    const level = levels[depth]!;
    const lineStart = lineStartOf(old, level.keyOffset);
    if (level.end - lineStart > old.length * MAX_ENTRY_SHARE) break;
    if (lineStart > from) continue; // the edit reaches into the key's indentation
    const column = level.keyOffset - lineStart;
    if (/[^ ]/.test(old.slice(lineStart, level.keyOffset))) continue; // not a block map key
    const oldEntry = parseEntry(old.slice(lineStart, level.end), column, level.key);
    if (!oldEntry || !sameValue(oldEntry.value, level.map[level.key]!)) continue;
    const entry = parseEntry(text.slice(lineStart, level.end + delta), column, level.key);
    if (!entry) continue;
    const starts = new WeakMap<object, Array<string | number>>();
    shiftStarts(entry.value, entry.starts, starts, lineStart);
    // The maps on the way down are copied with the new entry in; their starts shift past the edit.
    let value: JsonValue = entry.value;
    for (let d = depth; d >= 0; d--) {
      const { map, key } = levels[d]!;
      const copy: { [key: string]: JsonValue } = {};
      for (const k of Object.keys(map)) setMember(copy, k, k === key ? value : map[k]!);
      starts.set(copy, shifted(positions.starts.get(map)!, level.end, delta));
      value = copy;
    }
    return {
      value,
      positions: {
        rootOffset: positions.rootOffset,
        starts: new LayeredStarts(starts, positions.starts, level.end, delta),
      },
    };
  }
  return undefined;
}

/** The block map entries containing [from, to), outermost first. */
function levelsAround(
  text: string,
  root: JsonValue,
  starts: NodeStarts,
  from: number,
  to: number,
  end: number,
): Level[] {
  const levels: Level[] = [];
  let node = root;
  for (;;) {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return levels;
    const keys = starts.get(node);
    if (!keys) return levels;
    let found: Level | undefined;
    for (let i = 0; i < keys.length; i += 2) {
      const keyOffset = keys[i + 1] as number;
      // The entry ends where the next key's line starts: that key's indentation is not the entry's.
      const next = i + 3 < keys.length ? lineStartOf(text, keys[i + 3] as number) : end;
      if (keyOffset <= from && to <= next) {
        found = { map: node, key: keys[i] as string, keyOffset, end: next };
        break;
      }
    }
    if (!found) return levels;
    levels.push(found);
    node = node[found.key]!;
    end = found.end;
  }
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/**
 * One entry's text (from the start of its key's line) parsed alone: a map of that one key at that
 * column, with no later line at or left of it (a comment line may stand anywhere).
 */
function parseEntry(
  fragment: string,
  column: number,
  key: string,
): { value: JsonValue; starts: NodeStarts } | undefined {
  const lines = fragment.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const indent = line.search(/[^ ]/);
    if (indent >= 0 && indent <= column && line[indent] !== '#' && line[indent] !== '\r')
      return undefined;
  }
  const parsed = parseYamlFast(fragment);
  if (!parsed) return undefined;
  const map = parsed.value;
  if (map === null || typeof map !== 'object' || Array.isArray(map)) return undefined;
  const keys = parsed.positions.starts.get(map);
  if (keys?.length !== 2 || keys[0] !== key || keys[1] !== column) return undefined;
  return { value: map[key]!, starts: parsed.positions.starts };
}

/** Deep equality of parsed values, key order included (emitters follow it). */
function sameValue(a: JsonValue, b: JsonValue): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i]!;
    if (k !== kb[i]) return false;
    if (!sameValue((a as Record<string, JsonValue>)[k]!, (b as Record<string, JsonValue>)[k]!))
      return false;
  }
  return true;
}

/** Copies the starts of a fragment's nodes into `into`, moved to the file's coordinates. */
function shiftStarts(
  value: JsonValue,
  from: NodeStarts,
  into: WeakMap<object, Array<string | number>>,
  by: number,
): void {
  if (value === null || typeof value !== 'object') return;
  const own = from.get(value);
  if (own)
    into.set(
      value,
      own.map((s) => (typeof s === 'number' && s >= 0 ? s + by : s)),
    );
  for (const child of Array.isArray(value) ? value : Object.values(value))
    shiftStarts(child, from, into, by);
}

/** Starts recorded before an edit, as they stand after it. */
function shifted(starts: Array<string | number>, after: number, delta: number) {
  return starts.map((s) => (typeof s === 'number' && s >= after ? s + delta : s));
}

/**
 * The starts of a spliced parse: the new nodes' own, and every other node's as the last parse
 * placed it, moved by the edit's length when it lies after the edit.
 */
class LayeredStarts implements NodeStarts {
  constructor(
    private readonly own: WeakMap<object, Array<string | number>>,
    private readonly base: NodeStarts,
    private readonly after: number,
    private readonly delta: number,
  ) {}

  get(node: object): Array<string | number> | undefined {
    const own = this.own.get(node);
    if (own) return own;
    const base = this.base.get(node);
    return base && shifted(base, this.after, this.delta);
  }
}
