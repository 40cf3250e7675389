/**
 * The only place that runs the stages in order (and times each one):
 * load → ir → emit (types, client, mock, docs) → compile → format → write | check.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { loadSpec } from './load/index.js';
import type { LoadedSpec, Problem } from './load/types.js';
import { buildIr } from './ir/index.js';
import type { ApiIr } from './ir/types.js';
import type { EmitContext, VirtualFile } from './emit/types.js';
import { emitSchemaTypes } from './emit/types/index.js';
import { emitClient } from './emit/client/index.js';
import { ClientEmitError } from './emit/client/tasks-plan.js';
import { emitMock } from './emit/mock/index.js';
import { emitDocs } from './emit/docs/index.js';
import { emitPython } from './emit/python/index.js';
import { compilePackage } from './emit/compile.js';
import { formatStage } from './format/index.js';
import {
  checkOutput,
  loadFormatCache,
  writeOutput,
  type CheckResult,
  type WriteSummary,
} from './write/index.js';
import { GENERATOR, PACKAGE_NAME, TEMPLATES_DIR } from './config.js';
import { compareCodePoints as cmp } from './util/compare.js';
import { withoutControlCharacters } from './util/text-safety.js';
import { readReleaseVersion } from './diff/release.js';

export type Target = 'client' | 'mock' | 'docs' | 'python';
export const TARGETS: Target[] = ['client', 'mock', 'docs', 'python'];

export interface PipelineOptions {
  spec: string;
  out: string;
  only?: Target[];
  /** `write` (default), `check` (compare, write nothing), or `none` (stop after emit + format, e.g. for tests). */
  mode?: 'write' | 'check' | 'none';
  /** Stop after the IR (lint, --dump-ir). */
  stopAfter?: 'load' | 'ir';
  /** Warnings (an example that does not validate, a schema no value satisfies) are errors. */
  strict?: boolean;
  /** Package version to emit (a release in progress); default: the release record in `out`, else info.version. */
  releaseVersion?: string;
}

export interface PipelineResult {
  problems: Problem[];
  loaded?: LoadedSpec;
  ir?: ApiIr;
  files?: VirtualFile[];
  written?: WriteSummary;
  check?: CheckResult;
  /** Stage name → milliseconds, in run order. */
  timings: [string, number][];
}

/** Which output paths each target owns: lets `--only` keep the other targets' files as they are. */
export function targetOf(file: string): Target {
  if (file.startsWith('docs/')) return 'docs';
  if (file.startsWith('python/')) return 'python';
  // Sources and both builds (dist/, dist/cjs/); the node10 stubs (sdk/mock/package.json) are the client's.
  if (/^sdk\/(?:src|dist(?:\/cjs)?)\/(?:mock|msw)\//.test(file)) return 'mock';
  return 'client';
}

export async function readTemplates(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (rel: string): Promise<void> => {
    const entries = await readdir(path.join(dir, rel), { withFileTypes: true });
    for (const e of entries.sort((a, b) => cmp(a.name, b.name))) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(child);
      else if (e.isFile()) out.set(child, await readFile(path.join(dir, child), 'utf8'));
    }
  };
  await walk('');
  return out;
}

/**
 * Files of targets not regenerated this run, read back from disk (with their format-input hashes)
 * so the writer keeps them and the manifest stays the same.
 */
async function keepOtherTargets(
  out: string,
  selected: Set<Target>,
): Promise<{ files: VirtualFile[]; formatInputs: Record<string, string>; specHash?: string }> {
  const kept = { files: [] as VirtualFile[], formatInputs: {} as Record<string, string> };
  let manifest: {
    files?: Record<string, string>;
    formatInputs?: Record<string, string>;
    specHash?: string;
  };
  try {
    manifest = JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8'));
  } catch {
    return kept;
  }
  for (const file of Object.keys(manifest.files ?? {})) {
    if (selected.has(targetOf(file))) continue;
    try {
      kept.files.push({
        path: file,
        contents: new Uint8Array(await readFile(path.join(out, file))),
        format: 'none',
      });
    } catch {
      continue; // gone from disk: nothing to keep
    }
    const input = manifest.formatInputs?.[file];
    if (input) kept.formatInputs[file] = input;
  }
  // The kept files were built from the previous spec: the manifest keeps claiming that one.
  return kept.files.length > 0 && manifest.specHash
    ? { ...kept, specHash: manifest.specHash }
    : kept;
}

