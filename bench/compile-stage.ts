/**
 * The compile stage against another build of the generator (e.g. the main branch's), paired and
 * interleaved: `tsx bench/compile-stage.ts <other checkout> <spec>… [--runs N]`. Each run is a fresh
 * process on a fresh output folder (`generate --only client`, so no cache), timed by /usr/bin/time
 * (user + sys CPU of the whole process) next to the `compile` stage time the CLI prints. Prints
 * medians and ratios (this build / the other); both checkouts must be built (`npm run build`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './stats.js';

const HERE = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 5;
const [other, ...specs] = args;
if (!other || specs.length === 0) {
  console.error('usage: tsx bench/compile-stage.ts <other checkout> <spec>… [--runs N]');
  process.exit(2);
}

interface Sample {
  compileMs: number;
  cpuS: number;
  wallS: number;
}

function once(checkout: string, spec: string): Sample {
  const out = mkdtempSync(path.join(os.tmpdir(), 'compile-stage-'));
  try {
    const cli = path.join(checkout, 'build/cli.js');
    const generate = [cli, 'generate', '--spec', spec, '--out', out, '--only', 'client'];
    const run = spawnSync('/usr/bin/time', ['-f', 'TIME %U %S %e', process.execPath, ...generate], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.status !== 0) throw new Error(`generate failed:\n${run.stderr.slice(-2000)}`);
    return parse(`${run.stdout}\n${run.stderr}`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function parse(text: string): Sample {
  const compile = /compile (\d+) ms/.exec(text);
  const time = /TIME ([\d.]+) ([\d.]+) ([\d.]+)/.exec(text);
  if (!compile || !time) throw new Error(`no timings in:\n${text.slice(-2000)}`);
  return {
    compileMs: Number(compile[1]),
    cpuS: Number(time[1]) + Number(time[2]),
    wallS: Number(time[3]),
  };
}

const fmt = (x: number, digits = 2) => x.toFixed(digits);
for (const spec of specs) {
  const ours: Sample[] = [];
  const theirs: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternate which goes first, so a slow patch of the machine falls on both.
    const pair = i % 2 === 0 ? [HERE, other] : [other, HERE];
    for (const checkout of pair) (checkout === HERE ? ours : theirs).push(once(checkout, spec));
  }
  const m = (xs: Sample[], key: keyof Sample) => median(xs.map((x) => x[key]));
  console.log(`\n${path.basename(spec)} (${runs} paired runs, medians; this / other)`);
  for (const [key, label] of [
    ['compileMs', 'compile stage (ms)'],
    ['cpuS', 'process CPU user+sys (s)'],
    ['wallS', 'process wall (s)'],
  ] as const) {
    const a = m(ours, key);
    const b = m(theirs, key);
    console.log(`  ${label.padEnd(26)} ${fmt(a)} vs ${fmt(b)}  ratio ${fmt(a / b)}×`);
  }
  console.log(`  samples this:  ${ours.map((s) => `${s.compileMs}ms/${fmt(s.cpuS)}s`).join(' ')}`);
  console.log(
    `  samples other: ${theirs.map((s) => `${s.compileMs}ms/${fmt(s.cpuS)}s`).join(' ')}`,
  );
}
