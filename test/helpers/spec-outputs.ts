/**
 * The set-up of the tests that check one feature across the outputs of a small spec: the spec
 * written to a temporary folder, the TypeScript and Python SDKs generated from it, the mock
 * started on it (127.0.0.1, manual clock); then the TypeScript SDK imported, Python run with the
 * generated package importable, generated files read. `close()` stops the mock and removes the folder.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runPipeline } from '../../generator/pipeline.js';
import type { MockServer } from '../../templates/mock/server.js';
import { startFor } from '../mock/helpers.js';
import { mypyStrict, runPython, runPythonAsync } from '../python/helpers.js';
import { runCli } from './cli.js';

export interface SpecOutputsOptions {
  /** Prefix of the temporary folder's name. */
  name: string;
  /**
   * `cli` (default): `shellapi-gen generate`, every target, as a user runs it; `python`: the
   * pipeline in this process, the Python SDK alone; `none`: the spec only (for the mock).
   */
  generate?: 'cli' | 'python' | 'none';
  /** Start the mock on the spec. */
  mock?: boolean;
}

type PythonRun = { status: number | null; stdout: string; stderr: string };

export interface SpecOutputs {
  /** The temporary folder: the spec, and the outputs under `out/`. */
  readonly dir: string;
  readonly spec: string;
  readonly out: string;
  /** What the generation wrote to stderr (warnings; located problems in process). */
  readonly stderr: string;
  /** The mock (with `mock: true`). */
  readonly mock: MockServer;
  /** The generated TypeScript SDK (`out/sdk/dist/index.js`), imported. */
  importTs(): Promise<any>;
  /** The TypeScript SDK's client class `name` against the mock (no retries), each request body's text in `sent`. */
  recordingClient(name: string): Promise<{ client: any; sent: string[] }>;
  /** `python -c code`, the generated package importable. */
  python(code: string): PythonRun;
  /** The same, not blocking this process (needed when the mock here answers it). */
  pythonAsync(code: string): Promise<PythonRun>;
  /** `mypy --strict` on `targets` (relative to `dir`), the generated package importable. */
  mypy(targets: string[]): { status: number | null; output: string };
  /** A generated file's text (`rel` under `out/`). */
  read(rel: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * An operation's JSON request body and `200` answer, both the component `schema`: YAML lines for
 * under the operation (6 spaces in).
 */
export function jsonBodyAndAnswer(schema: string, options: { required?: boolean } = {}): string {
  const content = (indent: string) =>
    [
      `${indent}content:`,
      `${indent}  application/json:`,
      `${indent}    schema: { $ref: '#/components/schemas/${schema}' }`,
    ].join('\n');
  return [
    '      requestBody:',
    ...(options.required ? ['        required: true'] : []),
    content('        '),
    '      responses:',
    "        '200':",
    '          description: ok',
    content('          '),
  ].join('\n');
}

/**
 * A spec whose one operation, `POST /things` (`makeThing`), sends and answers the component
 * `Thing`: `schemas` is the YAML under `components.schemas` (4 spaces in) that declares it.
 */
export function thingSpec(info: { title: string; openapi?: string }, schemas: string): string {
  return `openapi: ${info.openapi ?? '3.1.0'}
info: { title: ${info.title}, version: '1', x-package-name: '@shellapi/sdk' }
paths:
  /things:
    post:
      operationId: makeThing
${jsonBodyAndAnswer('Thing')}
components:
  schemas:
${schemas}`;
}

/** Writes `text` as `openapi.yaml` and makes its outputs; throws when the generation fails. */
export async function specOutputs(text: string, options: SpecOutputsOptions): Promise<SpecOutputs> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `${options.name}-`));
  const spec = path.join(dir, 'openapi.yaml');
  const out = path.join(dir, 'out');
  let mock: MockServer | undefined;
  const close = async (): Promise<void> => {
    await mock?.close();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await writeFile(spec, text);
    let stderr = '';
    if ((options.generate ?? 'cli') === 'cli') {
      const run = runCli(['generate', '--spec', spec, '--out', out]);
      stderr = run.stderr;
      if (run.status !== 0) throw new Error(`generate failed (${run.status}):\n${run.stderr}`);
    } else if (options.generate === 'python') {
      const result = await runPipeline({ spec, out, only: ['python'], mode: 'write' });
      stderr = result.problems.map((p) => `${p.severity} ${p.code}: ${p.message}`).join('\n');
      if (result.problems.some((p) => p.severity === 'error'))
        throw new Error(`generate failed:\n${stderr}`);
    }
    if (options.mock) mock = await startFor(spec);
    const env = { PYTHONPATH: path.join(out, 'python') };
    const importTs = () => import(pathToFileURL(path.join(out, 'sdk/dist/index.js')).href);
    return {
      dir,
      spec,
      out,
      stderr,
      get mock(): MockServer {
        if (!mock) throw new Error('specOutputs: started without `mock: true`');
        return mock;
      },
      importTs,
      async recordingClient(name) {
        const sent: string[] = [];
        const Client = (await importTs())[name];
        const client = new Client({
          apiKey: 'k',
          baseUrl: mock!.url,
          maxRetries: 0,
          fetch: async (url: string, init: RequestInit) => {
            sent.push(await new Response(init.body).text());
            return fetch(url, init);
          },
        });
        return { client, sent };
      },
      python: (code) => runPython(['-c', code], { cwd: dir, env }),
      pythonAsync: (code) => runPythonAsync(['-c', code], { cwd: dir, env }),
      mypy: (targets) => mypyStrict(targets, { cwd: dir, root: path.join(out, 'python') }),
      read: (rel) => readFile(path.join(out, rel), 'utf8'),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
