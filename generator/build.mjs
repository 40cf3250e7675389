#!/usr/bin/env node
/**
 * Builds the generator into `build/` (ES modules, one chunk per lazily imported part), so the CLI
 * runs as plain JavaScript with no TypeScript transpiler at run time, and compiles the runtime
 * templates (build/precompiled-templates.json) and the OpenAPI document validators
 * (build/openapi-validator-*.cjs) once. `npm ci` runs it (`prepare`);
 * `bin.mjs` runs it again whenever a source listed in `build/inputs.json` is newer than the build
 * (generator/stale.mjs).
 *
 * `build/` sits at the same depth as `generator/`, so `new URL('..', import.meta.url)` in the
 * bundled code still names the repository root (config.ts finds package.json and templates/ that way).
 */
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  link,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rename,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { BUILD_DIR, INPUTS, ROOT, staleReason } from './stale.mjs';
import { removeDeadTemps } from './util/stale-temps.mjs';
import { bundleTsMorph, TS_MORPH_FILE, tsMorphFiles } from './vendor-ts-morph.mjs';

export { BUILD_DIR, ROOT, staleReason };

/**
 * CommonJS packages the generator loads through `require` instead of `import`: Node's ES module
 * loader scans a CommonJS file for its export names and probes its syntax first, which costs about
 * half a second of CPU on typescript.js alone (openapi-typescript's CommonJS modules are required
 * directly, see generator/emit/types/openapi-ts.ts).
 */
const REQUIRED_PACKAGES = /^(typescript|ts-morph|yaml|semver|ajv-draft-04|ajv-formats|ajv(\/.*)?)$/;

/**
 * `require('ts-morph')` in the bundle: the build's own ts-morph bundle when there is one
 * (generator/vendor-ts-morph.mjs). Otherwise ts-morph as installed, where @ts-morph/common requires
 * its own copy of TypeScript (`dist/typescript.js`, 9 MB) next to the `typescript` package: when
 * both are the same minor release, the copy's `require.cache` entry is pointed at the package, so
 * there is one compiler to read and compile (on a mismatch the copy loads as before: slower, still
 * correct; test/startup checks it stays one).
 */
function tsMorphModule(bundled) {
  if (bundled) return `module.exports = require('./${TS_MORPH_FILE}');`;
  if (!tsMorphFiles(ROOT).sameTypeScript) return `module.exports = require('ts-morph');`;
  return `const path = require('node:path');
const common = require.resolve('@ts-morph/common', { paths: [path.dirname(require.resolve('ts-morph'))] });
const copy = path.join(path.dirname(common), 'typescript.js');
require('typescript');
require.cache[copy] ??= require.cache[require.resolve('typescript')];
module.exports = require('ts-morph');`;
}

/**
 * `import x from 'pkg'` → a module that is `require('pkg')`. A package imported by default only is
 * an ES module exporting the required object: esbuild's interop for a CommonJS module copies every
 * export into a fresh object in each chunk that imports it (2,244 getters for typescript, in nine
 * chunks: ≈ 40 ms a run). Packages with named imports keep the interop.
 */
const DEFAULT_IMPORT_ONLY = /^(typescript|ajv(\/.*)?)$/;

/** `tsMorphBundled`: whether build/ts-morph.cjs was made (see tsMorphModule). */
const requireCommonJs = (tsMorphBundled) => ({
  name: 'require-commonjs',
  setup(build) {
    // The ts-morph bundle (TS_MORPH_FILE) sits beside the chunks.
    build.onResolve({ filter: /^\.\/ts-morph\.cjs$/ }, (args) => ({
      path: args.path,
      external: true,
    }));
    build.onResolve({ filter: REQUIRED_PACKAGES }, (args) =>
      args.kind === 'require-call'
        ? { path: args.path, external: true }
        : { path: args.path, namespace: 'require-commonjs' },
    );
    build.onLoad({ filter: /.*/, namespace: 'require-commonjs' }, (args) => {
      const id = JSON.stringify(args.path);
      if (args.path === 'ts-morph')
        return { contents: tsMorphModule(tsMorphBundled), loader: 'js' };
      if (DEFAULT_IMPORT_ONLY.test(args.path))
        return { contents: `export default require(${id});`, loader: 'js' };
      return { contents: `module.exports = require(${id});`, loader: 'js' };
    });
  },
});

/** Every chunk gets a real `require` (esbuild's ES module output otherwise has none). */
const REQUIRE_BANNER =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

/**
 * Bundles into a fresh folder, then swaps it in with renames, so a process starting meanwhile sees
 * either a whole build or none (and then builds or runs the sources itself).
 */
/**
 * The hash of the emitters' sources, baked into the build: it keys the compile stage's caches
 * (generator/emit/compile.ts hashes the same list the same way when run from its sources).
 */
function emitterSourcesHash() {
  const files = [
    'generator/emit/compile.ts',
    'generator/emit/duplicate-declarations.ts',
    'generator/emit/own-declarations.ts',
    'generator/emit/own-emit.ts',
    'generator/emit/transpile.ts',
  ];
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(path.join(ROOT, file)))
      .update('\0');
  return hash.digest('hex');
}

