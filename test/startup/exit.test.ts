/**
 * One-shot commands end their process as soon as their output is flushed (util/exit-when-flushed.ts),
 * skipping V8's heap teardown; `mock`, whose promise settles while it serves, is never ended so.
 * `--trace-exit` makes Node print a stack trace whenever a process ends through `process.exit`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, REPO } from '../helpers/cli.js';

const SPEC = path.join(REPO, 'test', 'fixtures', 'specs', 'legacy-30', 'openapi.yaml');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-exit-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const run = (args: string[]) =>
  spawnSync(process.execPath, ['--trace-exit', BIN, ...args], { cwd: REPO, encoding: 'utf8' });

describe('one-shot commands exit once flushed', () => {
  it('generate writes everything, prints its whole summary through a pipe and exits 0 at once', async () => {
    const out = path.join(dir, 'out');
    const r = run(['generate', '--spec', SPEC, '--out', out, '--only', 'client']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/files: \d+ written, 0 unchanged, 0 removed\ntime: load /);
    expect(r.stderr).toContain('Exited the environment with code 0');
    const manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8'));
    expect(Object.keys(manifest.files).length).toBeGreaterThan(10);
  }, 120_000);

  it('a failing run keeps its exit code and prints its problems before exiting', async () => {
    const bad = path.join(dir, 'bad.yaml');
    await writeFile(bad, 'openapi: 3.1.0\ninfo: 7\n');
    const r = run(['lint', '--spec', bad]);
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/bad\.yaml:\d+:\d+ error/);
    expect(r.stderr).toContain('Exited the environment with code 1');
  }, 60_000);
});

describe('mock', () => {
  it('keeps serving after its command has returned', async () => {
    const child = spawn(
      process.execPath,
      ['--trace-exit', BIN, 'mock', '--spec', SPEC, '--port', '0'],
      { cwd: REPO },
    );
    try {
      let stdout = '';
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          const match = /listening on (http:\/\/\S+)/.exec(stdout);
          if (match) resolve(match[1]!);
        });
        child.on('exit', (code) => reject(new Error(`mock exited (${code}): ${stdout}`)));
      });
      // Well after `main` settled: the server still answers.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const response = await fetch(`${url}/no-such-route`);
      expect(response.status).toBe(404);
      expect(child.exitCode).toBeNull();
    } finally {
      child.kill();
    }
  }, 60_000);
});
