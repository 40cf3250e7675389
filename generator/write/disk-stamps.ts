/**
 * What each output file looked like on disk right after a write stage last wrote it or found it
 * identical, kept by a watch process between runs: a file whose stat is still the same and whose
 * new bytes hash the same is unchanged without being read back (a large output is thousands of
 * files). A file touched since (by an editor, another tool) has a new mtime or ctime and is read
 * and compared as usual.
 */
import type { Stats } from 'node:fs';

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

/** Whether `stat` is the file the stamp was taken of, untouched since. */
export function stillStamped(stamp: DiskStamp | undefined, hash: string, stat: Stats): boolean {
  return (
    stamp !== undefined &&
    stamp.hash === hash &&
    stamp.size === stat.size &&
    stamp.mtimeMs === stat.mtimeMs &&
    stamp.ctimeMs === stat.ctimeMs &&
    stamp.ino === stat.ino
  );
}
