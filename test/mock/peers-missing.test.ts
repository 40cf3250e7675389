/**
 * The mock's command in an install without its optional peers (Ajv): one line naming the install
 * command and exit 1, from both module builds, instead of a module-resolution stack trace.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { loadFailure } from '../../templates/mock/cli-main.js';

const SDK = fileURLToPath(new URL('../../generated/sdk', import.meta.url));
const work = mkdtempSync(path.join(os.tmpdir(), 'shellapi-mock-peers-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
cpSync(path.join(SDK, 'dist'), path.join(work, 'dist'), { recursive: true });
cpSync(path.join(SDK, 'package.json'), path.join(work, 'package.json'));

/** True when some node_modules above the temporary folder would supply Ajv anyway. */
function ajvReachable(): boolean {
  try {
    createRequire(path.join(work, 'x.js')).resolve('ajv');
    return true;
  } catch {
    return false;
  }
}

it.skipIf(ajvReachable()).each(['dist/mock/cli.js', 'dist/cjs/mock/cli.js'])(
  '%s names the missing peer and exits 1',
  (cli) => {
    const run = spawnSync(process.execPath, [cli, '--port', '0'], {
      cwd: work,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toBe(
      'The mock needs its optional peer dependencies (ajv is missing): npm install --save-dev ajv ajv-formats\n',
    );
    expect(run.status).toBe(1);
  },
);

it('other load failures keep their stack', () => {
  const error = new Error('boom');
  expect(loadFailure(error)).toBe(`${error.stack}\n`);
  const other = Object.assign(new Error("Cannot find module 'left-pad'"), {
    code: 'ERR_MODULE_NOT_FOUND',
  });
  expect(loadFailure(other)).toContain('left-pad');
  expect(loadFailure(other)).not.toContain('npm install');
});