export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const timings: [string, number][] = [];
  const time = async <T>(stage: string, fn: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    try {
      return await fn();
    } finally {
      timings.push([stage, performance.now() - start]);
    }
  };

  const loaded = await time('load', () => loadSpec(options.spec));
  const result: PipelineResult = { problems: [...loaded.problems], loaded, timings };
  if (hasErrors(result.problems) || options.stopAfter === 'load') return result;

  const { ir, problems } = await time('ir', () =>
    buildIr(loaded, { strict: options.strict === true }),
  );
  result.problems.push(...problems);
  result.ir = ir;
  if (hasErrors(result.problems) || options.stopAfter === 'ir') return result;

  const only = new Set(options.only ?? TARGETS);
  const ctx: EmitContext = {
    templates: await time('templates', () => readTemplates(TEMPLATES_DIR)),
    generator: GENERATOR,
    packageName: PACKAGE_NAME,
  };
  const releaseVersion = options.releaseVersion ?? (await readReleaseVersion(options.out));
  if (releaseVersion) ctx.releaseVersion = releaseVersion;
  const emitted: VirtualFile[] = [];
  if (only.has('client')) {
    emitted.push(...(await time('emit:types', () => emitSchemaTypes(ir, ctx))));
    try {
      emitted.push(...(await time('emit:client', () => emitClient(ir, ctx))));
    } catch (error) {
      if (!(error instanceof ClientEmitError)) throw error;
      // What only the client's layout reveals (a method shadowing a runtime member): located like any other problem.
      const op = ir.operations.find((o) => o.operationId === error.operationId);
      const at = loaded.locate(op ? `${op.source}/operationId` : '#/info/title');
      result.problems.push({
        code: error.code,
        severity: 'error',
        ...at,
        message: error.message,
        hint: error.hint,
      });
      return result;
    }
  }
  if (only.has('mock')) emitted.push(...(await time('emit:mock', () => emitMock(ir, ctx))));
  if (only.has('docs')) emitted.push(...(await time('emit:docs', () => emitDocs(ir, ctx))));
  if (only.has('python')) emitted.push(...(await time('emit:python', () => emitPython(ir, ctx))));
  // One backstop for every emitter: control characters from spec text never reach a generated file.
  for (const file of emitted)
    if (typeof file.contents === 'string') file.contents = withoutControlCharacters(file.contents);
  // Outputs of the last write, by the hash of their input: unchanged files skip compile and prettier.
  // Check uses it too: only files whose bytes still match the manifest are trusted, so a hand edit
  // is not taken as the formatted text and still shows up as stale.
  const mode = options.mode ?? 'write';
  const previous =
    mode === 'none'
      ? new Map<string, string>()
      : await time('cache', () => loadFormatCache(options.out));
  const compiled = await time('compile', () => compilePackage(emitted, 'sdk', previous));
  const formatted = await time('format', () =>
    formatStage([...emitted, ...compiled.files], { previous }),
  );
  const files = [...formatted.files];
  const formatInputs = { ...formatted.inputHashes, ...compiled.inputHashes };
  let specHash = loaded.hash;
  if (options.only) {
    const kept = await keepOtherTargets(options.out, only);
    files.push(...kept.files);
    Object.assign(formatInputs, kept.formatInputs);
    specHash = kept.specHash ?? specHash;
  }
  files.sort((a, b) => cmp(a.path, b.path));
  result.files = files;

  const meta = {
    specHash,
    generatorVersion: GENERATOR.version,
    generatorName: GENERATOR.name,
    formatInputs,
  };
  if (mode === 'write')
    result.written = await time('write', () => writeOutput(options.out, files, meta));
  if (mode === 'check')
    result.check = await time('check', () => checkOutput(options.out, files, meta));
  return result;
}

export function hasErrors(problems: Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
