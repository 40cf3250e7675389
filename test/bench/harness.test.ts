/**
 * The bench harness's pure pieces (no timing, no network): synthetic specs our loader accepts,
 * the median and ratio arithmetic, the GNU time parser, and RESULTS.md with its target checks.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';
import type { BundleSizes } from '../../bench/bundle-size.js';
import {
  HEY_API,
  OPENAPI_TS,
  ORVAL,
  OURS_CLIENT,
  OURS_FULL,
  type SpecResult,
} from '../../bench/generation.js';
import {
  checkTargets,
  mergeResults,
  renderResults,
  type BenchResults,
} from '../../bench/results.js';
import { repeatStream } from '../../bench/sse-parse.js';
import {
  formatRatio,
  median,
  parseTimeOutput,
  ratio,
  summarize,
  type Summary,
} from '../../bench/stats.js';
import { syntheticSpec } from '../../bench/synthetic-spec.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-harness-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('synthetic specs', () => {
  it('have exactly the operations asked for and load without errors', async () => {
    const file = path.join(dir, 'synthetic-20.json');
    writeFileSync(file, JSON.stringify(syntheticSpec(20)));
    const { ir, problems } = buildIr(await loadSpec(file));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(ir.operations).toHaveLength(20);
    expect(new Set(ir.operations.map((o) => o.operationId)).size).toBe(20);
  });

  it('grow in proportion: twice the operations, twice the paths and schemas', () => {
    const count = (ops: number): [number, number] => {
      const spec = syntheticSpec(ops) as {
        paths: object;
        components: { schemas: object };
      };
      return [Object.keys(spec.paths).length, Object.keys(spec.components.schemas).length];
    };
    const [paths40, schemas40] = count(40);
    const [paths80, schemas80] = count(80);
    expect(paths80).toBe(2 * paths40);
    // One shared error schema, the rest per resource.
    expect(schemas80 - 1).toBe(2 * (schemas40 - 1));
  });

  it('refuse a count that is not a multiple of four', () => {
    expect(() => syntheticSpec(10)).toThrow(/multiple of 4/);
    expect(() => syntheticSpec(0)).toThrow(/positive/);
  });
});

describe('bench arithmetic', () => {
  it('median of odd and even sample counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });

  it('summary and ratio keep the spread: best case ours.min/peer.max, worst ours.max/peer.min', () => {
    const ours = summarize([2, 4, 3]);
    const peer = summarize([1, 2, 4]);
    expect(ours).toMatchObject({ median: 3, min: 2, max: 4 });
    expect(ratio(ours, peer)).toEqual({ median: 1.5, min: 0.5, max: 4 });
    expect(formatRatio(ratio(ours, peer))).toBe('1.50× (0.50–4.00)');
  });

  it('reads user + sys seconds and peak RSS from GNU time output', () => {
    expect(parseTimeOutput('Command exited with non-zero status 0\n1.25 0.50 204800\n')).toEqual({
      cpuSeconds: 1.75,
      peakRssMb: 200,
    });
    expect(() => parseTimeOutput('garbage')).toThrow(/user sys maxrss/);
  });

  it('repeats a recorded SSE body without its terminator, then ends it once', () => {
    const recorded = 'data: {"a":1}\n\ndata: {"a":2}\n\ndata: [DONE]\n\n';
    const repeated = repeatStream(recorded, 100);
    expect(repeated.match(/\[DONE\]/g)).toHaveLength(1);
    expect(repeated.endsWith('data: [DONE]\n\n')).toBe(true);
    expect(repeated.length).toBeGreaterThanOrEqual(100);
    expect((repeated.match(/data: \{/g) ?? []).length % 2).toBe(0);
  });
});

const sum = (...xs: number[]): Summary => summarize(xs);

function specResult(label: string, ops: number, cpu: Record<string, number>): SpecResult {
  return {
    spec: { label, operations: ops },
    stages: { [OURS_CLIENT]: 'load 10 ms, ir 5 ms' },
    tools: Object.fromEntries(
      Object.entries(cpu).map(([tool, s]) => [
        tool,
        { cpu: sum(s, s * 0.9, s * 1.1), rss: sum(tool === OURS_FULL ? 900 : 200) },
      ]),
    ),
  };
}

function made(): BenchResults {
  const bundle = (label: string, gz: number): BundleSizes['operation'] => ({
    label,
    minified: gz * 3,
    gzipped: gz,
    modules: [],
    code: '',
  });
  const tools = (ours: number, peer: number): Record<string, number> => ({
    [OURS_CLIENT]: ours,
    [OURS_FULL]: ours * 2,
    [ORVAL]: peer,
    [HEY_API]: peer,
    [OPENAPI_TS]: peer / 2,
  });
  return {
    mode: 'full',
    runs: 3,
    command: 'npm run bench -- --full',
    date: '2026-01-01 00:00 UTC',
    machine: { cores: 2, cpu: 'test cpu', node: 'v20.0.0', os: 'Linux', load1: 1 },
    peers: { orval: '1.2.3' },
    generation: [
      specResult('petstore', 19, tools(0.5, 1)),
      specResult('stripe-sized', 472, tools(2, 1)),
      specResult('synthetic-1000', 1000, tools(4, 2)),
      specResult('synthetic-5000', 5000, tools(24, 10)),
    ],
    startup: { cpu: sum(0.2), rss: sum(60) },
    consumer: {
      tsc: { ours: sum(1), 'hey-api': sum(2) },
      bundles: {
        ours: { operation: bundle('op', 3000), whole: bundle('whole', 7000) },
        heyApi: { operation: bundle('hey op', 4000), whole: bundle('hey whole', 5000) },
        oursByModule: [
          { module: 'dist/core/client.js', minified: 5000, gzipped: 2000 },
          { module: 'dist/operations/x.js', minified: 100, gzipped: 40 },
        ],
        oursWholeByModule: [
          { module: 'dist/core/client.js', minified: 5000, gzipped: 2000 },
          { module: 'dist/operations/x.js', minified: 100, gzipped: 40 },
          { module: 'dist/operations/y.js', minified: 300, gzipped: 60 },
          { module: 'dist/core/tasks.js', minified: 900, gzipped: 90 },
        ],
        openai: bundle('openai embeddings.create', 90000),
      },
    },
    mock: {
      setup: 'made-up load',
      validatedPost: 'POST /x',
      figures: [
        { server: 'mock (generated)', operation: 'POST /x', rps: 800 },
        { server: 'mock, default logging', operation: 'POST /x', rps: 650 },
        { server: 'bare node:http', operation: 'POST /x', rps: 1000 },
      ],
    },
    sse: { bytes: 1024, events: 10, ours: sum(1), openai: sum(2) },
  };
}

describe('targets and RESULTS.md', () => {
  it('checks each target against the figures', () => {
    const holds = Object.fromEntries(checkTargets(made()).map((c) => [c.target, c.holds]));
    expect(holds['petstore: client-only CPU ≤ 1.0× orval']).toBe(true);
    expect(holds['stripe-sized: client-only CPU ≤ 1.0× orval']).toBe(false);
    expect(holds['petstore: full run CPU ≤ 1.5× orval (client only)']).toBe(true);
    expect(holds['stripe-sized: full run peak RSS < 800 MB']).toBe(false);
    expect(holds['`shellapi-gen --help` ≤ 0.3 s CPU']).toBe(true);
    // 24 / 4 = 6 > 5.5
    expect(holds[`${OURS_CLIENT}: 5,000-op CPU ≤ 5.5× 1,000-op`]).toBe(false);
    expect(holds['whole client ≤ 1.2× hey-api min+gz']).toBe(false);
    // Read from the default-logging row (0.65×), not the `--quiet` one (0.80×).
    expect(holds['mock ≥ 0.7× bare server (validated POST, default logging)']).toBe(false);
    const op = checkTargets(made()).find((c) => c.target.startsWith('one JSON operation'));
    expect(op).toMatchObject({ holds: true, measured: '2.9 KB' });
  });

  it('renders the command, machine, peers and every table', () => {
    const md = renderResults(made());
    expect(md).toContain('`npm run bench -- --full`');
    expect(md).toContain('2 cores (test cpu), node v20.0.0');
    expect(md).toContain('orval 1.2.3');
    expect(md).toMatch(
      /\| stripe-sized: client-only CPU ≤ 1\.0× orval \| 2\.00× \(1\.64–2\.44\) \| \*\*no\*\* \|/,
    );
    expect(md).toContain('| synthetic-5000 ÷ synthetic-1000 | ours, client only | 6.00×');
    expect(md).toContain('| petstore | ours, client only | load 10 ms, ir 5 ms |');
    expect(md).toContain('| mock (generated) | POST /x | 800 | 0.80× |');
    expect(md).toContain('| dist/core/client.js | 5000 B | 2000 B |');
    // The whole client's families are summed, placed by their total.
    expect(md).toMatch(
      /\| dist\/operations\/\* \| 400 B \| 100 B \|\n\| dist\/core\/tasks\.js \| 900 B \| 90 B \|/,
    );
    expect(md).toMatch(
      /\| openai package, client \+ one call \| openai embeddings\.create \| [^|]+ \| 87\.9 KB \|/,
    );
    expect(md).toContain(
      '| ours (generated/sdk core/sse) | 1.0 ms (1.0–1.0) | 0.50× (0.50–0.50) |',
    );
  });

  it('shows a tool that failed on a spec instead of its figures', () => {
    const r = made();
    const petstore = r.generation![0]!;
    const { [OURS_FULL]: _dropped, ...kept } = petstore.tools;
    r.generation![0] = { ...petstore, tools: kept, failures: { [OURS_FULL]: 'internal error: X' } };
    const md = renderResults(r);
    expect(md).toMatch(/\| petstore \| 19 \| [^\n]*\| failed: internal error: X \|/);
    expect(checkTargets(r).map((c) => c.target)).not.toContain(
      'petstore: full run CPU ≤ 1.5× orval (client only)',
    );
  });

  it('leaves out the sections a run skipped', () => {
    const { consumer: _c, mock: _m, sse: _s, generation: _g, ...rest } = made();
    const md = renderResults(rest);
    expect(md).not.toContain('## Generation');
    expect(md).not.toContain('## Mock');
    expect(md).toContain('## Start-up');
  });

  it('a partial run replaces only what it measured and says where the rest came from', () => {
    const before = made();
    const later = {
      ...made(),
      command: 'npm run bench -- --only generate --specs petstore',
      date: '2026-02-02 00:00 UTC',
      generation: [specResult('petstore', 19, { [OURS_CLIENT]: 7, [ORVAL]: 1 })],
    };
    delete later.consumer;
    delete later.mock;
    delete later.sse;
    delete later.startup;
    const merged = mergeResults(before, later);
    expect(merged.generation!.map((g) => g.spec.label)).toEqual(
      before.generation!.map((g) => g.spec.label),
    );
    expect(merged.generation![0]!.tools[OURS_CLIENT]!.cpu.median).toBe(7);
    expect(merged.consumer).toEqual(before.consumer);
    expect(Object.keys(merged.carried!)).toEqual([
      'startup',
      'consumer',
      'mock',
      'sse',
      'generate: stripe-sized',
      'generate: synthetic-1000',
      'generate: synthetic-5000',
    ]);
    const md = renderResults(merged);
    expect(md).toContain('kept from earlier runs: startup (2026-01-01 00:00 UTC, load 1.00');
    // Carried again by a third run: the first run stays named as its origin.
    const again = mergeResults(merged, { ...later, date: '2026-03-03 00:00 UTC' });
    expect(again.carried!['mock']!.date).toBe('2026-01-01 00:00 UTC');
    // A full run carries nothing.
    expect(mergeResults(before, made()).carried).toBeUndefined();
  });
});
