import path from 'node:path';
import type { Stats } from 'node:fs';
import type { VirtualFile } from '../emit/types.js';
import { compareCodePoints } from '../util/compare.js';
import { WriteError, type WriteIssue } from './errors.js';
import { lstatIfExists, withFsOverrides, type FsOps } from './fs-ops.js';
import { sha256Hex, toBytes, type Manifest } from './manifest.js';
import { checkRelativePath, isInside, MANIFEST_FILE, parentDirs, toAbsolute } from './paths.js';
import {
  samePaths,
  stampOf,
  stillStamped,
  untouched,
  type DiskStamps,
  type WriteMemo,
} from './disk-stamps.js';

export interface PlannedWrite {
  path: string;
  /** What to write: a text is encoded (UTF-8) only when it is written. */
  contents: string | Uint8Array;
  /** The file's text, when it is text (kept in its stamp). */
  text?: string;
  /** A file the generator owns is there now and will be replaced. */
  replaces: boolean;
}

export interface WritePlan {
  /** Absolute output directory. */
  outDir: string;
  /** New or changed files, sorted by path. */
  writes: PlannedWrite[];
  /** Owned files whose bytes already match. */
  unchanged: string[];
  /** Files the manifest does not own but whose bytes already match: they become owned. */
  adopted: string[];
  /** Files the previous manifest owns, not generated any more, present on disk. */
  removals: string[];
  /** Every generated path → sha256, for the new manifest. */
  fileHashes: Map<string, string>;
  /** With `stamps`: the stamps of the files found identical (unchanged or adopted). */
  identical: DiskStamps;
}

/** What the disk holds at one generated path, compared with what the generator wants there. */
export type FileState = {
  path: string;
  /** sha256 of the file's bytes, taken once for stamps, the plan and the manifest. */
  hash: string;
  /** The file's text, when it is text. */
  text?: string;
} & (
  | { state: 'missing'; contents: string | Uint8Array }
  | {
      state: 'unchanged' | 'adopt';
      /** Its stat, when the caller keeps stamps. */
      stat?: Stats;
    }
  | { state: 'changed' | 'foreign'; bytes: Uint8Array; existing: Uint8Array }
  /** An owned file still as a watch session's stamp says, whose new bytes differ: not read back. */
  | { state: 'replaced'; contents: string | Uint8Array }
  | { state: 'conflict'; message: string }
);

export interface Inspection {
  outDir: string;
  files: FileState[];
  removals: string[];
  /** Problems on disk (symlinks leading outside, invalid manifest paths) found while inspecting. */
  issues: WriteIssue[];
}

/**
 * Decide what writing `files` into `outDir` means, reading the disk but changing nothing.
 * Throws a WriteError listing every problem (unsafe or duplicate paths, foreign files, conflicts)
 * before a single byte is written.
 */
export async function planWrite(
  outDir: string,
  files: VirtualFile[],
  previous: Manifest | null,
  options: { fs?: Partial<FsOps>; stamps?: DiskStamps; memo?: WriteMemo } = {},
): Promise<WritePlan> {
  const inspection = await inspectOutput(
    outDir,
    files,
    previous,
    withFsOverrides(options.fs),
    options.stamps,
    options.memo,
  );
  const issues = [...inspection.issues];
  const plan: WritePlan = {
    outDir: inspection.outDir,
    writes: [],
    unchanged: [],
    adopted: [],
    removals: inspection.removals,
    fileHashes: new Map(),
    identical: new Map(),
  };
  for (const file of inspection.files) {
    plan.fileHashes.set(file.path, file.hash);
    if ((file.state === 'unchanged' || file.state === 'adopt') && file.stat)
      plan.identical.set(file.path, stampOf(file.hash, file.stat, file.text));
    const text = file.text === undefined ? {} : { text: file.text };
    switch (file.state) {
      case 'missing':
        plan.writes.push({ path: file.path, contents: file.contents, replaces: false, ...text });
        break;
      case 'changed':
        plan.writes.push({ path: file.path, contents: file.bytes, replaces: true, ...text });
        break;
      case 'replaced':
        plan.writes.push({ path: file.path, contents: file.contents, replaces: true, ...text });
        break;
      case 'unchanged':
        plan.unchanged.push(file.path);
        break;
      case 'adopt':
        plan.adopted.push(file.path);
        break;
      case 'foreign':
        issues.push({
          code: 'foreign-file',
          path: file.path,
          message:
            'a file the generator does not own (not in manifest.json) is in the way with different contents; move it away or delete it, then regenerate',
        });
        break;
      case 'conflict':
        issues.push({ code: 'path-conflict', path: file.path, message: file.message });
        break;
    }
  }
  if (issues.length > 0) throw new WriteError(issues);
  return plan;
}

