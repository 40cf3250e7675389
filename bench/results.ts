/**
 * The bench's findings as data, the targets of issue 17 checked against them, and RESULTS.md
 * rendered from them: pure functions (no clock, no file system), so a test can feed made-up figures.
 */
import type { BundleSizes, ModuleShare } from './bundle-size.js';
import type { ConsumerResult } from './consumer.js';
import type { SpecResult, ToolCost } from './generation.js';
import { HEY_API, ORVAL, OURS_CLIENT, OURS_CLIENT_NO_CODE_CACHE, OURS_FULL } from './generation.js';
import { formatRatio, ratio, type Ratio, type Summary } from './stats.js';
import { compareCodePoints } from '../generator/util/compare.js';

export interface MockFigure {
  server: string;
  operation: string;
  rps: number;
}

export interface BenchResults {
  mode: 'quick' | 'full';
  runs: number;
  command: string;
  /** When the run started, as the caller formats it. */
  date: string;
  machine: { cores: number; cpu: string; node: string; os: string; load1: number };
  peers: Record<string, string>;
  generation?: SpecResult[];
  startup?: ToolCost;
  consumer?: ConsumerResult;
  mock?: { setup: string; figures: MockFigure[]; validatedPost: string };
  sse?: { bytes: number; events: number; ours: Summary; openai: Summary };
  /** Parts kept from earlier runs (a section, or `generate: <spec>`), with when they were measured. */
  carried?: Record<string, Provenance>;
}

export interface Provenance {
  date: string;
  load1: number;
  command: string;
}

const SINGLE_SECTIONS = ['startup', 'consumer', 'mock', 'sse'] as const;

/**
 * A partial run (`--only`, `--specs`, quick after full) replaces only what it measured: every
 * other section and spec row comes from the previous results, marked with where it came from.
 */
export function mergeResults(previous: BenchResults, current: BenchResults): BenchResults {
  const carried: Record<string, Provenance> = {};
  const keep = (key: string): void => {
    carried[key] = previous.carried?.[key] ?? {
      date: previous.date,
      load1: previous.machine.load1,
      command: previous.command,
    };
  };
  const merged: BenchResults = { ...current };
  for (const key of SINGLE_SECTIONS) {
    if (current[key] !== undefined || previous[key] === undefined) continue;
    Object.assign(merged, { [key]: previous[key] });
    keep(key);
  }
  if (previous.generation) {
    const now = new Map(current.generation?.map((g) => [g.spec.label, g]));
    const rows = previous.generation.map((g) => {
      const fresh = now.get(g.spec.label);
      if (fresh) now.delete(g.spec.label);
      else keep(`generate: ${g.spec.label}`);
      return fresh ?? g;
    });
    merged.generation = [...rows, ...now.values()];
  }
  if (Object.keys(carried).length > 0) merged.carried = carried;
  else delete merged.carried;
  return merged;
}

export interface TargetCheck {
  target: string;
  measured: string;
  holds: boolean;
}

/** Specs the issue's generation targets name (a Stripe-sized one included). */
export const TARGET_SPECS = ['petstore', 'openai.yaml', 'stripe-sized'];

const s = (x: number, digits = 2): string => (Number.isFinite(x) ? x.toFixed(digits) : '-');
const cpuCell = (x: Summary): string => `${s(x.median)} s (${s(x.min)}–${s(x.max)})`;
const msCell = (x: Summary): string => `${s(x.median, 1)} ms (${s(x.min, 1)}–${s(x.max, 1)})`;
const mbCell = (x: Summary): string => `${s(x.median, 0)} MB`;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

function specByLabel(r: BenchResults, label: string): SpecResult | undefined {
  return r.generation?.find((g) => g.spec.label === label);
}

function cpuRatio(g: SpecResult, ours: string, peer: string): Ratio | undefined {
  const a = g.tools[ours];
  const b = g.tools[peer];
  return a && b ? ratio(a.cpu, b.cpu) : undefined;
}

function rssRatio(g: SpecResult, ours: string, peer: string): Ratio | undefined {
  const a = g.tools[ours];
  const b = g.tools[peer];
  return a && b ? ratio(a.rss, b.rss) : undefined;
}

