/**
 * Line and column of a node, computed only when a problem needs them. A file the fast path parsed
 * kept where its nodes start (yaml-fast.ts): only its line starts are counted. Any other file (or
 * a node the fast path left unplaced) is parsed once more with positions (`parseDocument` +
 * `LineCounter`) on the first request, and the tree is cached.
 */
import { commonPrefix, commonSuffix } from '../util/common-affix.js';
import type { Node } from 'yaml';
import { yamlLib } from './yaml-lib.js';
import { parseWithPositions, type PositionedDocument } from './parse-source.js';
import type { Tokens } from './pointer.js';
import type { JsonValue } from './types.js';
import { parseYamlFast, walkStarts, type FastPositions } from './yaml-fast.js';
import { YamlChunks } from './yaml-chunks.js';
import { JsonPositions } from './json-positions.js';

interface FastFile {
  name: string;
  value: JsonValue;
  positions: FastPositions;
}

interface QuickFile {
  value: JsonValue;
  chunks?: YamlChunks;
}

export interface Position {
  line: number;
  col: number;
  /** How many tokens of the pointer exist in the file (the position is the deepest existing one). */
  depth: number;
}

export class PositionIndex {
  private readonly documents = new Map<string, PositionedDocument>();
  private readonly fast = new Map<string, FastFile>();
  private readonly quick = new Map<string, QuickFile>();
  private readonly json = new Map<string, { positions?: JsonPositions }>();
  /** Line starts of each file placed from an offset (fast, quick and JSON files alike). */
  private readonly lines = new Map<string, LineStarts>();

  /**
   * `textOf` gives a file's text; `kept`: a watch session's line starts of the last run, by file
   * (an edited file's are taken from its last text's wherever the two agree).
   */
  constructor(
    private readonly textOf: (file: string) => string | undefined,
    private readonly kept?: () => Map<string, LineStarts> | undefined,
  ) {}

  remember(file: string, document: PositionedDocument): void {
    this.documents.set(file, document);
  }

  /** A file the fast path parsed: `value` as it parsed it, and where its nodes start. */
  rememberFast(file: string, value: JsonValue, positions: FastPositions): void {
    this.fast.set(file, { name: file, value, positions });
  }

  /** A YAML file yaml-quick.ts parsed (no node starts kept). */
  rememberQuick(file: string, value: JsonValue): void {
    this.quick.set(file, { value });
  }

  /** A JSON file `JSON.parse` accepted: placed by reading its text (json-positions.ts). */
  rememberJson(file: string): void {
    this.json.set(file, {});
  }

  /** Position of the node at `tokens`: a map member's key, a sequence item, or the nearest existing ancestor. */
  position(file: string, tokens: Tokens): Position {
    const fast = this.fast.get(file);
    const placed = fast && this.fastPosition(fast, tokens);
    if (placed) return placed;
    const quick = this.quick.get(file);
    const quickPlaced = quick && this.quickPosition(file, quick, tokens);
    if (quickPlaced) return quickPlaced;
    const json = this.json.get(file);
    if (json) {
      const text = this.textOf(file);
      if (text !== undefined) {
        json.positions ??= new JsonPositions(text);
        return this.at(file, json.positions.offset(tokens));
      }
    }
    const positioned = this.documentOf(file);
    if (!positioned) return { line: 0, col: 0, depth: 0 };
    const { document, lineCounter } = positioned;
    let node: unknown = document.contents;
    let offset = rangeStart(node) ?? 0;
    let depth = 0;
    for (const token of tokens) {
      const step = stepInto(node, token);
      if (!step) break;
      node = step.node;
      offset = step.offset;
      depth++;
    }
    const { line, col } = lineCounter.linePos(offset);
    return { line, col, depth };
  }

  /** The same walk over a fast-parsed value; `undefined` where a node on the way has no start. */
  private fastPosition(fast: FastFile, tokens: Tokens): Position | undefined {
    const placed = walkStarts(fast.value, fast.positions, tokens);
    if (!placed) return undefined;
    return this.at(fast.name, placed);
  }

  /** Line and column of an offset into `file`. */
  private at(file: string, placed: { offset: number; depth: number }): Position {
    let lines = this.lines.get(file);
    if (!lines) {
      const kept = this.kept?.();
      lines = new LineStarts(this.textOf(file), kept?.get(file));
      this.lines.set(file, lines);
      kept?.set(file, lines);
    }
    return { ...lines.linePos(placed.offset), depth: placed.depth };
  }

