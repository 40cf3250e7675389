import path from 'node:path';
import type { VirtualFile } from '../emit/types.js';
import { compareCodePoints } from '../util/compare.js';
import { WriteError } from './errors.js';
import { isNotFound, lstatIfExists, withFsOverrides, type FsOps } from './fs-ops.js';
import {
  buildManifest,
  readManifest,
  serializeManifest,
  type Manifest,
  type ManifestMeta,
} from './manifest.js';
import { MANIFEST_FILE, parentDirs, toAbsolute } from './paths.js';
import { planWrite, type WritePlan } from './plan.js';
import { stampOf, untouched, type DiskStamps, type WriteMemo } from './disk-stamps.js';
import { siblingName, sweepStaleTemps } from './temp-names.js';

export interface WriteSummary {
  /** Files created or replaced. */
  written: string[];
  /** Files already byte-identical (not touched: mtime kept). */
  unchanged: string[];
  /** Stale files the previous manifest owned, deleted. */
  removed: string[];
  /** Identical files that were not owned before and are now (a subset of `unchanged`). */
  adopted: string[];
  /** Leftover backup files that could not be deleted after a successful write (normally empty). */
  warnings: string[];
}

export interface WriteOptions {
  /** Test hook: replace file-system primitives, e.g. to fail the Nth rename. */
  fs?: Partial<FsOps>;
  /**
   * Kept by a watch process between runs: files still as stamped are not read back, and the
   * stamps are renewed for every file of this write (cleared if it fails).
   */
  stamps?: DiskStamps;
  /** Kept with `stamps`: the manifest and path sets of the last write (disk-stamps.ts). */
  memo?: WriteMemo;
}

/**
 * Write `files` into `outDir` and record them in `outDir/manifest.json`.
 *
 * Guarantees:
 *  - Nothing is written unless the whole plan is valid (paths, duplicates, foreign files).
 *  - Unchanged files are not touched; files the manifest does not own are never modified or
 *    deleted (an identical one at a generated path is adopted, a different one is an error).
 *  - Each file is replaced atomically (temp file in the same directory, then rename; a new
 *    directory is built under a temp name, then renamed), so a reader never sees a half-written file.
 *  - All or nothing on errors: every new content is first staged in temp files; only then are
 *    they renamed into place (old files kept as hard-link backups, stale files renamed to backups),
 *    and manifest.json goes last. If any step throws, the steps already done are undone in
 *    reverse, temp files and directories we created are removed, and the previous output is
 *    left byte-identical. Limits: a rollback step that itself fails (e.g. the disk vanished) is
 *    reported in the error; a hard crash of the process during the rename phase can leave a
 *    mix of old and new files plus `.gen-*` temp/backup files (no torn files) — regenerate: each
 *    write first removes the temp and backup names of processes that are gone (`temp-names.ts`).
 *    No fsync: output is reproducible from the spec, so durability after power loss is not a goal.
 */
