/**
 * `release`: compares the spec with the last released one (a bundled snapshot committed under the
 * output folder, since git tags may not travel), decides the next version by semver and writes the
 * snapshot, the version record and a CHANGELOG section. The pipeline reads the version record, so
 * every generated package carries it. Nothing is written when nothing changed.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { changelogSection, prependSection } from './changelog.js';
import { diffSpecs } from './index.js';
import {
  CHANGELOG,
  readReleaseVersion,
  RELEASE_RECORD,
  RELEASE_SPEC,
  semver,
} from './release-record.js';
import { loadSide } from './sides.js';
import type { Bump, Change } from './types.js';

export { CHANGELOG, readReleaseVersion, RELEASE_RECORD, RELEASE_SPEC } from './release-record.js';

export class ReleaseError extends Error {}

export interface ReleasePlan {
  /** The version the packages get ('' only when there is nothing to release and no record). */
  version: string;
  previous?: string;
  bump: Bump;
  changes: Change[];
  /** Files to write, relative to the output folder; empty when nothing changed. */
  files: { path: string; contents: string }[];
}

export async function planRelease(specPath: string, outDir: string): Promise<ReleasePlan> {
  const head = await loadSide(specPath, 'head');
  const declared = semver().valid(head.ir.info.version) ?? undefined;
  const previous = await readReleaseVersion(outDir);
  const snapshot = path.join(outDir, RELEASE_SPEC);
  const changelogPath = path.join(outDir, CHANGELOG);
  const existingLog = existsSync(changelogPath) ? await readFile(changelogPath, 'utf8') : undefined;
  const files = (version: string, section: string) => [
    { path: RELEASE_SPEC, contents: `${JSON.stringify(head.loaded.document, null, 2)}\n` },
    { path: RELEASE_RECORD, contents: `${JSON.stringify({ version }, null, 2)}\n` },
    { path: CHANGELOG, contents: prependSection(existingLog, section) },
  ];

  if (previous === undefined || !existsSync(snapshot)) {
    const version = declared ?? '0.1.0';
    const note = `First release recorded from this spec: ${head.ir.operations.length} operations.`;
    return {
      version,
      bump: 'none',
      changes: [],
      files: files(version, changelogSection(version, [], note)),
    };
  }

  const base = await loadSide(snapshot, 'released');
  const { bump, changes } = diffSpecs(base, head);
  const needed = bump === 'none' ? previous : semver().inc(previous, bump)!;
  let version = needed;
  // A deliberately raised info.version wins when it is high enough for the changes.
  if (declared && semver().gt(declared, previous)) {
    if (semver().lt(declared, needed)) {
      throw new ReleaseError(
        `info.version ${declared} is too low: the changes since ${previous} need a ${bump} bump, to ${needed} or higher ` +
          `(raise info.version to at least ${needed}, or leave it at ${previous} or lower to get ${needed}).`,
      );
    }
    version = declared;
  }
  if (version === previous) return { version, previous, bump, changes, files: [] };
  return {
    version,
    previous,
    bump,
    changes,
    files: files(version, changelogSection(version, changes)),
  };
}
