/**
 * `npm run bench`: every measurement of issue 17 in one run, ours next to the peers, ratios
 * printed and bench/RESULTS.md written. Quick by default (petstore, openai.yaml, the Stripe-sized
 * and 100-operation synthetic specs, 3 rounds); `--full` adds the 1,000- and 5,000-operation
 * specs (the linear-growth check), 5 rounds and the longer mock load on three operations.
 * Usage: npm run bench [-- --full] [--runs N] [--only generate,startup,consumer,mock,sse]
 *   [--specs petstore,synthetic-1000,...] (pick specs by label, from either mode's list)
 *   [--specs-dir DIR] (petstore.yaml and openai.yaml; default ../shared/specs) [--results FILE]
 *   [--fresh] (drop what earlier runs measured; by default a run replaces only what it measures,
 *   the figures as data in RESULTS.json beside RESULTS.md)
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleShellSpec, measureConsumer } from './consumer.js';
import { measureGeneration, measureStartup, type SpecInput } from './generation.js';
import { measureMock, VALIDATED_POST } from './mock-load.js';
import { ensurePeers, repoRoot } from './peers.js';
import { checkTargets, mergeResults, renderResults, type BenchResults } from './results.js';
import { measureSse } from './sse-parse.js';
import { STRIPE_SIZED_OPERATIONS, syntheticSpec } from './synthetic-spec.js';

const SECTIONS = ['generate', 'startup', 'consumer', 'mock', 'sse'] as const;
type Section = (typeof SECTIONS)[number];

/** Too slow for the quick mode while our generator takes minutes on them. */
const FULL_ONLY_SPECS = ['synthetic-1000', 'synthetic-5000'];

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const full = process.argv.includes('--full');
const runs = Number(option('runs') ?? (full ? 5 : 3));
const only = (option('only')?.split(',') ?? SECTIONS) as Section[];
for (const s of only)
  if (!SECTIONS.includes(s))
    throw new Error(`unknown section ${s} (expected ${SECTIONS.join(', ')})`);
const pickedSpecs = option('specs')?.split(',');
const specsDir = path.resolve(option('specs-dir') ?? path.join(repoRoot, '..', 'shared', 'specs'));
const resultsFile = path.resolve(option('results') ?? path.join(repoRoot, 'bench', 'RESULTS.md'));
const dataFile = resultsFile.replace(/\.md$/, '') + '.json';
const previous: BenchResults | undefined =
  !process.argv.includes('--fresh') && existsSync(dataFile)
    ? (JSON.parse(readFileSync(dataFile, 'utf8')) as BenchResults)
    : undefined;
const log = (line: string): void => console.log(line);

const work = mkdtempSync(path.join(os.tmpdir(), 'shellapi-bench-'));
try {
  const results: BenchResults = {
    mode: full ? 'full' : 'quick',
    runs,
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    machine: {
      cores: os.cpus().length,
      cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
      node: process.version,
      os: `${os.type()} ${os.release()}`,
      load1: os.loadavg()[0]!,
    },
    peers: ensurePeers(log),
  };

  // Written after every section, so a run cut short still leaves what it measured.
  const merged = (): BenchResults => (previous ? mergeResults(previous, results) : results);
  const save = (): void => {
    writeFileSync(resultsFile, renderResults(merged()));
    writeFileSync(dataFile, `${JSON.stringify(merged(), null, 1)}\n`);
  };

  if (only.includes('startup')) {
    log('start-up: shellapi-gen --help');
    results.startup = measureStartup(runs);
    save();
  }
  if (only.includes('consumer')) {
    log('consumer: tsc and bundle sizes, ours and hey-api');
    results.consumer = await measureConsumer(bundleShellSpec(work), work, runs);
    save();
  }
  if (only.includes('mock')) {
    log('mock: load on the generated mock, Prism and a bare server');
    const mock = await measureMock({
      durationMs: (full ? 10 : 5) * 1000,
      warmupMs: (full ? 2 : 1) * 1000,
      connections: 32,
      // The measured time in slices, servers taking turns: one slice each left a change of the
      // machine's load on one server (0.6–0.9× bare for the same build in one hour).
      rounds: 5,
      mockSpeed: 1000,
      quiet: false,
      ...(full ? {} : { only: [VALIDATED_POST] }),
      log,
    });
    results.mock = {
      setup: mock.setup,
      validatedPost: VALIDATED_POST,
      figures: mock.rows.map((r) => ({
        server: r.server,
        operation: r.operation,
        rps: r.result.rps,
      })),
    };
    save();
  }
  if (only.includes('sse')) {
    log('sse: our parser and openai’s on the same bytes');
    results.sse = await measureSse(full ? 10 : 5);
    save();
  }

  // Last: the longest section.
  if (only.includes('generate')) {
    const specs: SpecInput[] = [];
    const wanted = (label: string): boolean =>
      pickedSpecs ? pickedSpecs.includes(label) : full || !FULL_ONLY_SPECS.includes(label);
    for (const [label, file, operations] of [
      ['petstore', 'petstore.yaml', 19],
      ['openai.yaml', 'openai.yaml', 288],
    ] as const) {
      const at = path.join(specsDir, file);
      if (!wanted(label)) continue;
      if (existsSync(at)) specs.push({ label, file: at, operations });
      else log(`skipping ${label}: ${at} not found (--specs-dir)`);
    }
    const synthetic: [string, number][] = [
      ['stripe-sized', STRIPE_SIZED_OPERATIONS],
      ['synthetic-100', 100],
      ['synthetic-1000', 1000],
      ['synthetic-5000', 5000],
    ];
    for (const [label, operations] of synthetic) {
      if (!wanted(label)) continue;
      const file = path.join(work, `${label}.json`);
      writeFileSync(file, JSON.stringify(syntheticSpec(operations)));
      specs.push({ label, file, operations });
    }
    log(`generation: ${specs.map((s) => s.label).join(', ')} × ${runs} rounds`);
    results.generation = measureGeneration(specs, runs, log, (partial) => {
      results.generation = partial;
      save();
    });
  }

  console.log(`\n${renderResults(merged())}`);
  const checks = checkTargets(merged());
  console.log(
    `targets holding: ${checks.filter((c) => c.holds).length} of ${checks.length}; written ${path.relative(process.cwd(), resultsFile)}`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
