/**
 * The Python SDK of a large public spec (default openai.yaml), generated and checked with
 * `mypy --strict` in the tests' cached virtual environment: too slow for every `npm test`, so it
 * lives here. Prints the generation time, the package size, mypy's verdict and time.
 * Usage: npx tsx bench/python-typecheck.ts [SPEC]
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPipeline } from '../generator/pipeline.js';
import { runPython } from '../test/python/helpers.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const spec = path.resolve(
  process.argv[2] ?? path.join(REPO, '..', 'shared', 'specs', 'openai.yaml'),
);

async function treeBytes(dir: string): Promise<number> {
  let total = 0;
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile()) total += (await stat(path.join(e.parentPath, e.name))).size;
  return total;
}

const work = await mkdtemp(path.join(os.tmpdir(), 'shellapi-py-bench-'));
try {
  let started = performance.now();
  const result = await runPipeline({ spec, out: work, only: ['python'], mode: 'write' });
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new Error(`generation failed: ${errors[0]!.message}`);
  const generateS = (performance.now() - started) / 1000;
  const root = path.join(work, 'python');
  started = performance.now();
  const checked = runPython(
    ['-m', 'mypy', '--strict', '--no-error-summary', '--no-incremental', 'shellapi'],
    { cwd: root, env: { PYTHONPATH: root }, timeout: 1_800_000 },
  );
  const mypyS = (performance.now() - started) / 1000;
  const output = (checked.stdout + checked.stderr).trim();
  const errorLines = output ? output.split('\n').filter((l) => /: error:/.test(l)) : [];
  console.log(`spec: ${path.basename(spec)} (${result.ir?.operations.length ?? 0} operations)`);
  console.log(
    `python package: ${((await treeBytes(root)) / 1024) | 0} KB, generated in ${generateS.toFixed(1)} s`,
  );
  console.log(
    `mypy --strict: ${checked.status === 0 ? 'passes' : `exit ${checked.status}, ${errorLines.length} errors`} in ${mypyS.toFixed(1)} s`,
  );
  if (errorLines.length > 0) console.log(errorLines.slice(0, 20).join('\n'));
} finally {
  await rm(work, { recursive: true, force: true });
}
