/**
 * The build's ts-morph bundle (generator/vendor-ts-morph.mjs): made from the installed ts-morph,
 * it uses the `typescript` package, loads TypeScript's lib files table only when a project asks
 * for it, and still matches globs (minimatch, bundled, runs on first use).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  LIB_FILES_FILE,
  splitCommon,
  TS_MORPH_FILE,
  tsMorphFiles,
} from '../../generator/vendor-ts-morph.mjs';
import { ensureBuild, REPO } from '../helpers/cli.js';

beforeAll(() => {
  ensureBuild();
}, 300_000);

/** Runs `body` (CommonJS) in a fresh process beside the build; its last line of output, parsed. */
function inBuild(body: string): unknown {
  const run = spawnSync(process.execPath, ['-e', body], {
    cwd: path.join(REPO, 'build'),
    encoding: 'utf8',
  });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!);
}

const loaded = `(name) => Object.keys(require.cache).some((f) => f.endsWith(name))`;

describe('ts-morph bundle', () => {
  it('the installed ts-morph is bundled: every change finds its text', () => {
    const files = tsMorphFiles(REPO);
    expect(files.sameTypeScript).toBe(true);
    const split = splitCommon(readFileSync(files.common, 'utf8'));
    expect(split).toBeDefined();
    expect(split!.libFiles.length).toBeGreaterThan(1_000_000);
    expect(split!.common.length).toBeLessThan(200_000);
  });

  it('one TypeScript; lib files only when a project loads them; globs still match', () => {
    const result = inBuild(`
const loaded = ${loaded};
const tsMorph = require('./${TS_MORPH_FILE}');
const sameTs = tsMorph.ts.createSourceFile === require('typescript').createSourceFile && !loaded('/@ts-morph/common/dist/typescript.js');
const options = { useInMemoryFileSystem: true, skipAddingFilesFromTsConfig: true };
const quiet = new tsMorph.Project({ ...options, skipLoadingLibFiles: true });
quiet.createSourceFile('/src/a.ts', 'export const a = 1;');
const before = loaded('${LIB_FILES_FILE}');
const project = new tsMorph.Project(options);
// Typed through the lib files: Array's map.
project.createSourceFile('/src/b.ts', 'export const b = [1].map((n) => String(n));');
project.getFileSystem().writeFileSync('/src/c.ts', 'export const c = 3;');
const added = project.addSourceFilesAtPaths('/src/**/*.ts').map((f) => f.getBaseName()).sort();
const type = project.getSourceFileOrThrow('/src/b.ts').getVariableDeclarationOrThrow('b').getType().getText();
// The printer factory's memoized methods keep their name (emit/client/printer.ts finds them by it).
const factory = Object.getPrototypeOf(project._context.structurePrinterFactory);
const memoized = Object.getOwnPropertyNames(factory).filter((n) => factory[n].name === 'decorator').length > 40;
console.log(JSON.stringify({ sameTs, before, added, type, after: loaded('${LIB_FILES_FILE}'), memoized }));
`);
    expect(result).toEqual({
      sameTs: true,
      before: false,
      added: ['c.ts'],
      type: 'string[]',
      after: true,
      memoized: true,
    });
  });
});