/**
 * Shared by plan and check: lexical path checks (thrown at once, before touching the disk), then
 * the state of every generated path and of every stale owned path. Reads only; a file `stamps`
 * says is untouched since it was written with the same bytes is not read back.
 */
export async function inspectOutput(
  outDir: string,
  files: VirtualFile[],
  previous: Manifest | null,
  fs: FsOps,
  stamps?: DiskStamps,
  memo?: WriteMemo,
): Promise<Inspection> {
  const outDirAbs = path.resolve(outDir);
  // A watch session's paths and manifest seen safe last time are not checked again.
  const knownPaths = samePaths(memo, outDirAbs, files);
  const lexical = knownPaths ? [] : checkFileSet(outDirAbs, files);
  const ownedPaths = previous ? Object.keys(previous.files).sort(compareCodePoints) : [];
  const knownOwned = memo?.owned?.outDir === outDirAbs && memo.owned.manifest === previous;
  for (const owned of knownOwned ? [] : ownedPaths) {
    const issue = checkRelativePath(owned, outDirAbs);
    if (issue || owned === MANIFEST_FILE) {
      lexical.push({
        code: 'invalid-manifest',
        path: MANIFEST_FILE,
        message: `lists an unsafe path ${JSON.stringify(owned)}; refusing to touch it`,
      });
    }
  }
  if (lexical.length > 0) throw new WriteError(lexical);
  if (memo) {
    if (!knownPaths) memo.paths = { outDir: outDirAbs, paths: files.map((f) => f.path) };
    if (previous) memo.owned = { outDir: outDirAbs, manifest: previous };
  }

  const owned = new Set(ownedPaths);
  const dirs = new DirectoryProbe(outDirAbs, fs);
  const issues: WriteIssue[] = [];
  const states: FileState[] = [];
  const sorted = [...files].sort((x, y) => compareCodePoints(x.path, y.path));

  // Large texts written to several paths (schema.ts and its declaration copies) hashed once.
  const textHashes = new Map<string, string>();
  const hashOf = (contents: string | Uint8Array): string => {
    if (typeof contents !== 'string' || contents.length < 1 << 16) return sha256Hex(contents);
    let hash = textHashes.get(contents);
    if (hash === undefined) textHashes.set(contents, (hash = sha256Hex(contents)));
    return hash;
  };
  const inspectFile = async (file: VirtualFile): Promise<FileState | WriteIssue> => {
    const text = typeof file.contents === 'string' ? file.contents : undefined;
    const stamp = stamps?.get(file.path);
    // The text the stamp was taken of (most of a watch run's output) is not hashed again. A text is
    // encoded only to be compared with a file on disk: a new file is encoded as it is written.
    let bytes = text === undefined ? (file.contents as Uint8Array) : undefined;
    const bytesOf = (): Uint8Array => (bytes ??= toBytes(file.contents));
    const known = {
      path: file.path,
      hash: text !== undefined && stamp?.text === text ? stamp.hash : hashOf(file.contents),
      ...(text === undefined ? {} : { text }),
    };
    const parents = await dirs.parents(file.path);
    if (parents.problem) {
      if (parents.problem.code === 'unsafe-path') return parents.problem;
      return { ...known, state: 'conflict', message: parents.problem.message };
    }
    const abs = toAbsolute(outDirAbs, file.path);
    // A directory still to be made holds nothing yet (a fresh output: every file is new).
    const stat = parents.absent ? null : await lstatIfExists(fs, abs);
    if (stat === null) return { ...known, state: 'missing', contents: file.contents };
    if (!stat.isFile()) {
      const what = stat.isDirectory()
        ? 'a directory'
        : stat.isSymbolicLink()
          ? 'a symbolic link'
          : 'not a regular file';
      return {
        ...known,
        state: 'conflict',
        message: `${what} is in the way; remove it, then regenerate`,
      };
    }
    const identical: FileState = {
      ...known,
      state: owned.has(file.path) ? 'unchanged' : 'adopt',
      ...(stamps ? { stat } : {}),
    };
    if (stillStamped(stamp, known.hash, stat)) return identical;
    // The bytes on disk are the stamp's, and the new ones hash otherwise: different, no need to read.
    if (stamp && owned.has(file.path) && untouched(stamp, stat))
      return { ...known, state: 'replaced', contents: file.contents };
    const existing = await fs.readFile(abs);
    if (Buffer.compare(existing, bytesOf()) === 0) return identical;
    const state = owned.has(file.path) ? 'changed' : 'foreign';
    return { ...known, state, bytes: bytesOf(), existing };
  };
  for (const file of sorted) {
    const result = await inspectFile(file);
    if ('state' in result) states.push(result);
    else issues.push(result);
  }

  const generated = new Set(files.map((f) => f.path));
  const removals: string[] = [];
  for (const stale of ownedPaths) {
    if (generated.has(stale)) continue;
    const { problem, absent } = await dirs.parents(stale);
    if (problem?.code === 'unsafe-path') {
      issues.push(problem);
      continue;
    }
    if (problem || absent) continue; // a parent is a file now or gone: the stale file cannot exist
    const stat = await lstatIfExists(fs, toAbsolute(outDirAbs, stale));
    // A directory at an owned path is not ours to delete; an absent file needs nothing.
    if (stat && !stat.isDirectory()) removals.push(stale);
  }
  return { outDir: outDirAbs, files: states, removals, issues };
}

