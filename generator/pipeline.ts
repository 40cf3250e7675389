/**
 * The only place that runs the stages in order (and times each one):
 * load → ir → emit (types, client, mock, docs) → compile → format → write | check.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadSpec } from './load/index.js';
import type { LoadedSpec, Problem } from './load/types.js';
import { buildIr } from './ir/index.js';
import type { ApiIr } from './ir/types.js';
import type { EmitContext, VirtualFile } from './emit/types.js';
import {
  checkOutput,
  loadFormatCache,
  writeOutput,
  type CheckResult,
  type WriteSummary,
} from './write/index.js';
import { REGISTRY, TARGETS, targetOf, type Target } from './targets.js';
import { ClientEmitError } from './emit/surface/client-emit-error.js';
import { GENERATOR, TEMPLATES_DIR } from './config.js';
import { compareCodePoints as cmp } from './util/compare.js';
import { readTemplates } from './emit/templates.js';
import { loadPrecompiledTemplates } from './emit/precompiled-templates.js';
import { withoutControlCharacters } from './util/text-safety.js';
import { commonPrefix, commonSuffix } from './util/common-affix.js';
import { collectGarbage } from './util/collect-garbage.js';
import { readReleaseVersion } from './diff/release-record.js';
import {
  endRun,
  inputHash,
  precompile,
  preformat,
  type FormattedUnit,
  type WatchSession,
} from './incremental/session.js';
import { runMemo } from './incremental/memo.js';

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
  /** `--package-name`: overrides the spec's (`ir.info.packageName`). */
  packageName?: string;
  /** State kept by a watch process between runs (generator/incremental): same output, less work. */
  session?: WatchSession;
}

export interface PipelineResult {
  problems: Problem[];
  loaded?: LoadedSpec;
  ir?: ApiIr;
  files?: VirtualFile[];
  written?: WriteSummary;
  check?: CheckResult;
  /** After a one-shot write: files nobody generated inside the generated packages (kept, warned about). */
  strays?: string[];
  /** Stage name → milliseconds, in run order. */
  timings: [string, number][];
  /** With a session: every file or piece of one that went to prettier this run. */
  formatted?: FormattedUnit[];
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

  const reuse = options.session
    ? { reuse: options.session.sources, validation: options.session.validation }
    : {};
  const loaded = await time('load', () => loadSpec(options.spec, reuse));
  // `--strict`: every warning is an error (the IR's own warnings already are; load and emit ones here).
  const strictly = (problems: readonly Problem[]): Problem[] =>
    options.strict ? problems.map(asError) : [...problems];
  const result: PipelineResult = { problems: strictly(loaded.problems), loaded, timings };
  if (hasErrors(result.problems) || options.stopAfter === 'load') return result;

  const session = options.session;
  const mode = options.mode ?? 'write';
  // Writing decides only the examples its emitters read (a watch session as a cold run: its content
  // keys read every operation's, but not the check of the schemas' defaults no emitter reads); lint
  // and check report every example.
  const lazyExamples = mode === 'write' && options.stopAfter === undefined;
  const built = await time('ir', () =>
    buildIr(loaded, {
      strict: options.strict === true,
      examples: lazyExamples ? 'lazy' : 'eager',
      ...(session ? { reuse: session.ir } : {}),
    }),
  );
  const ir = built.ir;
  const emitProblems: Problem[] = [];
  /** Load, IR (examples decided so far included) and emit problems, in that order: any error stops the run. */
  const failed = (): boolean => {
    result.problems = strictly([...loaded.problems, ...built.problemsNow(), ...emitProblems]);
    return hasErrors(result.problems);
  };
  result.ir = ir;
  if (failed() || options.stopAfter === 'ir') return result;

