import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiIr, OperationIr } from '../../generator/ir/types.js';
import {
  buildSamples,
  envPrefix,
  requestExample,
  sampleInputFiles,
  type OperationSamples,
} from '../../generator/emit/docs/samples.js';
import { snakeCase } from '../../generator/emit/surface/python-naming.js';
import { FEATURES_SPEC, irFor, SHELL_SPEC } from './helpers.js';

const hasPython = spawnSync('python3', ['--version']).status === 0;
const hasBash = spawnSync('bash', ['--version']).status === 0;

function op(ir: ApiIr, id: string): OperationIr {
  const found = ir.operations.find((o) => o.operationId === id);
  if (!found) throw new Error(`no operation ${id}`);
  return found;
}

/** Arguments of a curl command line, with quotes and line continuations removed (enough for our samples). */
function curlArgs(command: string): string[] {
  const out: string[] = [];
  const re = /'((?:[^']|'\\'')*)'|"([^"]*)"|(\S+)/g;
  for (const m of command.replace(/\\\n/g, ' ').matchAll(re)) {
    out.push(m[1] !== undefined ? m[1].replace(/'\\''/g, "'") : (m[2] ?? m[3]!));
  }
  return out;
}

function argAfter(args: string[], flag: string): string[] {
  return args.flatMap((a, i) => (a === flag && args[i + 1] !== undefined ? [args[i + 1]!] : []));
}

/** Syntax errors of TypeScript samples (types are checked once the generated package exists). */
function tsSyntaxErrors(code: string): string[] {
  const out = ts.transpileModule(code, {
    reportDiagnostics: true,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  return (out.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

/** Compiles every Python sample in one python3 process; returns `label: error` lines. */
function pythonErrors(samples: { label: string; code: string }[]): string[] {
  const script =
    'import ast, json, sys\nfor s in json.load(sys.stdin):\n    try:\n        ast.parse(s["code"])\n    except SyntaxError as e:\n        print(s["label"] + ": " + str(e))\n';
  const run = spawnSync('python3', ['-c', script], {
    input: JSON.stringify(samples),
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout.split('\n').filter(Boolean);
}

/** Checks every curl sample with `bash -n` in one process (each wrapped in a function). */
function bashErrors(samples: { label: string; code: string }[]): string {
  const script = samples.map((s, i) => `sample_${i}() {\n${s.code}\n}`).join('\n');
  const run = spawnSync('bash', ['-n'], { input: script, encoding: 'utf8' });
  return run.status === 0 ? '' : run.stderr;
}

function allSamples(
  ir: ApiIr,
): { op: OperationIr; samples: OperationSamples; stream?: OperationSamples }[] {
  return ir.operations.map((o) => ({
    op: o,
    samples: buildSamples(ir, o),
    ...(o.stream ? { stream: buildSamples(ir, o, { stream: true }) } : {}),
  }));
}

let features: ApiIr;
beforeAll(async () => {
  features = await irFor(FEATURES_SPEC);
});

describe('buildSamples on the features fixture', () => {
  it('curl sends the method, URL, key from the environment and the first example as JSON', () => {
    const s = buildSamples(features, op(features, 'createChatCompletion'));
    const args = curlArgs(s.curl);
    expect(args.slice(0, 4)).toEqual([
      'curl',
      '-X',
      'POST',
      // The fixture's server is `{baseUrl}`: the root URL comes from the variable the SDKs read,
      // not a placeholder or an invented host (curlArgs drops the double quotes the shell expands in).
      '${SHELLAPI_BASE_URL}/v1/chat/completions',
    ]);
    expect(argAfter(args, '-H')).toEqual([
      'Authorization: Bearer $SHELLAPI_API_KEY',
      'Content-Type: application/json',
    ]);
    const body = features.operations[0]!.requestBody!.contents[0]!.examples[0]!.value;
    expect(JSON.parse(argAfter(args, '-d')[0]!)).toEqual(body);
  });

  it('picks a named example on request, and the stream flag for streaming samples', () => {
    const chat = op(features, 'createChatCompletion');
    const vision = curlArgs(buildSamples(features, chat, { example: 'vision' }).curl);
    expect(JSON.parse(argAfter(vision, '-d')[0]!).messages[0].content[1].type).toBe('image_url');
    // Every language shows the example asked for, the SDK calls included.
    const named = buildSamples(features, chat, { example: 'vision' });
    for (const lang of ['typescript', 'python', 'pythonHttp'] as const)
      expect(named[lang], lang).toContain('image_url');
    const stream = buildSamples(features, chat, { stream: true });
    const args = curlArgs(stream.curl);
    expect(args).toContain('-N');
    expect(JSON.parse(argAfter(args, '-d')[0]!).stream).toBe(true);
    expect(stream.pythonHttp).toContain('stream=True');
    expect(stream.pythonHttp).toContain('if data == "[DONE]".encode():');
    // The SDK sample iterates the method's typed stream.
    expect(stream.python).toContain('stream = client.chat.completions.create(\n');
    expect(stream.python).toContain('    stream=True,\n)\nfor chunk in stream:');
    expect(stream.typescript).toMatch(/for await \(const event of stream\)/);
    expect(stream.typescript).toContain('stream: true');
  });

  it('fills path parameters (a poll reuses the id from the submit example) and honours a base URL', () => {
    const s = buildSamples(features, op(features, 'getRenderTask'), {
      baseUrl: 'http://127.0.0.1:9999',
    });
    expect(curlArgs(s.curl)[1]).toBe('http://127.0.0.1:9999/render/tasks/task_123');
    expect(s.pythonHttp).toContain('BASE_URL = "http://127.0.0.1:9999"');
    expect(s.pythonHttp).toContain('f"{BASE_URL}/render/tasks/task_123"');
    expect(s.typescript).toContain("baseUrl: 'http://127.0.0.1:9999'");
    expect(s.typescript).toContain("client.render.tasks.retrieve('task_123')");
    expect(s.python).toContain('client = FeaturesFixture(base_url="http://127.0.0.1:9999")');
    expect(s.python).toContain('result = client.render.tasks.retrieve(\n    "task_123",\n)');
  });

  it('uploads file parts as files and saves binary downloads', () => {
    const upload = buildSamples(features, op(features, 'uploadFile'));
    expect(argAfter(curlArgs(upload.curl), '-F')).toEqual(['file=@file.png', 'purpose=input']);
    // Every part in `files` so requests always sends multipart/form-data.
    expect(upload.pythonHttp).toContain('("file", open("file.png", "rb")),');
    expect(upload.pythonHttp).toContain('("purpose", (None, "input")),');
    expect(sampleInputFiles(features, op(features, 'uploadFile'))).toEqual(['file.png']);
    const download = buildSamples(features, op(features, 'downloadFile'));
    expect(argAfter(curlArgs(download.curl), '--output')).toEqual(['output.png']);
    expect(download.pythonHttp).toContain('with open("output.png", "wb") as f:');
    // The SDK takes open files and streams a download to a path.
    expect(upload.python).toContain('    file=open("file.png", "rb"),\n    purpose="input",');
    expect(download.python).toContain('    save_to="output.png",');
  });

  it('spells out submit-then-poll for task submits, and the AndWait call in TypeScript', () => {
    const s = buildSamples(features, op(features, 'submitRender'));
    expect(s.pythonHttp).toContain('task_id = response.json()["id"]');
    expect(s.pythonHttp).toContain(
      'requests.get(f"{BASE_URL}/render/tasks/{task_id}", headers=HEADERS).json()',
    );
    expect(s.pythonHttp).toContain('if status in ("done",):');
    expect(s.pythonHttp).toContain('if status in ("error", "stopped"):');
    expect(s.pythonHttp).toContain('time.sleep(2)');
    expect(s.typescriptWait).toContain('client.render.tasks.createAndWait({');
    // The Python SDK sample uses the waiter the Python emitter generates.
    expect(s.python).toContain('task = client.render.tasks.create_and_wait(\n');
    expect(s.python).toContain('    on_progress=lambda s: print(s.state, s.progress),');
    expect(buildSamples(features, op(features, 'getRenderTask')).typescriptWait).toBeUndefined();
  });

  it('gives a callback receiver per callback: the family parseCallback for task submits', () => {
    const s = buildSamples(features, op(features, 'submitRender'));
    expect(s.typescriptCallbacks).toHaveLength(1);
    expect(s.typescriptCallbacks![0]).toContain(
      "import { CallbackPayloadError, FeaturesFixture } from '@shellapi/sdk';",
    );
    expect(s.typescriptCallbacks![0]).toContain(
      'const snapshot = client.render.tasks.parseCallback(await request.text());',
    );
    expect(
      buildSamples(features, op(features, 'getRenderTask')).typescriptCallbacks,
    ).toBeUndefined();
  });

  it('reads the key from the environment variable the client reads', () => {
    expect(envPrefix('@shellapi/sdk')).toBe('SHELLAPI');
    const s = buildSamples(features, op(features, 'listRenderTasks'));
    expect(s.pythonHttp).toContain('API_KEY = os.environ["SHELLAPI_API_KEY"]');
    // The client class is named after the API title (the Shell spec's is `ShellApi`).
    expect(features.clientClassName).toBe('FeaturesFixture');
    // The fixture's server is '{baseUrl}': the client has no default root URL, so the sample names its source too.
    expect(s.typescript).toContain(
      'new FeaturesFixture({ apiKey: process.env.SHELLAPI_API_KEY, baseUrl: process.env.SHELLAPI_BASE_URL })',
    );
    expect(s.typescript).toContain("import { FeaturesFixture } from '@shellapi/sdk';");
    expect(s.python).toContain('from shellapi import FeaturesFixture');
    expect(s.python).toContain(
      'client = FeaturesFixture(base_url=os.environ["SHELLAPI_BASE_URL"])',
    );
  });

  it('sends a given task id where the poll or cancel takes it', () => {
    const poll = buildSamples(features, op(features, 'getRenderTask'), { taskId: 'task_live_1' });
    expect(curlArgs(poll.curl)[1]).toBe('${SHELLAPI_BASE_URL}/render/tasks/task_live_1');
    expect(poll.pythonHttp).toContain('/render/tasks/task_live_1');
    expect(poll.python).toContain('    "task_live_1",');
    const cancel = buildSamples(features, op(features, 'cancelRenderTask'), {
      taskId: 'task_live_2',
    });
    expect(curlArgs(cancel.curl)[3]).toBe('${SHELLAPI_BASE_URL}/render/tasks/task_live_2/cancel');
  });

  it('is pure: the same operation gives the same text', () => {
    const a = allSamples(features);
    const b = allSamples(features);
    expect(a).toEqual(b);
  });
});

const specs: [string, string][] = [
  ['features fixture', FEATURES_SPEC],
  ...(existsSync(SHELL_SPEC) ? ([['Shell spec', SHELL_SPEC]] as [string, string][]) : []),
];

describe.each(specs)('every sample of the %s is valid code', (_name, spec) => {
  let list: { label: string; lang: 'curl' | 'typescript' | 'python'; code: string }[];
  beforeAll(async () => {
    const ir = await irFor(spec);
    list = allSamples(ir).flatMap(({ op: o, samples, stream }) => {
      const out: { label: string; lang: 'curl' | 'typescript' | 'python'; code: string }[] = [];
      for (const [kind, set] of [
        ['', samples],
        ['stream ', stream],
      ] as const) {
        if (!set) continue;
        out.push({ label: `${kind}${o.operationId} curl`, lang: 'curl', code: set.curl });
        out.push({ label: `${kind}${o.operationId} ts`, lang: 'typescript', code: set.typescript });
        if (set.typescriptWait)
          out.push({
            label: `${kind}${o.operationId} ts wait`,
            lang: 'typescript',
            code: set.typescriptWait,
          });
        out.push({ label: `${kind}${o.operationId} python`, lang: 'python', code: set.python });
        out.push({
          label: `${kind}${o.operationId} python http`,
          lang: 'python',
          code: set.pythonHttp,
        });
      }
      return out;
    });
  });

  it('the Python SDK call passes every body field the HTTP samples send (none dropped for want of a keyword)', async () => {
    const ir = await irFor(spec);
    const missing: string[] = [];
    let checked = 0;
    for (const o of ir.operations) {
      const { body } = requestExample(ir, o);
      if (!body || typeof body !== 'object' || Array.isArray(body)) continue;
      const python = buildSamples(ir, o).python;
      for (const key of Object.keys(body)) {
        if (key === o.stream?.requestFlag) continue;
        checked++;
        // A keyword spelt like a generated name gets trailing underscores.
        if (!new RegExp(`^    ${snakeCase(key)}_*=`, 'm').test(python))
          missing.push(`${o.operationId}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });

  it('TypeScript parses', () => {
    const errors = list
      .filter((s) => s.lang === 'typescript')
      .flatMap((s) => tsSyntaxErrors(s.code).map((e) => `${s.label}: ${e}`));
    expect(errors).toEqual([]);
  });

  it.skipIf(!hasPython)('Python parses (python3 ast)', () => {
    expect(pythonErrors(list.filter((s) => s.lang === 'python'))).toEqual([]);
  });

  it.skipIf(!hasBash)('curl commands parse (bash -n)', () => {
    expect(bashErrors(list.filter((s) => s.lang === 'curl'))).toBe('');
  });
});
