/**
 * The final-form printers cover every file a generate run formats (TypeScript, the README with
 * its code blocks, package.json files), so prettier itself is never loaded: checked on the built
 * CLI with a module log (test/helpers/module-log.ts). `prettier/doc`, the small document printer
 * the final-form printers print with, is allowed; prettier's entry, standalone build and parser
 * plugins are not.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, REPO } from '../helpers/cli.js';
import { runLogged } from '../helpers/module-log.js';
import { SHARED } from './real-specs.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-no-prettier-'));
  // A first run rebuilds if a source changed since the last build.
  spawnSync(process.execPath, [BIN, '--help'], { cwd: REPO });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** prettier modules other than `prettier/doc` the run loaded. */
const prettierLoads = (urls: string[]) =>
  [
    ...new Set(
      urls
        .filter((u) => /\/node_modules\/prettier\//.test(u))
        .map((u) => u.replace(/.*\/node_modules\//, '')),
    ),
  ].filter((u) => !/^prettier\/doc\.(?:m?js)$/.test(u));

describe('a generate run formats without prettier', () => {
  it.each([
    ['client only', ['--only', 'client']],
    ['full', []],
  ])('petstore, %s', async (name, only) => {
    const out = path.join(dir, `petstore-${name.replace(/\W/g, '')}`);
    const spec = path.join(SHARED, 'petstore.yaml');
    const run = await runLogged(dir, ['generate', '--spec', spec, '--out', out, ...only]);
    expect(run.status, run.stderr).toBe(0);
    // The hook works: the run's own modules are in the log.
    expect(run.urls.some((u) => /\/build\/cli\.js$/.test(u))).toBe(true);
    expect(prettierLoads(run.urls)).toEqual([]);
  });
});
