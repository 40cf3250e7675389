/**
 * The docs' code samples are proven, not just printed: every TypeScript sample type-checks
 * against the generated `@shellapi/sdk` package (as a consumer compiles it), every curl and
 * Python (HTTP) sample runs against the generated mock and gets a 2xx, and every Python SDK sample
 * runs to the end with the spec's generated `shellapi` package in the cached test venv.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiIr, OperationIr } from '../../generator/ir/types.js';
import { runPipeline } from '../../generator/pipeline.js';
import { startMockFromIr, type MockServer } from '../../generator/emit/mock/serve.js';
import {
  buildSamples,
  sampleInputFiles,
  type SampleOptions,
} from '../../generator/emit/docs/samples.js';
import { pythonEnv } from '../python/venv.js';
import { FEATURES_SPEC, irFor, REPO, SHELL_SPEC, STREAM_OPTIONAL_SPEC } from './helpers.js';

const hasPython = spawnSync('python3', ['-c', 'import requests']).status === 0;
const hasCurl = spawnSync('curl', ['--version']).status === 0;
if (!hasPython)
  console.warn(
    '[docs sample proof] Python samples not run: python3 with requests is missing (pip install requests).',
  );
if (!hasCurl) console.warn('[docs sample proof] curl samples not run: curl is missing.');

const API_KEY = 'sk-docs-sample-test';
// A PNG signature plus padding: enough for upload parts that are checked by type and size.
const FILE_BYTES = new Uint8Array([
  0x89,
  0x50,
  0x4e,
  0x47,
  0x0d,
  0x0a,
  0x1a,
  0x0a,
  ...new Array<number>(56).fill(0),
]);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(
  command: string,
  args: string[],
  cwd: string,
  input?: string,
  env: Record<string, string> = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, SHELLAPI_API_KEY: API_KEY, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

/** Runs `fn` over `items` with at most `limit` at a time (the machine is shared). */
async function pool<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  });
  await Promise.all(workers);
  return out;
}

const specs: [string, string][] = [
  ['features fixture', FEATURES_SPEC],
  ['Shell spec', SHELL_SPEC],
  ['stream with an all-optional body', STREAM_OPTIONAL_SPEC],
];