export async function writeOutput(
  outDir: string,
  files: VirtualFile[],
  meta: ManifestMeta,
  options: WriteOptions = {},
): Promise<WriteSummary> {
  const fs = withFsOverrides(options.fs);
  const outDirAbs = path.resolve(outDir);
  const memo = options.stamps ? options.memo : undefined;
  const previous = await previousManifest(outDirAbs, fs, memo);
  const plan = await planWrite(outDirAbs, files, previous?.manifest ?? null, { ...options, memo });
  // From here until this write has succeeded, no stamp can be trusted.
  const stamps = options.stamps;
  const kept = memo?.manifest;
  if (memo) delete memo.manifest;
  // What a killed run left (its paths are the ones just checked): never a live process's names.
  // A watch session sweeps on its first write only (stamps still empty): its later edits would
  // read every output folder again for names only another, killed process could have left.
  const sweep = !stamps || stamps.size === 0;
  stamps?.clear();
  const owned = previous ? Object.keys(previous.manifest.files) : [];
  const sweepProblems = sweep
    ? await sweepStaleTemps(fs, outDirAbs, [...owned, ...plan.fileHashes.keys()])
    : [];

  const manifestBytes = serializeManifest(buildManifest(meta, plan.fileHashes));
  const manifestChanged = !previous || Buffer.compare(previous.bytes, manifestBytes) !== 0;
  const summary: WriteSummary = {
    written: plan.writes.map((w) => w.path),
    unchanged: [...plan.unchanged, ...plan.adopted].sort(compareCodePoints),
    removed: [...plan.removals],
    adopted: [...plan.adopted],
    warnings: sweepProblems,
  };
  if (plan.writes.length === 0 && plan.removals.length === 0 && !manifestChanged) {
    if (stamps) await restamp(stamps, fs, outDirAbs, plan);
    if (memo && kept) memo.manifest = kept;
    return summary;
  }

  const writes = [...plan.writes];
  if (manifestChanged)
    writes.push({ path: MANIFEST_FILE, contents: manifestBytes, replaces: previous !== null });

  const tx = new Transaction(fs, outDirAbs);
  try {
    // Phase 1: stage. Only new temp files and directories appear; the old output is untouched.
    await tx.ensureDir(outDirAbs);
    const staged: Array<{ target: string; temp: string; replaces: boolean }> = [];
    for (const write of writes) {
      const target = toAbsolute(outDirAbs, write.path);
      const dir = await tx.placeFor(path.dirname(target));
      // In a new directory, staged whole: the file goes there under its own name.
      if (dir.staged) await tx.stageIn(dir.path, path.basename(target), write.contents);
      else
        staged.push({
          target,
          temp: await tx.stage(target, write.contents),
          replaces: write.replaces,
        });
    }
    // Phase 2: swap in. Every step is journalled so it can be undone; manifest.json is last.
    const manifestStep = manifestChanged ? staged.pop() : undefined;
    for (const step of staged) await tx.put(step.target, step.temp, step.replaces);
    await tx.putDirs();
    for (const stale of plan.removals) await tx.remove(toAbsolute(outDirAbs, stale));
    if (manifestStep) await tx.put(manifestStep.target, manifestStep.temp, manifestStep.replaces);
  } catch (error) {
    const rollbackProblems = await tx.rollback();
    const detail = error instanceof Error ? error.message : String(error);
    const message =
      rollbackProblems.length === 0
        ? `writing failed (${detail}); the previous output was left as it was`
        : `writing failed (${detail}) and the rollback also failed — run the generator again:\n    ${rollbackProblems.join('\n    ')}`;
    throw new WriteError([{ code: 'write-failed', path: '.', message }], { cause: error });
  }

  // Committed. Clean-up failures below cannot make the output wrong, only leave litter.
  summary.warnings.push(...(await tx.discardBackups()));
  await pruneEmptyDirs(fs, outDirAbs, plan.removals);
  if (stamps) await restamp(stamps, fs, outDirAbs, plan);
  if (memo) {
    if (!manifestChanged) memo.manifest = kept;
    else {
      const stat = await lstatIfExists(fs, toAbsolute(outDirAbs, MANIFEST_FILE));
      if (stat?.isFile()) {
        const manifest = buildManifest(meta, plan.fileHashes);
        memo.manifest = {
          outDir: outDirAbs,
          stamp: stampOf('', stat),
          manifest,
          bytes: manifestBytes,
        };
      }
    }
  }
  return summary;
}

/**
 * The manifest in `outDirAbs` (null when there is none): a watch session's last one while
 * manifest.json is still as it left it, else read and parsed.
 */
async function previousManifest(
  outDirAbs: string,
  fs: FsOps,
  memo: WriteMemo | undefined,
): Promise<{ manifest: Manifest; bytes: Uint8Array } | null> {
  const at = toAbsolute(outDirAbs, MANIFEST_FILE);
  // Stat first: a change after it makes the stamp stale, never the kept bytes.
  const stat = memo ? await lstatIfExists(fs, at) : null;
  const known = memo?.manifest;
  if (stat?.isFile() && known?.outDir === outDirAbs && untouched(known.stamp, stat)) return known;
  const read = await readManifest(outDirAbs, fs);
  if (memo) {
    if (read && stat?.isFile())
      memo.manifest = { outDir: outDirAbs, stamp: stampOf('', stat), ...read };
    else delete memo.manifest;
  }
  return read;
}

