/**
 * An SDK generated for another spec carries that spec's names, not the Shell API's: its base error
 * class is `<Client>Error` (TypeScript, Python, the READMEs), its log lines are tagged with its own
 * prefix, its multipart boundary names no product. Only the generator's credit line and its own
 * command (`shellapi-gen mock`) name the generator.
 */
import { spawnSync } from 'node:child_process';
import { readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPrecompiledTemplates } from '../../generator/emit/precompiled-templates.js';
import { compilePackage } from '../../generator/emit/compile.js';
import { readTemplates } from '../../generator/emit/templates.js';
import { TEMPLATES_DIR } from '../../generator/config.js';
import { runtimeFiles } from '../../generator/emit/surface/client-runtime.js';
import { brandedPrecompiled } from '../../generator/emit/surface/branded-precompiled.js';
import { REPO } from '../helpers/cli.js';
import { specOutputs, type SpecOutputs } from '../helpers/spec-outputs.js';

const SPEC = `openapi: 3.1.0
info: { title: Harbour Tides API, version: '1.0.0' }
servers: [{ url: 'https://tides.example.com' }]
security: [{ key: [] }]
tags: [{ name: readings }]
paths:
  /readings:
    post:
      operationId: createReading
      tags: [readings]
      requestBody:
        required: true
        content:
          application/json:
            schema: { type: object, required: [level], properties: { level: { type: number } } }
      responses:
        '201':
          description: Recorded.
          content: { application/json: { schema: { type: object, properties: { level: { type: number } } } } }
  /photos:
    post:
      operationId: uploadPhoto
      tags: [readings]
      requestBody:
        required: true
        content:
          multipart/mixed:
            schema: { type: object, required: [file], properties: { file: { type: string, format: binary } } }
      responses:
        '204': { description: Stored. }
components:
  securitySchemes:
    key: { type: http, scheme: bearer }
`;

/** The Shell API's names, in any spelling; the generator's own name (credit line, command) aside. */
const SHELL = /shell_?api/i;
const GENERATOR_OWN = /shellapi-codegen|shellapi-gen\b/gi;

async function textFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile() && !/\.(?:png|ico|woff2?)$/.test(e.name))
      out.push(path.join(e.parentPath, e.name));
  return out.sort();
}

let outputs: SpecOutputs;
beforeAll(async () => {
  outputs = await specOutputs(SPEC, { name: 'shellapi-branding', mock: true });
}, 180_000);
afterAll(() => outputs?.close());