  /**
   * A file parsed without positions: its lines read, or the entry around the node parsed alone
   * (yaml-chunks.ts), else the whole file parsed again, with node starts, once.
   */
  private quickPosition(file: string, quick: QuickFile, tokens: Tokens): Position | undefined {
    const text = this.textOf(file);
    if (text === undefined) return undefined;
    quick.chunks ??= new YamlChunks(text, quick.value);
    const placed = quick.chunks.placeByLines(tokens) ?? quick.chunks.place(tokens);
    if (placed) return this.at(file, placed);
    this.quick.delete(file);
    const fast = parseYamlFast(text);
    if (!fast) return undefined;
    this.rememberFast(file, fast.value, fast.positions);
    return this.fastPosition(this.fast.get(file)!, tokens);
  }

  /** The pointer tokens of the innermost node around `offset` (used to place YAML errors). */
  tokensAt(file: string, offset: number): string[] {
    const positioned = this.documentOf(file);
    const tokens: string[] = [];
    let node: unknown = positioned?.document.contents;
    const { isMap, isSeq } = yamlLib();
    for (;;) {
      if (isMap(node)) {
        const index = node.items.findIndex((pair) => {
          const start = rangeStart(pair.key);
          const end = rangeEnd(pair.value) ?? rangeEnd(pair.key);
          return start !== undefined && end !== undefined && start <= offset && offset < end;
        });
        const pair = node.items[index];
        if (!pair) break;
        tokens.push(keyText(pair.key));
        node = pair.value;
      } else if (isSeq(node)) {
        const index = node.items.findIndex((item) => {
          const start = rangeStart(item);
          const end = rangeEnd(item);
          return start !== undefined && end !== undefined && start <= offset && offset < end;
        });
        if (index < 0) break;
        tokens.push(String(index));
        node = node.items[index];
      } else break;
    }
    return tokens;
  }

  private documentOf(file: string): PositionedDocument | undefined {
    let positioned = this.documents.get(file);
    if (!positioned) {
      const text = this.textOf(file);
      if (text === undefined) return undefined;
      positioned = parseWithPositions(text);
      this.documents.set(file, positioned);
    }
    return positioned;
  }
}

/** How `toJS` names a key: `String(value)`, with null as ''. */
function keyText(key: unknown): string {
  if (yamlLib().isScalar(key))
    return key.value === null || key.value === undefined ? '' : String(key.value);
  return String(key);
}

function stepInto(node: unknown, token: string): { node: unknown; offset: number } | undefined {
  const { isMap, isSeq } = yamlLib();
  if (isMap(node)) {
    // The last pair wins, like toJS does with duplicate keys.
    for (let i = node.items.length - 1; i >= 0; i--) {
      const pair = node.items[i]!;
      if (keyText(pair.key) === token)
        return { node: pair.value, offset: rangeStart(pair.key) ?? 0 };
    }
    return undefined;
  }
  if (isSeq(node) && /^(?:0|[1-9][0-9]*)$/.test(token)) {
    const item = node.items[Number(token)];
    const offset = rangeStart(item);
    return offset === undefined ? undefined : { node: item, offset };
  }
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | null | undefined)?.range?.[0];
}

function rangeEnd(node: unknown): number | undefined {
  return (node as Node | null | undefined)?.range?.[1];
}

/**
 * Line starts the way yaml's parser reports them (offset 0, then after every line feed), and its
 * `LineCounter.linePos` answer for an offset, without loading `yaml` for a file it did not parse.
 */
export class LineStarts {
  private readonly starts: number[] = [0];

  /** `before`: another text's line starts, reused where the two texts agree (their common start and end). */
  constructor(
    readonly text: string | undefined,
    before?: LineStarts,
  ) {
    if (text === undefined) return;
    const old = before?.text;
    if (old === undefined) {
      this.scan(text, 0, text.length);
      return;
    }
    const shorter = Math.min(old.length, text.length);
    const from = commonPrefix(old, text, shorter);
    const tail = commonSuffix(old, text, shorter - from);
    const delta = text.length - old.length;
    const known = before!.starts;
    // A start is the offset after a newline: the newlines before `from` are the old text's…
    let k = 1;
    for (; k < known.length && known[k]! <= from; k++) this.starts.push(known[k]!);
    // …those in between are looked for…
    this.scan(text, from, text.length - tail);
    // …and those in the common end are the old ones, shifted.
    for (; k < known.length; k++)
      if (known[k]! - 1 >= old.length - tail) this.starts.push(known[k]! + delta);
  }

  /** Adds the starts after each newline in [from, to). */
  private scan(text: string, from: number, to: number): void {
    for (let at = text.indexOf('\n', from); at >= 0 && at < to; at = text.indexOf('\n', at + 1))
      this.starts.push(at + 1);
  }

  linePos(offset: number): { line: number; col: number } {
    // The first start at or after `offset`, by binary search.
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.starts[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    if (this.starts[low] === offset) return { line: low + 1, col: 1 };
    if (low === 0) return { line: 0, col: offset };
    return { line: low, col: offset - this.starts[low - 1]! + 1 };
  }
}
