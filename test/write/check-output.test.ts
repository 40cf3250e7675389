import { mkdir, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  checkOutput,
  describeCheck,
  writeOutput,
  WriteError,
} from '../../generator/write/index.js';
import { makeTempDir, META, removeDir, snapshotTree, ts } from './helpers.js';

let root: string;
let out: string;
beforeEach(async () => {
  root = await makeTempDir();
  out = path.join(root, 'generated');
});
afterEach(async () => {
  await removeDir(root);
});

const lines = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}`).join('\n') + '\n';

describe('checkOutput', () => {
  it('is ok right after writing the same files', async () => {
    const files = [ts('a.ts', 'a\n'), ts('dir/b.ts', 'b\n')];
    await writeOutput(out, files, META);
    const result = await checkOutput(out, files, META);
    expect(result).toEqual({
      ok: true,
      stale: [],
      missing: [],
      extra: [],
      fixCommand: 'npm run generate',
    });
    expect(describeCheck(result)).toBe('generated output is up to date');
  });

  it('reports stale, missing and extra files with diffs, and writes nothing', async () => {
    await writeOutput(
      out,
      [ts('a.ts', lines('line', 10)), ts('gone.ts', 'g\n'), ts('same.ts', 's\n')],
      META,
    );
    const before = await snapshotTree(root);

    const next = [
      ts('a.ts', lines('line', 10).replace('line 5\n', 'line five\n')),
      ts('same.ts', 's\n'),
      ts('new/c.ts', 'c\n'),
    ];
    const result = await checkOutput(out, next, META);

    expect(await snapshotTree(root)).toEqual(before);
    expect(result.ok).toBe(false);
    expect(result.stale.map((e) => e.path)).toEqual(['a.ts', 'manifest.json']);
    expect(result.stale[0]!.diff).toBe(
      [
        '@@ -2,7 +2,7 @@',
        ' line 2',
        ' line 3',
        ' line 4',
        '-line 5',
        '+line five',
        ' line 6',
        ' line 7',
        ' line 8',
      ].join('\n'),
    );
    expect(result.stale[1]!.diff).toMatch(/^-\s+"gone\.ts": "[0-9a-f]{64}",?$/m);
    expect(result.missing).toEqual([{ path: 'new/c.ts', note: 'not generated yet' }]);
    expect(result.extra.map((e) => e.path)).toEqual(['gone.ts']);

    const report = describeCheck(result);
    expect(report).toContain('stale   a.ts: out of date');
    expect(report).toContain('    +line five');
    expect(report).toContain('extra   gone.ts');
    expect(report).toContain('run `npm run generate`');
  });

  it('limits the diff excerpt to the first 20 changed lines', async () => {
    await writeOutput(out, [ts('big.ts', lines('old', 100))], META);
    const result = await checkOutput(out, [ts('big.ts', lines('new', 100))], META);
    const diff = result.stale[0]!.diff!;
    expect(diff.split('\n').filter((l) => /^[-+]/.test(l))).toHaveLength(20);
    expect(diff).toContain('… 180 more changed line(s) not shown');
  });

  it('reports a missing manifest and a foreign file that generate would refuse', async () => {
    await mkdir(out);
    await writeFile(path.join(out, 'a.ts'), 'hand written\n');
    const result = await checkOutput(out, [ts('a.ts', 'generated\n')], META);
    expect(result.missing.map((e) => e.path)).toEqual(['manifest.json']);
    expect(result.stale).toEqual([
      expect.objectContaining({
        path: 'a.ts',
        note: expect.stringContaining('not owned'),
        diff: expect.stringContaining('-hand written'),
      }),
    ]);
  });

  it('does not list an owned file that was already deleted by hand as extra, but flags the manifest', async () => {
    await writeOutput(out, [ts('a.ts', 'a\n'), ts('b.ts', 'b\n')], META);
    await unlink(path.join(out, 'b.ts'));
    const result = await checkOutput(out, [ts('a.ts', 'a\n')], META);
    expect(result.extra).toEqual([]);
    expect(result.stale.map((e) => e.path)).toEqual(['manifest.json']);
  });

  it('describes binary differences without a diff', async () => {
    await writeOutput(
      out,
      [{ path: 'x.bin', contents: new Uint8Array([1, 2, 3]), format: 'none' }],
      META,
    );
    const result = await checkOutput(
      out,
      [{ path: 'x.bin', contents: new Uint8Array([1, 2]), format: 'none' }],
      META,
    );
    expect(result.stale.find((e) => e.path === 'x.bin')).toEqual({
      path: 'x.bin',
      note: 'out of date (binary: 3 bytes on disk, 2 generated)',
    });
  });

  it('rejects unsafe paths like write does', async () => {
    await expect(checkOutput(out, [ts('../x.ts', 'x')], META)).rejects.toBeInstanceOf(WriteError);
  });
});