/** `a / b` of medians (CPU) between two specs' runs of one tool: the growth factor. */
export function growth(
  r: BenchResults,
  tool: string,
  big: string,
  small: string,
): Ratio | undefined {
  const a = specByLabel(r, big)?.tools[tool];
  const b = specByLabel(r, small)?.tools[tool];
  return a && b ? ratio(a.cpu, b.cpu) : undefined;
}

export function checkTargets(r: BenchResults): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const label of TARGET_SPECS) {
    const g = specByLabel(r, label);
    if (!g) continue;
    const client = cpuRatio(g, OURS_CLIENT, ORVAL);
    if (client)
      checks.push({
        target: `${label}: client-only CPU ≤ 1.0× orval`,
        measured: formatRatio(client),
        holds: client.median <= 1.0,
      });
    const full = cpuRatio(g, OURS_FULL, ORVAL);
    if (full)
      checks.push({
        target: `${label}: full run CPU ≤ 1.5× orval (client only)`,
        measured: formatRatio(full),
        holds: full.median <= 1.5,
      });
  }
  for (const g of r.generation ?? []) {
    const mem = rssRatio(g, OURS_CLIENT, HEY_API);
    if (mem)
      checks.push({
        target: `${g.spec.label}: client peak RSS ≤ 1.5× hey-api`,
        measured: formatRatio(mem),
        holds: mem.median <= 1.5,
      });
  }
  const stripe = specByLabel(r, 'stripe-sized')?.tools[OURS_FULL];
  if (stripe)
    checks.push({
      target: 'stripe-sized: full run peak RSS < 800 MB',
      measured: mbCell(stripe.rss),
      holds: stripe.rss.median < 800,
    });
  if (r.startup)
    checks.push({
      target: '`shellapi-gen --help` ≤ 0.3 s CPU',
      measured: cpuCell(r.startup.cpu),
      holds: r.startup.cpu.median <= 0.3,
    });
  for (const tool of [OURS_CLIENT, OURS_FULL]) {
    const grow = growth(r, tool, 'synthetic-5000', 'synthetic-1000');
    if (grow)
      checks.push({
        target: `${tool}: 5,000-op CPU ≤ 5.5× 1,000-op`,
        measured: formatRatio(grow),
        holds: grow.median <= 5.5,
      });
  }
  if (r.consumer) {
    const { ours, heyApi } = r.consumer.bundles;
    checks.push({
      target: `one JSON operation ≤ 4 KB min+gz (hey-api: ${kb(heyApi.operation.gzipped)})`,
      measured: kb(ours.operation.gzipped),
      holds: ours.operation.gzipped <= 4096,
    });
    const whole = ours.whole.gzipped / heyApi.whole.gzipped;
    checks.push({
      target: 'whole client ≤ 1.2× hey-api min+gz',
      measured: `${s(whole)}× (${kb(ours.whole.gzipped)} vs ${kb(heyApi.whole.gzipped)})`,
      holds: whole <= 1.2,
    });
  }
  if (r.mock) {
    const rps = (server: string): number =>
      r.mock!.figures.find(
        (f) => f.server.startsWith(server) && f.operation === r.mock!.validatedPost,
      )?.rps ?? NaN;
    // The target is the mock as shipped (its per-request log on), not the `--quiet` row.
    const vsBare = rps('mock, default logging') / rps('bare');
    checks.push({
      target: 'mock ≥ 0.7× bare server (validated POST, default logging)',
      measured: `${s(vsBare)}×`,
      holds: vsBare >= 0.7,
    });
  }
  return checks;
}

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

