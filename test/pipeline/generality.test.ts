/**
 * Generality: specs nobody here wrote (petstore 3.0, museum 3.1, openai 3.1 at ~3 MB) lint cleanly,
 * generate (client, mock and docs), and the emitted client compiles under `tsc --strict --noEmit`
 * with the demanding consumer's settings of test/emit-client/generate.ts (`strictOptions`:
 * isolated declarations, exact optional properties, unchecked index access), and lib checks on.
 */
import { describe, expect, it } from 'vitest';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { STRICT_CHECKS } from '../emit-client/generate.js';
import { REPO, runCli } from '../helpers/cli.js';

const SHARED = fileURLToPath(new URL('../../../shared/specs/', import.meta.url));
const TSC = path.join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');

function strictCompile(dir: string): { status: number; output: string } {
  const r = spawnSync(process.execPath, [TSC, '-p', dir], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status ?? -1, output: `${r.stdout}${r.stderr}` };
}

describe.each(['petstore.yaml', 'museum.yaml', 'openai.yaml'])('%s', (file) => {
  const spec = path.join(SHARED, file);

  it('lints with no errors', () => {
    const run = runCli(['lint', '--spec', spec]);
    expect(run.stderr.split('\n').filter((l) => / error /.test(l))).toEqual([]);
    expect(run.status).toBe(0);
  });

  it('generates every target, and the client compiles under tsc --strict', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'shellapi-gen-'));
    try {
      const run = runCli(['generate', '--spec', spec, '--out', out]);
      expect(run.stderr.split('\n').filter((l) => / error /.test(l))).toEqual([]);
      expect(run.status).toBe(0);
      await writeFile(
        path.join(out, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            ...STRICT_CHECKS,
            target: 'ES2022',
            module: 'NodeNext',
            moduleResolution: 'NodeNext',
            lib: ['ES2023', 'DOM', 'DOM.Iterable'],
            types: [],
            skipLibCheck: false,
          },
          include: ['sdk/src/**/*.ts'],
          exclude: ['sdk/src/mock/**', 'sdk/src/msw/**'],
        }),
      );
      for (const entry of [
        'sdk/dist/index.js',
        'sdk/dist/mock/index.js',
        'sdk/dist/msw/index.js',
        'docs/index.html',
        'docs/markdown/api.md',
      ]) {
        expect((await stat(path.join(out, entry))).size, entry).toBeGreaterThan(0);
      }
      const tsc = strictCompile(out);
      expect(tsc.output).toBe('');
      expect(tsc.status).toBe(0);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 300_000);
});
