/**
 * ts-morph as the generator loads it: one CommonJS file, `build/ts-morph.cjs`, bundled from the
 * installed ts-morph and @ts-morph/common by generator/build.mjs, with three changes to
 * @ts-morph/common made while bundling (its code is otherwise untouched):
 *
 * - `require('./typescript')`, its own 9 MB copy of the compiler, requires the `typescript` package
 *   instead (the one openapi-typescript and the compile stage load), when both are the same minor
 *   release (ts-morph is pinned to the one bundling ours);
 * - its 2.4 MB table of TypeScript's lib files (`libFiles`), built on load, moves to its own file,
 *   `build/ts-morph-lib-files.cjs`, required the first time ts-morph asks for it (a project on an
 *   in-memory file system that does not skip its lib files; ours skips them). On every load it was
 *   read, and its strings made and kept, its code cache entry twice the size of TypeScript's own;
 * - minimatch and tinyglobby (with fdir and picomatch), for globs on a real file system, are
 *   required where they are called instead of on load.
 *
 * Each change finds its exact text in the installed version or no bundle is made (bundleTsMorph:
 * false);
 * build.mjs then loads ts-morph as installed, with its TypeScript copy pointed at ours.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const TS_MORPH_FILE = 'ts-morph.cjs';
export const LIB_FILES_FILE = 'ts-morph-lib-files.cjs';

const minor = (version) => version.split('.').slice(0, 2).join('.');

/** Where ts-morph's and its @ts-morph/common's entry files are, and whether common's TypeScript is ours. */
export function tsMorphFiles(root) {
  const resolve = createRequire(path.join(root, 'package.json')).resolve;
  const tsMorph = resolve('ts-morph');
  const commonRequire = createRequire(tsMorph);
  const commonPackage = commonRequire.resolve('@ts-morph/common/package.json');
  const bundled = JSON.parse(readFileSync(commonPackage, 'utf8')).devDependencies?.typescript;
  const ours = JSON.parse(readFileSync(resolve('typescript/package.json'), 'utf8')).version;
  return {
    tsMorph,
    common: commonRequire.resolve('@ts-morph/common'),
    sameTypeScript: minor(bundled ?? '') === minor(ours),
  };
}

/** `text` with `from` replaced by `to`, `count` times exactly; undefined when the count differs. */
function replaceExactly(text, from, to, count = 1) {
  const parts = text.split(from);
  return parts.length === count + 1 ? parts.join(to) : undefined;
}

/**
 * @ts-morph/common's source with the changes above, plus the lib files table as a module's text;
 * undefined when any change does not find its text.
 */
export function splitCommon(source) {
  const start = 'const libFiles = [{';
  const getter = 'function getLibFiles() {\n    return libFiles;\n}';
  const from = source.indexOf(start);
  const to = source.indexOf(getter);
  if (from < 0 || to < from || source.indexOf(start, from + 1) >= 0) return undefined;
  const table = source.slice(from + 'const libFiles = '.length, to).trimEnd();
  if (!table.endsWith('];')) return undefined;
  const libFiles = `'use strict';\nmodule.exports = ${table}\n`;
  let text = `${source.slice(0, from)}let libFiles;\n${source.slice(to)}`;
  const steps = [
    [
      getter,
      `function getLibFiles() {\n    return (libFiles ??= require('./${LIB_FILES_FILE}'));\n}`,
    ],
    ["var ts = require('./typescript');", "var ts = require('typescript');"],
    // Required when a glob is matched: the declaration and its namespace copy go.
    ["var minimatch = require('minimatch');\n", ''],
    ['var minimatch__namespace = /*#__PURE__*/_interopNamespaceCompat(minimatch);\n', ''],
    ['minimatch__namespace.minimatch(', "require('minimatch').minimatch(", 2],
    ["var tinyglobby = require('tinyglobby');\n", ''],
    ['tinyglobby.glob(', "require('tinyglobby').glob(", 1],
    ['tinyglobby.globSync(', "require('tinyglobby').globSync(", 1],
  ];
  for (const [a, b, count] of steps) {
    text = replaceExactly(text, a, b, count);
    if (text === undefined) return undefined;
  }
  // Nothing else may still use the names whose declarations went.
  const rest = text.replace(
    /require\('(?:minimatch|tinyglobby)'\)\.(?:minimatch|glob|globSync)\(/g,
    '',
  );
  if (/minimatch|tinyglobby/.test(rest)) return undefined;
  return { common: text, libFiles };
}

/**
 * Bundles ts-morph into `outdir` (TS_MORPH_FILE and LIB_FILES_FILE) with esbuild's `build`;
 * false, writing nothing, when this installation cannot be bundled so.
 */
export async function bundleTsMorph(esbuild, root, outdir) {
  const files = tsMorphFiles(root);
  if (!files.sameTypeScript) return false;
  const split = splitCommon(readFileSync(files.common, 'utf8'));
  if (split === undefined) return false;
  const { writeFile } = await import('node:fs/promises');
  await writeFile(path.join(outdir, LIB_FILES_FILE), split.libFiles);
  await esbuild({
    absWorkingDir: root,
    entryPoints: [files.tsMorph],
    outfile: path.join(outdir, TS_MORPH_FILE),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    logLevel: 'error',
    external: ['typescript', `./${LIB_FILES_FILE}`],
    plugins: [
      {
        name: 'ts-morph-common',
        setup(build) {
          build.onLoad({ filter: /\.js$/ }, (args) =>
            args.path === files.common
              ? { contents: split.common, loader: 'js', resolveDir: path.dirname(files.common) }
              : undefined,
          );
        },
      },
    ],
  });
  return true;
}
