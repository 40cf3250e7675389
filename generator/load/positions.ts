/**
 * Line and column of a node, computed only when a problem needs them: the first request for a
 * file parses it once more with positions (`parseDocument` + `LineCounter`) and caches the tree.
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { parseWithPositions, type PositionedDocument } from './parse-source.js';
import type { Tokens } from './pointer.js';

export interface Position {
  line: number;
  col: number;
  /** How many tokens of the pointer exist in the file (the position is the deepest existing one). */
  depth: number;
}

export class PositionIndex {
  private readonly documents = new Map<string, PositionedDocument>();

  /** `textOf` gives a file's text; `known` documents were already parsed with positions. */
  constructor(private readonly textOf: (file: string) => string | undefined) {}

  remember(file: string, document: PositionedDocument): void {
    this.documents.set(file, document);
  }

  /** Position of the node at `tokens`: a map member's key, a sequence item, or the nearest existing ancestor. */
  position(file: string, tokens: Tokens): Position {
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

  /** The pointer tokens of the innermost node around `offset` (used to place YAML errors). */
  tokensAt(file: string, offset: number): string[] {
    const positioned = this.documentOf(file);
    const tokens: string[] = [];
    let node: unknown = positioned?.document.contents;
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
  if (isScalar(key)) return key.value === null || key.value === undefined ? '' : String(key.value);
  return String(key);
}

function stepInto(node: unknown, token: string): { node: unknown; offset: number } | undefined {
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
