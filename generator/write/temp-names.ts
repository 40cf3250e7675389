import path from 'node:path';
import { isNotFound, lstatIfExists, type FsOps } from './fs-ops.js';
import { parentDirs, toAbsolute } from './paths.js';
import { processAlive } from '../util/stale-temps.mjs';

/**
 * The write stage's own hidden names, next to their targets so a rename stays atomic:
 * `.<name>.gen-<pid>-<n>.tmp` (a staged file or directory) and `.<name>.gen-<pid>-<n>.bak` (an old
 * file kept until the write has succeeded). A process killed mid-write (`kill -9`, a power cut)
 * leaves them behind; the next write removes those whose process is gone (`sweepStaleTemps`).
 */
const OWN_NAME = /^\..*\.gen-(\d{1,10})-\d{1,15}\.(?:tmp|bak)$/s;

let sequence = 0;

/** A hidden sibling name for `target`, unique within this process. */
export function siblingName(target: string, suffix: 'tmp' | 'bak'): string {
  const base = path.basename(target).slice(0, 180);
  return path.join(path.dirname(target), `.${base}.gen-${process.pid}-${++sequence}.${suffix}`);
}

/** The pid in one of our temp or backup names, or undefined for any other name. */
export function tempOwner(name: string): number | undefined {
  const match = OWN_NAME.exec(name);
  const pid = match ? Number(match[1]) : 0;
  return pid > 0 ? pid : undefined;
}

/**
 * Removes our temp and backup names whose process is gone from the directories this write can
 * have left them in: the output directory and every directory of a file the last manifest or this
 * write holds (a staged directory sits in the parent of the new directory it stands for, itself one
 * of those). The paths must be checked already (`planWrite`); only real directories below the
 * output directory are read (never through a symbolic link); a name of a live process (a concurrent generate) is left alone. Returns what could not be
 * removed.
 */
export async function sweepStaleTemps(
  fs: FsOps,
  outDirAbs: string,
  files: Iterable<string>,
  alive: (pid: number) => boolean = processAlive,
): Promise<string[]> {
  const dirs = new Set<string>(['']);
  for (const file of files) for (const dir of parentDirs(file)) dirs.add(dir);
  const shallowFirst = [...dirs].sort((a, b) => depth(a) - depth(b));
  const readable = new Set<string>();
  const left: string[] = [];
  for (const dir of shallowFirst) {
    const parent = dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : '';
    if (dir !== '' && !readable.has(parent)) continue;
    const abs = dir === '' ? outDirAbs : toAbsolute(outDirAbs, dir);
    let names: string[];
    try {
      // The output directory as the user names it; below it, no symbolic link is followed.
      if (dir !== '' && !(await lstatIfExists(fs, abs))?.isDirectory()) continue;
      names = await fs.readdir(abs);
    } catch {
      continue;
    }
    readable.add(dir);
    for (const name of names) {
      const pid = tempOwner(name);
      if (pid === undefined || alive(pid)) continue;
      const entry = path.join(abs, name);
      try {
        await removeTree(fs, entry);
      } catch (error) {
        if (!isNotFound(error)) left.push(`could not delete stale temp ${entry}`);
      }
    }
  }
  return left;
}

const depth = (dir: string): number => (dir === '' ? 0 : dir.split('/').length);

/** A file, or a staged directory with everything in it (never following a symbolic link). */
async function removeTree(fs: FsOps, abs: string): Promise<void> {
  const stat = await lstatIfExists(fs, abs);
  if (!stat) return;
  if (!stat.isDirectory()) return fs.unlink(abs);
  for (const name of await fs.readdir(abs)) await removeTree(fs, path.join(abs, name));
  await fs.rmdir(abs);
}
