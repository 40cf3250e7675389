/**
 * Static types of the Python SDK: `mypy --strict` passes on the generated package and on a consumer
 * file calling every method of the Shell spec (sync, async, streaming, binary, `_and_wait`,
 * `wait_for`) with the spec's own examples, reading a field of every typed answer; a misspelt
 * response field is an error. Petstore and museum get a Python SDK that imports and type-checks.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { snakeCase } from '../../generator/emit/surface/python-naming.js';
import { pyLiteral } from '../../generator/emit/surface/python-literal.js';
import { pythonPackageName } from '../../generator/emit/surface/client-identity.js';
import { runPipeline } from '../../generator/pipeline.js';
import { plannedCalls } from '../e2e/ir-calls.js';
import { loadShellIr } from '../e2e/shell-ir.js';
import { mypyStrict, PYTHON_SDK, pythonCall, pythonPlans, runPython } from './helpers.js';

const SHARED = fileURLToPath(new URL('../../../shared/specs/', import.meta.url));
const { ir, plans } = await loadShellIr();
const py = pythonPlans(ir);
const work = mkdtempSync(path.join(tmpdir(), 'shellapi-mypy-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const mypy = (targets: string[], cwd = PYTHON_SDK) => mypyStrict(targets, { cwd, root: cwd });

/** Python source for a planned value: files become `(name, bytes, type)` tuples. */
function literal(value: unknown): string {
  if (value && typeof value === 'object' && '$file' in value) {
    const f = (value as { $file: { name: string; type: string } }).$file;
    return `(${pyLiteral(f.name)}, b"data", ${pyLiteral(f.type)})`;
  }
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value && typeof value === 'object')
    return `{${Object.entries(value)
      .map(([k, v]) => `${pyLiteral(k)}: ${literal(v)}`)
      .join(', ')}}`;
  return pyLiteral(value);
}

/** One function per operation: the call, then a typed read of the answer. */
function consumer(misspell: boolean): string {
  const lines = [
    'from pathlib import Path',
    'from typing import List',
    'import shellapi',
    'from shellapi import AsyncShellApi, ShellApi, types',
    '',
  ];
  for (const op of ir.operations) {
    const plan = py.get(op.operationId)!;
    const call = pythonCall(op.operationId, plan, plannedCalls(ir, plans.get(op.operationId)!)[0]!);
    const args = [
      ...(call.args ?? []).map(literal),
      ...Object.entries(call.kwargs ?? {})
        .filter(([k]) => k !== 'stream')
        .map(([k, v]) => `${k}=${literal(v)}`),
    ];
    const target = `client.${[...call.resource, call.method].join('.')}`;
    const fn = snakeCase(op.operationId);
    lines.push(`def use_${fn}(client: ShellApi) -> None:`);
    if (plan.binary) {
      lines.push(
        `    data: bytes = ${target}(${args.join(', ')})`,
        `    saved: Path = ${target}(${[...args, 'save_to="out.bin"'].join(', ')})`,
      );
    } else {
      lines.push(`    answer = ${target}(${args.join(', ')})`, '    print(answer)');
    }
    if (plan.chunk)
      lines.push(
        `    for chunk in ${target}(${[...args, 'stream=True'].join(', ')}):`,
        '        print(chunk.to_dict())',
      );
    if (op.task)
      lines.push(
        `    snapshot = ${target}_and_wait(${[...args, 'on_progress=lambda s: print(s.state, s.progress)'].join(', ')})`,
        '    state: str = snapshot.state',
        '    print(state, snapshot.result)',
      );
    lines.push(`async def use_${fn}_async(client: AsyncShellApi) -> None:`);
    lines.push(`    answer = await ${target}(${args.join(', ')})`, '    print(answer)');
    if (plan.chunk)
      lines.push(
        `    async for chunk in await ${target}(${[...args, 'stream=True'].join(', ')}):`,
        '        print(chunk.to_dict())',
      );
    lines.push('');
  }
  for (const r of ir.operations.filter((o) => o.taskRole?.role === 'poll')) {
    lines.push(
      `def wait_${snakeCase(r.operationId)}(client: ShellApi) -> None:`,
      `    done = client.${r.names.resource.map(snakeCase).join('.')}.wait_for("task-id", wait_timeout=60)`,
      '    print(done.task)',
      '',
    );
  }
  // Typed reads: a model field, and (misspelt) one that does not exist.
  lines.push(
    'def read(client: ShellApi) -> None:',
    '    task = client.midjourney.tasks.retrieve("id")',
    '    url: str | None = task.image_url',
    '    first: types.MjButton = (task.buttons or [])[0]',
    '    print(url, first.custom_id)',
  );
  lines.push(
    '    chunks: List[types.ChatCompletionChunk] = list(client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}], stream=True))',
    '    print(chunks)',
  );
  // A None default header removes it; an answer of JSON or text is the model or a str.
  lines.push(
    '    plain = ShellApi(default_headers={"Accept": None, "X-Trace": "t"})',
    '    said = plain.audio.transcriptions.create(file=("a.mp3", b"x"), model="whisper-1", request_options={"headers": {"X-Trace": None}})',
    '    words: str = said if isinstance(said, str) else said.text',
    '    print(words)',
  );
  if (misspell) lines.push('    print(task.image_urll)');
  return `${lines.join('\n')}\n`;
}

