/**
 * Packaging: `pip install ./generated/python` works offline (no index; hatchling, the declared
 * build backend, from the test environment), installs the typed package (`py.typed`) with its
 * declared dependencies, and the installed copy imports from anywhere.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { PYTHON_DEPENDENCIES } from '../../generator/emit/python/package-files.js';
import { PYTHON_SDK, runPython } from './helpers.js';

const work = mkdtempSync(path.join(tmpdir(), 'shellapi-pip-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('pip installs the generated folder offline, typed, with its declared dependencies', () => {
  const source = path.join(work, 'python');
  cpSync(PYTHON_SDK, source, { recursive: true });
  const site = path.join(work, 'site');
  const install = runPython(
    [
      '-m',
      'pip',
      'install',
      '--no-index',
      '--no-build-isolation',
      '--no-deps',
      '--disable-pip-version-check',
      '--quiet',
      '--target',
      site,
      source,
    ],
    { cwd: work, env: { PYTHONPATH: '' } },
  );
  expect(install.stderr).toBe('');
  expect(install.status).toBe(0);
  expect(existsSync(path.join(site, 'shellapi', 'py.typed'))).toBe(true);
  const probe = [
    'import importlib.metadata as m, shellapi, sys',
    'requires = sorted(m.requires("shellapi") or [])',
    'for r in requires: m.version(r.split(">")[0].split("<")[0].split("=")[0].strip())',
    'print(shellapi.__file__); print(";".join(requires))',
  ].join('\n');
  const run = runPython(['-c', probe], { cwd: tmpdir(), env: { PYTHONPATH: site } });
  expect(run.stderr).toBe('');
  const [file, requires] = run.stdout.trim().split('\n');
  expect(file!.startsWith(site)).toBe(true);
  const name = (r: string): string => r.split(/[<>=!~ ;]/)[0]!;
  expect(requires!.split(';').map(name).sort()).toEqual(PYTHON_DEPENDENCIES.map(name).sort());
});
