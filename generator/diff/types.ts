/** The diff model: one located change at the wire or the SDK level, and the bump they add up to. */
import type { Direction } from '../ir/directions.js';

export type { Direction };

export type ChangeLevel = 'breaking' | 'non-breaking' | 'info';
export type Bump = 'major' | 'minor' | 'patch' | 'none';

/**
 * Changelog section a change belongs to: Keep a Changelog's groups a spec diff can tell apart, plus
 * `documentation` (no `fixed`: a changed spec does not say whether the server's behaviour was a bug).
 */
export type ChangeCategory = 'breaking' | 'added' | 'changed' | 'deprecated' | 'documentation';

/** Which spec a change is located in: removals exist only in the base, everything else in the head. */
export type Side = 'base' | 'head';

/** A change as the comparers find it, before it is located and attributed to an operation. */
export interface FoundChange {
  code: string;
  level: ChangeLevel;
  message: string;
  side: Side;
  /** JSON pointer into that side's bundled document. */
  pointer: string;
  /** Overrides the default section (`breaking` for breaking changes, else by code). */
  category?: ChangeCategory;
}

/** One change as `diff` reports it. The JSON output carries exactly the first six fields. */
export interface Change {
  level: ChangeLevel;
  code: string;
  /** operationId (the head's, or the base's for a removal); '' for document-wide changes. */
  operation: string;
  pointer: string;
  message: string;
  /** `file:line` relative to the current directory (or `<revision>:file:line` for a git base). */
  location: string;
  category: ChangeCategory;
  /** The SDK call a consumer writes for this operation, e.g. `client.runway.tasks.retrieve()`. */
  call?: string;
  /**
   * `message` without its `(also in …)` list of the other operations, when `call` already names
   * every one of them (the CHANGELOG line then says it once).
   */
  ownMessage?: string;
}

export interface DiffResult {
  bump: Bump;
  changes: Change[];
}

/** Level of a change that narrows (`narrowing`) or widens what a side accepts/produces. */
export function levelOf(direction: Direction, narrowing: boolean): ChangeLevel {
  // Narrowing a request or widening a response breaks existing callers.
  return (direction === 'request') === narrowing ? 'breaking' : 'non-breaking';
}
