/**
 * Times `generate` per stage on a spec (default: the 3 MB openai.yaml): median of N runs, each in a
 * fresh process with a fresh output folder, so no cache of a previous run helps (a cold regenerate).
 * Usage: npx tsx bench/generate.ts [SPEC] [RUNS] [--only client,mock,docs]
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPipeline } from '../generator/pipeline.js';
import type { Target } from '../generator/targets.js';

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? (args.splice(onlyAt, 2)[1]!.split(',') as Target[]) : undefined;
const spec = args[0] ?? path.join('..', 'shared', 'specs', 'openai.yaml');
const runs = Number(args[1] ?? 5);

async function once(): Promise<void> {
  const out = await mkdtemp(path.join(os.tmpdir(), 'shellapi-bench-'));
  const start = performance.now();
  const result = await runPipeline({ spec, out, ...(only ? { only } : {}) });
  const total = performance.now() - start;
  await rm(out, { recursive: true, force: true });
  if (result.problems.some((p) => p.severity === 'error')) throw new Error('spec has errors');
  console.log(JSON.stringify([...result.timings, ['total', total]]));
}

if (process.env.BENCH_CHILD) {
  await once();
} else {
  const samples = new Map<string, number[]>();
  const self = fileURLToPath(import.meta.url);
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', self, ...process.argv.slice(2)], {
      env: { ...process.env, BENCH_CHILD: '1' },
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(r.stderr);
    for (const [stage, ms] of JSON.parse(r.stdout.trim().split('\n').pop()!) as [
      string,
      number,
    ][]) {
      samples.set(stage, [...(samples.get(stage) ?? []), ms]);
    }
  }
  const median = (xs: number[]): number =>
    [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(
    `generate ${spec}${only ? ` --only ${only.join(',')}` : ''}: median of ${runs} fresh processes (ms)`,
  );
  for (const [stage, xs] of samples)
    console.log(`  ${stage.padEnd(12)} ${median(xs).toFixed(0).padStart(7)}`);
}
