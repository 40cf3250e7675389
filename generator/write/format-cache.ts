import path from 'node:path';
import { readFileIfExists, withFsOverrides, type FsOps } from './fs-ops.js';
import { readManifest, sha256Hex } from './manifest.js';
import { checkRelativePath, toAbsolute } from './paths.js';

/**
 * Rebuild the format stage's persisted cache (input hash → formatted text) from the last write:
 * manifest.json records each file's format input hash, and the file on disk is the formatted
 * output — trusted only while its sha256 still equals the manifest's, so a hand-edited file is
 * simply formatted again. Best effort: any problem yields fewer entries, never an error.
 *
 * `generate` and `check` both use it: a hand edit changes the file's sha256, so it is not trusted and
 * check still reports it. Only an edit that also rewrites the manifest's hash would pass unseen, a
 * deliberate act rather than a slip, which check accepts in exchange for not re-running prettier.
 */
export async function loadFormatCache(
  outDir: string,
  options: { fs?: Partial<FsOps> } = {},
): Promise<Map<string, string>> {
  const fs = withFsOverrides(options.fs);
  const outDirAbs = path.resolve(outDir);
  const cache = new Map<string, string>();
  let previous;
  try {
    previous = await readManifest(outDirAbs, fs);
  } catch {
    return cache;
  }
  const inputs = previous?.manifest.formatInputs;
  if (!previous || !inputs) return cache;
  for (const [rel, inputHash] of Object.entries(inputs)) {
    const expected = previous.manifest.files[rel];
    if (expected === undefined || checkRelativePath(rel, outDirAbs)) continue;
    try {
      const bytes = await readFileIfExists(fs, toAbsolute(outDirAbs, rel));
      if (bytes && sha256Hex(bytes) === expected)
        cache.set(inputHash, Buffer.from(bytes).toString('utf8'));
    } catch {
      // Unreadable: it will be formatted again.
    }
  }
  return cache;
}
