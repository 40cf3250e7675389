import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { VirtualFile } from '../../generator/emit/types.js';

export const META = { specHash: 'spec-hash-1', generatorVersion: '0.1.0' };

export async function makeTempDir(prefix = 'shellapi-write-'): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

export function ts(filePath: string, contents: string): VirtualFile {
  return { path: filePath, contents, format: 'typescript' };
}

/** Every entry under `dir` (posix relative path → bytes as text, `<dir>` for directories), sorted. */
export async function snapshotTree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  async function walk(rel: string): Promise<void> {
    const abs = rel === '' ? dir : path.join(dir, ...rel.split('/'));
    let entries: string[];
    try {
      entries = await readdir(abs);
    } catch {
      return;
    }
    for (const name of entries.sort()) {
      const childRel = rel === '' ? name : `${rel}/${name}`;
      const childAbs = path.join(abs, name);
      const info = await stat(childAbs);
      if (info.isDirectory()) {
        out[`${childRel}/`] = '<dir>';
        await walk(childRel);
      } else {
        out[childRel] = (await readFile(childAbs)).toString('base64');
      }
    }
  }
  await walk('');
  return out;
}

/** Path → mtimeMs for every file under dir. */
export async function mtimes(dir: string, paths: string[]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const p of paths) out[p] = (await stat(path.join(dir, ...p.split('/')))).mtimeMs;
  return out;
}

export async function readText(dir: string, rel: string): Promise<string> {
  return readFile(path.join(dir, ...rel.split('/')), 'utf8');
}
