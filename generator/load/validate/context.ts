/** What every validation rule gets: the bundled document, its version, a deref helper and a reporter. */
import { getAt, parsePointer, type Tokens } from '../pointer.js';
import { isRefObject } from '../resolver.js';
import type { JsonObject, JsonValue, Severity } from '../types.js';

export interface ValidationContext {
  document: JsonObject;
  version: '3.0' | '3.1';
  /** Reports a problem at a node of the bundled document (mapped back to its source file). */
  report(problem: RuleProblem): void;
  /** Follows internal refs (`#/components/...`) to the value they stand for; `undefined` if broken. */
  deref(value: JsonValue | undefined): JsonValue | undefined;
}

export interface RuleProblem {
  code: string;
  severity?: Severity;
  /** Tokens of the node in the bundled document. */
  at: Tokens;
  message: string;
  hint?: string;
  /** The problem is about the key at `at` (a name), not its value: locate the key even when the value was inlined from another file. */
  atKey?: boolean;
}

export function createDeref(document: JsonObject): ValidationContext['deref'] {
  return (value) => {
    let current = value;
    for (let hops = 0; isRefObject(current); hops++) {
      if (hops > 32) return undefined;
      const tokens = current.$ref.startsWith('#') ? parsePointer(current.$ref) : undefined;
      if (!tokens) return undefined;
      current = getAt(document, tokens);
    }
    return current;
  };
}

/**
 * Names become identifiers, file names and anchors in every output; past this length they only
 * cost (and some printers scale badly with them), so a longer one is a located error.
 */
export const MAX_NAME_LENGTH = 128;

/** A name for a message: cut, so a 100 000-character name does not flood the terminal. */
export function shownName(name: string): string {
  return name.length > 60 ? `${name.slice(0, 60)}… (${name.length} characters)` : name;
}
