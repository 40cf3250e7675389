/**
 * Fresh-process cost of one command: CPU seconds (user + system, the process and every child it
 * waited for) and peak resident memory of its largest process, read by GNU time from wait4(2).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseTimeOutput } from './stats.js';

export interface ProcessCost {
  cpuSeconds: number;
  peakRssMb: number;
  wallSeconds: number;
  stdout: string;
}

const TIME = '/usr/bin/time';

export function measureProcess(
  command: string,
  args: readonly string[],
  options: { cwd: string; timeoutMs?: number; env?: Record<string, string> },
): ProcessCost {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shellapi-bench-time-'));
  const report = path.join(dir, 'time.txt');
  try {
    const start = performance.now();
    const r = spawnSync(TIME, ['-f', '%U %S %M', '-o', report, command, ...args], {
      cwd: options.cwd,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      timeout: options.timeoutMs ?? 20 * 60_000,
      // No colours or spinners: the peers write the same bytes they would in CI.
      env: { ...process.env, CI: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
    });
    const wallSeconds = (performance.now() - start) / 1000;
    if (r.status !== 0)
      throw new Error(
        `${command} ${args.join(' ')} exited with ${r.status ?? r.signal}:\n${(r.stderr ?? '').slice(-3000)}${(r.stdout ?? '').slice(-2000)}`,
      );
    return { ...parseTimeOutput(readFileSync(report, 'utf8')), wallSeconds, stdout: r.stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
