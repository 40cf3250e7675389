/**
 * The packed SDK installed without the mock's optional peers (Ajv, the multipart parser): its mock
 * command prints one line naming the install command of every peer and exits 1, from both module
 * builds; and `import { startMock } from '<pkg>/mock'` (ES module and CommonJS) imports fine while
 * `startMock` rejects with that same line, instead of a bare module-resolution error (review9 F5);
 * likewise `<pkg>/msw` imports fine and `createMswHandlers` rejects with it.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFailure } from '../../templates/mock/cli-main.js';

const SDK = fileURLToPath(new URL('../../generated/sdk', import.meta.url));
const pkg = JSON.parse(readFileSync(path.join(SDK, 'package.json'), 'utf8')) as { name: string };
const work = mkdtempSync(path.join(os.tmpdir(), 'shellapi-mock-peers-'));
const app = path.join(work, 'app');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const PREFIX =
  'The mock needs its optional peer dependencies (ajv is missing): npm install --save-dev ';

/** The line is the hint, and its install command names every peer (it named only Ajv's two). */
function expectHint(line: string): void {
  expect(line.startsWith(PREFIX), line).toBe(true);
  expect(line.slice(PREFIX.length).split(' ').sort()).toEqual([
    '@remix-run/multipart-parser',
    'ajv',
    'ajv-formats',
  ]);
}

/** True when some node_modules above the temporary folder would supply Ajv anyway. */
function ajvReachable(): boolean {
  try {
    createRequire(path.join(work, 'x.js')).resolve('ajv');
    return true;
  } catch {
    return false;
  }
}

function npm(args: string[], cwd: string): Promise<string> {
  // No registry: a closed port, offline, a private cache.
  const env = {
    ...process.env,
    npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_offline: 'true',
    npm_config_cache: path.join(work, 'npm-cache'),
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  return new Promise((resolve, reject) =>
    execFile('npm', args, { cwd, env, maxBuffer: 64 << 20 }, (error, stdout, stderr) =>
      error ? reject(new Error(`npm ${args[0]}: ${stderr}`)) : resolve(stdout),
    ),
  );
}

const skip = ajvReachable();

beforeAll(async () => {
  if (skip) return;
  const [packed] = JSON.parse(
    await npm(['pack', SDK, '--pack-destination', work, '--json'], work),
  ) as { filename: string }[];
  mkdirSync(app);
  writeFileSync(path.join(app, 'package.json'), '{ "name": "app", "private": true }\n');
  // Optional peers are not installed by npm: the project has the SDK alone.
  await npm(['install', path.join(work, packed!.filename)], app);
}, 180_000);

const node = (args: string[]) =>
  spawnSync(process.execPath, args, { cwd: app, encoding: 'utf8', timeout: 60_000 });

describe.skipIf(skip)('the packed SDK without its mock peers', () => {
  it.each(['dist/mock/cli.js', 'dist/cjs/mock/cli.js'])(
    'its command %s names every peer and exits 1',
    (cli) => {
      const run = node([path.join(app, 'node_modules', pkg.name, cli), '--port', '0']);
      const [line, ...rest] = run.stderr.split('\n');
      expectHint(line!);
      expect(rest).toEqual(['']);
      expect(run.status).toBe(1);
    },
  );

  const script = (load: string): string =>
    `${load}.then(async (m) => {
      for (const start of [m.startMock, m.createMockEngine])
        await start({ port: 0 }).then(() => console.log('started'), (e) => console.log(e.message));
    });`;

  it.each([
    ['an ES module', ['--input-type=module', '-e', script(`import('${pkg.name}/mock')`)]],
    [
      'CommonJS',
      ['--input-type=commonjs', '-e', script(`Promise.resolve(require('${pkg.name}/mock'))`)],
    ],
  ])('imported from %s, startMock and createMockEngine reject with the hint', (_, args) => {
    const run = node(args);
    expect(run.stderr).toBe('');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expectHint(line);
    expect(run.status).toBe(0);
  });

  // A stand-in for msw's `http` namespace: the handlers must not be built, the engine is missing.
  const mswScript = (load: string): string =>
    `${load}.then((m) => {
      const make = () => () => { throw new Error('handler built without the engine'); };
      const http = Object.fromEntries(
        ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'].map((k) => [k, make()]),
      );
      console.log('imported');
      return m.createMswHandlers(http).then(() => console.log('created'), (e) => console.log(e.message));
    });`;

  it.each([
    ['an ES module', ['--input-type=module', '-e', mswScript(`import('${pkg.name}/msw')`)]],
    [
      'CommonJS',
      ['--input-type=commonjs', '-e', mswScript(`Promise.resolve(require('${pkg.name}/msw'))`)],
    ],
  ])(
    'imported from %s, the msw entry loads and createMswHandlers rejects with the hint',
    (_, args) => {
      const run = node(args);
      expect(run.stderr).toBe('');
      const [imported, ...rest] = run.stdout.trimEnd().split('\n');
      expect(imported).toBe('imported');
      expect(rest).toHaveLength(1);
      expectHint(rest[0]!);
      expect(run.status).toBe(0);
    },
  );
});

it('other load failures keep their stack', () => {
  const error = new Error('boom');
  expect(loadFailure(error)).toBe(`${error.stack}\n`);
  const other = Object.assign(new Error("Cannot find module 'left-pad'"), {
    code: 'ERR_MODULE_NOT_FOUND',
  });
  expect(loadFailure(other)).toContain('left-pad');
  expect(loadFailure(other)).not.toContain('npm install');
});
