import { createHash } from 'node:crypto';
import { utf8Scratch } from '../util/utf8-scratch.js';
import { compareCodePoints } from '../util/compare.js';
import { WriteError } from './errors.js';
import path from 'node:path';
import { nodeFsOps, readFileIfExists, type FsOps } from './fs-ops.js';
import { MANIFEST_FILE, toAbsolute } from './paths.js';

/**
 * `manifest.json` in the output directory: which files the generator owns and their hashes.
 * No timestamps, keys sorted by code point, so equal inputs give identical bytes.
 */
export interface Manifest {
  generator: { name: string; version: string };
  specHash: string;
  /** Posix path → sha256 (hex) of the bytes written. Exactly the files the generator owns. */
  files: Record<string, string>;
  /** Posix path → format input hash (see generator/format); lets a re-run skip prettier. */
  formatInputs?: Record<string, string>;
}

export interface ManifestMeta {
  specHash: string;
  generatorVersion: string;
  /** Defaults to `shellapi-codegen`. */
  generatorName?: string;
  /** `FormatResult.inputHashes`; only entries for files being written are kept. */
  formatInputs?: Record<string, string>;
}

export const DEFAULT_GENERATOR_NAME = 'shellapi-codegen';

/** sha256 of the bytes, or of a text's UTF-8 bytes (encoded into the reused scratch buffer). */
export function sha256Hex(contents: string | Uint8Array): string {
  const hash = createHash('sha256');
  hash.update(typeof contents === 'string' ? utf8Scratch(contents) : contents);
  return hash.digest('hex');
}

export function toBytes(contents: string | Uint8Array): Uint8Array {
  return typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents;
}

export function buildManifest(meta: ManifestMeta, fileHashes: Map<string, string>): Manifest {
  const files = sortedRecord(fileHashes);
  const manifest: Manifest = {
    generator: {
      name: meta.generatorName ?? DEFAULT_GENERATOR_NAME,
      version: meta.generatorVersion,
    },
    specHash: meta.specHash,
    files,
  };
  if (meta.formatInputs) {
    const inputs = new Map<string, string>();
    for (const [p, hash] of Object.entries(meta.formatInputs))
      if (fileHashes.has(p)) inputs.set(p, hash);
    if (inputs.size > 0) manifest.formatInputs = sortedRecord(inputs);
  }
  return manifest;
}

/**
 * Pretty JSON with every key in code-point order and a final newline. Written by hand because
 * JavaScript objects put integer-like keys (a file named `10`) first whatever the insertion order.
 */
export function serializeManifest(manifest: Manifest): Uint8Array {
  const record = (entries: Record<string, string>) => {
    const keys = sortedKeys(Object.keys(entries));
    if (keys.length === 0) return '{}';
    return `{\n${keys.map((k) => `    ${JSON.stringify(k)}: ${JSON.stringify(entries[k])}`).join(',\n')}\n  }`;
  };
  const lines = [
    `  "generator": {\n    "name": ${JSON.stringify(manifest.generator.name)},\n    "version": ${JSON.stringify(manifest.generator.version)}\n  }`,
    `  "specHash": ${JSON.stringify(manifest.specHash)}`,
    `  "files": ${record(manifest.files)}`,
  ];
  if (manifest.formatInputs) lines.push(`  "formatInputs": ${record(manifest.formatInputs)}`);
  return Buffer.from(`{\n${lines.join(',\n')}\n}\n`, 'utf8');
}

function sortedRecord(entries: Map<string, string>): Record<string, string> {
  const record: Record<string, string> = {};
  for (const key of sortedKeys([...entries.keys()])) record[key] = entries.get(key)!;
  return record;
}

/** `keys` in code-point order: the write stage's come sorted already (thousands of paths). */
function sortedKeys(keys: string[]): string[] {
  for (let i = 1; i < keys.length; i++)
    if (compareCodePoints(keys[i - 1]!, keys[i]!) > 0) return keys.sort(compareCodePoints);
  return keys;
}

/** Parse manifest bytes; anything unexpected is an `invalid-manifest` error (never guessed around). */
export function parseManifest(bytes: Uint8Array): Manifest {
  const invalid = (why: string) =>
    new WriteError([
      {
        code: 'invalid-manifest',
        path: MANIFEST_FILE,
        message: `${why}; the generator cannot tell which files it owns. Restore it from version control (or delete the output directory and regenerate).`,
      },
    ]);
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw invalid('not valid JSON');
  }
  if (!isRecord(value)) throw invalid('not a JSON object');
  const { generator, specHash, files, formatInputs } = value;
  if (
    !isRecord(generator) ||
    typeof generator.name !== 'string' ||
    typeof generator.version !== 'string'
  ) {
    throw invalid('`generator` must be {name, version}');
  }
  if (typeof specHash !== 'string') throw invalid('`specHash` must be a string');
  if (!isStringRecord(files) || !Object.values(files).every((h) => /^[0-9a-f]{64}$/.test(h))) {
    throw invalid('`files` must map paths to sha256 hex digests');
  }
  if (formatInputs !== undefined && !isStringRecord(formatInputs))
    throw invalid('`formatInputs` must map paths to hashes');
  const manifest: Manifest = {
    generator: { name: generator.name, version: generator.version },
    specHash,
    files,
  };
  if (formatInputs !== undefined) manifest.formatInputs = formatInputs;
  return manifest;
}

/** The manifest in an output directory (null when there is none yet); throws WriteError when unreadable. */
export async function readOutputManifest(outDir: string): Promise<Manifest | null> {
  return (await readManifest(path.resolve(outDir), nodeFsOps))?.manifest ?? null;
}

/** The manifest in `outDirAbs`, or null when there is none yet. */
export async function readManifest(
  outDirAbs: string,
  fs: FsOps,
): Promise<{ manifest: Manifest; bytes: Uint8Array } | null> {
  const bytes = await readFileIfExists(fs, toAbsolute(outDirAbs, MANIFEST_FILE));
  if (bytes === null) return null;
  return { manifest: parseManifest(bytes), bytes };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return isRecord(value) && Object.values(value).every((v) => typeof v === 'string');
}