/** The stamps after a successful write: the identical files as inspected, the written ones now. */
async function restamp(
  stamps: DiskStamps,
  fs: FsOps,
  outDirAbs: string,
  plan: WritePlan,
): Promise<void> {
  for (const [file, stamp] of plan.identical) stamps.set(file, stamp);
  for (const write of plan.writes) {
    const stat = await lstatIfExists(fs, toAbsolute(outDirAbs, write.path));
    if (stat?.isFile())
      stamps.set(write.path, stampOf(plan.fileHashes.get(write.path)!, stat, write.text));
  }
}

/** Remove directories emptied by deleting stale files, deepest first; never the output dir itself. */
async function pruneEmptyDirs(fs: FsOps, outDirAbs: string, removed: string[]): Promise<void> {
  const candidates = new Set<string>();
  for (const rel of removed) for (const dir of parentDirs(rel)) candidates.add(dir);
  const deepestFirst = [...candidates].sort(
    (a, b) => b.split('/').length - a.split('/').length || compareCodePoints(a, b),
  );
  for (const dir of deepestFirst) {
    const abs = toAbsolute(outDirAbs, dir);
    try {
      const stat = await lstatIfExists(fs, abs);
      if (!stat?.isDirectory()) continue;
      if ((await fs.readdir(abs)).length === 0) await fs.rmdir(abs);
    } catch {
      // Something appeared or is not ours to remove: leave it.
    }
  }
}

type JournalEntry =
  | { kind: 'backup'; bak: string }
  | { kind: 'create-dir'; target: string; staging: string }
  | { kind: 'replace'; target: string; bak: string }
  | { kind: 'create'; target: string }
  | { kind: 'remove'; target: string; bak: string };

const LINK_UNSUPPORTED = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'ENOSYS']);

/**
 * The undo log behind writeOutput's all-or-nothing guarantee.
 *
 * A directory that does not exist yet is staged whole: made under a hidden sibling name, filled with
 * its files under their own names, then renamed into place in one step. A fresh output (thousands
 * of files in a few dozen new directories) thus takes a rename per new top directory instead of
 * one per file, and a reader still never sees a half-written file.
 */
class Transaction {
  private readonly createdDirs: string[] = [];
  /** Directories known to exist (found or made by this transaction). */
  private readonly dirs = new Set<string>();
  /** A new directory → where it is being built (inside a staged tree). */
  private readonly stagedDirs = new Map<string, string>();
  /** The top new directories, in the order they were begun, with their staging names. */
  private readonly stagedRoots: Array<{ target: string; staging: string }> = [];
  private readonly temps = new Set<string>();
  private readonly backups: string[] = [];
  private readonly journal: JournalEntry[] = [];

  constructor(
    private readonly fs: FsOps,
    private readonly outDirAbs: string,
  ) {}

  async ensureDir(abs: string): Promise<void> {
    if (this.dirs.has(abs)) return; // thousands of files share a few dozen directories
    const stat = await lstatIfExists(this.fs, abs);
    if (!stat) {
      // (plan already rejected anything in the way that is not a usable directory)
      const parent = path.dirname(abs);
      if (parent !== abs) await this.ensureDir(parent);
      await this.fs.mkdir(abs);
      this.createdDirs.push(abs);
    }
    this.dirs.add(abs);
  }

  /**
   * Where files of the directory `abs` are written now: the directory itself when it exists, else
   * its place in a staged tree (begun at its topmost missing ancestor, made here).
   */
  async placeFor(abs: string): Promise<{ path: string; staged: boolean }> {
    if (this.dirs.has(abs)) return { path: abs, staged: false };
    const known = this.stagedDirs.get(abs);
    if (known !== undefined) return { path: known, staged: true };
    if (await lstatIfExists(this.fs, abs)) {
      // (plan already rejected anything in the way that is not a usable directory)
      this.dirs.add(abs);
      return { path: abs, staged: false };
    }
    const parentAbs = path.dirname(abs);
    // The output directory exists by now (made first), so a missing one has a parent below it.
    const parent = await this.placeFor(parentAbs);
    const place = parent.staged
      ? path.join(parent.path, path.basename(abs))
      : siblingName(abs, 'tmp');
    await this.fs.mkdir(place);
    this.createdDirs.push(place);
    if (!parent.staged) this.stagedRoots.push({ target: abs, staging: place });
    this.stagedDirs.set(abs, place);
    return { path: place, staged: true };
  }

