/**
 * `shellapi-gen`: generate (--release, --watch) | check | lint | diff | release | mock, plus --dump-ir. Prints problems as file:line:col relative to cwd.
 * Only node built-ins are imported up front: each command imports what it needs (the pipeline pulls
 * in YAML, Ajv, TypeScript, ts-morph and prettier), so `--help` and usage errors start instantly.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_OUT, DEFAULT_SPEC, ROOT } from './config.js';
import { codeCacheDir, installCodeCache } from './util/code-cache.js';
import { applyJitPolicy } from './util/jit-policy.js';
import { exitWhenFlushed } from './util/exit-when-flushed.js';
import { installFastSourceReads } from './util/source-reads.js';
import { TARGETS, type Target } from './targets.js';
import { isPackageName } from './ir/package-name.js';
import type { PipelineResult } from './pipeline.js';
import type { Problem } from './load/types.js';
import type { DiffResult, SpecSideError } from './diff/index.js';
import type { ReleasePlan } from './diff/release.js';
import type { DiffFormat } from './diff/render.js';

const hasErrors = (problems: Problem[]): boolean => problems.some((p) => p.severity === 'error');

const HELP: Record<string, string> = {
  main: `Usage: shellapi-gen <command> [options]

Commands:
  generate   Generate the client package, mock server and docs into the output folder
  check      Generate in memory and compare with the output folder (exit 1 when stale)
  lint       Load and validate the spec only
  diff       Classify every change between two specs (wire contract and SDK surface) and the semver bump it needs
  release    Diff against the last release, bump the package version by semver, prepend the changelog, generate
  mock       Serve the spec's mock server on 127.0.0.1

Options:
  --strict   Warnings are errors (every one: load, examples, emitters)
  --dump-ir  Print the intermediate representation as JSON (with lint/generate) and exit
  --debug    Print the stack trace of an internal error (exit code 70)
  --help     Help for a command: shellapi-gen <command> --help`,
  generate: `Usage: shellapi-gen generate [--spec FILE] [--out DIR] [--only client,mock,docs,python] [--strict] [--release] [--watch] [--package-name NAME]

  --spec FILE   Root OpenAPI file (default ${DEFAULT_SPEC})
  --out DIR     Output folder (default ${DEFAULT_OUT}); only files listed in its manifest.json are ever replaced or removed
  --only LIST   Comma-separated targets to regenerate: ${TARGETS.join(', ')} (default: all)
  --strict      Warnings are errors (all of them: an undeclared tag, an example that does not validate, …)
  --dump-ir     Print the IR as JSON instead of generating
  --release     Release while generating (see shellapi-gen release --help)
  --watch       Keep running: regenerate whenever the spec or a file it refers to changes (Ctrl-C stops)
  --package-name NAME  npm name of the SDK (default: info.x-package-name, else from info.title); the
                Python package, the <PREFIX>_API_KEY / <PREFIX>_BASE_URL variables and the mock command
                (<name>-mock) follow it. A name from the title is not yours on the npm registry: the SDK
                README then installs the packed tarball; a chosen one (this or x-package-name) by name`,
  check: `Usage: shellapi-gen check [--spec FILE] [--out DIR] [--only LIST] [--strict] [--package-name NAME]

Generates in memory and compares with the output folder; writes nothing.
Exit 1 listing every stale, missing or extra file and the command that fixes it.`,
  diff: `Usage: shellapi-gen diff --base <git revision | spec file> [--head FILE] [--format text|markdown|json] [--fail-on breaking|any]

  --base REV|FILE  The spec to compare against: a spec file, or a git revision of the repository holding --head
  --head FILE      The new spec (default --spec, else ${DEFAULT_SPEC})
  --format F       text (default), markdown, or json: {"bump", "changes": [{level, code, operation, pointer, message, location}]}
  --fail-on L      Exit 1 when there is a breaking change (breaking) or any change (any); default exit 0`,
  release: `Usage: shellapi-gen release [--spec FILE] [--out DIR]

Diffs the spec against the last released one (OUT/release/spec.json), bumps the version of every
generated package by semver (breaking → major, additions → minor, docs only → patch; a higher
info.version wins when it is high enough, a lower one is an error naming the bump it needs),
prepends a section to OUT/sdk/CHANGELOG.md (Breaking, Added, Changed, Deprecated, Documentation)
and generates. Running it again changes nothing.`,
  lint: `Usage: shellapi-gen lint [--spec FILE] [--strict] [--dump-ir]

Loads and validates the spec (structure, references, our x- extensions, naming) and checks every
request, response, parameter, media-type and stream example against its schema (a warning, an
error with --strict; x-example-invalid: true marks a deliberate one). Exit 1 on any error.`,
  mock: `Usage: shellapi-gen mock [--spec FILE] [--docs] [--port 4010] [--host 127.0.0.1] [--speed N] [--clock real|manual] [--body-limit BYTES] [--quiet]

Serves every operation of the spec from its examples, with strict request validation, tasks that
progress on a controllable clock, SSE streams and fault injection (Prefer: code=429, delay=MS, example=NAME).
--docs also serves the reference docs under /docs/ on the same origin, their try-it console calling the mock.`,
};

export function formatProblem(p: Problem): string {
  const where = `${p.file}:${p.line}:${p.col}`;
  const hint = p.hint ? `\n    hint: ${p.hint}` : '';
  return `${where} ${p.severity} ${p.code} at ${p.pointer || '/'}: ${p.message}${hint}`;
}

/** Problem files are relative to the spec's folder; printed relative to the current directory (`spec/openapi.yaml:543:13`). */
function fromCwd(spec: string, problems: Problem[]): Problem[] {
  const dir = path.dirname(path.resolve(spec));
  return problems.map((p) => ({
    ...p,
    file: path.relative(process.cwd(), path.resolve(dir, p.file)).split(path.sep).join('/'),
  }));
}

