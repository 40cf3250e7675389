/**
 * Files nobody generated inside the generated packages (review11 F-A3): `check` lists them as extra
 * and fails, `generate` keeps them but warns; what npm, pip and Python leave there is allowed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, runCli } from '../helpers/cli.js';
import { runPython } from '../python/helpers.js';

const FEATURES = path.join(REPO, 'test/fixtures/specs/features/openapi.yaml');

let tmp: string;
let out: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'shellapi-strays-'));
  out = path.join(tmp, 'gen');
  expect(runCli(['generate', '--spec', FEATURES, '--out', out]).status).toBe(0);
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const check = () => runCli(['check', '--spec', FEATURES, '--out', out]);

describe('stray files in the generated packages', () => {
  it('what release writes, and artefacts of npm pack, a Python import, environments and caches keep check green', async () => {
    expect(runCli(['release', '--spec', FEATURES, '--out', out]).status).toBe(0);
    expect(existsSync(path.join(out, 'sdk/CHANGELOG.md'))).toBe(true);
    expect(runCli(['generate', '--spec', FEATURES, '--out', out]).status).toBe(0);
    const pack = spawnSync('npm', ['pack', '--silent'], {
      cwd: path.join(out, 'sdk'),
      encoding: 'utf8',
    });
    expect(pack.status).toBe(0);
    expect((await readdir(path.join(out, 'sdk'))).some((f) => f.endsWith('.tgz'))).toBe(true);
    const pkg = (await readdir(path.join(out, 'python'))).find(
      (f) => !f.includes('.') && f !== 'tests',
    )!;
    const imported = runPython(['-c', `import ${pkg}`], {
      cwd: tmp,
      env: { PYTHONPATH: path.join(out, 'python'), PYTHONDONTWRITEBYTECODE: '' },
    });
    expect(imported.stderr).toBe('');
    expect(existsSync(path.join(out, 'python', pkg, '__pycache__'))).toBe(true);
    for (const dir of ['sdk/node_modules/dep', 'python/.venv/bin', `python/${pkg}.egg-info`]) {
      await mkdir(path.join(out, dir), { recursive: true });
      await writeFile(path.join(out, dir, 'file'), 'x\n');
    }
    // `npm install` in the package writes a lock file; npm never packs it.
    await writeFile(path.join(out, 'sdk/package-lock.json'), '{}\n');
    const run = check();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('check fails on a file nobody generated; generate keeps it and warns', async () => {
    const pkg = (await readdir(path.join(out, 'python'))).find(
      (f) => !f.includes('.') && f !== 'tests',
    )!;
    const strays = ['sdk/src/extra.ts', `python/${pkg}/extra.py`, 'docs/notes/todo.md'];
    for (const stray of strays) {
      await mkdir(path.dirname(path.join(out, stray)), { recursive: true });
      await writeFile(path.join(out, stray), 'stray\n');
    }
    const failed = check();
    expect(failed.status).toBe(1);
    for (const stray of strays)
      expect(failed.stderr).toContain(`extra   ${stray}: not generated (not in manifest.json)`);

    const generate = runCli(['generate', '--spec', FEATURES, '--out', out]);
    expect(generate.status).toBe(0);
    for (const stray of strays) {
      expect(generate.stderr).toContain(`warning: ${path.join(out, stray)}: not generated`);
      expect(existsSync(path.join(out, stray))).toBe(true);
    }
    expect(check().status).toBe(1);

    for (const stray of strays) await rm(path.join(out, stray));
    expect(check().status).toBe(0);
  });
});
