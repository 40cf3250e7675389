/**
 * A write killed half-way (`kill -9`) leaves its hidden temp and backup names in the output; the
 * next write removes the ones whose process is gone, and never those of a running process (a
 * concurrent generate) nor any name that is not one of ours. Real files, real processes.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeOutput } from '../../generator/write/index.js';
import { tempOwner } from '../../generator/write/temp-names.js';
import { processAlive } from '../../generator/util/stale-temps.mjs';
import { makeTempDir, META, removeDir, snapshotTree, ts } from './helpers.js';

let root: string;
let out: string;
let live: ChildProcess;
let dead: number;

beforeEach(async () => {
  root = await makeTempDir();
  out = path.join(root, 'generated');
  // A process that has exited: its pid names nothing running (checked below, as pids are reused).
  dead = spawnSync(process.execPath, ['-e', '']).pid!;
  live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 120000)'], { stdio: 'ignore' });
});
afterEach(async () => {
  live.kill('SIGKILL');
  await removeDir(root);
});

const FILES = [ts('a.ts', 'a\n'), ts('docs/x/y.md', 'y\n')];

/** What a run with `pid` killed mid-write leaves: temp files, a staged directory, a backup. */
async function leftBy(pid: number): Promise<string[]> {
  await writeFile(path.join(out, `.a.ts.gen-${pid}-3.tmp`), 'partial');
  await mkdir(path.join(out, `.sdk.gen-${pid}-1.tmp`, 'src'), { recursive: true });
  await writeFile(path.join(out, `.sdk.gen-${pid}-1.tmp`, 'src', 'index.ts'), 'staged');
  await writeFile(path.join(out, 'docs', 'x', `.y.md.gen-${pid}-7.bak`), 'old');
  await writeFile(path.join(out, `.manifest.json.gen-${pid}-9.tmp`), '{');
  return [
    `.a.ts.gen-${pid}-3.tmp`,
    `.sdk.gen-${pid}-1.tmp/`,
    `.sdk.gen-${pid}-1.tmp/src/`,
    `.sdk.gen-${pid}-1.tmp/src/index.ts`,
    `docs/x/.y.md.gen-${pid}-7.bak`,
    `.manifest.json.gen-${pid}-9.tmp`,
  ];
}

describe('stale temp names', () => {
  it('names: ours carry the pid; other names are not ours', () => {
    expect(tempOwner('.docs.gen-4242-1.tmp')).toBe(4242);
    expect(tempOwner('.index.html.gen-17-230.bak')).toBe(17);
    for (const name of [
      'docs.gen-4242-1.tmp',
      '.docs.gen-4242-1.tmp.keep',
      '.docs.gen-x-1.tmp',
      '.docs.gen-0-1.tmp',
      '.docs.gen-4242.tmp',
      'a.ts',
    ])
      expect(tempOwner(name), name).toBeUndefined();
    expect(processAlive(process.pid)).toBe(true);
    expect(processAlive(live.pid!)).toBe(true);
  });

  it.each([
    ['nothing else changes', FILES],
    ['files change too', [ts('a.ts', 'a2\n'), ts('docs/x/y.md', 'y\n'), ts('sdk/b.ts', 'b\n')]],
  ])(
    'the next write removes those of a dead process and keeps a live one’s (%s)',
    async (_title, next) => {
      expect(processAlive(dead)).toBe(false);
      await writeOutput(out, FILES, META);
      const stale = await leftBy(dead);
      const running = await leftBy(live.pid!);
      const foreign = [`notes.gen-${dead}-1.tmp`, `.a.ts.gen-${dead}-1.tmp.keep`];
      for (const name of foreign) await writeFile(path.join(out, name), 'not ours');
      const before = Object.keys(await snapshotTree(out));
      for (const name of [...stale, ...running, ...foreign]) expect(before).toContain(name);

      const summary = await writeOutput(out, next, META);
      expect(summary.warnings).toEqual([]);
      const after = Object.keys(await snapshotTree(out));
      for (const name of stale) expect(after).not.toContain(name);
      for (const name of [...running, ...foreign]) expect(after).toContain(name);
      const generated = next.map((f) => f.path);
      expect(after.filter((p) => !p.endsWith('/') && !running.includes(p)).sort()).toEqual(
        [...generated, 'manifest.json', ...foreign].sort(),
      );
    },
  );
});
