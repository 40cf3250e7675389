/** vitest strips types without checking them: this runs the real compiler over the whole repo (generator, templates, tests, benchmarks). */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO } from '../helpers/cli.js';

describe('the repository', () => {
  it('type-checks under the strict tsconfig', () => {
    const tsc = spawnSync(
      process.execPath,
      [
        path.join(REPO, 'node_modules/typescript/bin/tsc'),
        '-p',
        path.join(REPO, 'tsconfig.json'),
        '--noEmit',
      ],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    expect(`${tsc.stdout}${tsc.stderr}`).toBe('');
    expect(tsc.status).toBe(0);
  }, 240_000);
});