describe.each(specs)('samples of the %s', (_name, spec) => {
  let ir: ApiIr;
  let dir: string;

  beforeAll(async () => {
    ir = await irFor(spec);
    dir = await mkdtemp(path.join(tmpdir(), 'docs-samples-'));
  });

  it('TypeScript samples type-check against the generated package', async () => {
    const result = await runPipeline({
      spec,
      out: path.join(dir, 'unused-out'),
      only: ['client'],
      mode: 'none',
    });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const pkgDir = path.join(dir, 'node_modules', '@shellapi', 'sdk');
    for (const f of result.files ?? []) {
      if (!f.path.startsWith('sdk/')) continue;
      const target = path.join(pkgDir, f.path.slice('sdk/'.length));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, f.contents);
    }
    await writeFile(
      path.join(dir, 'package.json'),
      JSON.stringify({ type: 'module', private: true }),
    );
    const files: string[] = [];
    const labels = new Map<string, string>();
    const add = async (name: string, code: string, label: string): Promise<void> => {
      const file = path.join(dir, 'samples', `${name}.ts`);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, code);
      files.push(file);
      labels.set(file, label);
    };
    for (const [i, op] of ir.operations.entries()) {
      const s = buildSamples(ir, op);
      await add(`${i}-call`, s.typescript, op.operationId);
      if (s.typescriptWait) await add(`${i}-wait`, s.typescriptWait, `${op.operationId} AndWait`);
      for (const [j, code] of (s.typescriptCallbacks ?? []).entries())
        await add(
          `${i}-callback-${j}`,
          code,
          `${op.operationId} callback ${op.callbacks[j]!.name}`,
        );
      if (op.stream)
        await add(
          `${i}-stream`,
          buildSamples(ir, op, { stream: true }).typescript,
          `${op.operationId} stream`,
        );
    }
    const program = ts.createProgram(files, {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: ['node'],
      typeRoots: [path.join(REPO, 'node_modules', '@types')],
    });
    const errors = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file && labels.has(path.resolve(d.file.fileName)))
      .map(
        (d) =>
          `${labels.get(path.resolve(d.file!.fileName))}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
      );
    expect(errors).toEqual([]);
    expect(files.length).toBeGreaterThanOrEqual(ir.operations.length);
  });

  describe('against the mock', () => {
    // Tasks finish in ~0.1 s (submit samples wait for the end). Poll and cancel samples pass the
    // ids the docs show: the mock starts with those tasks (`TaskRoleIr.exampleIds`).
    let mock: MockServer;
    let work: string;

    beforeAll(async () => {
      mock = await startMockFromIr(ir, {
        port: 0,
        host: '127.0.0.1',
        callbacks: false,
        taskTiming: { queuedMs: 40, runningMs: 80 },
      });
      work = path.join(dir, 'run');
      await mkdir(work, { recursive: true });
      const inputs = new Set(ir.operations.flatMap((op) => sampleInputFiles(ir, op)));
      for (const name of inputs) await writeFile(path.join(work, name), FILE_BYTES);
    });

    afterAll(async () => {
      await mock?.close();
    });

    /** Every sample as the docs print it, only pointed at the mock. */
    function optionsFor(): SampleOptions {
      return { baseUrl: mock.url };
    }

    function cases(): { label: string; op: OperationIr; stream: boolean }[] {
      return ir.operations.flatMap((op) => [
        { label: op.operationId, op, stream: false },
        ...(op.stream ? [{ label: `${op.operationId} (stream)`, op, stream: true }] : []),
      ]);
    }

    it.skipIf(!hasCurl)('every curl sample gets a 2xx', async () => {
      const results = await pool(cases(), 2, async ({ label, op, stream }) => {
        const curl = buildSamples(ir, op, { ...optionsFor(), stream }).curl;
        const r = await run('bash', ['-c', `${curl} -sS -w '\\n%{http_code}'`], work);
        const status = r.stdout.trim().split('\n').pop() ?? '';
        return /^2\d\d$/.test(status) && r.code === 0
          ? undefined
          : `${label}: exit ${r.code}, status ${status}: ${(r.stderr || r.stdout).slice(0, 300)}`;
      });
      expect(results.filter(Boolean)).toEqual([]);
    });

    // The samples sleep for the vendor's poll interval (the SDK's waiter too); the mock's tasks finish in ~0.1 s, so sleeps are shortened.
    const prelude =
      'import time as _time\n_sleep = _time.sleep\n_time.sleep = lambda s: _sleep(min(s, 0.05))\n';

    /** Runs the samples read from stdin one by one; a sample fails when it raises (SystemExit included). */
    const RUN_ALL = [
      prelude,
      'import json, sys',
      'ran, failed = [], []',
      'for s in json.load(sys.stdin):',
      '    try:',
      '        exec(compile(s["code"], s["label"], "exec"), {"__name__": "__main__"})',
      '        ran.append(s["label"])',
      '    except BaseException as e:',
      '        failed.append((s["label"] + ": " + type(e).__name__ + ": " + str(e))[:400])',
      'print("__RESULT__" + json.dumps({"ran": ran, "failed": failed}))',
    ].join('\n');

    /** Each case's sample of one language, its task (if any) submitted first. */
    function samplesOf(
      language: 'pythonHttp' | 'python',
    ): Promise<{ label: string; code: string }[]> {
      return pool(cases(), 2, async ({ label, op, stream }) => ({
        label,
        code: buildSamples(ir, op, { ...optionsFor(), stream })[language],
      }));
    }

    /** Runs `samples` in one Python process (starting one per sample costs more than the calls). */
    async function runAll(
      python: string,
      samples: { label: string; code: string }[],
      env: Record<string, string> = {},
    ): Promise<void> {
      const r = await run(python, ['-c', RUN_ALL], work, JSON.stringify(samples), env);
      const report = /__RESULT__(.*)$/.exec(r.stdout.trimEnd())?.[1];
      expect(report, `driver failed: ${r.stderr.slice(-800)}`).toBeDefined();
      const outcome = JSON.parse(report!) as { ran: string[]; failed: string[] };
      expect(outcome.failed).toEqual([]);
      expect(outcome.ran).toEqual(samples.map((s) => s.label));
    }

    it.skipIf(!hasPython)(
      'every Python (HTTP) sample runs to the end (raise_for_status passes, tasks reach success)',
      async () => {
        await runAll('python3', await samplesOf('pythonHttp'));
      },
    );

    it('every Python SDK sample runs to the end with the generated package (2xx, streams read, tasks succeed)', async () => {
      // The spec's own Python package, emitted now, imported from a plain folder by the cached venv's Python.
      const result = await runPipeline({
        spec,
        out: path.join(dir, 'unused-out'),
        only: ['python'],
        mode: 'none',
      });
      expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
      const pyDir = path.join(dir, 'py');
      for (const f of result.files ?? []) {
        if (!f.path.startsWith('python/')) continue;
        const target = path.join(pyDir, f.path.slice('python/'.length));
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, f.contents);
      }
      const samples = await samplesOf('python');
      for (const { label, code } of samples)
        expect(code, `${label} is an SDK sample`).toContain(`from shellapi import `);
      await runAll(pythonEnv(), samples, { PYTHONPATH: pyDir, PYTHONDONTWRITEBYTECODE: '1' });
      expect(samples.length).toBeGreaterThanOrEqual(ir.operations.length);
    });
  });
});