/**
 * One mypy run over the package, the consumer and its misspelt copy (each test reads its own
 * lines): the package is analysed once, not once per consumer.
 */
let shellRun: { status: number | null; lines: string[] } | undefined;
/**
 * A line about misspelt.py (by name: mypy replays a cached module's errors under the path it had
 * when they were found, another run's temporary folder).
 */
const MISSPELT_LINE = /(^|\/)misspelt\.py:\d+: /;
function checkShell(): NonNullable<typeof shellRun> {
  if (!shellRun) {
    const good = path.join(work, 'consumer.py');
    const misspelt = path.join(work, 'misspelt.py');
    writeFileSync(good, consumer(false));
    writeFileSync(misspelt, consumer(true));
    const run = mypy(['shellapi', good, misspelt]);
    shellRun = { status: run.status, lines: run.output.split('\n').filter(Boolean) };
  }
  return shellRun;
}

const PUBLIC = ['petstore.yaml', 'museum.yaml'];
/**
 * The Python SDKs of the public specs, generated, then imported by one interpreter and checked by
 * one mypy run together (each test reads its own package's part).
 */
let publicRun:
  { packages: Map<string, string>; imported: Record<string, string>; run: PythonRun } | undefined;
type PythonRun = { status: number | null; output: string };
async function checkPublic(): Promise<NonNullable<typeof publicRun>> {
  if (!publicRun) {
    const packages = new Map<string, string>();
    const roots: string[] = [];
    for (const spec of PUBLIC) {
      const out = path.join(work, spec);
      const result = await runPipeline({
        spec: path.join(SHARED, spec),
        out,
        only: ['python'],
        mode: 'write',
      });
      expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
      // Named after the spec (its title), as a user of that spec gets it.
      packages.set(spec, pythonPackageName(result.ir!.info.packageName));
      roots.push(path.join(out, 'python'));
    }
    const names = [...packages.values()];
    const imported = runPython(
      [
        '-c',
        `import importlib, json, sys; sys.stdout.write(json.dumps({n: " ".join(importlib.import_module(n).__all__[:2]) for n in sys.argv[1:]}))`,
        ...names,
      ],
      { cwd: work, env: { PYTHONPATH: roots.join(path.delimiter) } },
    );
    expect(imported.stderr).toBe('');
    const targets = names.map((name, i) => path.join(roots[i]!, name));
    const run = mypyStrict(targets, { cwd: work, root: roots.join(path.delimiter) });
    publicRun = { packages, imported: JSON.parse(imported.stdout), run };
  }
  return publicRun;
}

describe('mypy --strict', () => {
  it('passes on the generated package and a consumer of every method', () => {
    const { lines } = checkShell();
    expect(lines.filter((l) => !MISSPELT_LINE.test(l))).toEqual([]);
  });

  it('rejects a misspelt response field', () => {
    const { status, lines } = checkShell();
    expect(status).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(MISSPELT_LINE);
    expect(lines[0]).toMatch(/"MjTask" has no attribute "image_urll"/);
  });

  for (const spec of PUBLIC) {
    it(`generates a Python SDK for ${spec} that imports and type-checks`, async () => {
      const { packages, imported, run } = await checkPublic();
      const pkg = packages.get(spec)!;
      expect(imported[pkg]).toMatch(/^Async\w+ \w+$/);
      expect(run.output).toBe('');
      expect(run.status).toBe(0);
    });
  }
});
