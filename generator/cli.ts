/** `shellapi-gen`: generate | check | lint | mock, plus --dump-ir. Prints problems as file:line:col. */
import { parseArgs } from 'node:util';
import { DEFAULT_OUT, DEFAULT_SPEC } from './config.js';
import { runPipeline, hasErrors, TARGETS, type PipelineResult, type Target } from './pipeline.js';
import { describeCheck, WriteError } from './write/index.js';
import type { Problem } from './load/types.js';

const HELP: Record<string, string> = {
  main: `Usage: shellapi-gen <command> [options]

Commands:
  generate   Generate the client package, mock server and docs into the output folder
  check      Generate in memory and compare with the output folder (exit 1 when stale)
  lint       Load and validate the spec only
  mock       Serve the spec's mock server on 127.0.0.1

Options:
  --strict   Warnings are errors (examples that do not validate against their schema)
  --dump-ir  Print the intermediate representation as JSON (with lint/generate) and exit
  --debug    Print the stack trace of an internal error (exit code 70)
  --help     Help for a command: shellapi-gen <command> --help`,
  generate: `Usage: shellapi-gen generate [--spec FILE] [--out DIR] [--only client,mock,docs] [--strict]

  --spec FILE   Root OpenAPI file (default ${DEFAULT_SPEC})
  --out DIR     Output folder (default ${DEFAULT_OUT}); only files listed in its manifest.json are ever replaced or removed
  --only LIST   Comma-separated targets to regenerate: ${TARGETS.join(', ')} (default: all)
  --strict      Warnings are errors (an example that does not validate, a schema no value satisfies)
  --dump-ir     Print the IR as JSON instead of generating`,
  check: `Usage: shellapi-gen check [--spec FILE] [--out DIR] [--only LIST] [--strict]

Generates in memory and compares with the output folder; writes nothing.
Exit 1 listing every stale, missing or extra file and the command that fixes it.`,
  lint: `Usage: shellapi-gen lint [--spec FILE] [--strict] [--dump-ir]

Loads and validates the spec (structure, references, our x- extensions, naming) and checks every
request, response, parameter, media-type and stream example against its schema (a warning, an
error with --strict; x-example-invalid: true marks a deliberate one). Exit 1 on any error.`,
  mock: `Usage: shellapi-gen mock [--spec FILE] [--port 4010] [--host 127.0.0.1] [--speed N] [--clock real|manual] [--body-limit BYTES] [--quiet]

Serves every operation of the spec from its examples, with strict request validation, tasks that
progress on a controllable clock, SSE streams and fault injection (Prefer: code=429, delay=MS, example=NAME).`,
};

export function formatProblem(p: Problem): string {
  const where = `${p.file}:${p.line}:${p.col}`;
  const hint = p.hint ? `\n    hint: ${p.hint}` : '';
  return `${where} ${p.severity} ${p.code} at ${p.pointer || '/'}: ${p.message}${hint}`;
}

function printProblems(problems: Problem[]): void {
  for (const p of problems) console.error(formatProblem(p));
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (problems.length) console.error(`${errors} error(s), ${problems.length - errors} warning(s)`);
}

function printSummary(result: PipelineResult): void {
  const ir = result.ir;
  const lines: string[] = [];
  if (ir) lines.push(`${ir.operations.length} operations, ${ir.schemas.length} schemas, ${ir.taskFamilies.length} task families`);
  if (result.written) {
    const w = result.written;
    lines.push(`files: ${w.written.length} written, ${w.unchanged.length} unchanged, ${w.removed.length} removed`);
  }
  lines.push('time: ' + result.timings.map(([stage, ms]) => `${stage} ${Math.round(ms)} ms`).join(', '));
  console.log(lines.join('\n'));
}

function parseOnly(value: string | undefined): Target[] | undefined {
  if (!value) return undefined;
  const list = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = list.filter((t) => !TARGETS.includes(t as Target));
  if (bad.length) throw new UsageError(`unknown --only target(s): ${bad.join(', ')} (expected ${TARGETS.join(', ')})`);
  return list as Target[];
}

class UsageError extends Error {}

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
  return serveMock(spec, rest, printProblems);
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
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals[0] ?? (values['dump-ir'] ? 'lint' : undefined);
  if (!command) {
    console.log(HELP.main);
    return values.help ? 0 : 2;
  }
  if (!HELP[command] || command === 'main') throw new UsageError(`unknown command: ${command}`);
  if (positionals.length > 1) throw new UsageError(`unexpected argument(s): ${positionals.slice(1).join(' ')}`);
  if (values.help) {
    console.log(HELP[command]);
    return 0;
  }
  const spec = values.spec ?? DEFAULT_SPEC;
  const out = values.out ?? DEFAULT_OUT;
  const only = parseOnly(values.only);

  switch (command) {
    case 'lint':
    case 'generate':
    case 'check': {
      const dumpIr = values['dump-ir'] === true;
      const result = await runPipeline({
        spec,
        out,
        ...(only ? { only } : {}),
        mode: command === 'check' ? 'check' : 'write',
        strict: values.strict === true,
        ...(command === 'lint' || dumpIr ? { stopAfter: 'ir' as const } : {}),
      });
      printProblems(result.problems);
      if (hasErrors(result.problems)) return 1;
      if (dumpIr) {
        console.log(JSON.stringify(result.ir, null, 2));
        return 0;
      }
      if (result.check) {
        if (!result.check.ok) {
          console.error(describeCheck(result.check));
          return 1;
        }
        console.log(`${out} is up to date with ${spec}.`);
      }
      printSummary(result);
      return 0;
    }
    default:
      throw new UsageError(`unknown command: ${command}`);
  }
}

const args = process.argv.slice(2);
const debug = args.includes('--debug');

main(args.filter((a) => a !== '--debug')).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`${(error as Error).message}\n\n${HELP.main}`);
      process.exitCode = 2;
      return;
    }
    if (error instanceof WriteError) {
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