function printProblems(problems: Problem[]): void {
  for (const p of problems) console.error(formatProblem(p));
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (problems.length) console.error(`${errors} error(s), ${problems.length - errors} warning(s)`);
}

/** Kept, not deleted: a file the manifest does not own may be someone's work (write/strays.ts). */
async function warnStrays(out: string, strays: string[]): Promise<void> {
  const { STRAY_NOTE } = await import('./write/strays.js');
  for (const stray of strays) console.error(`warning: ${path.join(out, stray)}: ${STRAY_NOTE}`);
}

function printSummary(result: PipelineResult): void {
  const ir = result.ir;
  const lines: string[] = [];
  if (ir)
    lines.push(
      `${ir.operations.length} operations, ${ir.schemas.length} schemas, ${ir.taskFamilies.length} task families`,
    );
  if (result.written) {
    const w = result.written;
    lines.push(
      `files: ${w.written.length} written, ${w.unchanged.length} unchanged, ${w.removed.length} removed`,
    );
  }
  lines.push(
    'time: ' + result.timings.map(([stage, ms]) => `${stage} ${Math.round(ms)} ms`).join(', '),
  );
  console.log(lines.join('\n'));
}

function parseOnly(value: string | undefined): Target[] | undefined {
  if (!value) return undefined;
  const list = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = list.filter((t) => !TARGETS.includes(t as Target));
  if (bad.length)
    throw new UsageError(
      `unknown --only target(s): ${bad.join(', ')} (expected ${TARGETS.join(', ')})`,
    );
  return list as Target[];
}

class UsageError extends Error {}

function parsePackageName(value: string | undefined): string | undefined {
  if (value === undefined || isPackageName(value)) return value;
  throw new UsageError(
    `--package-name must be an npm package name whose scope (or name) starts with a letter, like @acme/sdk; got ${JSON.stringify(value)}`,
  );
}

/** Prints the problems of a spec that `diff` or `release` could not load, located like `lint`. */
function printSideProblems(error: SpecSideError): void {
  console.error(`${error.label} spec:`);
  printProblems(error.problems.map((p) => ({ ...p, file: error.display(p.file) })));
}

/** What `check` says first: the API-level changes since the release recorded in the output folder. */
async function apiSummary(spec: string, out: string): Promise<string> {
  const [{ readReleaseVersion, RELEASE_SPEC }, { renderDiff }, { diffAgainst }, { SpecSideError }] =
    await Promise.all([
      import('./diff/release.js'),
      import('./diff/render.js'),
      import('./diff/run.js'),
      import('./diff/sides.js'),
    ]);
  const snapshot = path.join(out, RELEASE_SPEC);
  if (!existsSync(snapshot))
    return `API: no release recorded in ${out} (run \`shellapi-gen release\` to record one)`;
  const version = await readReleaseVersion(out);
  try {
    const result = await diffAgainst(snapshot, spec);
    const shown = path.relative(process.cwd(), snapshot).split(path.sep).join('/');
    const since = `since release ${version ?? '?'} (${shown})`;
    if (result.changes.length === 0) return `API: no changes ${since}`;
    // One line: the changes are not a problem of the tree, only not yet released; `diff` lists them.
    const counts = renderDiff(result, 'text')
      .split('\n')[0]!
      .replace(/^API: /, '');
    const head =
      path.resolve(spec) === path.resolve(DEFAULT_SPEC)
        ? ''
        : ` --head ${path.relative(process.cwd(), spec).split(path.sep).join('/')}`;
    return `API changes ${since}, not yet released: ${counts}; list them: shellapi-gen diff --base ${shown}${head}`;
  } catch (error) {
    if (!(error instanceof SpecSideError)) throw error;
    return `API: cannot compare with the release snapshot ${snapshot}: its ${error.label} spec has ${error.problems.length} error(s)`;
  }
}

