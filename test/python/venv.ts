/**
 * A cached Python virtual environment for the Python SDK tests, created by the tests themselves:
 * `node_modules/.cache/shellapi-venv/<hash of requirements.txt>`. One test file builds it (under a
 * lock directory) in a temporary directory renamed into place, so a half-built one is never used.
 * pip uses its configured index; when pip is configured with extra file:// indexes (machines
 * without PyPI), those become the only index so pip does not wait on an unreachable default.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const REQUIREMENTS = fileURLToPath(new URL('./requirements.txt', import.meta.url));

function indexArgs(): string[] {
  const read = (key: string): string => {
    const run = spawnSync('python3', ['-m', 'pip', 'config', 'get', key], { encoding: 'utf8' });
    return run.status === 0 ? run.stdout.trim() : '';
  };
  const extra = read('global.extra-index-url').split(/\s+/).filter(Boolean);
  const local = extra.filter((u) => u.startsWith('file:'));
  if (local.length === 0) return [];
  return ['--index-url', local[0]!, ...local.slice(1).flatMap((u) => ['--extra-index-url', u])];
}

/** The venv's python executable, creating the environment on first use. */
export function pythonEnv(): string {
  const hash = createHash('sha256').update(readFileSync(REQUIREMENTS)).digest('hex').slice(0, 16);
  const base = path.join(ROOT, 'node_modules', '.cache', 'shellapi-venv');
  const dir = path.join(base, hash);
  const python = path.join(dir, 'bin', 'python');
  if (existsSync(python)) return python;
  mkdirSync(base, { recursive: true });
  // One builder at a time (test files run in parallel forks); the others wait for its result.
  const lock = path.join(base, `${hash}.lock`);
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(python)) return python;
      const held = statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 600_000)
        rmSync(lock, { recursive: true, force: true }); // a builder died
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    if (!existsSync(python)) build(dir, base, hash);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return python;
}

function build(dir: string, base: string, hash: string): void {
  const temp = path.join(base, `${hash}.tmp-${process.pid}`);
  rmSync(temp, { recursive: true, force: true });
  execFileSync('python3', ['-m', 'venv', temp], { stdio: 'pipe' });
  execFileSync(
    path.join(temp, 'bin', 'python'),
    [
      '-m',
      'pip',
      'install',
      '--quiet',
      '--disable-pip-version-check',
      ...indexArgs(),
      '-r',
      REQUIREMENTS,
    ],
    { stdio: 'pipe', timeout: 300_000 },
  );
  // A venv's scripts name their interpreter by absolute path: the renamed one is used via `python -m`.
  renameSync(temp, dir);
}
