/** Collects problems as data; positions are filled in once, at the end, for the problems that exist. */
import { toPointer, type Tokens } from './pointer.js';
import type { Problem, Severity } from './types.js';
import { compareCodePoints } from '../util/compare.js';

export interface PendingProblem {
  code: string;
  severity: Severity;
  file: string;
  /** Pointer tokens inside `file`. */
  tokens: Tokens;
  message: string;
  hint?: string;
  /** Known already (syntax errors come with yaml's own position). */
  line?: number;
  col?: number;
}

export class ProblemList {
  private readonly pending: PendingProblem[] = [];
  private readonly seen = new Set<string>();

  add(problem: PendingProblem): void {
    // The same source node can be reached through several refs: report it once.
    const key = [problem.code, problem.file, toPointer(problem.tokens), problem.message].join(
      '\u0000',
    );
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.pending.push(problem);
  }

  hasErrors(): boolean {
    return this.pending.some((problem) => problem.severity === 'error');
  }

  /** Located and sorted by file, line, col, code (then pointer and message, for a total order). */
  finish(position: (file: string, tokens: Tokens) => { line: number; col: number }): Problem[] {
    const problems = this.pending.map((pending): Problem => {
      const where =
        pending.line !== undefined && pending.col !== undefined
          ? { line: pending.line, col: pending.col }
          : position(pending.file, pending.tokens);
      return {
        code: pending.code,
        severity: pending.severity,
        file: pending.file,
        line: where.line,
        col: where.col,
        pointer: toPointer(pending.tokens),
        message: pending.message,
        ...(pending.hint ? { hint: pending.hint } : {}),
      };
    });
    return problems.sort(compareProblems);
  }
}

export function compareProblems(a: Problem, b: Problem): number {
  return (
    compareCodePoints(a.file, b.file) ||
    a.line - b.line ||
    a.col - b.col ||
    compareCodePoints(a.code, b.code) ||
    compareCodePoints(a.pointer, b.pointer) ||
    compareCodePoints(a.message, b.message)
  );
}
