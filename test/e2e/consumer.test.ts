/**
 * The packed package, consumed the way a user would: `npm pack` the generated SDK, install the
 * tarball into a fresh ESM project with no registry reachable, then (a) type-check a strict
 * NodeNext TypeScript file calling every resource method (generated from the IR) and one using
 * the mock's types, (b) run a plain .mjs that starts the packaged mock and streams a chat
 * completion, (c) show the client entry is browser-safe (no `node:` imports reachable) and that
 * one standalone operation bundles to less than half of the whole client, (d) type-check and run
 * the package under each module set-up a Node project may use (ESM `nodenext`, CommonJS `require`,
 * `moduleResolution: bundler`, `node10`), with `lib` lacking `dom` and `skipLibCheck: false`.
 */
import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatSizes, measureBundles } from '../../bench/bundle-size.js';
import { REPO } from '../helpers/cli.js';
import { plannedCalls, withStreamFlag } from './ir-calls.js';
import { loadShellIr, SDK_DIR } from './shell-ir.js';
import { usageSource } from './usage-source.js';
import { MOCK_PEERS } from '../../templates/mock/peers.js';

const { ir, plans } = await loadShellIr();
const pkg = JSON.parse(readFileSync(path.join(SDK_DIR, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};
const TSC = path.join(REPO, 'node_modules/typescript/bin/tsc');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

let work: string;
let app: string;
let installed: string;
let packedFiles: string[] = [];

/** npm with no registry: a closed port on 127.0.0.1, offline mode and an empty private cache. */
function offlineNpm(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_offline: 'true',
    npm_config_cache: path.join(work, 'npm-cache'),
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
}

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'shellapi-consumer-'));
  const pack = await run(
    'npm',
    ['pack', SDK_DIR, '--pack-destination', work, '--json'],
    work,
    offlineNpm(),
  );
  expect(pack.code, pack.stderr).toBe(0);
  const [packed] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  packedFiles = packed!.files.map((f) => f.path).sort();
  app = path.join(work, 'app');
  mkdirSync(app);
  writeFileSync(
    path.join(app, 'package.json'),
    `${JSON.stringify({ name: 'consumer', version: '0.0.0', private: true, type: 'module' }, null, 2)}\n`,
  );
  const install = await run(
    'npm',
    ['install', path.join(work, packed!.filename), '--offline', '--no-audit', '--no-fund'],
    app,
    offlineNpm(),
  );
  expect(install.code, install.stderr).toBe(0);
  installed = path.join(app, 'node_modules', ...pkg.name.split('/'));
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The mock's optional peer dependencies (Ajv, the multipart parser), as a project that runs the mock installs them. */
function installMockPeers(): void {
  // Symlinks resolve to the repository's copies, which find their own dependencies beside them.
  for (const name of Object.keys(MOCK_PEERS)) {
    const target = path.join(app, 'node_modules', name);
    mkdirSync(path.dirname(target), { recursive: true });
    if (!existsSync(target)) symlinkSync(path.join(REPO, 'node_modules', name), target, 'dir');
  }
}

/** Resource methods of a live client: `a.b.method` for every method on every resource object. */
function resourceMethods(
  root: object,
  resourceClass: abstract new (...args: never[]) => object,
): string[] {
  const out: string[] = [];
  const visit = (node: object, at: string[]): void => {
    for (const [name, value] of Object.entries(node)) {
      if (!(value instanceof resourceClass)) continue;
      const here = [...at, name];
      for (const method of Object.getOwnPropertyNames(Object.getPrototypeOf(value))) {
        if (
          method !== 'constructor' &&
          typeof (value as Record<string, unknown>)[method] === 'function'
        )
          out.push([...here, method].join('.'));
      }
      visit(value, here);
    }
  };
  visit(root, []);
  return out.sort();
}

function writeProject(
  name: string,
  files: Record<string, string>,
  compilerOptions: Record<string, unknown>,
): string {
  const config = {
    compilerOptions: {
      strict: true,
      noEmit: true,
      target: 'ES2022',
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      skipLibCheck: false,
      ...compilerOptions,
    },
    files: Object.keys(files),
  };
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(app, file), text);
  const configFile = path.join(app, `tsconfig.${name}.json`);
  writeFileSync(configFile, JSON.stringify(config, null, 2));
  return configFile;
}

