/**
 * A spec's docs site, emitted once and shared by the docs test files that read or serve it (the
 * browser suites, the link checks): written under `node_modules/.cache/shellapi-docs/<key>`, the
 * key a hash of everything the emission reads (the spec's folder, generator/, templates/ and the
 * lock file), so a second file of the run reads the site back instead of emitting it again, and
 * an edit anywhere in those makes a new one. Built in a temporary folder renamed into place (test
 * files run in parallel forks): a half-written site is never used. Tests only read the folder.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ApiIr } from '../../generator/ir/types.js';
import { docsFor, irFor } from '../docs/helpers.js';
import { REPO } from './cli.js';
import { readTree } from './tree.js';

const CACHE = path.join(REPO, 'node_modules', '.cache', 'shellapi-docs');

export interface DocsSite {
  ir: ApiIr;
  /** The folder holding `docs/` (read only: other test files serve it too). */
  dir: string;
  /** Every file of the site, `docs/…` as emitted, its text. */
  files: { path: string; contents: string }[];
}

/** Every file below `dir`, sorted, as relative path → its bytes' hash. */
async function hashInto(hash: ReturnType<typeof createHash>, dir: string): Promise<void> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  for (const file of files) {
    hash.update(`${path.relative(REPO, file)}\0`);
    hash.update(await readFile(file));
  }
}

/** Which spec a cached site is of: its path from the repository, as one folder name. */
const label = (spec: string): string =>
  path
    .relative(REPO, spec)
    .replace(/[^\w.-]+/g, '_')
    .replace(/^[._]+/, '');

/** `<label>-<hash>`. */
async function keyOf(spec: string): Promise<string> {
  const hash = createHash('sha256').update(`${path.basename(spec)}\0`);
  for (const dir of [
    path.dirname(spec),
    path.join(REPO, 'generator'),
    path.join(REPO, 'templates'),
  ])
    await hashInto(hash, dir);
  hash.update(await readFile(path.join(REPO, 'package-lock.json')));
  return `${label(spec)}-${hash.digest('hex').slice(0, 16)}`;
}

/**
 * Removes the sites of this spec made from other sources (an edit of the generator makes a new one
 * each time: they would pile up), once they are an hour old so that no running test still serves one.
 */
async function pruneOthers(spec: string, keep: string): Promise<void> {
  const prefix = `${label(spec)}-`;
  for (const name of await readdir(CACHE).catch(() => [] as string[])) {
    if (!name.startsWith(prefix) || name === keep || name.includes('.tmp-')) continue;
    const at = path.join(CACHE, name);
    const info = await stat(at).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > 3_600_000)
      await rm(at, { recursive: true, force: true });
  }
}

export async function docsSite(spec: string): Promise<DocsSite> {
  const key = await keyOf(spec);
  const dir = path.join(CACHE, key);
  if (!existsSync(dir)) {
    await pruneOthers(spec, key);
    const { ir, files } = await docsFor(spec);
    const temp = `${dir}.tmp-${process.pid}`;
    await rm(temp, { recursive: true, force: true });
    for (const f of files) {
      const target = path.join(temp, f.path);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, f.contents);
    }
    // Another fork may have put the same site in place meanwhile: then its copy is used.
    await rename(temp, dir).catch(() => rm(temp, { recursive: true, force: true }));
    if (!existsSync(dir)) throw new Error(`docsSite: ${dir} was not written`);
    return { ir, dir, files: await readSite(dir) };
  }
  return { ir: await irFor(spec), dir, files: await readSite(dir) };
}

async function readSite(dir: string): Promise<DocsSite['files']> {
  return [...(await readTree(dir))].map(([rel, bytes]) => ({
    path: rel,
    contents: bytes.toString('utf8'),
  }));
}
