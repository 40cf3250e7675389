/** Running Python against the generated package: the cached venv, the call driver, IR calls → Python calls. */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PythonTypes } from '../../generator/emit/surface/python-types.js';
import { snakeCase } from '../../generator/emit/surface/python-naming.js';
import { planMethod, type MethodPlan } from '../../generator/emit/surface/python-plan.js';
import type { ApiIr, OperationIr, TaskIdInputIr } from '../../generator/ir/types.js';
import { FileArg, streams, type ArgValue, type PlannedCall } from '../e2e/ir-calls.js';
import { pythonEnv } from './venv.js';

export const PYTHON_SDK = fileURLToPath(new URL('../../generated/python', import.meta.url));
const DRIVER = fileURLToPath(new URL('./drive.py', import.meta.url));
/**
 * One mypy cache for every test: typeshed and pydantic are analysed once, not by each mypy run
 * (a cold run of a small package costs several seconds more). mypy revalidates each cached module
 * by its source's hash, so packages of the same name from different specs do not mix.
 */
const MYPY_CACHE = fileURLToPath(
  new URL('../../node_modules/.cache/shellapi-mypy', import.meta.url),
);

/** The source of a generated package's `types` (every module of it, in name order), where `pkg` is its folder. */
export function pythonTypesSource(pkg: string): string {
  const dir = path.join(pkg, 'types');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.py'))
    .sort()
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
}

