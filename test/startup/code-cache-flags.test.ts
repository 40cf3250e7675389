/**
 * The code cache the build writes is made under the V8 flags the CLI runs with
 * (generator/util/jit-policy.ts): V8 silently rejects data made under other flags, and every run
 * would compile TypeScript afresh. A probe wraps `vm.Script` in a real CLI run and reports, for each
 * script given cached data, whether V8 used it.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-cache-flags-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const PROBE = `import vm from 'node:vm';
const Script = vm.Script;
vm.Script = class extends Script {
  constructor(code, options) {
    super(code, options);
    if (options?.cachedData)
      console.error('code-cache ' + (this.cachedDataRejected ? 'rejected ' : 'used ') + options.filename);
  }
};
`;

it('the CLI uses the code cache the build made: no entry rejected', async () => {
  const probe = path.join(dir, 'probe.mjs');
  await writeFile(probe, PROBE);
  const run = runCli(
    ['generate', '--spec', 'spec/openapi.yaml', '--out', path.join(dir, 'out'), '--only', 'client'],
    { env: { NODE_OPTIONS: `--import=${pathToFileURL(probe).href}` } },
  );
  expect(run.status, run.stderr).toBe(0);
  const lines = run.stderr.split('\n').filter((line) => line.startsWith('code-cache '));
  expect(lines.filter((line) => line.startsWith('code-cache rejected'))).toEqual([]);
  expect(lines.some((line) => /typescript[\\/]lib[\\/]typescript\.js$/.test(line))).toBe(true);
});
