/**
 * What each output file looked like on disk right after a write stage last wrote it or found it
 * identical, kept by a watch process between runs: a file whose stat is still the same and whose
 * new bytes hash the same is unchanged without being read back (a large output is thousands of
 * files). A file touched since (by an editor, another tool) has a new mtime or ctime and is read
 * and compared as usual.
 */
import type { Stats } from 'node:fs';
import type { Manifest } from './manifest.js';

export interface DiskStamp {
  /** sha256 of the bytes written. */
  hash: string;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  /** The text written, when it was text: an equal text next time has this hash without encoding it again. */
  text?: string;
}

/** Output path (relative, as in the manifest) → its stamp. */
export type DiskStamps = Map<string, DiskStamp>;

export function stampOf(hash: string, stat: Stats, text?: string): DiskStamp {
  const stamp = {
    hash,
    size: stat.size,
    mtimeMs: stat.mtimeMs,
    ctimeMs: stat.ctimeMs,
    ino: stat.ino,
  };
  return text === undefined ? stamp : { ...stamp, text };
}

/** Whether `stat` is the file the stamp was taken of, untouched since, and holds `hash`'s bytes. */
export function stillStamped(stamp: DiskStamp | undefined, hash: string, stat: Stats): boolean {
  return stamp !== undefined && stamp.hash === hash && untouched(stamp, stat);
}

/** Whether `stat` is the file the stamp was taken of, untouched since (it holds the stamp's bytes). */
export function untouched(stamp: DiskStamp, stat: Stats): boolean {
  return (
    stamp.size === stat.size &&
    stamp.mtimeMs === stat.mtimeMs &&
    stamp.ctimeMs === stat.ctimeMs &&
    stamp.ino === stat.ino
  );
}

/**
 * More of what a watch process's last write left, beside its stamps: the manifest it wrote or
 * read (not read and parsed again while its stamp holds), and the path sets found safe.
 */
export interface WriteMemo {
  manifest?: { outDir: string; stamp: DiskStamp; manifest: Manifest; bytes: Uint8Array };
  /** The generated paths of the last write, which passed the lexical checks in `outDir`. */
  paths?: { outDir: string; paths: string[] };
  /** The last manifest whose owned paths passed the lexical checks in `outDir`. */
  owned?: { outDir: string; manifest: Manifest };
}

/** Whether `files` has exactly the paths the memo saw pass in `outDir`. */
export function samePaths(
  memo: WriteMemo | undefined,
  outDir: string,
  files: ReadonlyArray<{ path: string }>,
): boolean {
  const known = memo?.paths;
  if (!known || known.outDir !== outDir || known.paths.length !== files.length) return false;
  for (let i = 0; i < files.length; i++) if (known.paths[i] !== files[i]!.path) return false;
  return true;
}
