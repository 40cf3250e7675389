import { compareCodePoints } from '../util/compare.js';

export type WriteIssueCode =
  /** Absolute, `..`, backslash, empty segment, or resolving outside the output directory. */
  | 'unsafe-path'
  /** Two generated files share a path (also when paths differ only by letter case). */
  | 'duplicate-path'
  /** `manifest.json` is reserved for the write stage. */
  | 'reserved-path'
  /** A file the manifest does not own is in the way and has different contents. */
  | 'foreign-file'
  /** The target is a directory, symlink or other non-file, or a parent path is a file. */
  | 'path-conflict'
  /** manifest.json exists but is not a manifest this stage wrote. */
  | 'invalid-manifest'
  /** A file-system operation failed; the previous output was restored. */
  | 'write-failed';

export interface WriteIssue {
  code: WriteIssueCode;
  /** Posix path relative to the output directory. */
  path: string;
  message: string;
}

/** Every problem found while planning or writing, all at once, sorted by path then code. */
export class WriteError extends Error {
  readonly issues: readonly WriteIssue[];
  constructor(issues: WriteIssue[], options?: { cause?: unknown }) {
    const sorted = [...issues].sort(
      (a, b) => compareCodePoints(a.path, b.path) || compareCodePoints(a.code, b.code),
    );
    super(
      `write: ${sorted.length} problem(s)${sorted.some((i) => i.code === 'write-failed') ? '' : ', nothing was written'}:\n${sorted.map((i) => `  ${i.code} ${i.path}: ${i.message}`).join('\n')}`,
      options,
    );
    this.name = 'WriteError';
    this.issues = sorted;
  }
}
