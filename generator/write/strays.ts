import { RELEASE_FILES } from '../diff/release-record.js';
import { compareCodePoints } from '../util/compare.js';
import { isNotFound, withFsOverrides, type FsOps } from './fs-ops.js';
import { parentDirs, toAbsolute } from './paths.js';

/**
 * Files nobody generated inside the generator's package folders (`sdk/`, `python/`, `docs/`, …:
 * the first folder of every generated path). They are not in manifest.json, so `generate` would
 * keep them forever, yet `npm pack` and `pip install` ship them with the package. Only reported:
 * they may be a user's work, so nothing here deletes them.
 */

/** Folders tools and users make inside a package on purpose: dependencies, caches, environments. */
const ALLOWED_DIRS = new Set([
  'node_modules',
  '__pycache__',
  '.venv',
  'venv',
  '.mypy_cache',
  '.pytest_cache',
  '.ruff_cache',
  '.tox',
]);

/**
 * Build artefacts: `npm pack`'s tarball, `python -m build`'s wheel and sdist, bytecode, Finder's
 * notes, and the lock file `npm install` writes in a package (npm never packs it).
 */
const ALLOWED_FILE = /(?:\.tgz|\.whl|\.tar\.gz|\.pyc|\.pyo|^\.DS_Store|^package-lock\.json)$/;

function allowed(name: string, isDir: boolean): boolean {
  return isDir ? ALLOWED_DIRS.has(name) || name.endsWith('.egg-info') : ALLOWED_FILE.test(name);
}

/**
 * Relative paths of the files below the package folders that are neither generated, `known` (owned
 * by manifest.json) nor written by `release`, minus the allowed artefacts; sorted. Symbolic links count as files and
 * are never followed.
 */
export async function findStrays(
  outDirAbs: string,
  generated: Iterable<string>,
  known: Iterable<string> = [],
  options: { fs?: Partial<FsOps> } = {},
): Promise<string[]> {
  const fs = withFsOverrides(options.fs);
  const files = new Set(generated);
  const dirs = new Set<string>();
  const roots = new Set<string>();
  for (const file of files) {
    const parents = parentDirs(file);
    for (const dir of parents) dirs.add(dir);
    if (parents.length > 0) roots.add(parents[parents.length - 1]!);
  }
  for (const file of [...known, ...RELEASE_FILES]) files.add(file);

  const strays: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    let names: string[];
    try {
      names = await fs.readdir(toAbsolute(outDirAbs, dir));
    } catch (error) {
      if (isNotFound(error)) return; // not written yet (check before the first generate)
      throw error;
    }
    for (const name of names) {
      const rel = `${dir}/${name}`;
      if (files.has(rel)) continue;
      if (dirs.has(rel)) {
        await walk(rel);
        continue;
      }
      const isDir = (await fs.lstat(toAbsolute(outDirAbs, rel))).isDirectory();
      if (allowed(name, isDir)) continue;
      if (isDir) await walk(rel);
      else strays.push(rel);
    }
  };
  for (const root of roots) await walk(root);
  return strays.sort(compareCodePoints);
}

/** The note `check` and `generate` print for a stray file. */
export const STRAY_NOTE =
  'not generated (not in manifest.json), yet inside a generated package: it ships with it; delete it or move it out';
