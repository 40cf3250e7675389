/**
 * The docs' code samples are proven, not just printed: every TypeScript sample type-checks
 * against the generated `@shellapi/sdk` package (as a consumer compiles it), every curl and
 * Python (HTTP) sample runs against the generated mock and gets a 2xx, and every Python SDK sample
 * runs to the end with the spec's generated `shellapi` package in the cached test venv.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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
  requestExample,
  sampleInputFiles,
  type SampleOptions,
} from '../../generator/emit/docs/samples.js';
import { requestContents } from '../../generator/ir/operations.js';
import { operationPlan } from '../../generator/emit/surface/plan.js';
import { pythonCallPlans } from '../../generator/emit/surface/python-plans.js';
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

// ───────────── a spec we did not write: every language sends the same body fields ─────────────

const OPENAI_SPEC = path.join(REPO, '..', 'shared', 'specs', 'openai.yaml');

/** `'a'\''b'` → `a'b` (the curl printer's quoting). */
function shellUnquote(text: string): string {
  return text.replace(/'\\''/g, "'");
}

/** Keys of a urlencoded body text, a styled field's brackets (`a[b]`) dropped. */
function formKeys(text: string): string[] {
  return [...new URLSearchParams(text).keys()].map((k) => k.replace(/\[.*$/, ''));
}

/** Top-level keys of a Python dict literal opened on line `start` (its keys `indent` spaces in). */
function pyDictKeys(lines: string[], start: number, indent: number): string[] {
  const keys: string[] = [];
  const key = new RegExp(`^ {${indent}}("(?:[^"\\\\]|\\\\.)*"): `);
  const close = `${' '.repeat(indent - 4)}}`;
  for (let i = start + 1; i < lines.length && !lines[i]!.startsWith(close); i++) {
    const m = key.exec(lines[i]!);
    if (m) keys.push(JSON.parse(m[1]!) as string);
  }
  return keys;
}

function curlFields(code: string): string[] {
  const fields: string[] = [];
  for (const m of code.matchAll(/^ {2}-F '([^=]*)=/gm)) fields.push(shellUnquote(m[1]!));
  for (const m of code.matchAll(/^ {2}--data-urlencode '([^=]*)=/gm))
    fields.push(shellUnquote(m[1]!));
  for (const m of code.matchAll(/^ {2}--data '((?:[^']|'\\'')*)'/gm))
    fields.push(...formKeys(shellUnquote(m[1]!)));
  const json = /^ {2}-d '((?:[^']|'\\'')*)'(?: \\)?$/m.exec(code);
  if (json) fields.push(...Object.keys(JSON.parse(shellUnquote(json[1]!)) as object));
  return fields;
}

function pythonHttpFields(code: string): string[] {
  const lines = code.split('\n');
  const fields: string[] = [];
  lines.forEach((line, i) => {
    if (line === '    files=[')
      for (let j = i + 1; lines[j] !== '    ],'; j++)
        fields.push(JSON.parse(/^ {8}\(("(?:[^"\\]|\\.)*"), /.exec(lines[j]!)![1]!) as string);
    else if (line === '    json={' || line === '    data={')
      fields.push(...pyDictKeys(lines, i, 8));
    else if (line.startsWith('    data="'))
      fields.push(...formKeys(JSON.parse(line.slice('    data='.length, -1)) as string));
  });
  return fields;
}

/** Keyword arguments of the SDK call that are body fields (wire names), the whole body's keys if it is one argument. */
function pythonSdkFields(ir: ApiIr, op: OperationIr, code: string): string[] {
  const plan = pythonCallPlans(ir).get(op.operationId)!;
  const byName = new Map(plan.args.map((a) => [a.name, a]));
  const lines = code.split('\n');
  const fields: string[] = [];
  lines.forEach((line, i) => {
    const m = /^ {4}([A-Za-z_][A-Za-z0-9_]*)=/.exec(line);
    if (!m) return;
    const arg = byName.get(m[1]!);
    if (m[1] === 'stream' && op.stream?.requestFlag !== undefined && !arg)
      fields.push(op.stream.requestFlag);
    else if (arg?.where === 'body') fields.push(arg.wire);
    else if (arg?.where === 'whole-body' && line.endsWith('={'))
      fields.push(...pyDictKeys(lines, i, 8));
  });
  return fields;
}

/** The body fields of the TypeScript call: its params object's body keys (or its `body` object's keys). */
function typescriptFields(ir: ApiIr, op: OperationIr, code: string): string[] {
  const plan = operationPlan(ir, op);
  const source = ts.createSourceFile('sample.ts', code, ts.ScriptTarget.ES2022);
  let call: ts.CallExpression | undefined;
  const visit = (node: ts.Node): void => {
    if (!call && ts.isCallExpression(node) && node.expression.getText(source).startsWith('client.'))
      call = node;
    ts.forEachChild(node, visit);
  };
  visit(source);
  const params = call?.arguments.find(ts.isObjectLiteralExpression);
  if (!params) return [];
  const names = (o: ts.ObjectLiteralExpression): [string, ts.Expression][] =>
    o.properties.filter(ts.isPropertyAssignment).map((p) => {
      const n = p.name;
      return [
        ts.isStringLiteral(n) || ts.isIdentifier(n) ? n.text : n.getText(source),
        p.initializer,
      ];
    });
  const entries = names(params);
  if (plan.body?.mode === 'key') {
    const body = entries.find(([k]) => k === 'body')?.[1];
    return body && ts.isObjectLiteralExpression(body) ? names(body).map(([k]) => k) : [];
  }
  const paramNames = new Set(plan.fields.map((f) => f.propertyName));
  return entries.map(([k]) => k).filter((k) => !paramNames.has(k));
}

describe.skipIf(!existsSync(OPENAI_SPEC))('samples of openai.yaml', () => {
  let ir: ApiIr;

  beforeAll(async () => {
    ir = await irFor(OPENAI_SPEC);
  }, 120_000);

  it('every operation: the TypeScript, Python, Python (HTTP) and curl samples send the same body fields', () => {
    const differ: string[] = [];
    let compared = 0;
    for (const op of ir.operations) {
      const content = requestContents(op)[0];
      if (!content || !['json', 'multipart', 'urlencoded'].includes(content.kind)) continue;
      const body = requestExample(ir, op).body;
      if (body === null || typeof body !== 'object' || Array.isArray(body)) continue;
      const s = buildSamples(ir, op);
      const sets = {
        plan: Object.keys(body),
        typescript: typescriptFields(ir, op, s.typescript),
        python: pythonSdkFields(ir, op, s.python),
        pythonHttp: pythonHttpFields(s.pythonHttp),
        curl: curlFields(s.curl),
      };
      const sorted = Object.entries(sets).map(([lang, f]) => [
        lang,
        [...new Set(f)].sort().join(','),
      ]);
      if (new Set(sorted.map(([, f]) => f)).size > 1)
        differ.push(`${op.operationId}: ${sorted.map(([l, f]) => `${l}=[${f}]`).join(' ')}`);
      compared++;
    }
    expect(differ).toEqual([]);
    expect(compared).toBeGreaterThan(50);
  });

  it('CreateContainerFile sent as multipart (no field required) carries a part, and the mock answers 2xx', async () => {
    const op = ir.operations.find((o) => o.operationId === 'CreateContainerFile')!;
    const mediaType = 'multipart/form-data';
    expect(requestContents(op).map((c) => c.mediaType)).toContain(mediaType);
    const mock = await startMockFromIr(ir, { port: 0, host: '127.0.0.1', callbacks: false });
    try {
      const work = await mkdtemp(path.join(tmpdir(), 'docs-samples-openai-'));
      for (const name of sampleInputFiles(ir, op, { mediaType }))
        await writeFile(path.join(work, name), FILE_BYTES);
      const s = buildSamples(ir, op, { baseUrl: mock.url, mediaType });
      expect(s.curl).toContain(`-F 'file=@`);
      const r = await run('bash', ['-c', `${s.curl} -sS -w '\\n%{http_code}'`], work);
      expect(r.stdout.trim().split('\n').pop(), r.stdout + r.stderr).toMatch(/^2\d\d$/);
      expect(s.pythonHttp).toContain(`("file", open(`);
      if (hasPython) {
        const py = await run('python3', ['-'], work, s.pythonHttp);
        expect(py.code, py.stderr).toBe(0);
      }
    } finally {
      await mock.close();
    }
  });
});
