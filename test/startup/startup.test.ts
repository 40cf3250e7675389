/**
 * The CLI runs as built JavaScript and loads only what a command needs: `--help` resolves no
 * TypeScript source and none of the heavy packages (checked with a module resolve hook that logs
 * every URL the process imports, plus, at exit, every file it loaded through `require`: the build
 * requires its CommonJS packages, and `require` does not pass through resolve hooks).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staleReason } from '../../generator/stale.mjs';
import { keepUnchanged } from '../../generator/build.mjs';
import { BIN, REPO } from '../helpers/cli.js';
import { runLogged as runLoggedIn } from '../helpers/module-log.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-startup-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const runLogged = (args: string[]) => runLoggedIn(dir, args);

describe('CLI start-up', () => {
  it('--help runs the build and loads no TypeScript source and no heavy package', async () => {
    // A first run rebuilds if a source changed since the last build (that run may load esbuild).
    spawnSync(process.execPath, [BIN, '--help'], { cwd: REPO });
    const run = await runLogged(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: shellapi-gen <command>');
    expect(run.urls.some((u) => /\/build\/cli\.js$/.test(u))).toBe(true);
    const heavy = run.urls.filter((u) =>
      /\/node_modules\/(?:prettier|ts-morph|typescript|tsx|esbuild|yaml|ajv|openapi-typescript)\/|\.ts$/.test(
        u,
      ),
    );
    expect(heavy).toEqual([]);
  });

  it('lint loads the loader but not the emitters, TypeScript, ts-morph or prettier', async () => {
    const run = await runLogged(['lint']);
    expect(run.urls.some((u) => /\/node_modules\/js-yaml\//.test(u))).toBe(true);
    const heavy = run.urls.filter((u) =>
      /\/node_modules\/(?:prettier|ts-morph|typescript|tsx)\/|\/build\/(?:client|docs|python|format|compile)-/.test(
        u,
      ),
    );
    expect(heavy).toEqual([]);
  });
});

describe('one TypeScript', () => {
  it('generate loads the typescript package once, not the copy bundled in ts-morph, and no Redocly', async () => {
    const out = path.join(dir, 'client-out');
    const spec = path.join(REPO, 'test', 'fixtures', 'specs', 'legacy-30', 'openapi.yaml');
    const run = await runLogged(['generate', '--spec', spec, '--out', out, '--only', 'client']);
    expect(run.status).toBe(0);
    const compilers = [
      ...new Set(run.urls.filter((u) => /\/typescript\.js$/.test(u) && !/\/prettier\//.test(u))),
    ];
    expect(compilers.map((u) => u.replace(/.*\/node_modules\//, ''))).toEqual([
      'typescript/lib/typescript.js',
    ]);
    // openapi-typescript's transform runs without Redocly's lint and bundle (emit/types/openapi-ts.ts):
    // only the few helper modules its ref parser needs.
    expect(run.urls.some((u) => /\/node_modules\/openapi-typescript\//.test(u))).toBe(true);
    const redocly = run.urls.filter((u) =>
      /\/node_modules\/@redocly\/(?:ajv\/|openapi-core\/lib\/(?:index|lint|bundle|config\/))/.test(
        u,
      ),
    );
    expect(redocly).toEqual([]);
  });
});

describe('a clean client run loads only what it uses', () => {
  const petstore = path.join(REPO, '..', 'shared', 'specs', 'petstore.yaml');
  it.skipIf(!existsSync(petstore))(
    'petstore: no Ajv (the fast check decides every example), no yaml (js-yaml parses, nothing to place), no semver, no Redocly utilities',
    async () => {
      const out = path.join(dir, 'petstore-client');
      const run = await runLogged([
        'generate',
        '--spec',
        petstore,
        '--out',
        out,
        '--only',
        'client',
      ]);
      expect(run.status).toBe(0);
      expect(run.stderr).toBe('');
      const loaded = [
        ...new Set(
          run.urls
            .map((u) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(u))
            .filter((m) => m !== null)
            .map((m) => `${m[1]}/${m[2]}`),
        ),
      ];
      const unwanted = loaded.filter((file) =>
        /^(?:ajv\/(?!dist\/runtime\/)|(?:ajv-draft-04|yaml|semver|https-proxy-agent|agent-base|debug|minimatch)\/)|^@redocly\/openapi-core\/lib\/utils\.js$/.test(
          file,
        ),
      );
      expect(unwanted).toEqual([]);
      // ts-morph's bundle without its lib files table or glob packages (vendor-ts-morph.mjs).
      const tsMorph = run.urls.filter((u) =>
        /\/ts-morph-lib-files\.cjs$|\/node_modules\/(?:.*\/)?(?:minimatch|tinyglobby|fdir|picomatch)\//.test(
          u,
        ),
      );
      expect(tsMorph).toEqual([]);
      expect(run.urls.some((u) => /\/build\/ts-morph\.cjs$/.test(u))).toBe(true);
      // (The precompiled document validator needs Ajv's small runtime helpers, not Ajv.) What is
      // loaded instead: ajv-formats' table alone, and Redocly's ref helpers.
      expect(loaded).toContain('ajv-formats/dist/formats.js');
      expect(loaded).toContain('@redocly/openapi-core/lib/ref-utils.js');
    },
  );
});

describe('rebuilds', () => {
  it('a file the rebuild did not change keeps its identity (the code cache keys on it)', async () => {
    const current = await mkdtemp(path.join(dir, 'current-'));
    const fresh = await mkdtemp(path.join(dir, 'fresh-'));
    for (const [name, before, after] of [
      ['same.cjs', 'module.exports = 1;\n', 'module.exports = 1;\n'],
      ['edited.cjs', 'module.exports = 1;\n', 'module.exports = 2;\n'],
    ]) {
      await writeFile(path.join(current, name!), before!);
      await writeFile(path.join(fresh, name!), after!);
    }
    await writeFile(path.join(fresh, 'new.cjs'), 'module.exports = 3;\n');
    await keepUnchanged(fresh, current);
    const ino = async (d: string, f: string) => (await stat(path.join(d, f))).ino;
    expect(await ino(fresh, 'same.cjs')).toBe(await ino(current, 'same.cjs'));
    expect(await ino(fresh, 'edited.cjs')).not.toBe(await ino(current, 'edited.cjs'));
    expect(await readFile(path.join(fresh, 'edited.cjs'), 'utf8')).toBe('module.exports = 2;\n');
    expect((await readdir(fresh)).sort()).toEqual(['edited.cjs', 'new.cjs', 'same.cjs']);
  });
});

describe('build staleness', () => {
  it('a build is stale when missing, when a source is newer, or when a source is gone', async () => {
    const root = await mkdtemp(path.join(dir, 'root-'));
    const build = path.join(root, 'build');
    expect(staleReason(build, root)).toBe('no build');
    await writeFile(path.join(root, 'a.ts'), 'export {};\n');
    const builtAt = Date.now();
    await utimes(path.join(root, 'a.ts'), new Date(builtAt - 10_000), new Date(builtAt - 10_000));
    await mkdir(build);
    await writeFile(path.join(build, 'inputs.json'), JSON.stringify({ builtAt, inputs: ['a.ts'] }));
    expect(staleReason(build, root)).toBeUndefined();
    await utimes(path.join(root, 'a.ts'), new Date(builtAt + 10_000), new Date(builtAt + 10_000));
    expect(staleReason(build, root)).toBe('a.ts changed');
    await rm(path.join(root, 'a.ts'));
    expect(staleReason(build, root)).toBe('a.ts changed');
    // A source under what is now a file (ENOTDIR, not ENOENT): changed too, not a crash.
    await writeFile(path.join(root, 'd'), '');
    await writeFile(
      path.join(build, 'inputs.json'),
      JSON.stringify({ builtAt, inputs: ['d/b.ts'] }),
    );
    expect(staleReason(build, root)).toBe('d/b.ts changed');
  });
});