describe('an SDK for another spec carries its own names', () => {
  it('no file of the SDKs, their READMEs or the docs names the Shell API', async () => {
    const hits: string[] = [];
    for (const file of await textFiles(outputs.out)) {
      const lines = (await readFile(file, 'utf8')).split('\n');
      lines.forEach((line, i) => {
        if (SHELL.test(line.replace(GENERATOR_OWN, '')))
          hits.push(`${path.relative(outputs.out, file)}:${i + 1}: ${line.trim().slice(0, 120)}`);
      });
    }
    expect(hits).toEqual([]);
    expect(await outputs.read('sdk/README.md')).toContain(
      'Every failure is a `HarbourTidesApiError`',
    );
  });

  it('TypeScript: the base error is HarbourTidesApiError, log lines carry the env prefix, the boundary no product', async () => {
    const sdk = await outputs.importTs();
    expect(sdk.ShellApiError).toBeUndefined();
    const lines: string[] = [];
    const logger = { debug: (m: string) => lines.push(m), warn: (m: string) => lines.push(m) };
    const sent: string[] = [];
    const client = new sdk.HarbourTidesApi({
      apiKey: 'k',
      baseUrl: outputs.mock.url,
      maxRetries: 0,
      logger,
      logLevel: 'debug',
      fetch: async (url: string, init: RequestInit) => {
        sent.push(
          `${new Headers(init.headers).get('content-type')}\n${await new Response(init.body).text()}`,
        );
        return fetch(url, init);
      },
    });
    // The mock refuses a \`level\` that is no number: an APIError, under the base class.
    const error = await client.readings.createReading({ level: 'high' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(sdk.APIError);
    expect(error).toBeInstanceOf(sdk.HarbourTidesApiError);
    // A failure before any request is the base class itself, named so.
    const unset = (() => {
      try {
        return new sdk.HarbourTidesApi({ apiKey: 'k', baseUrl: 'https://h/?q=1' });
      } catch (e) {
        return e;
      }
    })();
    expect(unset).toBeInstanceOf(sdk.HarbourTidesApiError);
    expect((unset as Error).name).toBe('HarbourTidesApiError');

    await client.readings.uploadPhoto({ file: new File(['x'], 'a.png', { type: 'image/png' }) });
    // multipart/mixed: the SDK writes the body and picks the boundary itself.
    expect(sent.at(-1)).toMatch(/^multipart\/mixed; boundary=/);
    expect(sent.join('\n')).not.toMatch(SHELL);
    const tag = `[${sdk.CLIENT_CONFIG.envPrefix.toLowerCase()}] `;
    expect(tag).toBe('[harbour_tides] ');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.startsWith(tag), line).toBe(true);
  }, 60_000);

  it('TypeScript: the package and a consumer of the renamed class type-check', async () => {
    const consumer = path.join(outputs.out, 'consumer.mts');
    await writeFile(
      consumer,
      [
        "import { APIError, HarbourTidesApi, HarbourTidesApiError } from './sdk/dist/index.js';",
        'export const client = new HarbourTidesApi({ apiKey: "k" });',
        'export function base(error: APIError): HarbourTidesApiError { return error; }',
        '',
      ].join('\n'),
    );
    await symlink(path.join(REPO, 'node_modules'), path.join(outputs.out, 'node_modules'));
    const tsconfig = {
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: ['node'],
      },
      include: ['sdk/src/**/*.ts', 'consumer.mts'],
    };
    await writeFile(path.join(outputs.out, 'tsconfig.json'), JSON.stringify(tsconfig));
    const run = spawnSync(
      process.execPath,
      [path.join(REPO, 'node_modules/typescript/bin/tsc'), '-p', outputs.out],
      { cwd: outputs.out, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    expect(`${run.stdout}${run.stderr}`).toBe('');
    expect(run.status).toBe(0);
  }, 120_000);

  it('Python: the base error is HarbourTidesApiError, and a refused call is one', async () => {
    const run = await outputs.pythonAsync(`
import harbour_tides as pkg
assert not hasattr(pkg, "ShellApiError")
assert issubclass(pkg.APIError, pkg.HarbourTidesApiError)
client = pkg.HarbourTidesApi(api_key="k", base_url=${JSON.stringify(outputs.mock.url)}, max_retries=0)
try:
    client.readings.create_reading(level="high")
except pkg.HarbourTidesApiError as error:
    print(type(error).__name__, isinstance(error, pkg.APIError))
`);
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toMatch(/^\w+Error True$/);
  }, 60_000);
});

describe("the build's compiled runtime, renamed, is what compiling the renamed runtime gives", () => {
  it('every output brandedPrecompiled offers equals a fresh compile', async () => {
    const precompiled = await loadPrecompiledTemplates();
    expect(precompiled.size).toBeGreaterThan(0);
    const ctx = {
      templates: await readTemplates(TEMPLATES_DIR),
      generator: { name: 'g', version: '0' },
      packageName: '',
      precompiled,
    };
    // A name no other run of this process compiles: nothing is cached under its keys.
    const name = 'BrandingProbeError';
    const offered = brandedPrecompiled(ctx, name);
    expect(offered.size).toBeGreaterThan(20);
    const fresh = compilePackage(runtimeFiles(ctx, name), 'sdk');
    let compared = 0;
    for (const file of fresh.files) {
      const key = fresh.inputHashes[file.path];
      if (key === undefined || !offered.has(key)) continue;
      expect(offered.get(key), file.path).toBe(file.contents);
      compared++;
    }
    expect(compared).toBeGreaterThan(20);
  }, 120_000);
});