/** Lexical problems in the generated set: unsafe, reserved, duplicate, file-and-directory. */
function checkFileSet(outDirAbs: string, files: VirtualFile[]): WriteIssue[] {
  const issues: WriteIssue[] = [];
  const seen = new Map<string, string>();
  const all = new Set(files.map((f) => f.path));
  for (const file of files) {
    const issue = checkRelativePath(file.path, outDirAbs);
    if (issue) {
      issues.push(issue);
      continue;
    }
    if (file.path === MANIFEST_FILE) {
      issues.push({
        code: 'reserved-path',
        path: file.path,
        message: 'manifest.json is written by the write stage itself',
      });
      continue;
    }
    // Case- and normalisation-insensitive, so the output also works on macOS and Windows checkouts.
    const folded = file.path.normalize('NFC').toLowerCase();
    const earlier = seen.get(folded);
    if (earlier !== undefined) {
      const message =
        earlier === file.path
          ? 'generated more than once'
          : `clashes with ${earlier} on case-insensitive file systems`;
      issues.push({ code: 'duplicate-path', path: file.path, message });
      continue;
    }
    seen.set(folded, file.path);
    for (const dir of parentDirs(file.path)) {
      if (all.has(dir))
        issues.push({
          code: 'path-conflict',
          path: file.path,
          message: `${dir} is also generated as a file`,
        });
    }
  }
  return issues;
}

type ProbeResult = { kind: 'ok' } | { kind: 'absent' } | { kind: 'problem'; issue: WriteIssue };

/**
 * Checks the existing directories above a path: each must be a real directory, and wherever a
 * symlink is followed the result must stay inside the output directory. Results are memoised.
 */
class DirectoryProbe {
  private readonly results = new Map<string, Promise<ProbeResult>>();
  private rootReal: Promise<string> | undefined;
  constructor(
    private readonly outDirAbs: string,
    private readonly fs: FsOps,
  ) {}

  /** The first problem above `rel`, or whether a directory above it is absent (so is `rel`). */
  async parents(rel: string): Promise<{ problem?: WriteIssue; absent?: true }> {
    for (const dir of parentDirs(rel).reverse()) {
      const result = await this.probe(dir);
      if (result.kind === 'absent') return { absent: true }; // everything below it is created by us
      if (result.kind === 'problem') return { problem: { ...result.issue, path: rel } };
    }
    return {};
  }

  private probe(dir: string): Promise<ProbeResult> {
    let result = this.results.get(dir);
    if (!result) {
      result = this.inspect(dir);
      this.results.set(dir, result);
    }
    return result;
  }

  private async inspect(dir: string): Promise<ProbeResult> {
    const abs = toAbsolute(this.outDirAbs, dir);
    const stat = await lstatIfExists(this.fs, abs);
    if (stat === null) return { kind: 'absent' };
    if (stat.isSymbolicLink()) {
      this.rootReal ??= this.fs.realpath(this.outDirAbs);
      const [real, root] = await Promise.all([
        this.fs.realpath(abs).catch(() => null),
        this.rootReal,
      ]);
      if (real !== null && isInside(root, real)) return { kind: 'ok' };
      return problem(
        'unsafe-path',
        dir,
        `${dir} is a symbolic link leading outside the output directory`,
      );
    }
    if (stat.isDirectory()) return { kind: 'ok' };
    return problem(
      'path-conflict',
      dir,
      `${dir} is a file where a directory is needed; remove it, then regenerate`,
    );
  }
}

function problem(code: WriteIssue['code'], dir: string, message: string): ProbeResult {
  return { kind: 'problem', issue: { code, path: dir, message } };
}
