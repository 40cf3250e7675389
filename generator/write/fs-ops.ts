import fs, { type Stats } from 'node:fs';
import { utf8Scratch } from '../util/utf8-scratch.js';

/**
 * The file-system primitives the write stage uses. Injectable so tests can make any single
 * operation fail (e.g. the third rename) and prove the rollback; production uses `nodeFsOps`.
 */
export interface FsOps {
  readFile(abs: string): Promise<Uint8Array>;
  /** Must fail if `abs` exists (temp files are created exclusively). A text is written as UTF-8. */
  writeFileExclusive(abs: string, contents: string | Uint8Array): Promise<void>;
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

/**
 * Node's synchronous calls behind the promise interface. The write stage makes several calls per
 * output file (thousands of files with the docs); through `fs/promises` each one is a hand-off to
 * libuv's thread pool and back (thread wake-ups, an event-loop turn), which cost several times the
 * call itself: a full openai.yaml run spent more CPU on that than on creating the files. Nothing
 * else runs while a generator writes, so blocking costs nothing; the interface stays asynchronous
 * for the tests' injected failures.
 */
export const nodeFsOps: FsOps = {
  readFile: async (abs) => fs.readFileSync(abs),
  writeFileExclusive: async (abs, contents) => writeExclusive(abs, contents),
  rename: async (from, to) => fs.renameSync(from, to),
  unlink: async (abs) => fs.unlinkSync(abs),
  link: async (existing, newPath) => fs.linkSync(existing, newPath),
  copyFileExclusive: async (from, to) => fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL),
  mkdir: async (abs) => {
    fs.mkdirSync(abs);
  },
  rmdir: async (abs) => fs.rmdirSync(abs),
  readdir: async (abs) => fs.readdirSync(abs),
  lstat: async (abs) => fs.lstatSync(abs),
  realpath: async (abs) => fs.realpathSync(abs),
};

function writeExclusive(abs: string, contents: string | Uint8Array): void {
  // A text is encoded into the run's one reused buffer (util/utf8-scratch.ts), not fresh memory per file.
  const bytes = typeof contents === 'string' ? utf8Scratch(contents) : contents;
  const fd = fs.openSync(abs, 'wx');
  try {
    for (let at = 0; at < bytes.length;) at += fs.writeSync(fd, bytes, at, bytes.length - at);
  } finally {
    fs.closeSync(fd);
  }
}

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
