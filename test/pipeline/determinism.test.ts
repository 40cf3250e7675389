/** The same spec gives byte-identical output whatever the time zone, locale and working directory. */
import { describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { REPO, runCli } from '../helpers/cli.js';
import { readTree, treeDifferences } from '../helpers/tree.js';

const SPECS = ['test/fixtures/specs/features/openapi.yaml', 'spec/openapi.yaml'];

describe('determinism', () => {
  for (const spec of SPECS) {
    it(`${spec}: two runs under different TZ, LANG and cwd are byte-identical`, async () => {
      const tmp = await mkdtemp(path.join(os.tmpdir(), 'shellapi-det-'));
      try {
        const a = path.join(tmp, 'a');
        const b = path.join(tmp, 'b');
        const runA = runCli(['generate', '--spec', path.join(REPO, spec), '--out', a], {
          cwd: REPO,
          env: { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' },
        });
        expect(runA.stderr).toBe('');
        expect(runA.status).toBe(0);
        const runB = runCli(['generate', '--spec', path.join(REPO, spec), '--out', b], {
          cwd: os.tmpdir(),
          env: { TZ: 'Asia/Kolkata', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
        });
        expect(runB.status).toBe(0);
        const treeA = await readTree(a);
        expect(treeA.size).toBeGreaterThan(10);
        expect(treeDifferences(treeA, await readTree(b))).toEqual([]);
        // Nothing machine-specific leaks into the output.
        for (const [file, bytes] of treeA) {
          const text = bytes.toString('latin1');
          expect(text.includes(tmp), file).toBe(false);
          expect(text.includes(REPO), file).toBe(false);
        }
      } finally {
        await rm(tmp, { recursive: true, force: true });
      }
    });
  }
});
