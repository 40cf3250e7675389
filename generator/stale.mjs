/**
 * Whether `build/` can run as it is: what bin.mjs asks on every run, so it loads only this (the
 * builder, generator/build.mjs, is imported when a build is needed). Synchronous stats: a couple
 * of hundred of them cost less than as many promises on libuv's thread pool.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BUILD_DIR = path.join(ROOT, 'build');
/** The build's record: when it was made and from which sources (build.mjs writes it). */
export const INPUTS = 'inputs.json';

/** Why the build cannot be used as it is (missing, or a source changed after it), or undefined when it is fresh. */
export function staleReason(dir = BUILD_DIR, root = ROOT) {
  let record;
  try {
    record = JSON.parse(readFileSync(path.join(dir, INPUTS), 'utf8'));
  } catch {
    return 'no build';
  }
  // A removed source or one edited since the build (git checkout, an editor) both mean: rebuild.
  for (const file of record.inputs) {
    let stats;
    try {
      stats = statSync(path.join(root, file), { throwIfNoEntry: false });
    } catch {
      // Unreadable (a folder now a file, no permission): as good as changed.
    }
    if (stats === undefined || stats.mtimeMs > record.builtAt) return `${file} changed`;
  }
  return undefined;
}
