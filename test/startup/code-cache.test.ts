/**
 * The V8 code cache of large CommonJS files (generator/util/code-cache.ts): a run that produces it
 * and runs that use it load the same modules with the same behaviour, and an entry that is stale
 * (made for another file, or for the file before an edit), corrupt or truncated is never used.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFile,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  utimes,
  writeFile,
} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/cli.js';
import { readEntry, sourceKey, writeEntry } from '../../generator/util/code-cache.js';

let dir: string;
/** The module under test as plain JavaScript, so the child process runs it as the built CLI does. */
let moduleUrl: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-code-cache-'));
  const outfile = path.join(dir, 'code-cache.mjs');
  await build({
    entryPoints: [path.join(REPO, 'generator/util/code-cache.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel: 'error',
  });
  moduleUrl = pathToFileURL(outfile).href;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A CommonJS module large enough to be cached, whose results depend on `salt` but not its length. */
function bigModule(salt: number): string {
  const table = Array.from(
    { length: 9000 },
    (_, i) => `  '${String((i * 7 + salt) % 9973).padStart(4, '0')}',`,
  ).join('\n');
  return `'use strict';
const table = [
${table}
];
exports.sum = () => table.reduce((a, b) => a + Number(b), 0);
exports.where = () => require('node:path').basename(__filename);
exports.resolved = () => path.basename(require.resolve('./' + path.basename(__filename)));
const path = require('node:path');
`;
}

/** Requires `module` in a fresh process with the cache installed; prints its results. */
function requireWithCache(cacheDir: string, module: string, produce: boolean) {
  const script = `
import { createRequire } from 'node:module';
import { installCodeCache } from ${JSON.stringify(moduleUrl)};
installCodeCache(${JSON.stringify(cacheDir)}, ${produce});
const m = createRequire(import.meta.url)(${JSON.stringify(module)});
console.log(JSON.stringify([m.sum(), m.where(), m.resolved()]));
`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as unknown;
}

describe('V8 code cache', () => {
  it('entries round-trip; a stale, corrupt or truncated one reads as none', async () => {
    const cacheDir = path.join(dir, 'unit');
    const source = Buffer.alloc(20, 1);
    const data = Buffer.from('some cached data');
    writeEntry(cacheDir, source, data);
    expect(readEntry(cacheDir, source)).toEqual(data);
    const file = path.join(cacheDir, `${source.toString('hex')}.bin`);
    const entry = await readFile(file);
    // Stale: the entry of other source text under this text's name.
    const other = Buffer.alloc(20, 2);
    await copyFile(file, path.join(cacheDir, `${other.toString('hex')}.bin`));
    expect(readEntry(cacheDir, other)).toBeUndefined();
    // Corrupt: one byte of the data changed.
    const corrupt = Buffer.from(entry);
    corrupt[corrupt.length - 1] = corrupt.at(-1)! ^ 0xff;
    await writeFile(file, corrupt);
    expect(readEntry(cacheDir, source)).toBeUndefined();
    await writeFile(file, entry.subarray(0, 30));
    expect(readEntry(cacheDir, source)).toBeUndefined();
  });

  it('produced once, then used: same results; bad entries fall back to compiling', async () => {
    const cacheDir = path.join(dir, 'cache');
    const a = path.join(dir, 'a.cjs');
    const b = path.join(dir, 'b.cjs');
    await writeFile(a, bigModule(1));
    await writeFile(b, bigModule(2));
    expect(bigModule(1).length).toBe(bigModule(2).length);
    const expectedA = requireWithCache(path.join(dir, 'none'), a, false);
    const expectedB = requireWithCache(path.join(dir, 'none'), b, false);
    expect(expectedA).not.toEqual(expectedB);
    expect(expectedA).toEqual([expect.any(Number), 'a.cjs', 'a.cjs']);

    expect(requireWithCache(cacheDir, a, true)).toEqual(expectedA);
    const entries = await readdir(cacheDir);
    expect(entries).toHaveLength(1);
    expect(requireWithCache(cacheDir, a, false)).toEqual(expectedA);

    // b has the same length as a (what V8 itself checks): a's entry under b's name must not be used.
    const keyOfB = sourceKey(b, bigModule(2).length)!;
    await copyFile(
      path.join(cacheDir, entries[0]!),
      path.join(cacheDir, `${keyOfB.toString('hex')}.bin`),
    );
    expect(requireWithCache(cacheDir, b, false)).toEqual(expectedB);

    // a edited in place to other text of the same length (a later modification time): its old
    // entry is not used.
    const edited = path.join(dir, 'edited');
    await mkdir(edited);
    const c = path.join(edited, 'a.cjs');
    await writeFile(c, bigModule(3));
    const expectedC = requireWithCache(path.join(dir, 'none'), c, false);
    await writeFile(c, bigModule(1));
    const produced = path.join(dir, 'produced');
    expect(requireWithCache(produced, c, true)).toEqual([
      (expectedA as unknown[])[0],
      'a.cjs',
      'a.cjs',
    ]);
    await writeFile(c, bigModule(3));
    const later = new Date(Date.now() + 5000);
    await utimes(c, later, later);
    expect(requireWithCache(produced, c, false)).toEqual(expectedC);
    // The next producing run replaces the entry of the text before the edit.
    const before = await readdir(produced);
    expect(requireWithCache(produced, c, true)).toEqual(expectedC);
    const after = await readdir(produced);
    expect(after).toHaveLength(1);
    expect(after).not.toEqual(before);
    expect(requireWithCache(produced, c, false)).toEqual(expectedC);

    // A corrupt entry of a itself: still a's results.
    const file = path.join(cacheDir, entries[0]!);
    const entry = await readFile(file);
    entry[entry.length - 8] = entry.at(-8)! ^ 0xff;
    await writeFile(file, entry);
    expect(requireWithCache(cacheDir, a, false)).toEqual(expectedA);
  });
});
