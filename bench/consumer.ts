/**
 * What the generated SDK costs its users, next to hey-api's output for the same spec (this repo's
 * spec, bundled to one file for hey-api): `tsc --noEmit` of a consumer in a fresh process, and
 * browser bundle sizes of one JSON operation and of the whole client (bench/bundle-size.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  bundle,
  measureBundles,
  measureHeyApiBundles,
  moduleShares,
  oneOperationConsumer,
  wholeClientConsumer,
  type BundleSize,
  type BundleSizes,
  type ModuleShare,
} from './bundle-size.js';
import { measureProcess } from './process-cost.js';
import { peerBin, peersDir, repoRoot } from './peers.js';
import { summarize, type Summary } from './stats.js';

/** The embeddings operation: JSON in, JSON out, no streams or uploads. */
export const OUR_OPERATION = 'embeddingsCreate';
export const HEY_API_OPERATION = 'createEmbedding';

export interface ConsumerResult {
  tsc: Record<string, Summary>;
  bundles: {
    ours: BundleSizes;
    heyApi: BundleSizes;
    /** Where our one-operation bundle's bytes go (absent in results saved before it was measured). */
    oursByModule?: ModuleShare[] | undefined;
    /** Where our whole client's bytes go (absent in results saved before it was measured). */
    oursWholeByModule?: ModuleShare[] | undefined;
    /**
     * The openai package (a Stainless-made SDK with retries, streams, uploads and paging like ours)
     * making the same call: its client class cannot be tree-shaken to one operation, so this is
     * what a browser consumer of it ships for any call.
     */
    openai?: BundleSize | undefined;
  };
}

/** The same embeddings call through the openai package's client (installed with the bench peers). */
const OPENAI_CONSUMER = `import OpenAI from 'openai';
const client = new OpenAI({ apiKey: 'sk-bundle', dangerouslyAllowBrowser: true });
export function run(params) { return client.embeddings.create(params); }`;

export const TSC_OURS_PACKAGE = 'ours (package: dist .d.ts)';
export const TSC_OURS_SOURCE = 'ours (src .ts)';
export const TSC_HEY_API = 'hey-api (.ts output)';

function run(command: string, args: string[]): void {
  const r = spawnSync(command, args, { cwd: repoRoot, encoding: 'utf8' });
  if (r.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed:\n${r.stderr}${r.stdout}`);
}

/** This repo's spec as one file (hey-api and Prism read one document). */
export function bundleShellSpec(dir: string): string {
  const file = path.join(dir, 'shell-api.yaml');
  run(path.join(repoRoot, 'node_modules', '.bin', 'redocly'), [
    'bundle',
    path.join(repoRoot, 'spec', 'openapi.yaml'),
    '-o',
    file,
  ]);
  return file;
}

const TSCONFIG = {
  compilerOptions: {
    target: 'es2022',
    module: 'esnext',
    moduleResolution: 'bundler',
    lib: ['es2022', 'dom', 'dom.iterable'],
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    types: [],
  },
  files: ['consumer.ts'],
};

function consumerProject(dir: string, source: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2));
  writeFileSync(path.join(dir, 'consumer.ts'), source);
  return dir;
}

export async function measureConsumer(
  shellSpec: string,
  work: string,
  runs: number,
): Promise<ConsumerResult> {
  const sdk = path.join(repoRoot, 'generated', 'sdk');
  const heyDir = path.join(work, 'hey-api');
  run(process.execPath, [peerBin('@hey-api/openapi-ts'), '-i', shellSpec, '-o', heyDir, '-s']);

  const oursPackage = consumerProject(
    path.join(work, 'consumer-package'),
    `import { ShellApi } from '@shellapi/sdk';\nexport const client = new ShellApi({ apiKey: 'sk-test' });\n`,
  );
  mkdirSync(path.join(oursPackage, 'node_modules', '@shellapi'), { recursive: true });
  symlinkSync(sdk, path.join(oursPackage, 'node_modules', '@shellapi', 'sdk'), 'dir');
  const oursSource = consumerProject(
    path.join(work, 'consumer-source'),
    `import { ShellApi } from ${JSON.stringify(path.join(sdk, 'src', 'index.js'))};\nexport const client = new ShellApi({ apiKey: 'sk-test' });\n`,
  );
  const hey = consumerProject(
    path.join(work, 'consumer-hey-api'),
    `import * as sdk from ${JSON.stringify(path.join(heyDir, 'index.js'))};\nexport const all = sdk;\n`,
  );

  const tsc = path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  const projects: [string, string][] = [
    [TSC_OURS_PACKAGE, oursPackage],
    [TSC_OURS_SOURCE, oursSource],
    [TSC_HEY_API, hey],
  ];
  const samples = new Map<string, number[]>();
  for (let i = 0; i < runs; i++) {
    for (const [label, dir] of projects) {
      const cost = measureProcess(process.execPath, [tsc, '-p', dir], { cwd: dir });
      samples.set(label, [...(samples.get(label) ?? []), cost.cpuSeconds]);
    }
  }
  const ours = await measureBundles('./dist/index.js', sdk, OUR_OPERATION);
  const consumer = oneOperationConsumer('./dist/index.js', OUR_OPERATION);
  const whole = wholeClientConsumer('./dist/index.js');
  return {
    tsc: Object.fromEntries(projects.map(([label]) => [label, summarize(samples.get(label)!)])),
    bundles: {
      ours,
      heyApi: await measureHeyApiBundles(heyDir, HEY_API_OPERATION),
      oursByModule: await moduleShares(consumer, sdk, ours.operation.gzipped),
      oursWholeByModule: await moduleShares(whole, sdk, ours.whole.gzipped),
      openai: await bundle('openai embeddings.create', OPENAI_CONSUMER, peersDir),
    },
  };
}

/** A scratch folder for the consumer projects. */
export function consumerWorkDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'shellapi-bench-consumer-'));
}