/** Runs a Python script (file or `-c` code) with the generated package importable. */
export function runPython(
  args: string[],
  options: { input?: string; cwd?: string; env?: Record<string, string>; timeout?: number } = {},
): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(pythonEnv(), args, {
    input: options.input,
    cwd: options.cwd ?? PYTHON_SDK,
    encoding: 'utf8',
    timeout: options.timeout ?? 120_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, PYTHONPATH: PYTHON_SDK, PYTHONDONTWRITEBYTECODE: '1', ...options.env },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * `mypy --strict` on `targets` (paths relative to `cwd`), the generated package under `root`
 * (several: joined by `path.delimiter`) importable; its output is stdout and stderr together (no
 * summary line).
 */
export function mypyStrict(
  targets: string[],
  options: { cwd: string; root: string },
): { status: number | null; output: string } {
  const run = runPython(
    [
      '-m',
      'mypy',
      '--strict',
      '--no-error-summary',
      '--no-color-output',
      '--cache-dir',
      MYPY_CACHE,
      ...targets,
    ],
    {
      cwd: options.cwd,
      env: { PYTHONPATH: options.root, MYPYPATH: options.root },
      timeout: 240_000,
    },
  );
  return { status: run.status, output: run.stdout + run.stderr };
}

export interface PyCommand {
  id: string;
  resource: string[];
  method: string;
  args?: unknown[];
  kwargs?: Record<string, unknown>;
  client?: 'sync' | 'async';
  wait?: boolean;
  wait_timeout?: number;
  prefer?: string;
  poll_pattern?: string;
  advance_ms?: number;
  /** Every file argument as this style (default: path, named bytes, file object in turn). */
  file_style?: 'plain';
  inject?: {
    from: PyCommand;
    pointer: string;
    arg_index?: number;
    kwarg?: string;
    as_list?: boolean;
  }[];
}

export interface Exchange {
  method: string;
  url: string;
  status: number;
  content_type: string;
  authorization: string | null;
  prefer: string | null;
  /** The request's Accept header, as sent. */
  accept: string | null;
  /** Multipart file parts' Content-Type headers by field name, as sent. */
  part_types: Record<string, string[]>;
  /** File parts' names by field, as sent. */
  part_names: Record<string, string[]>;
}

export interface PySnapshot {
  id: string;
  state: string;
  progress: number | null;
  vendor_status: unknown;
  task: unknown;
  result: unknown;
  results: unknown[];
  reason: string | null;
}

export interface PyResult {
  id: string;
  ok: boolean;
  kind?: 'value' | 'stream';
  type?: string;
  /** Class names of the streamed chunks. */
  chunk_types?: string[];
  data?: unknown;
  error?: {
    class: string;
    message: string;
    traceback?: string;
    status_code?: number;
    task_id?: string;
    reason?: string | null;
    code?: string | null;
    description?: string | null;
    body?: unknown;
    snapshot?: PySnapshot;
  };
  exchanges: Exchange[];
  snapshots: PySnapshot[];
  injected?: PyResult[];
}

/** Like runPython, without blocking the event loop (the mock under test lives in this process). */
export function runPythonAsync(
  args: string[],
  options: { input?: string; cwd?: string; env?: Record<string, string>; timeout?: number } = {},
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(pythonEnv(), args, {
      cwd: options.cwd ?? PYTHON_SDK,
      env: { ...process.env, PYTHONPATH: PYTHON_SDK, PYTHONDONTWRITEBYTECODE: '1', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeout ?? 120_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({
        status,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
    child.stdin.end(options.input ?? '');
  });
}

/**
 * One Python process for a batch of calls; `sdk` points at another generated package (its folder
 * with the `shellapi` package, its client's class and base error class) than the Shell spec's.
 */
export async function drive(
  baseUrl: string,
  apiKey: string,
  calls: PyCommand[],
  sdk?: { pythonPath: string; clientClass: string; errorClass: string },
): Promise<Map<string, PyResult>> {
  const job = { base_url: baseUrl, api_key: apiKey, calls };
  const run = await runPythonAsync([DRIVER], {
    input: JSON.stringify(
      sdk ? { ...job, client_class: sdk.clientClass, error_class: sdk.errorClass } : job,
    ),
    ...(sdk ? { cwd: sdk.pythonPath, env: { PYTHONPATH: sdk.pythonPath } } : {}),
  });
  if (run.status !== 0) throw new Error(`driver failed (${run.status}):\n${run.stderr}`);
  const results = JSON.parse(run.stdout) as PyResult[];
  return new Map(results.map((r) => [r.id, r]));
}

/** The Python SDK's view of each operation (argument names), decided by the Python emitter itself. */
export function pythonPlans(ir: ApiIr): Map<string, MethodPlan> {
  const types = new PythonTypes(ir);
  return new Map(ir.operations.map((op) => [op.operationId, planMethod(ir, op, types)]));
}

function encode(value: ArgValue | undefined): unknown {
  if (value instanceof FileArg)
    return {
      $file: {
        name: value.filename,
        type: value.mediaType,
        b64: Buffer.from(value.bytes).toString('base64'),
      },
    };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  return value;
}

/** A planned (TypeScript-shaped) call as a Python call: path arguments positional, the rest snake_case keywords. */
export function pythonCall(id: string, plan: MethodPlan, call: PlannedCall): PyCommand {
  const op = call.op;
  const kwargs: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(call.params ?? {})) {
    if (op.stream && key === op.stream.requestFlag) continue;
    const field = call.plan.fields.find((f) => f.propertyName === key);
    const arg = field
      ? plan.args.find((a) => a.where === field.in && a.wire === field.name)
      : key === 'body' && call.plan.body?.mode === 'key'
        ? plan.args.find((a) => a.where === 'whole-body')
        : plan.args.find((a) => a.where === 'body' && a.wire === key);
    if (!arg) throw new Error(`${op.operationId}: no Python argument for ${key}`);
    kwargs[arg.name] = encode(value);
  }
  if (streams(call)) kwargs['stream'] = true;
  return {
    id,
    resource: op.names.resource.map(snakeCase),
    method: plan.method,
    args: call.pathArgs,
    kwargs,
  };
}

/** Where a task id goes in a Python call. */
export function injectAt(
  plan: MethodPlan,
  input: Pick<TaskIdInputIr, 'in' | 'name'>,
): { arg_index: number } | { kwarg: string } {
  if (input.in === 'path')
    return {
      arg_index: plan.args
        .filter((a) => a.where === 'path')
        .findIndex((a) => a.wire === input.name),
    };
  const arg = plan.args.find(
    (a) =>
      a.wire === input.name && (input.in === 'query' ? a.where === 'query' : a.where === 'body'),
  );
  if (!arg) throw new Error(`no Python argument for task id ${input.name}`);
  return { kwarg: arg.name };
}

/** A regex for an operation's path (for the clock-driving hook). */
export function pathPattern(op: OperationIr): string {
  return `${op.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`;
}