export async function build() {
  const { build: esbuild } = await import('esbuild');
  const builtAt = Date.now();
  const tmp = `${BUILD_DIR}.tmp-${process.pid}-${builtAt}`;
  // A build killed half-way (Ctrl-C, a test timeout) left its temp folder: remove it.
  await removeDeadTemps(path.dirname(BUILD_DIR), /^build\.(?:tmp|old)-(\d+)-\d+$/);
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  const tsMorphBundled = await bundleTsMorph(esbuild, ROOT, tmp);
  if (!tsMorphBundled)
    console.warn(
      'ts-morph not bundled (generator/vendor-ts-morph.mjs found other text than it patches): it loads as installed, a little slower per run',
    );
  const result = await esbuild({
    absWorkingDir: ROOT,
    entryPoints: {
      cli: 'generator/cli.ts',
      'precompile-templates': 'generator/emit/precompile-templates.ts',
      'openapi-schema-standalone': 'generator/load/validate/openapi-schema-standalone.ts',
      'warm-code-cache': 'generator/warm-code-cache.ts',
      'prettier-plugins': 'generator/format/prettier-plugins.ts',
    },
    outdir: tmp,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    chunkNames: '[name]-[hash]',
    metafile: true,
    logLevel: 'error',
    plugins: [requireCommonJs(tsMorphBundled)],
    banner: { js: REQUIRE_BANNER },
    define: { __EMITTER_SOURCES_HASH__: JSON.stringify(emitterSourcesHash()) },
  });
  const inputs = [
    ...new Set([
      ...Object.keys(result.metafile.inputs).filter(
        (input) => !input.startsWith('require-commonjs:'),
      ),
      'generator/build.mjs',
      'generator/stale.mjs',
      'generator/util/stale-temps.mjs',
      'generator/vendor-ts-morph.mjs',
      'package.json',
    ]),
  ].sort();
  // The runtime templates' compiled outputs, so no user's run compiles them (precompiled-templates.ts).
  const precompile = await import(pathToFileURL(path.join(tmp, 'precompile-templates.js')).href);
  await writeFile(
    path.join(tmp, precompile.PRECOMPILED_FILE),
    JSON.stringify(await precompile.precompileTemplates()),
  );
  // The OpenAPI document validators as code, so no run compiles the official schemas (openapi-schema.ts).
  const validators = await import(
    pathToFileURL(path.join(tmp, 'openapi-schema-standalone.js')).href
  );
  for (const [file, code] of Object.entries(validators.standaloneValidators()))
    await writeFile(path.join(tmp, file), code);
  // What each prettier plugin offers, so the format stage requires a plugin only when it is used.
  const prettier = await import(pathToFileURL(path.join(tmp, 'prettier-plugins.js')).href);
  await writeFile(
    path.join(tmp, prettier.PLUGINS_FILE),
    JSON.stringify(await prettier.describePlugins()),
  );
  await writeFile(path.join(tmp, INPUTS), `${JSON.stringify({ builtAt, inputs }, null, 2)}\n`);
  await keepUnchanged(tmp, BUILD_DIR);
  const old = `${BUILD_DIR}.old-${process.pid}-${builtAt}`;
  await rename(BUILD_DIR, old).catch(() => undefined);
  try {
    await rename(tmp, BUILD_DIR);
  } catch {
    // Another process swapped in its build first (built from the same sources): keep that one.
  }
  await Promise.all([
    rm(old, { recursive: true, force: true }),
    rm(tmp, { recursive: true, force: true }),
  ]);
}

/**
 * Files of the new build byte-identical to the current build's become hard links to them. The V8
 * code cache keys a file by its identity (inode, modification time, generator/util/code-cache.ts),
 * so a rebuild after an edit (bin.mjs's, which writes no cache) keeps the entries of the large files
 * it did not change: build/ts-morph.cjs, the document validators.
 */
export async function keepUnchanged(fresh, current) {
  for (const name of await readdir(fresh)) {
    const before = path.join(current, name);
    const after = path.join(fresh, name);
    try {
      const [was, is] = await Promise.all([stat(before), stat(after)]);
      if (!was.isFile() || !is.isFile() || was.size !== is.size) continue;
      if (!(await readFile(before)).equals(await readFile(after))) continue;
      // Linked beside, then renamed over: the fresh copy is never missing.
      await link(before, `${after}.link`);
      await rename(`${after}.link`, after);
    } catch {
      // No such file before, or no hard links here: the fresh copy stays.
    }
  }
}

/**
 * One full generation of the project's spec into a temporary folder, recording the V8 code cache
 * of the large CommonJS files it compiles (generator/util/code-cache.ts): later runs skip most of
 * their compilation. Entries are keyed by content, so they stay valid when `build/` is rebuilt
 * (bin.mjs's rebuild after an edit skips this step); a failure only costs that speed.
 */
export async function warmCodeCache() {
  const out = await mkdtemp(path.join(os.tmpdir(), 'shellapi-gen-warm-'));
  try {
    const run = spawnSync(
      process.execPath,
      [
        path.join(BUILD_DIR, 'warm-code-cache.js'),
        'generate',
        '--spec',
        'spec/openapi.yaml',
        '--out',
        out,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    if (run.status !== 0) console.warn(`code cache not warmed: ${run.stderr || run.stdout}`);
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const ifStale = process.argv.includes('--if-stale');
  try {
    if (!ifStale || staleReason() !== undefined) {
      await build();
      await warmCodeCache();
    }
  } catch (error) {
    // An install without dev dependencies has no esbuild: bin.mjs then runs the sources through tsx.
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    console.warn(`generator not built (${error.message.split('\n')[0]}); the CLI runs its sources`);
  }
}