  const only = new Set<Target>(options.only ?? TARGETS);
  // A session's later runs rebuild what an edit changed: too little garbage for a full collection to pay.
  const collect = session?.templates === undefined ? collectGarbage : () => {};
  const templates =
    session?.templates ?? (await time('templates', () => readTemplates(TEMPLATES_DIR)));
  if (session) session.templates = templates;
  const ctx: EmitContext = {
    templates,
    generator: GENERATOR,
    packageName: options.packageName ?? ir.info.packageName,
    packageNameChosen: options.packageName !== undefined || ir.info.packageNameDeclared === true,
    precompiled: await loadPrecompiledTemplates(),
  };
  const releaseVersion = options.releaseVersion ?? (await readReleaseVersion(options.out));
  if (releaseVersion) ctx.releaseVersion = releaseVersion;
  if (session) ctx.memo = await time('memo-keys', () => runMemo(session.memo, ir, ctx));
  // Each emitter (and TypeScript, ts-morph, prettier behind them) is loaded only when its target runs.
  const emitTargets = async (after: boolean): Promise<VirtualFile[] | undefined> => {
    const out: VirtualFile[] = [];
    for (const entry of REGISTRY) {
      if (!only.has(entry.target) || (entry.afterPackage ?? false) !== after) continue;
      for (const stage of entry.stages) {
        const emit = await stage.load();
        try {
          out.push(...(await time(`emit:${stage.name}`, () => emit(ir, ctx))));
        } catch (error) {
          if (!(error instanceof ClientEmitError)) throw error;
          // What only the client's layout reveals (a method shadowing a runtime member): located like any other problem.
          for (const one of [error, ...error.others]) {
            const op = ir.operations.find((o) => o.operationId === one.operationId);
            const at = loaded.locate(op ? `${op.source}/operationId` : '#/info/title');
            emitProblems.push({
              code: one.code,
              severity: 'error',
              ...at,
              message: one.message,
              hint: one.hint,
            });
          }
          failed();
          return undefined;
        }
      }
    }
    scrubControlCharacters(out, session?.scrubbed);
    return out;
  };
  const emitted = await emitTargets(false);
  if (!emitted || failed()) return result;
  // Outputs of the last write, by the hash of their input: unchanged files skip compile and prettier.
  // Check uses it too: only files whose bytes still match the manifest are trusted, so a hand edit
  // is not taken as the formatted text and still shows up as stale.
  // Plus the runtime templates' compiled outputs, made once when the generator was built.
  const previous =
    session?.previous ??
    (await time('cache', async () => {
      const cache =
        mode === 'none' ? new Map<string, string>() : await loadFormatCache(options.out);
      for (const [key, text] of ctx.precompiled ?? []) if (!cache.has(key)) cache.set(key, text);
      const { brandedPrecompiled } = await import('./emit/surface/branded-precompiled.js');
      for (const [key, text] of brandedPrecompiled(ctx, ir.errorClassName))
        if (!cache.has(key)) cache.set(key, text);
      return cache;
    }));
  if (session) {
    session.previous = previous;
    result.formatted = [];
  }
  // A watch session formats large files piece by piece into its own cache first (incremental/).
  const formatOptions = {
    previous,
    ...(session ? { cache: session.formatCache, hash: inputHash(session) } : {}),
  };
  const preformatted = async (files: VirtualFile[]): Promise<void> => {
    if (session)
      result.formatted!.push(...(await time('preformat', () => preformat(session, files))));
  };
  const [{ compilePackage }, { formatStage }] = await Promise.all([
    import('./emit/compile.js'),
    import('./format/index.js'),
  ]);
  await preformatted(emitted);
  const compileFrom = session
    ? await time('precompile', () => precompile(session, 'sdk', previous))
    : previous;
  const compiled = await time('compile', () => compilePackage(emitted, 'sdk', compileFrom));
  // Before prettier's largest syntax trees: what load, IR and compile left behind goes first.
  collect();
  const formatted = await time('format', () =>
    formatStage([...emitted, ...compiled.files], formatOptions),
  );
  const files = [...formatted.files];
  const formatInputs = { ...formatted.inputHashes, ...compiled.inputHashes };
  // No second forced collection before the docs: after the one above, format leaves ~20 MB of
  // prettier's trees, which V8's own next collection frees; forcing one cost ~70 ms CPU on a
  // Stripe-sized full run for ~13 MB lower peak (293 MB against the 800 MB target).
  const late = await emitTargets(true);
  if (!late || failed()) return result;
  if (late.length > 0) {
    const lateTargets = REGISTRY.filter((e) => e.afterPackage && only.has(e.target));
    const label = `format:${lateTargets.map((e) => e.target).join('+')}`;
    await preformatted(late);
    const formattedLate = await time(label, () => formatStage(late, formatOptions));
    files.push(...formattedLate.files);
    Object.assign(formatInputs, formattedLate.inputHashes);
  }
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
    result.written = await time('write', () =>
      writeOutput(
        options.out,
        files,
        meta,
        session ? { stamps: session.stamps, memo: session.written } : {},
      ),
    );
  if (mode === 'write' && !session) {
    const { findStrays } = await import('./write/strays.js');
    const generated = files.map((f) => f.path);
    result.strays = await time('strays', () => findStrays(path.resolve(options.out), generated));
  }
  if (mode === 'check')
    result.check = await time('check', () => checkOutput(options.out, files, meta));
  if (session) endRun(session);
  return result;
}

function asError(problem: Problem): Problem {
  return problem.severity === 'warning' ? { ...problem, severity: 'error' } : problem;
}

export function hasErrors(problems: Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/**
 * One backstop for every emitter: control characters from spec text never reach a generated file.
 * `clean`: a watch session's texts already scrubbed, by path: an unchanged output is not scanned
 * again, and of a changed one only what differs from its last text (the rest holds none).
 */
function scrubControlCharacters(files: VirtualFile[], clean?: Map<string, string>): void {
  for (const file of files) {
    const text = file.contents;
    if (typeof text !== 'string') continue;
    const last = clean?.get(file.path);
    if (last === text) continue;
    if (last === undefined || !cleanBesides(last, text))
      file.contents = withoutControlCharacters(text);
    clean?.set(file.path, file.contents as string);
  }
}

/** Whether `text` holds no control character, given that `last` (free of them) holds none. */
function cleanBesides(last: string, text: string): boolean {
  const shorter = Math.min(last.length, text.length);
  const from = commonPrefix(last, text, shorter);
  const to = text.length - commonSuffix(last, text, shorter - from);
  const middle = text.slice(from, to);
  return withoutControlCharacters(middle) === middle;
}
