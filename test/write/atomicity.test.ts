import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFsOps, writeOutput, WriteError, type FsOps } from '../../generator/write/index.js';
import { makeTempDir, META, readText, removeDir, snapshotTree, ts } from './helpers.js';

let root: string;
let out: string;
beforeEach(async () => {
  root = await makeTempDir();
  out = path.join(root, 'generated');
  await writeOutput(
    out,
    [ts('a.ts', 'a1\n'), ts('dir/b.ts', 'b1\n'), ts('old/c.ts', 'c1\n'), ts('keep.ts', 'k\n')],
    META,
  );
});
afterEach(async () => {
  await removeDir(root);
});

// Second run: two replacements, one creation in a new directory, one removal, one unchanged file.
const NEXT = [
  ts('a.ts', 'a2\n'),
  ts('dir/b.ts', 'b2\n'),
  ts('new/deep/d.ts', 'd\n'),
  ts('keep.ts', 'k\n'),
];
const NEXT_META = { ...META, specHash: 'spec-hash-2' };

type Op = 'writeFileExclusive' | 'rename' | 'link' | 'mkdir' | 'unlink';

/** fs ops whose `op` throws on its `failAt`-th call (1-based); counts calls either way. */
function failingFs(
  op: Op,
  failAt: number,
  base: Partial<FsOps> = {},
): { fs: Partial<FsOps>; calls: () => number } {
  let calls = 0;
  const original = (base[op] ?? nodeFsOps[op]) as (...args: unknown[]) => Promise<void>;
  const wrapped = async (...args: unknown[]) => {
    calls++;
    if (calls === failAt) {
      // A failing write may leave a partial temp file behind; the rollback must remove it.
      if (op === 'writeFileExclusive')
        await nodeFsOps.writeFileExclusive(args[0] as string, new Uint8Array([1, 2]));
      throw Object.assign(new Error(`injected ${op} failure #${failAt}`), { code: 'EIO' });
    }
    return original(...args);
  };
  return { fs: { ...base, [op]: wrapped }, calls: () => calls };
}

const linkUnsupported: Partial<FsOps> = {
  link: async () => {
    throw Object.assign(new Error('hard links not supported'), { code: 'EPERM' });
  },
};

describe('writeOutput: all or nothing', () => {
  // Last column: how many calls of that op the second run makes (4 temp files incl. the manifest;
  // new/ and new/deep/; backups of a.ts, dir/b.ts, manifest.json; 3 puts + 1 removal + manifest).
  const cases: Array<[string, Op, Partial<FsOps>, number]> = [
    ['staging a temp file', 'writeFileExclusive', {}, 4],
    ['creating a directory', 'mkdir', {}, 2],
    ['backing up a file (hard link)', 'link', {}, 3],
    ['renaming into place', 'rename', {}, 5],
    ['renaming into place, copy backups', 'rename', linkUnsupported, 5],
  ];

  it.each(cases)(
    'a failure at any point while %s leaves the previous output byte-identical',
    async (_title, op, base, opCalls) => {
      const before = await snapshotTree(root);
      let failures = 0;
      for (let failAt = 1; ; failAt++) {
        const { fs, calls } = failingFs(op, failAt, base);
        const error = await writeOutput(out, NEXT, NEXT_META, { fs }).then(
          () => undefined,
          (e: unknown) => e,
        );
        if (error === undefined) {
          // Fewer calls than failAt: the run went through. It must have been the complete new output.
          expect(calls()).toBeLessThan(failAt);
          expect(await readText(out, 'a.ts')).toBe('a2\n');
          break;
        }
        failures++;
        expect(error).toBeInstanceOf(WriteError);
        expect((error as WriteError).issues.map((i) => i.code)).toEqual(['write-failed']);
        expect((error as WriteError).message).toContain(`injected ${op} failure #${failAt}`);
        expect((error as WriteError).message).toContain('left as it was');
        // Same files, same bytes, no temp or backup files, no new directories.
        expect(await snapshotTree(root)).toEqual(before);
      }
      expect(failures).toBe(opCalls);
    },
  );

  it('falls back to copied backups when hard links are not supported', async () => {
    const summary = await writeOutput(out, NEXT, NEXT_META, { fs: linkUnsupported });
    expect(summary.written).toEqual(['a.ts', 'dir/b.ts', 'new/deep/d.ts']);
    expect(Object.keys(await snapshotTree(out)).filter((p) => p.includes('.gen-'))).toEqual([]);
  });

  it('says so, and keeps the old bytes in a backup, when the rollback itself fails', async () => {
    let renames = 0;
    const fs: Partial<FsOps> = {
      rename: async (from, to) => {
        renames++;
        if (renames >= 2) throw Object.assign(new Error('disk gone'), { code: 'EIO' });
        return nodeFsOps.rename(from, to);
      },
    };
    const error = (await writeOutput(out, NEXT, NEXT_META, { fs }).catch(
      (e: unknown) => e,
    )) as WriteError;
    expect(error).toBeInstanceOf(WriteError);
    expect(error.message).toContain('rollback also failed');
    expect(error.message).toContain('restore a.ts');
    const tree = await snapshotTree(out);
    const backups = Object.keys(tree).filter((p) => /^\.a\.ts\.gen-.*\.bak$/.test(p));
    expect(backups).toHaveLength(1);
    expect(await readText(out, backups[0]!)).toBe('a1\n');
  });

  it('also works when the output directory does not exist yet (and leaves none behind on failure)', async () => {
    const fresh = path.join(root, 'fresh', 'generated');
    const before = await snapshotTree(root);
    const { fs } = failingFs('rename', 2);
    await expect(writeOutput(fresh, NEXT, META, { fs })).rejects.toBeInstanceOf(WriteError);
    expect(await snapshotTree(root)).toEqual(before);
  });

  it('does not touch a foreign file that sits next to the files being replaced', async () => {
    await writeFile(path.join(out, 'dir', 'mine.txt'), 'mine\n');
    const { fs } = failingFs('rename', 3);
    await expect(writeOutput(out, NEXT, NEXT_META, { fs })).rejects.toBeInstanceOf(WriteError);
    expect(await readText(out, 'dir/mine.txt')).toBe('mine\n');
    await writeOutput(out, NEXT, NEXT_META);
    expect(await readText(out, 'dir/mine.txt')).toBe('mine\n');
  });
});