/** Runs until SIGINT/SIGTERM; a broken spec prints its problems and waits for the fix. */
async function watchCommand(
  spec: string,
  out: string,
  only: Target[] | undefined,
  strict: boolean,
  named: { packageName?: string },
): Promise<number> {
  const { watchSpec } = await import('./watch.js');
  const watcher = watchSpec({
    pipeline: { spec, out, ...(only ? { only } : {}), mode: 'write', strict, ...named },
    onResult(result, changed) {
      console.log(`\n[watch] ${changed.join(', ')}`);
      printProblems(fromCwd(spec, result.problems));
      if (hasErrors(result.problems))
        console.log('[watch] not generated: fix the problems above; still watching');
      else printSummary(result);
    },
    onError(error) {
      console.error(error instanceof Error ? error.message : String(error));
      console.log('[watch] generation failed; still watching');
    },
  });
  console.log(`[watch] watching ${path.dirname(spec) || '.'} for changes to ${spec}`);
  await new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
  });
  watcher.close();
  return 0;
}

const FORMATS = ['text', 'markdown', 'json'] as const;
const FAIL_ON = ['breaking', 'any'] as const;

async function diffCommand(
  base: string | undefined,
  head: string,
  format = 'text',
  failOn?: string,
): Promise<number> {
  if (!base) throw new UsageError('diff needs --base <git revision | spec file>');
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  if (failOn !== undefined && !(FAIL_ON as readonly string[]).includes(failOn))
    throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}`);
  const [{ renderDiff }, { diffAgainst }, { SpecSideError }] = await Promise.all([
    import('./diff/render.js'),
    import('./diff/run.js'),
    import('./diff/sides.js'),
  ]);
  let result: DiffResult;
  try {
    result = await diffAgainst(base, head);
  } catch (error) {
    if (!(error instanceof SpecSideError)) throw error;
    printSideProblems(error);
    return 1;
  }
  console.log(renderDiff(result, format as DiffFormat));
  if (failOn === 'any' && result.changes.length > 0) return 1;
  if (failOn === 'breaking' && result.bump === 'major') return 1;
  return 0;
}

async function releaseCommand(
  spec: string,
  out: string,
  strict: boolean,
  named: { packageName?: string },
): Promise<number> {
  const [{ planRelease, ReleaseError }, { SpecSideError }, { runPipeline }] = await Promise.all([
    import('./diff/release.js'),
    import('./diff/sides.js'),
    import('./pipeline.js'),
  ]);
  let plan: ReleasePlan;
  try {
    plan = await planRelease(spec, out);
  } catch (error) {
    if (error instanceof ReleaseError) {
      console.error(`release refused: ${error.message}`);
      return 1;
    }
    if (!(error instanceof SpecSideError)) throw error;
    printSideProblems(error);
    return 1;
  }
  // Generate first: the release record is only written once the packages carrying its version are.
  const result = await runPipeline({
    spec,
    out,
    mode: 'write',
    strict,
    releaseVersion: plan.version,
    ...named,
  });
  printProblems(fromCwd(spec, result.problems));
  if (hasErrors(result.problems)) return 1;
  for (const file of plan.files) {
    const target = path.join(out, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.contents);
  }
  if (plan.files.length === 0)
    console.log(`Nothing to release: ${plan.version} is current for ${spec}.`);
  else if (plan.previous === undefined)
    console.log(`Released ${plan.version} (first release recorded).`);
  else {
    const breaking = plan.changes.filter((c) => c.level === 'breaking').length;
    console.log(
      `Released ${plan.version} (${plan.bump} bump from ${plan.previous}; ${plan.changes.length} change(s), ${breaking} breaking).`,
    );
  }
  if (plan.files.length)
    console.log(`Wrote ${plan.files.map((f) => path.join(out, f.path)).join(', ')}.`);
  printSummary(result);
  return 0;
}

/** `mock` hands its own options (--port, --host, --speed, --clock, ...) to the mock runtime's parser. */
async function mockCommand(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(HELP.mock);
    return 0;
  }
  const rest = [...argv];
  let spec = DEFAULT_SPEC;
  const at = rest.findIndex((a) => a === '--spec' || a.startsWith('--spec='));
  if (at >= 0) {
    const [flag] = rest.splice(at, 1);
    const value = flag!.includes('=') ? flag!.slice('--spec='.length) : rest.splice(at, 1)[0];
    if (!value || value.startsWith('--')) throw new UsageError('--spec needs a file');
    spec = value;
  }
  const { serveMock } = await import('./mock-command.js');
  return serveMock(spec, rest, (problems) => printProblems(fromCwd(spec, problems)));
}

export async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'mock') return mockCommand(argv.slice(1));
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      spec: { type: 'string' },
      out: { type: 'string' },
      only: { type: 'string' },
      'dump-ir': { type: 'boolean' },
      strict: { type: 'boolean' },
      base: { type: 'string' },
      head: { type: 'string' },
      format: { type: 'string' },
      'fail-on': { type: 'string' },
      release: { type: 'boolean' },
      watch: { type: 'boolean' },
      'package-name': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals[0] ?? (values['dump-ir'] ? 'lint' : undefined);
  if (!command) {
    console.log(HELP.main);
    return values.help ? 0 : 2;
  }
  if (!HELP[command] || command === 'main') throw new UsageError(`unknown command: ${command}`);
  if (positionals.length > 1)
    throw new UsageError(`unexpected argument(s): ${positionals.slice(1).join(' ')}`);
  if (values.help) {
    console.log(HELP[command]);
    return 0;
  }
  const spec = values.spec ?? DEFAULT_SPEC;
  const out = values.out ?? DEFAULT_OUT;
  const only = parseOnly(values.only);
  const packageName = parsePackageName(values['package-name']);
  const named = packageName ? { packageName } : {};

  switch (command) {
    case 'release':
      return releaseCommand(spec, out, values.strict === true, named);
    case 'diff':
      return diffCommand(values.base, values.head ?? spec, values.format, values['fail-on']);
    case 'lint':
    case 'generate':
    case 'check': {
      if (command === 'generate' && values.release)
        return releaseCommand(spec, out, values.strict === true, named);
      if (command === 'generate' && values.watch)
        return watchCommand(spec, out, only, values.strict === true, named);
      const dumpIr = values['dump-ir'] === true;
      const { runPipeline } = await import('./pipeline.js');
      const result = await runPipeline({
        spec,
        out,
        ...(only ? { only } : {}),
        mode: command === 'check' ? 'check' : 'write',
        strict: values.strict === true,
        ...named,
        ...(command === 'lint' || dumpIr ? { stopAfter: 'ir' as const } : {}),
      });
      printProblems(fromCwd(spec, result.problems));
      if (hasErrors(result.problems)) return 1;
      if (dumpIr) {
        console.log(JSON.stringify(result.ir, null, 2));
        return 0;
      }
      if (result.check) {
        console.log(await apiSummary(spec, out));
        if (!result.check.ok) {
          const { describeCheck } = await import('./write/check-output.js');
          console.error(describeCheck(result.check));
          return 1;
        }
        console.log(`${out} is up to date with ${spec}.`);
      }
      if (result.strays?.length) await warnStrays(out, result.strays);
      printSummary(result);
      return 0;
    }
    default:
      throw new UsageError(`unknown command: ${command}`);
  }
}

// V8's tiering first: it applies to everything compiled after (util/jit-policy.ts).
applyJitPolicy();
// Before any command requires TypeScript or ts-morph (a no-op when the warm-up run installed it first).
installFastSourceReads();
// SHELLAPI_GEN_CODE_CACHE=off compiles everything afresh (the bench's no-code-cache figure).
if (process.env.SHELLAPI_GEN_CODE_CACHE !== 'off') installCodeCache(codeCacheDir(ROOT));

const args = process.argv.slice(2);
const debug = args.includes('--debug');
const commandArgs = args.filter((a) => a !== '--debug');

main(commandArgs).then(
  (code) => {
    // Every command but `mock` is done when `main` settles (`--watch` once its watcher is closed).
    if (commandArgs[0] === 'mock') process.exitCode = code;
    else exitWhenFlushed(code);
  },
  async (error: unknown) => {
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      console.error(`${(error as Error).message}\n\n${HELP.main}`);
      process.exitCode = 2;
      return;
    }
    const [{ WriteError }, { DiffInputError }] = await Promise.all([
      import('./write/errors.js'),
      import('./diff/sides.js'),
    ]);
    if (error instanceof WriteError || error instanceof DiffInputError) {
      // The output folder refused the plan (a foreign file in the way, an unsafe path): say what, no stack.
      console.error(error.message);
      process.exitCode = 1;
      return;
    }
    // Every problem a spec can cause is reported as data above: reaching here is our bug.
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.error(
      debug && error instanceof Error
        ? (error.stack ?? message)
        : `shellapi-gen: internal error: ${message}\nThis is a bug in shellapi-gen: please report it with the spec that triggers it (run again with --debug for the stack trace).`,
    );
    process.exitCode = 70;
  },
);
