import path from 'node:path';
import type { WriteIssue } from './errors.js';

export const MANIFEST_FILE = 'manifest.json';

/**
 * Lexical checks on one generated path. Paths must be canonical posix paths relative to the output
 * directory, so two spellings of one file cannot both appear and nothing can point outside.
 */
export function checkRelativePath(rel: string, outDirAbs: string): WriteIssue | undefined {
  const unsafe = (why: string): WriteIssue => ({ code: 'unsafe-path', path: rel, message: why });
  if (rel.length === 0) return unsafe('empty path');
  if (rel.includes('\0')) return unsafe('contains a NUL character');
  if (rel.includes('\\')) return unsafe('contains a backslash; use posix separators');
  if (rel.startsWith('/') || /^[A-Za-z]:/.test(rel)) return unsafe('absolute path');
  const segments = rel.split('/');
  if (segments.includes('..')) return unsafe('contains a `..` segment');
  if (segments.some((s) => s === '' || s === '.'))
    return unsafe('not canonical (empty or `.` segment)');
  // On posix a path passing the checks above cannot leave the directory; on Windows a segment can
  // still name a drive (`a/C:x`), so the resolved path is compared there.
  if (path.sep === '/') return undefined;
  const resolved = path.resolve(outDirAbs, ...segments);
  if (!isInside(outDirAbs, resolved)) return unsafe('resolves outside the output directory');
  return undefined;
}

/** True when `candidate` is strictly below `dir` (both absolute and normalised). */
export function isInside(dir: string, candidate: string): boolean {
  const relative = path.relative(dir, candidate);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** `rel` (checked by checkRelativePath) below `outDirAbs` (resolved): what path.join would give. */
export function toAbsolute(outDirAbs: string, rel: string): string {
  const native = path.sep === '/' ? rel : rel.split('/').join(path.sep);
  return outDirAbs.endsWith(path.sep) ? outDirAbs + native : outDirAbs + path.sep + native;
}

/** Parent directories of a relative path, deepest first, excluding the output directory itself. */
export function parentDirs(rel: string): string[] {
  const dirs: string[] = [];
  for (let i = rel.lastIndexOf('/'); i >= 0; i = rel.lastIndexOf('/', i - 1)) {
    dirs.push(rel.slice(0, i));
    if (i === 0) break;
  }
  return dirs;
}