  /** A new file in a staged directory: written under its own name (the tree is not visible yet). */
  async stageIn(dir: string, name: string, contents: string | Uint8Array): Promise<void> {
    const file = path.join(dir, name);
    this.temps.add(file); // removed on rollback, once its directory is back in staging
    await this.fs.writeFileExclusive(file, contents);
  }

  /** Phase 2 for the staged trees: each renamed into place in one step. */
  async putDirs(): Promise<void> {
    for (const { target, staging } of this.stagedRoots) {
      await this.fs.rename(staging, target);
      this.journal.push({ kind: 'create-dir', target, staging });
    }
  }

  async stage(target: string, contents: string | Uint8Array): Promise<string> {
    const temp = siblingName(target, 'tmp');
    this.temps.add(temp); // before writing: a failed write may still leave a partial file
    await this.fs.writeFileExclusive(temp, contents);
    return temp;
  }

  async put(target: string, temp: string, replaces: boolean): Promise<void> {
    if (replaces) {
      const bak = siblingName(target, 'bak');
      await this.backup(target, bak);
      await this.fs.rename(temp, target);
      this.journal.push({ kind: 'replace', target, bak });
    } else {
      await this.fs.rename(temp, target);
      this.journal.push({ kind: 'create', target });
    }
    this.temps.delete(temp);
  }

  async remove(target: string): Promise<void> {
    const bak = siblingName(target, 'bak');
    await this.fs.rename(target, bak);
    this.backups.push(bak);
    this.journal.push({ kind: 'remove', target, bak });
  }

  /** Undo in reverse order; returns what could not be undone (empty when fully restored). */
  async rollback(): Promise<string[]> {
    const problems: string[] = [];
    const keep = new Set<string>(); // backups that are the only remaining copy of an old file
    const attempt = async (what: string, action: () => Promise<void>): Promise<boolean> => {
      try {
        await action();
        return true;
      } catch (error) {
        if (isNotFound(error)) return true;
        problems.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
        return false;
      }
    };
    for (const entry of [...this.journal].reverse()) {
      const rel = (abs: string) => path.relative(this.outDirAbs, abs).split(path.sep).join('/');
      switch (entry.kind) {
        case 'replace':
        case 'remove':
          if (
            !(await attempt(`restore ${rel(entry.target)} from ${rel(entry.bak)}`, () =>
              this.fs.rename(entry.bak, entry.target),
            ))
          ) {
            keep.add(entry.bak);
          }
          break;
        case 'create':
          await attempt(`remove new ${rel(entry.target)}`, () => this.fs.unlink(entry.target));
          break;
        case 'create-dir':
          // Back to its staging name, where its files and directories are removed below.
          await attempt(`remove new ${rel(entry.target)}`, () =>
            this.fs.rename(entry.target, entry.staging),
          );
          break;
        case 'backup':
          if (!keep.has(entry.bak))
            await attempt(`remove backup ${rel(entry.bak)}`, () => this.fs.unlink(entry.bak));
          break;
      }
    }
    for (const temp of this.temps) await attempt(`remove temp ${temp}`, () => this.fs.unlink(temp));
    for (const dir of [...this.createdDirs].reverse()) {
      try {
        await this.fs.rmdir(dir);
      } catch {
        // Not empty (someone else put something there) or already gone: leave it.
      }
    }
    return problems;
  }

  /** After commit: the backups are no longer needed. Returns the ones that could not be deleted. */
  async discardBackups(): Promise<string[]> {
    const left: string[] = [];
    for (const bak of this.backups) {
      try {
        await this.fs.unlink(bak);
      } catch (error) {
        if (!isNotFound(error)) left.push(`could not delete backup ${bak}`);
      }
    }
    return left;
  }

  /** Keep the old bytes reachable under `bak` while `target` stays in place (hard link, else copy). */
  private async backup(target: string, bak: string): Promise<void> {
    try {
      await this.fs.link(target, bak);
    } catch (error) {
      if (!LINK_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
      try {
        await this.fs.copyFileExclusive(target, bak);
      } catch (copyError) {
        // A partial copy is ours to delete; EEXIST means the name belongs to someone else.
        if ((copyError as NodeJS.ErrnoException).code !== 'EEXIST')
          await this.fs.unlink(bak).catch(() => {});
        throw copyError;
      }
    }
    this.backups.push(bak);
    this.journal.push({ kind: 'backup', bak });
  }
}
