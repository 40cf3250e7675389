/**
 * Fresh-process generation cost, ours against the peers, on each spec: CPU seconds and peak RSS of
 * one cold run into an empty folder, repeated round-robin (every tool once per round, so a burst of
 * load from elsewhere on the machine hits all of them alike).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measureProcess } from './process-cost.js';
import { ourBin, peerBin, repoRoot } from './peers.js';
import { summarize, type Summary } from './stats.js';

export interface GenTool {
  name: string;
  /** Arguments after `node`, writing into `out` (an empty folder). */
  args(spec: string, out: string): string[];
  /** Extra environment variables. */
  env?: Record<string, string>;
}

export const OURS_CLIENT = 'ours, client only';
export const OURS_FULL = 'ours, full';
/** Our client-only run without the V8 code cache `npm run build` writes: a first run after an upgrade of Node. */
export const OURS_CLIENT_NO_CODE_CACHE = 'ours, client only, no code cache';
export const ORVAL = 'orval (fetch, no mock)';
export const HEY_API = 'hey-api';
export const OPENAPI_TS = 'openapi-typescript';

export function generationTools(): GenTool[] {
  return [
    {
      name: OURS_CLIENT,
      args: (spec, out) => [ourBin(), 'generate', '--spec', spec, '--out', out, '--only', 'client'],
    },
    {
      name: OURS_CLIENT_NO_CODE_CACHE,
      args: (spec, out) => [ourBin(), 'generate', '--spec', spec, '--out', out, '--only', 'client'],
      env: { SHELLAPI_GEN_CODE_CACHE: 'off' },
    },
    {
      // The full run as issue 17 defines it: client + mock + docs.
      name: OURS_FULL,
      args: (spec, out) => [
        ourBin(),
        'generate',
        '--spec',
        spec,
        '--out',
        out,
        '--only',
        'client,mock,docs',
      ],
    },
    {
      name: ORVAL,
      args: (spec, out) => [
        peerBin('orval'),
        '--input',
        spec,
        '--output',
        path.join(out, 'api.ts'),
        '--client',
        'fetch',
      ],
    },
    {
      name: HEY_API,
      args: (spec, out) => [peerBin('@hey-api/openapi-ts'), '-i', spec, '-o', out, '-s'],
    },
    {
      name: OPENAPI_TS,
      args: (spec, out) => [
        peerBin('openapi-typescript'),
        spec,
        '-o',
        path.join(out, 'schema.d.ts'),
      ],
    },
  ];
}

export interface SpecInput {
  label: string;
  file: string;
  operations: number;
}

export interface ToolCost {
  cpu: Summary;
  rss: Summary;
}

export interface SpecResult {
  /** Without its file: results are committed, and a path names the machine (or a temp folder). */
  spec: Omit<SpecInput, 'file'>;
  tools: Record<string, ToolCost>;
  /** Our CLI's own per-stage wall times (its `time:` line) from the last run, per our tool. */
  stages: Record<string, string>;
  /** Tools that failed on this spec (first error line); they have no figures. */
  failures?: Record<string, string>;
}

/** `done` sees each spec's result as soon as it is measured (to save partial results). */
export function measureGeneration(
  specs: readonly SpecInput[],
  runs: number,
  log: (line: string) => void,
  done: (results: SpecResult[]) => void = () => undefined,
): SpecResult[] {
  const tools = generationTools();
  const results: SpecResult[] = [];
  // Outputs are removed after the last run, not between runs: the kernel finishes freeing a removed
  // tree of thousands of files lazily, and the next process creating files pays for it (≈ 1 s of
  // system time after our full run's 4,700 files), whichever tool that is. One parent folder, so
  // an interrupted bench leaves one folder behind.
  const outputs = mkdtempSync(path.join(os.tmpdir(), 'shellapi-bench-gen-'));
  try {
    for (const spec of specs) {
      results.push(measureSpec(spec, tools, runs, outputs, log));
      done(results);
    }
  } finally {
    rmSync(outputs, { recursive: true, force: true });
  }
  return results;
}

/** Every tool `runs` times on one spec, each run writing into a new folder under `outputs`. */
function measureSpec(
  spec: SpecInput,
  tools: ReturnType<typeof generationTools>,
  runs: number,
  outputs: string,
  log: (line: string) => void,
): SpecResult {
  const cpu = new Map<string, number[]>();
  const rss = new Map<string, number[]>();
  const stages: Record<string, string> = {};
  const failures: Record<string, string> = {};
  for (let run = 0; run < runs; run++) {
    for (const tool of tools) {
      if (failures[tool.name]) continue;
      const out = mkdtempSync(path.join(outputs, 'run-'));
      try {
        const cost = measureProcess(process.execPath, tool.args(spec.file, out), {
          cwd: repoRoot,
          ...(tool.env ? { env: tool.env } : {}),
        });
        cpu.set(tool.name, [...(cpu.get(tool.name) ?? []), cost.cpuSeconds]);
        rss.set(tool.name, [...(rss.get(tool.name) ?? []), cost.peakRssMb]);
        const stageLine = cost.stdout.split('\n').find((l) => l.startsWith('time: '));
        if (stageLine) stages[tool.name] = stageLine.slice('time: '.length);
        log(
          `  ${spec.label} · ${tool.name} · run ${run + 1}/${runs}: ${cost.cpuSeconds.toFixed(2)} s CPU, ${cost.peakRssMb.toFixed(0)} MB`,
        );
      } catch (error) {
        // A tool that fails on a spec is a finding, not a reason to lose the other figures.
        const lines = String((error as Error).message).split('\n');
        const line = lines.find((l) => /error/i.test(l) && !l.startsWith('/')) ?? lines[0]!;
        // Results are committed: an absolute path (temp folder, node, peer install) keeps its last name only.
        failures[tool.name] = line.replace(/(?:\/[^\s/:'"]+)+\/([^\s/:'"]+)/g, '$1');
        log(`  ${spec.label} · ${tool.name} failed: ${failures[tool.name]}`);
      }
    }
  }
  const measured = tools.filter((t) => cpu.has(t.name));
  return {
    spec: { label: spec.label, operations: spec.operations },
    stages,
    ...(Object.keys(failures).length > 0 ? { failures } : {}),
    tools: Object.fromEntries(
      measured.map((t) => [
        t.name,
        { cpu: summarize(cpu.get(t.name)!), rss: summarize(rss.get(t.name)!) },
      ]),
    ),
  };
}

/** CPU and peak RSS of `shellapi-gen --help`: the fixed cost every command pays before working. */
export function measureStartup(runs: number): ToolCost {
  const cpu: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cost = measureProcess(process.execPath, [ourBin(), '--help'], { cwd: repoRoot });
    cpu.push(cost.cpuSeconds);
    rss.push(cost.peakRssMb);
  }
  return { cpu: summarize(cpu), rss: summarize(rss) };
}
