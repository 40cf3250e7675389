/** Runs the real CLI (generator/bin.mjs) in a child process, as a user would. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = fileURLToPath(new URL('../../generator/bin.mjs', import.meta.url));

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO,
    env: { ...process.env, ...options.env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Remakes build/ only if a generator source changed since (`npm ci` makes it): tests that read
 * the build's own files call this in `beforeAll` with a long timeout.
 */
export function ensureBuild(): void {
  const r = spawnSync(
    process.execPath,
    [fileURLToPath(new URL('../../generator/build.mjs', import.meta.url)), '--if-stale'],
    {
      cwd: REPO,
      encoding: 'utf8',
    },
  );
  if (r.status !== 0)
    throw new Error(`generator/build.mjs --if-stale exited ${r.status}:\n${r.stderr}`);
}
