import { constants } from 'node:fs';
import * as fsp from 'node:fs/promises';
import type { Stats } from 'node:fs';

/**
 * The file-system primitives the write stage uses. Injectable so tests can make any single
 * operation fail (e.g. the third rename) and prove the rollback; production uses `nodeFsOps`.
 */
export interface FsOps {
  readFile(abs: string): Promise<Uint8Array>;
  /** Must fail if `abs` exists (temp files are created exclusively). */
  writeFileExclusive(abs: string, bytes: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(abs: string): Promise<void>;
  /** Hard link, used to keep a backup of a file about to be replaced without a moment where it is missing. */
  link(existing: string, newPath: string): Promise<void>;
  /** Exclusive copy: the fallback when hard links are not supported. */
  copyFileExclusive(from: string, to: string): Promise<void>;
  /** Creates one directory (not recursive), so the caller knows exactly which it created. */
  mkdir(abs: string): Promise<void>;
  rmdir(abs: string): Promise<void>;
  readdir(abs: string): Promise<string[]>;
  lstat(abs: string): Promise<Stats>;
  realpath(abs: string): Promise<string>;
}

export const nodeFsOps: FsOps = {
  readFile: (abs) => fsp.readFile(abs),
  writeFileExclusive: (abs, bytes) => fsp.writeFile(abs, bytes, { flag: 'wx' }),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (abs) => fsp.unlink(abs),
  link: (existing, newPath) => fsp.link(existing, newPath),
  copyFileExclusive: (from, to) => fsp.copyFile(from, to, constants.COPYFILE_EXCL),
  mkdir: async (abs) => {
    await fsp.mkdir(abs);
  },
  rmdir: (abs) => fsp.rmdir(abs),
  readdir: (abs) => fsp.readdir(abs),
  lstat: (abs) => fsp.lstat(abs),
  realpath: (abs) => fsp.realpath(abs),
};

export function withFsOverrides(overrides: Partial<FsOps> | undefined): FsOps {
  return overrides ? { ...nodeFsOps, ...overrides } : nodeFsOps;
}

export function isNotFound(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** What `read` gives, or null when the file is not there. */
async function unlessNotFound<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

export function readFileIfExists(fs: FsOps, abs: string): Promise<Uint8Array | null> {
  return unlessNotFound(() => fs.readFile(abs));
}

export function lstatIfExists(fs: FsOps, abs: string): Promise<Stats | null> {
  return unlessNotFound(() => fs.lstat(abs));
}