export function renderResults(r: BenchResults): string {
  const out: string[] = [
    '# Benchmark results',
    '',
    `Written by \`${r.command}\` (${r.mode} mode: medians of ${r.runs} fresh processes, with min–max) on ${r.date}.`,
    '',
    `Machine: ${r.machine.cores} cores (${r.machine.cpu}), node ${r.machine.node}, ${r.machine.os}; 1-minute load average ${s(r.machine.load1)} at the start. ` +
      'The machine is shared with other work, so absolute figures are noisy: the ratios between tools measured in the same rounds are what matter.',
    ...(r.carried
      ? [
          '',
          'Not measured by this command, kept from earlier runs: ' +
            Object.entries(r.carried)
              .map(([part, p]) => `${part} (${p.date}, load ${s(p.load1)}, \`${p.command}\`)`)
              .join('; ') +
            '.',
        ]
      : []),
    '',
    `Peers (pinned in bench/peers.ts, installed into node_modules/.cache/bench-peers): ${Object.entries(
      r.peers,
    )
      .map(([name, version]) => `${name} ${version}`)
      .join(', ')}.`,
    '',
    'Commands: `npm run bench` (quick), `npm run bench -- --full` (adds the 1,000- and 5,000-operation specs, 5 rounds, three mock operations), ' +
      '`npm run bench -- --only generate,startup,consumer,mock,sse` (some sections), `--specs petstore,openai.yaml,...` (some specs).',
  ];
  const checks = checkTargets(r);
  if (checks.length > 0) {
    out.push('', '## Targets (issue 17)', '');
    out.push(
      table(
        ['target', 'measured (median, min–max)', 'holds'],
        checks.map((c) => [c.target, c.measured, c.holds ? 'yes' : '**no**']),
      ),
    );
  }
  if (r.generation) {
    const tools = [
      ...new Set(
        r.generation.flatMap((g) => [...Object.keys(g.tools), ...Object.keys(g.failures ?? {})]),
      ),
    ];
    out.push('', '## Generation: CPU seconds (user + sys) and peak RSS, fresh process', '');
    out.push(
      table(
        ['spec', 'ops', ...tools],
        r.generation.map((g) => [
          g.spec.label,
          String(g.spec.operations),
          ...tools.map((t) => {
            const cost = g.tools[t];
            if (cost) return `${cpuCell(cost.cpu)}, ${mbCell(cost.rss)}`;
            return g.failures?.[t] ? `failed: ${g.failures[t]}` : '-';
          }),
        ]),
      ),
    );
    out.push('', '### Ratios, ours / peer (median, min–max)', '');
    const pairs: [string, string, 'cpu' | 'rss'][] = [
      [OURS_CLIENT, ORVAL, 'cpu'],
      [OURS_CLIENT_NO_CODE_CACHE, ORVAL, 'cpu'],
      [OURS_FULL, ORVAL, 'cpu'],
      [OURS_CLIENT, HEY_API, 'cpu'],
      [OURS_CLIENT, 'openapi-typescript', 'cpu'],
      [OURS_CLIENT, HEY_API, 'rss'],
      [OURS_FULL, HEY_API, 'rss'],
    ];
    out.push(
      table(
        ['spec', ...pairs.map(([a, b, what]) => `${a} ÷ ${b} (${what === 'cpu' ? 'CPU' : 'RSS'})`)],
        r.generation.map((g) => [
          g.spec.label,
          ...pairs.map(([a, b, what]) => {
            const x = what === 'cpu' ? cpuRatio(g, a, b) : rssRatio(g, a, b);
            return x ? formatRatio(x) : '-';
          }),
        ]),
      ),
    );
    const growthRows = [
      ['synthetic-5000', 'synthetic-1000'],
      ['synthetic-1000', 'synthetic-100'],
    ]
      .flatMap(([big, small]) =>
        tools.map((t) => {
          const x = growth(r, t, big!, small!);
          return x ? [`${big} ÷ ${small}`, t, formatRatio(x)] : undefined;
        }),
      )
      .filter((row): row is string[] => row !== undefined);
    if (growthRows.length > 0) {
      out.push(
        '',
        '### Growth of CPU time with operation count (linear: 5× for 5,000 ÷ 1,000)',
        '',
      );
      out.push(table(['specs', 'tool', 'CPU ratio'], growthRows));
    }
    out.push('', '### Where our time goes (stage wall times of the last run, from the CLI)', '');
    out.push(
      table(
        ['spec', 'run', 'stages'],
        r.generation.flatMap((g) =>
          Object.entries(g.stages).map(([tool, line]) => [g.spec.label, tool, line]),
        ),
      ),
    );
  }
  if (r.startup) {
    out.push(
      '',
      '## Start-up',
      '',
      `\`shellapi-gen --help\`: ${cpuCell(r.startup.cpu)} CPU, ${mbCell(r.startup.rss)} peak RSS.`,
    );
  }
  if (r.consumer) {
    const { tsc, bundles } = r.consumer;
    out.push('', '## Consumer: `tsc --noEmit` CPU seconds (this spec, fresh process)', '');
    out.push(
      table(
        ['consumer of', 'CPU'],
        Object.entries(tsc).map(([k, v]) => [k, cpuCell(v)]),
      ),
    );
    out.push('', '## Browser bundle (esbuild, minified + tree-shaken)', '');
    const row = (who: string, b: BundleSizes['operation']): string[] => [
      who,
      b.label,
      kb(b.minified),
      kb(b.gzipped),
    ];
    out.push(
      table(
        ['', 'entry', 'min', 'min+gz'],
        [
          row('ours, one operation', bundles.ours.operation),
          row('hey-api, one operation', bundles.heyApi.operation),
          row('ours, whole client', bundles.ours.whole),
          row('hey-api, whole SDK', bundles.heyApi.whole),
          ...(bundles.openai ? [row('openai package, client + one call', bundles.openai)] : []),
        ],
      ),
    );
    if (bundles.openai)
      out.push(
        '',
        'The openai package (Stainless-made, with retries, streams, uploads and paging like ours) is one class with every resource: a browser consumer of any one call ships all of it.',
      );
    if (bundles.oursByModule) {
      out.push(
        '',
        `Where ours, one operation goes (minified bytes exact; a module's gzip share is what the bundle loses without it):`,
        '',
        table(
          ['module', 'min', 'min+gz share'],
          bundles.oursByModule.map((m) => [m.module, `${m.minified} B`, `${m.gzipped} B`]),
        ),
      );
    }
    if (bundles.oursWholeByModule) {
      out.push(
        '',
        'Where ours, whole client goes (the generated operation and resource modules summed):',
        '',
        table(
          ['module', 'min', 'min+gz share'],
          byFeature(bundles.oursWholeByModule).map((m) => [
            m.module,
            `${m.minified} B`,
            `${m.gzipped} B`,
          ]),
        ),
      );
    }
  }
  if (r.mock) {
    out.push('', '## Mock server throughput', '', r.mock.setup, '');
    const bare = (op: string): number =>
      r.mock!.figures.find((f) => f.server.startsWith('bare') && f.operation === op)?.rps ?? NaN;
    out.push(
      table(
        ['server', 'operation', 'req/s', '÷ bare'],
        r.mock.figures.map((f) => [
          f.server,
          f.operation,
          s(f.rps, 0),
          `${s(f.rps / bare(f.operation))}×`,
        ]),
      ),
    );
  }
  if (r.sse) {
    const { bytes, events, ours, openai } = r.sse;
    out.push(
      '',
      '## SSE parsing (same recorded bytes, 4 KB chunks, warm)',
      '',
      `${kb(bytes)}, ${events} events; milliseconds per pass:`,
      '',
      table(
        ['parser', 'ms', 'ours ÷ openai'],
        [
          ['ours (generated/sdk core/sse)', msCell(ours), formatRatio(ratio(ours, openai))],
          ['openai', msCell(openai), '1'],
        ],
      ),
    );
  }
  return `${out.join('\n')}\n`;
}

/** Module shares with the per-family `operations/*` and `resources/*` modules summed, largest first. */
export function byFeature(shares: readonly ModuleShare[]): ModuleShare[] {
  const merged = new Map<string, ModuleShare>();
  for (const share of shares) {
    const family = /\/(operations|resources)\/[^/]+$/.exec(share.module);
    const module = family ? share.module.replace(/[^/]+$/, '*') : share.module;
    const into = merged.get(module) ?? { module, minified: 0, gzipped: 0 };
    merged.set(module, {
      module,
      minified: into.minified + share.minified,
      gzipped: into.gzipped + share.gzipped,
    });
  }
  return [...merged.values()].sort(
    (a, b) => b.gzipped - a.gzipped || compareCodePoints(a.module, b.module),
  );
}