describe('the packed @shellapi/sdk in a fresh project', () => {
  it('packs dist, src and README, and installs offline with no registry', () => {
    for (const file of [
      'package.json',
      'README.md',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/mock/index.js',
      'dist/mock/index.d.ts',
      'dist/msw/index.js',
      'dist/cjs/index.js',
      'dist/cjs/index.d.ts',
      'dist/cjs/package.json',
      'dist/cjs/mock/index.js',
      'mock/package.json',
      'msw/package.json',
      'src/index.ts',
    ]) {
      expect(packedFiles, file).toContain(file);
    }
    const stub = (f: string): boolean => f === 'mock/package.json' || f === 'msw/package.json';
    expect(
      packedFiles.every(
        (f) =>
          f === 'package.json' ||
          f === 'README.md' ||
          stub(f) ||
          f.startsWith('dist/') ||
          f.startsWith('src/'),
      ),
    ).toBe(true);
    const manifest = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8')) as {
      name: string;
      version: string;
      dependencies?: object;
    };
    expect(manifest.name).toBe(pkg.name);
    expect(manifest.version).toBe(pkg.version);
    expect(manifest.dependencies ?? {}).toEqual({});
    // Nothing but the package itself was installed.
    expect(readdirSync(path.join(app, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual([
      pkg.name.split('/')[0],
    ]);
  });

  /** tsc output lines, per project; both projects compile once, in parallel. */
  let typecheck: Promise<{ client: Run; mock: Run; methods: string[] }> | undefined;
  function typecheckOnce(): Promise<{ client: Run; mock: Run; methods: string[] }> {
    typecheck ??= (async () => {
      const usage = usageSource(ir, plans, pkg.name);
      // Controls: the types are real, not `any` (an unused @ts-expect-error is itself an error).
      const first = ir.operations.find(
        (o) => plans.get(o.operationId)!.response.kind === 'json' && !o.stream && !o.task,
      )!;
      const firstPlan = plans.get(first.operationId)!;
      const call = plannedCalls(ir, firstPlan)[0]!;
      const firstArgs = [
        ...call.pathArgs.map((a) => JSON.stringify(a)),
        ...(firstPlan.paramsType ? [JSON.stringify(call.params ?? {})] : []),
      ];
      const controls = [
        'export async function controls(client: ShellApi): Promise<void> {',
        '  // @ts-expect-error not a resource of the client',
        '  void client.noSuchResource;',
        '  // @ts-expect-error a JSON response is not a number',
        `  const wrong: number = await client.${[...first.names.resource, first.names.method].join('.')}(${firstArgs.join(', ')});`,
        '  void wrong;',
        '}',
        '',
      ].join('\n');
      const mockUsage = [
        `import { startMock, createMockEngine, type MockServer, type MockEngine } from '${pkg.name}/mock';`,
        `import { ShellApi } from '${pkg.name}';`,
        '',
        'export async function useMock(): Promise<string> {',
        "  const mock: MockServer = await startMock({ clock: 'manual', port: 0 });",
        '  mock.clock.advance(5000);',
        '  const engine: MockEngine = await createMockEngine();',
        '  void engine;',
        "  const client = new ShellApi({ apiKey: 'sk-mock', baseUrl: mock.url });",
        '  void client;',
        '  await mock.close();',
        '  return mock.url;',
        '}',
        '',
      ].join('\n');
      // The client without Node's types (browser-safe declarations); the mock with them (it is a Node server).
      const clientProject = writeProject(
        'client',
        { 'usage.ts': `${usage.source}\n${controls}` },
        { types: [] },
      );
      const mockProject = writeProject(
        'mock',
        { 'mock-usage.ts': mockUsage },
        { types: ['node'], typeRoots: [path.join(REPO, 'node_modules/@types')] },
      );
      const [client, mock] = await Promise.all([
        run(process.execPath, [TSC, '-p', clientProject], app),
        run(process.execPath, [TSC, '-p', mockProject], app),
      ]);
      return { client, mock, methods: usage.methods };
    })();
    return typecheck;
  }

  /** tsc's diagnostics lines (each starts with the file it is about). */
  function diagnostics(result: Run): string[] {
    return `${result.stdout}${result.stderr}`
      .split('\n')
      .filter((line) => /^\S.*\(\d+,\d+\): error TS/.test(line) || /^error TS/.test(line));
  }

  it('(a) a strict NodeNext TypeScript file calling every resource method type-checks', async () => {
    const { client, methods } = await typecheckOnce();
    expect(diagnostics(client).filter((line) => !line.startsWith('node_modules/'))).toEqual([]);
    // Nothing but package-declaration diagnostics may remain (see the next test).
    expect(
      `${client.stdout}${client.stderr}`
        .split('\n')
        .filter((l) => l.trim() !== '' && !l.startsWith('node_modules/')),
    ).toEqual([]);

    // The file really calls every method of the live client's resource tree, and nothing else.
    const sdk = (await import(pathToFileURL(path.join(installed, 'dist/index.js')).href)) as {
      ShellApi: new (options: object) => object;
      APIResource: abstract new (...args: never[]) => object;
    };
    const live = resourceMethods(
      new sdk.ShellApi({ apiKey: 'sk-walk', baseUrl: 'http://127.0.0.1:9', maxRetries: 0 }),
      sdk.APIResource,
    );
    expect(methods).toEqual(live);
    expect(live.length).toBeGreaterThanOrEqual(ir.operations.length);
  });

  it('(a) @shellapi/sdk/mock types resolve (with Node types)', async () => {
    const { mock } = await typecheckOnce();
    expect(
      `${mock.stdout}${mock.stderr}`
        .split('\n')
        .filter((l) => l.trim() !== '' && !l.startsWith('node_modules/')),
    ).toEqual([]);
  });

  it('(a) the package declaration files are themselves valid (skipLibCheck: false)', async () => {
    const { client, mock } = await typecheckOnce();
    expect([...new Set([...diagnostics(client), ...diagnostics(mock)])]).toEqual([]);
    expect(client.code).toBe(0);
    expect(mock.code).toBe(0);
  });

  it('(b) a plain .mjs starts the packaged mock and streams a chat completion', async () => {
    installMockPeers();
    const op = ir.operations.find(
      (o) => o.stream && o.names.resource.join('.') === 'chat.completions',
    )!;
    const call = withStreamFlag(plannedCalls(ir, plans.get(op.operationId)!)[0]!, true);
    const script = [
      `import { ShellApi } from '${pkg.name}';`,
      `import { startMock } from '${pkg.name}/mock';`,
      '',
      "const mock = await startMock({ host: '127.0.0.1', port: 0, clock: 'manual' });",
      'try {',
      "  const client = new ShellApi({ apiKey: 'sk-consumer-0123456789', baseUrl: mock.url, maxRetries: 0 });",
      `  const stream = await client.${op.names.resource.join('.')}.${op.names.method}(${JSON.stringify(call.params)});`,
      '  let chunks = 0;',
      '  for await (const chunk of stream) {',
      "    process.stdout.write(chunk.choices[0]?.delta?.content ?? '');",
      '    chunks++;',
      '  }',
      '  process.stdout.write(`\\n[${chunks} chunks]\\n`);',
      '} finally {',
      '  await mock.close();',
      '}',
      '',
    ].join('\n');
    writeFileSync(path.join(app, 'stream.mjs'), script);
    const result = await run(process.execPath, ['stream.mjs'], app);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // The text the spec's stream examples spell out, chunk by chunk.
    const events = op.stream!.examples.map(
      (e) => e.value as { choices?: { delta?: { content?: string } }[] },
    );
    const text = events.map((e) => e.choices?.[0]?.delta?.content ?? '').join('');
    expect(text.length).toBeGreaterThan(0);
    expect(result.stdout).toBe(`${text}\n[${events.length} chunks]\n`);
  });

  it('(c) the client entry reaches no node: (or Node built-in) import, so it is browser-safe', async () => {
    const entry = path.join(installed, 'dist/index.js');
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'neutral',
      format: 'esm',
      logLevel: 'silent',
    });
    const reached = Object.keys(result.metafile.inputs);
    expect(reached.length).toBeGreaterThan(10);
    expect(reached.some((f) => f.endsWith('dist/core/client.js'))).toBe(true);
    const builtins = new Set(builtinModules);
    const nodeImports = Object.entries(result.metafile.inputs).flatMap(([file, input]) =>
      input.imports
        .filter((i) => i.path.startsWith('node:') || builtins.has(i.path.split('/')[0]!))
        .map((i) => `${file} → ${i.path}`),
    );
    expect(nodeImports).toEqual([]);
    // Nor Ajv: only the mock validates, with its optional peer dependency.
    const packageDir = `node_modules/${pkg.name}/`;
    expect(reached.filter((f) => f.includes('node_modules/') && !f.includes(packageDir))).toEqual(
      [],
    );
    // And the mock entry is the Node part (it does import node:http): the scan can see such imports.
    installMockPeers();
    const mock = await build({
      entryPoints: [path.join(installed, 'dist/mock/index.js')],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'silent',
    });
    expect(
      Object.values(mock.metafile.inputs).some((input) =>
        input.imports.some((i) => i.path.startsWith('node:')),
      ),
    ).toBe(true);
  });

  it('(c) one standalone operation bundles (browser, minified, tree-shaken) to under half of the whole client', async () => {
    const op = ir.operations.find(
      (o) =>
        !o.stream &&
        !o.task &&
        !o.requestBody?.contents.some((c) => c.kind === 'multipart') &&
        plans.get(o.operationId)!.response.kind === 'json',
    )!;
    const sizes = await measureBundles(pkg.name, app, op.names.function);
    console.log(`bundle sizes (esbuild, browser, minified; gzip via zlib):\n${formatSizes(sizes)}`);
    expect(existsSync(installed)).toBe(true);
    expect(sizes.operation.minified).toBeGreaterThan(0);
    expect(sizes.operation.minified).toBeLessThan(sizes.whole.minified / 2);
  });

  describe('(d) module formats, without the DOM lib', () => {
    /** One use of the client, the mock and the msw entry; the same text under every set-up. */
    const usage = (format: string): string =>
      [
        `import { ShellApi, ShellApiError, type TaskSnapshot } from '${pkg.name}';`,
        `import { startMock, type MockServer } from '${pkg.name}/mock';`,
        `import type { OperationId } from '${pkg.name}/msw';`,
        '',
        `export const format = '${format}';`,
        "export const operation: OperationId = 'createEmbedding';",
        'export async function main(): Promise<string> {',
        "  const mock: MockServer = await startMock({ port: 0, clock: 'manual' });",
        '  try {',
        "    const client = new ShellApi({ apiKey: 'sk-formats-0123456789', baseUrl: mock.url, maxRetries: 0 });",
        "    const answer = await client.embeddings.create({ model: 'text-embedding-3-small', input: 'hi' });",
        '    // @ts-expect-error the answer is typed, not any',
        '    const wrong: number = answer;',
        '    void wrong;',
        '    const snapshot: TaskSnapshot | undefined = undefined;',
        '    void snapshot;',
        "    return `${answer.data.length} ${new ShellApiError('x') instanceof Error}`;",
        '  } finally {',
        '    await mock.close();',
        '  }',
        '}',
        '',
      ].join('\n');
    const noDom = {
      lib: ['ES2022'],
      types: ['node'],
      typeRoots: [path.join(REPO, 'node_modules/@types')],
      skipLibCheck: false,
    };
    const setups: [string, string, Record<string, unknown>][] = [
      ['esm-nodenext', 'formats-esm.ts', { module: 'NodeNext', moduleResolution: 'NodeNext' }],
      ['cjs-require', 'formats-cjs.cts', { module: 'NodeNext', moduleResolution: 'NodeNext' }],
      ['bundler', 'formats-bundler.ts', { module: 'ESNext', moduleResolution: 'Bundler' }],
      ['node10', 'formats-node10.ts', { module: 'CommonJS', moduleResolution: 'Node10' }],
    ];

    // The four compile in parallel, once; each set-up's test reads its own result.
    let compiled: Promise<Map<string, Run>> | undefined;
    const compileAll = (): Promise<Map<string, Run>> =>
      (compiled ??= Promise.all(
        setups.map(async ([name, file, options]) => {
          const project = writeProject(
            `formats-${name}`,
            { [file]: usage(name) },
            { ...noDom, ...options },
          );
          return [name, await run(process.execPath, [TSC, '-p', project], app)] as const;
        }),
      ).then((entries) => new Map(entries)));

    it.each(setups)(
      '%s type-checks (lib ES2022, no dom, skipLibCheck false)',
      async (name) => {
        const result = (await compileAll()).get(name)!;
        expect(
          `${result.stdout}${result.stderr}`.split('\n').filter((l) => l.trim() !== ''),
        ).toEqual([]);
        expect(result.code).toBe(0);
      },
      240_000,
    );

    it('require() loads the CommonJS build of the client and the mock, and they work together', async () => {
      const script = [
        `const { ShellApi, BaseClient } = require('${pkg.name}');`,
        `const { startMock } = require('${pkg.name}/mock');`,
        `require('${pkg.name}/msw');`,
        '(async () => {',
        "  const mock = await startMock({ port: 0, clock: 'manual' });",
        '  try {',
        "    const client = new ShellApi({ apiKey: 'sk-formats-0123456789', baseUrl: mock.url, maxRetries: 0 });",
        "    const answer = await client.embeddings.create({ model: 'text-embedding-3-small', input: 'hi' });",
        '    process.stdout.write(`${typeof module} ${client instanceof BaseClient} ${answer.object}\\n`);',
        '  } finally {',
        '    await mock.close();',
        '  }',
        '})().catch((error) => {',
        '  console.error(error);',
        '  process.exit(1);',
        '});',
        '',
      ].join('\n');
      writeFileSync(path.join(app, 'require.cjs'), script);
      installMockPeers();
      const result = await run(process.execPath, ['require.cjs'], app);
      expect(result.stderr).toBe('');
      expect(result.stdout).toBe('object true list\n');
      // The CommonJS files really are CommonJS (no `import` statements left).
      expect(readFileSync(path.join(installed, 'dist/cjs/index.js'), 'utf8')).toMatch(
        /require\("\.\/client\.js"\)/,
      );
    });

    it('the declarations name no DOM-only type', () => {
      const dts = packedFiles
        .filter((f) => f.endsWith('.d.ts'))
        .map((f) => readFileSync(path.join(installed, f), 'utf8'))
        .join('\n');
      expect(
        dts.match(/\b(BodyInit|RequestInit|HeadersInit|RequestInfo|ResponseInit)\b(?![^\n]*\*)/g) ??
          [],
      ).toEqual([]);
    });
  });
});
