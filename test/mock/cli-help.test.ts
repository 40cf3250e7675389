/**
 * The mock command's help names the command users run: the package's bin (`<pkg>-mock`, from
 * package.json and the README), in both module builds; the generator's own `shellapi-gen mock` after a
 * bad flag (its `--help` is the generator's own text).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { mockBinName } from '../../generator/ir/package-name.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SDK = path.join(ROOT, 'generated/sdk');
const pkg = JSON.parse(readFileSync(path.join(SDK, 'package.json'), 'utf8')) as {
  name: string;
  bin: Record<string, string>;
};

const help = (args: string[], cwd: string): string => {
  const run = spawnSync(process.execPath, [...args, '--help'], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout;
};

it.each(['dist/mock/cli.js', 'dist/cjs/mock/cli.js'])('%s --help names the package bin', (cli) => {
  const bin = mockBinName(pkg.name);
  expect(Object.keys(pkg.bin)).toEqual([bin]);
  expect(help([cli], SDK).split('\n')[0]).toMatch(new RegExp(`^Usage: ${bin} \\[--port 4010\\]`));
});

it('shellapi-gen mock names itself in the help it prints after a bad flag', () => {
  const run = spawnSync(process.execPath, ['build/cli.js', 'mock', '--port', 'x'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(run.stderr).toContain(
    '--port needs a non-negative number\n\nUsage: shellapi-gen mock [--spec FILE] [--docs] [--port 4010]',
  );
  expect(run.status).not.toBe(0);
});
