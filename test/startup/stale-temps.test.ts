/**
 * Temp folders of a killed build (and temp files of a killed write) are removed by the next run;
 * those of a process still running are not.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { processAlive, removeDeadTemps } from '../../generator/util/stale-temps.mjs';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/** The pid of a process that ran and exited. */
function deadPid(): number {
  const run = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  return Number(run.stdout.trim());
}

describe('stale temps', () => {
  it('removes the temps of exited processes and keeps those of running ones', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-stale-temps-'));
    dirs.push(dir);
    const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);
    try {
      const dead = deadPid();
      expect(processAlive(dead)).toBe(false);
      expect(processAlive(live.pid!)).toBe(true);
      await mkdir(path.join(dir, `build.tmp-${dead}-1`));
      await writeFile(path.join(dir, `build.tmp-${dead}-1`, 'ts-morph.cjs'), 'x');
      await writeFile(path.join(dir, `build.old-${dead}-2`), 'x');
      await mkdir(path.join(dir, `build.tmp-${live.pid}-3`));
      await mkdir(path.join(dir, 'build.tmp-notapid-4'));
      await mkdir(path.join(dir, 'build'));
      const removed = await removeDeadTemps(dir, /^build\.(?:tmp|old)-(\d+)-\d+$/);
      expect(removed.sort()).toEqual([`build.old-${dead}-2`, `build.tmp-${dead}-1`]);
      for (const name of removed) expect(existsSync(path.join(dir, name))).toBe(false);
      for (const kept of [`build.tmp-${live.pid}-3`, 'build.tmp-notapid-4', 'build'])
        expect(existsSync(path.join(dir, kept))).toBe(true);
    } finally {
      live.kill();
    }
  });

  it('a missing folder is nothing to sweep', async () => {
    expect(
      await removeDeadTemps(path.join(os.tmpdir(), 'shellapi-no-such-dir-x'), /(\d+)/),
    ).toEqual([]);
  });
});
