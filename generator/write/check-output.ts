import path from 'node:path';
import type { VirtualFile } from '../emit/types.js';
import { compareCodePoints } from '../util/compare.js';
import { withFsOverrides, type FsOps } from './fs-ops.js';
import { unifiedDiff } from './diff.js';
import { clipDiffLines } from './clip-lines.js';
import { buildManifest, readManifest, serializeManifest, type ManifestMeta } from './manifest.js';
import { MANIFEST_FILE } from './paths.js';
import { inspectOutput } from './plan.js';
import { findStrays, STRAY_NOTE } from './strays.js';

/** The command that brings the output directory up to date; printed next to every check failure. */
export const FIX_COMMAND = 'npm run generate';

export interface CheckEntry {
  path: string;
  /** One line saying what is wrong. */
  note: string;
  /** Unified-style excerpt, `-` on disk / `+` generated, for text files. */
  diff?: string;
}

export interface CheckResult {
  ok: boolean;
  /** On disk with different contents (manifest.json included when it is out of date). */
  stale: CheckEntry[];
  /** Generated but absent on disk (manifest.json included when there is none). */
  missing: CheckEntry[];
  /** Owned by manifest.json, present on disk, no longer generated; or owned by nobody inside a generated package. */
  extra: CheckEntry[];
  fixCommand: string;
}

/**
 * What `writeOutput` with the same arguments would change, writing nothing. Unsafe or duplicate
 * paths and an unreadable manifest throw the same WriteError as writing would; files `write` would
 * refuse (foreign files, directories in the way) are reported as stale with a note.
 * Pass the same `meta` as generate does (including `formatInputs`) or manifest.json reads as stale.
 */
export async function checkOutput(
  outDir: string,
  files: VirtualFile[],
  meta: ManifestMeta,
  options: { fs?: Partial<FsOps> } = {},
): Promise<CheckResult> {
  const fs = withFsOverrides(options.fs);
  const outDirAbs = path.resolve(outDir);
  const previous = await readManifest(outDirAbs, fs);
  const inspection = await inspectOutput(outDirAbs, files, previous?.manifest ?? null, fs);
  const textPaths = new Set(files.filter((f) => typeof f.contents === 'string').map((f) => f.path));

  const stale: CheckEntry[] = [];
  const missing: CheckEntry[] = [];
  const extra: CheckEntry[] = [];
  for (const issue of inspection.issues) stale.push({ path: issue.path, note: issue.message });

  const fileHashes = new Map<string, string>();
  for (const file of inspection.files) {
    fileHashes.set(file.path, file.hash);
    switch (file.state) {
      case 'missing':
        missing.push({ path: file.path, note: 'not generated yet' });
        break;
      case 'changed':
        stale.push(
          differs(file.path, 'out of date', file.existing, file.bytes, textPaths.has(file.path)),
        );
        break;
      case 'foreign':
        stale.push(
          differs(
            file.path,
            'differs and is not owned by the generator (not in manifest.json): generate will refuse to overwrite it',
            file.existing,
            file.bytes,
            textPaths.has(file.path),
          ),
        );
        break;
      case 'conflict':
        stale.push({ path: file.path, note: file.message });
        break;
      case 'replaced': // (only with a watch session's stamps, which a check has not)
        stale.push({ path: file.path, note: 'out of date' });
        break;
      case 'unchanged':
      case 'adopt':
        break;
    }
  }
  for (const removal of inspection.removals) {
    extra.push({
      path: removal,
      note: 'owned by manifest.json but no longer generated: generate deletes it',
    });
  }
  const owned = previous ? Object.keys(previous.manifest.files) : [];
  const generated = files.map((f) => f.path);
  for (const stray of await findStrays(outDirAbs, generated, owned, options)) {
    extra.push({ path: stray, note: STRAY_NOTE });
  }

  const manifestBytes = serializeManifest(buildManifest(meta, fileHashes));
  if (!previous) missing.push({ path: MANIFEST_FILE, note: 'no manifest yet' });
  else if (Buffer.compare(previous.bytes, manifestBytes) !== 0) {
    stale.push(differs(MANIFEST_FILE, 'out of date', previous.bytes, manifestBytes, true));
  }

  const byPath = (a: CheckEntry, b: CheckEntry) => compareCodePoints(a.path, b.path);
  stale.sort(byPath);
  missing.sort(byPath);
  extra.sort(byPath);
  return {
    ok: stale.length + missing.length + extra.length === 0,
    stale,
    missing,
    extra,
    fixCommand: FIX_COMMAND,
  };
}

function differs(
  filePath: string,
  note: string,
  onDisk: Uint8Array,
  generated: Uint8Array,
  isText: boolean,
): CheckEntry {
  if (!isText) {
    return {
      path: filePath,
      note: `${note} (binary: ${onDisk.byteLength} bytes on disk, ${generated.byteLength} generated)`,
    };
  }
  const diff = unifiedDiff(
    Buffer.from(onDisk).toString('utf8'),
    Buffer.from(generated).toString('utf8'),
  );
  return { path: filePath, note, diff: clipDiffLines(diff.split('\n')).join('\n') };
}

/** Plain-text report for the CLI: every entry, its diff excerpt, and the command that fixes it. */
export function describeCheck(result: CheckResult): string {
  if (result.ok) return 'generated output is up to date';
  const lines: string[] = [];
  const section = (title: string, entries: CheckEntry[]) => {
    for (const entry of entries) {
      lines.push(`${title} ${entry.path}: ${entry.note}`);
      if (entry.diff) lines.push(...entry.diff.split('\n').map((l) => `    ${l}`));
    }
  };
  section('stale  ', result.stale);
  section('missing', result.missing);
  section('extra  ', result.extra);
  const count = result.stale.length + result.missing.length + result.extra.length;
  lines.push(`${count} file(s) out of date; run \`${result.fixCommand}\` to update them`);
  return lines.join('\n');
}
