/**
 * A watch process's disk stamps: a file still as the last write left it is not read back, one
 * changed on disk since (same size, other bytes) is read and rewritten, and a failed write leaves
 * no stamp to trust.
 */
import { readFile as readFileFs, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeOutput } from '../../generator/write/index.js';
import type { DiskStamps, WriteMemo } from '../../generator/write/disk-stamps.js';
import { makeTempDir, META, readText, removeDir, ts } from './helpers.js';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeDir(dir);
});

/** Counts the output files the write stage reads back (manifest.json aside). */
function countingReads(): { fs: { readFile(abs: string): Promise<Uint8Array> }; reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    fs: {
      readFile: async (abs: string) => {
        if (path.basename(abs) !== 'manifest.json') reads.push(path.relative(dir, abs));
        return new Uint8Array(await readFileFs(abs));
      },
    },
  };
}

describe('disk stamps', () => {
  it('skips reading back files untouched since the last write, and only those', async () => {
    const stamps: DiskStamps = new Map();
    const files = [ts('a.ts', 'export const a = 1;\n'), ts('b.ts', 'export const b = 1;\n')];
    await writeOutput(dir, files, META, { stamps });
    expect([...stamps.keys()].sort()).toEqual(['a.ts', 'b.ts']);

    const first = countingReads();
    const again = await writeOutput(dir, files, META, { stamps, fs: first.fs });
    expect(first.reads).toEqual([]);
    expect(again.unchanged).toEqual(['a.ts', 'b.ts']);

    // Someone edits b.ts (same size): it is read, found different and regenerated.
    await writeFile(path.join(dir, 'b.ts'), 'export const b = 2;\n');
    const second = countingReads();
    const repaired = await writeOutput(dir, files, META, { stamps, fs: second.fs });
    expect(second.reads).toEqual(['b.ts']);
    expect(repaired.written).toEqual(['b.ts']);
    expect(await readText(dir, 'b.ts')).toBe('export const b = 1;\n');

    // New bytes for a stamped file are never taken as unchanged; still as written, it is replaced
    // without being read back (its bytes are the stamp's, which hash otherwise).
    const edited = [files[0]!, ts('b.ts', 'export const b = 3;\n')];
    const third = countingReads();
    const rewritten = await writeOutput(dir, edited, META, { stamps, fs: third.fs });
    expect(rewritten.written).toEqual(['b.ts']);
    expect(third.reads).toEqual([]);
    expect(await readText(dir, 'b.ts')).toBe('export const b = 3;\n');

    // Touched by someone since (same size), then given new bytes: read, and replaced all the same.
    await writeFile(path.join(dir, 'b.ts'), 'export const b = 4;\n');
    const fourth = countingReads();
    const again2 = await writeOutput(dir, [files[0]!, ts('b.ts', 'export const b = 5;\n')], META, {
      stamps,
      fs: fourth.fs,
    });
    expect(fourth.reads).toEqual(['b.ts']);
    expect(again2.written).toEqual(['b.ts']);
  });

  it('keeps the manifest it wrote until someone touches it, and the path sets found safe', async () => {
    const stamps: DiskStamps = new Map();
    const memo: WriteMemo = {};
    const files = [ts('a.ts', 'export const a = 1;\n'), ts('b.ts', 'export const b = 1;\n')];
    await writeOutput(dir, files, META, { stamps, memo });
    expect(memo.manifest?.manifest.files).toHaveProperty('a.ts');
    expect(memo.paths?.paths).toEqual(['a.ts', 'b.ts']);

    const reads: string[] = [];
    const fs = {
      readFile: async (abs: string) => {
        reads.push(path.relative(dir, abs));
        return new Uint8Array(await readFileFs(abs));
      },
    };
    await writeOutput(dir, [files[0]!, ts('b.ts', 'export const b = 2;\n')], META, {
      stamps,
      memo,
      fs,
    });
    // The manifest it wrote last is not read again.
    expect(reads).toEqual([]);

    // A manifest edited by hand (it drops b.ts) is read again: b.ts is then not owned, and in the way.
    const manifestPath = path.join(dir, 'manifest.json');
    const manifest = JSON.parse(await readFileFs(manifestPath, 'utf8'));
    delete manifest.files['b.ts'];
    await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
    await expect(
      writeOutput(dir, [files[0]!, ts('b.ts', 'export const b = 3;\n')], META, {
        stamps,
        memo,
        fs,
      }),
    ).rejects.toThrow(/foreign-file|does not own/);
    expect(reads).toContain('manifest.json');
    // What it holds now is the hand-edited manifest, as read.
    expect(memo.manifest?.manifest.files).not.toHaveProperty('b.ts');

    // A new path set is checked again: an unsafe one is refused although the last one passed.
    await expect(
      writeOutput(dir, [...files, ts('../out.ts', 'x\n')], META, { stamps, memo }),
    ).rejects.toThrow();
  });

  it('clears the stamps when a write fails', async () => {
    const stamps: DiskStamps = new Map();
    const files = [ts('a.ts', 'export const a = 1;\n')];
    await writeOutput(dir, files, META, { stamps });
    const failing = {
      rename: async () => {
        throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      },
    };
    await expect(
      writeOutput(dir, [ts('a.ts', 'export const a = 2;\n')], META, { stamps, fs: failing }),
    ).rejects.toThrow(/disk full/);
    expect(stamps.size).toBe(0);
  });
});
