/**
 * The version record `release` writes under the output folder, read by every generate run (the
 * pipeline imports this module alone, not the diff behind `release`).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type Semver from 'semver';

/** Under the output folder. */
export const RELEASE_RECORD = 'release/release.json';
export const RELEASE_SPEC = 'release/spec.json';
export const CHANGELOG = 'sdk/CHANGELOG.md';
/** What `release` writes: in the output folder, not in manifest.json, not a stray (write/strays.ts). */
export const RELEASE_FILES = [RELEASE_SPEC, RELEASE_RECORD, CHANGELOG];

const require = createRequire(import.meta.url);
/** semver, required on first use: a generate run needs it only when the output has a release record. */
export const semver = (): typeof Semver => require('semver') as typeof Semver;

/** The released version recorded in the output folder, if any: every generated package uses it. */
export async function readReleaseVersion(outDir: string): Promise<string | undefined> {
  try {
    const record = JSON.parse(await readFile(path.join(outDir, RELEASE_RECORD), 'utf8')) as {
      version?: unknown;
    };
    return typeof record.version === 'string' && semver().valid(record.version)
      ? record.version
      : undefined;
  } catch {
    return undefined;
  }
}
