import { createHash } from 'node:crypto';
import { mkdir, readFile, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VirtualFile } from '../../generator/emit/types.js';
import { nodeFsOps, writeOutput, WriteError } from '../../generator/write/index.js';
import { makeTempDir, META, mtimes, readText, removeDir, snapshotTree, ts } from './helpers.js';

let root: string;
let out: string;
beforeEach(async () => {
  root = await makeTempDir();
  out = path.join(root, 'generated');
});
afterEach(async () => {
  await removeDir(root);
});

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

async function expectWriteError(promise: Promise<unknown>): Promise<WriteError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WriteError);
  return error as WriteError;
}

describe('writeOutput: new output', () => {
  it('creates nested files and a manifest listing exactly them', async () => {
    const files = [
      ts('sdk/src/client.ts', 'export const a = 1;\n'),
      { path: 'docs/index.md', contents: '# Hi\n', format: 'markdown' as const },
    ];
    const summary = await writeOutput(out, files, META);

    expect(summary).toEqual({
      written: ['docs/index.md', 'sdk/src/client.ts'],
      unchanged: [],
      removed: [],
      adopted: [],
      warnings: [],
    });
    expect(await readText(out, 'sdk/src/client.ts')).toBe('export const a = 1;\n');
    expect(await readText(out, 'docs/index.md')).toBe('# Hi\n');
    const manifestText = await readText(out, 'manifest.json');
    expect(manifestText.endsWith('}\n')).toBe(true);
    expect(JSON.parse(manifestText)).toEqual({
      generator: { name: 'shellapi-codegen', version: '0.1.0' },
      specHash: 'spec-hash-1',
      files: { 'docs/index.md': sha('# Hi\n'), 'sdk/src/client.ts': sha('export const a = 1;\n') },
    });
    expect(Object.keys(await snapshotTree(out)).sort()).toEqual(
      ['docs/', 'docs/index.md', 'manifest.json', 'sdk/', 'sdk/src/', 'sdk/src/client.ts'].sort(),
    );
  });

  it('builds a new directory under a hidden name and renames it into place whole', async () => {
    const renames: Array<[string, string]> = [];
    const rel = (abs: string) => path.relative(out, abs).split(path.sep).join('/');
    const fs = {
      rename: async (from: string, to: string) => {
        renames.push([rel(from), rel(to)]);
        await nodeFsOps.rename(from, to);
      },
    };
    const files = [
      ts('a.ts', 'a\n'),
      ts('sdk/src/one.ts', '1\n'),
      ts('sdk/src/two.ts', '2\n'),
      ts('sdk/three.ts', '3\n'),
      ts('docs/x/y/z.md', 'z\n'),
    ];
    await writeOutput(out, files, META, { fs });
    // One rename per new top directory (and per file at the top, and the manifest), not per file.
    expect(renames.map(([, to]) => to)).toEqual(['a.ts', 'docs', 'sdk', 'manifest.json']);
    expect(renames.every(([from]) => /^\.[^/]*\.gen-\d+-\d+\.tmp$/.test(from))).toBe(true);
    const tree = await snapshotTree(out);
    expect(Object.keys(tree).filter((p) => p.includes('.gen-'))).toEqual([]);
    for (const f of files) expect(await readText(out, f.path)).toBe(f.contents);
  });

  it('writes binary contents byte for byte', async () => {
    const bytes = new Uint8Array([0, 255, 10, 13, 128]);
    await writeOutput(out, [{ path: 'assets/logo.bin', contents: bytes, format: 'none' }], META);
    expect(new Uint8Array(await readFile(path.join(out, 'assets', 'logo.bin')))).toEqual(bytes);
  });
});

describe('writeOutput: second run', () => {
  it('skips unchanged files without touching their mtime and rewrites only what changed', async () => {
    const first = [ts('a.ts', 'a\n'), ts('dir/b.ts', 'b\n')];
    await writeOutput(out, first, META);
    const past = new Date('2001-01-01T00:00:00Z');
    for (const p of ['a.ts', 'dir/b.ts', 'manifest.json'])
      await utimes(path.join(out, ...p.split('/')), past, past);
    const before = await mtimes(out, ['a.ts', 'dir/b.ts', 'manifest.json']);

    const same = await writeOutput(out, first, META);
    expect(same).toEqual({
      written: [],
      unchanged: ['a.ts', 'dir/b.ts'],
      removed: [],
      adopted: [],
      warnings: [],
    });
    expect(await mtimes(out, ['a.ts', 'dir/b.ts', 'manifest.json'])).toEqual(before);

    const changed = await writeOutput(out, [ts('a.ts', 'a2\n'), ts('dir/b.ts', 'b\n')], META);
    expect(changed.written).toEqual(['a.ts']);
    expect(changed.unchanged).toEqual(['dir/b.ts']);
    const after = await mtimes(out, ['a.ts', 'dir/b.ts', 'manifest.json']);
    expect(after['dir/b.ts']).toBe(before['dir/b.ts']);
    expect(after['a.ts']).not.toBe(before['a.ts']);
    expect(await readText(out, 'a.ts')).toBe('a2\n');
  });

  it('restores an owned file that was edited by hand', async () => {
    await writeOutput(out, [ts('a.ts', 'a\n')], META);
    await writeFile(path.join(out, 'a.ts'), 'edited\n');
    const summary = await writeOutput(out, [ts('a.ts', 'a\n')], META);
    expect(summary.written).toEqual(['a.ts']);
    expect(await readText(out, 'a.ts')).toBe('a\n');
  });

  it('rewrites only the manifest when only the metadata changed', async () => {
    await writeOutput(out, [ts('a.ts', 'a\n')], META);
    const summary = await writeOutput(out, [ts('a.ts', 'a\n')], {
      ...META,
      specHash: 'spec-hash-2',
    });
    expect(summary.written).toEqual([]);
    expect(JSON.parse(await readText(out, 'manifest.json')).specHash).toBe('spec-hash-2');
  });
});

describe('writeOutput: stale files', () => {
  it('removes owned files that are no longer generated and prunes emptied directories', async () => {
    await writeOutput(
      out,
      [ts('keep.ts', 'k\n'), ts('old/deep/gone.ts', 'g\n'), ts('old/also.ts', 'x\n')],
      META,
    );
    const summary = await writeOutput(out, [ts('keep.ts', 'k\n')], META);

    expect(summary.removed).toEqual(['old/also.ts', 'old/deep/gone.ts']);
    expect(Object.keys(await snapshotTree(out)).sort()).toEqual(['keep.ts', 'manifest.json']);
    expect(Object.keys(JSON.parse(await readText(out, 'manifest.json')).files)).toEqual([
      'keep.ts',
    ]);
  });

  it('keeps a directory that still holds a foreign file, and the foreign file', async () => {
    await writeOutput(out, [ts('keep.ts', 'k\n'), ts('old/gone.ts', 'g\n')], META);
    await writeFile(path.join(out, 'old', 'notes.txt'), 'mine\n');
    await writeFile(path.join(out, 'README.local'), 'also mine\n');

    const summary = await writeOutput(out, [ts('keep.ts', 'k\n')], META);
    expect(summary.removed).toEqual(['old/gone.ts']);
    expect(await readText(out, 'old/notes.txt')).toBe('mine\n');
    expect(await readText(out, 'README.local')).toBe('also mine\n');
    expect(Object.keys(await snapshotTree(out)).sort()).toEqual([
      'README.local',
      'keep.ts',
      'manifest.json',
      'old/',
      'old/notes.txt',
    ]);
  });

  it('leaves foreign files alone on every run', async () => {
    await mkdir(out, { recursive: true });
    await writeFile(path.join(out, 'foreign.txt'), 'x\n');
    await writeOutput(out, [ts('a.ts', 'a\n')], META);
    await writeOutput(out, [ts('b.ts', 'b\n')], META);
    expect(await readText(out, 'foreign.txt')).toBe('x\n');
    expect(JSON.parse(await readText(out, 'manifest.json')).files).not.toHaveProperty(
      'foreign.txt',
    );
  });
});

describe('writeOutput: foreign files in the way', () => {
  it('refuses to overwrite a different file it does not own, before writing anything', async () => {
    await mkdir(path.join(out, 'sdk'), { recursive: true });
    await writeFile(path.join(out, 'sdk', 'index.ts'), 'hand written\n');
    const before = await snapshotTree(out);

    const error = await expectWriteError(
      writeOutput(out, [ts('new.ts', 'n\n'), ts('sdk/index.ts', 'generated\n')], META),
    );
    expect(error.issues).toEqual([
      expect.objectContaining({ code: 'foreign-file', path: 'sdk/index.ts' }),
    ]);
    expect(error.message).toContain('sdk/index.ts');
    expect(await snapshotTree(out)).toEqual(before);
  });

  it('adopts a file it does not own when the bytes are identical', async () => {
    await mkdir(out, { recursive: true });
    await writeFile(path.join(out, 'same.ts'), 'same\n');
    const summary = await writeOutput(out, [ts('same.ts', 'same\n')], META);
    expect(summary).toMatchObject({ written: [], unchanged: ['same.ts'], adopted: ['same.ts'] });
    expect(JSON.parse(await readText(out, 'manifest.json')).files).toHaveProperty('same.ts');
    // Owned now: the next run may delete it.
    const next = await writeOutput(out, [], META);
    expect(next.removed).toEqual(['same.ts']);
  });

  it('reports a directory where a file should go as path-conflict', async () => {
    await mkdir(path.join(out, 'a.ts'), { recursive: true });
    const error = await expectWriteError(writeOutput(out, [ts('a.ts', 'a\n')], META));
    expect(error.issues.map((i) => i.code)).toEqual(['path-conflict']);
  });

  it('reports a file where a directory is needed as path-conflict', async () => {
    await mkdir(out, { recursive: true });
    await writeFile(path.join(out, 'docs'), 'a file\n');
    const error = await expectWriteError(writeOutput(out, [ts('docs/index.ts', 'a\n')], META));
    expect(error.issues).toEqual([
      expect.objectContaining({ code: 'path-conflict', path: 'docs/index.ts' }),
    ]);
  });
});

describe('writeOutput: unsafe paths are rejected before anything is written', () => {
  const table: Array<[string, { given: string; want: string }]> = [
    ['parent escape', { given: '../escape.ts', want: 'unsafe-path' }],
    ['nested parent escape', { given: 'sdk/../../escape.ts', want: 'unsafe-path' }],
    ['parent segment that stays inside', { given: 'sdk/../a.ts', want: 'unsafe-path' }],
    ['absolute posix', { given: '/etc/escape.ts', want: 'unsafe-path' }],
    ['absolute windows', { given: 'C:/escape.ts', want: 'unsafe-path' }],
    ['backslash', { given: 'sdk\\escape.ts', want: 'unsafe-path' }],
    ['empty segment', { given: 'sdk//a.ts', want: 'unsafe-path' }],
    ['dot segment', { given: './a.ts', want: 'unsafe-path' }],
    ['trailing slash', { given: 'sdk/', want: 'unsafe-path' }],
    ['empty', { given: '', want: 'unsafe-path' }],
    ['reserved manifest', { given: 'manifest.json', want: 'reserved-path' }],
  ];
  it.each(table)('%s', async (_title, { given, want }) => {
    const error = await expectWriteError(
      writeOutput(out, [ts('ok.ts', 'ok\n'), ts(given, 'x\n')], META),
    );
    expect(error.issues.map((i) => i.code)).toEqual([want]);
    expect(await snapshotTree(root)).toEqual({});
  });

  it('rejects duplicates, including ones that differ only by case', async () => {
    const error = await expectWriteError(
      writeOutput(
        out,
        [ts('a.ts', '1\n'), ts('a.ts', '2\n'), ts('Readme.md', 'x'), ts('README.md', 'y')],
        META,
      ),
    );
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ['duplicate-path', 'README.md'],
      ['duplicate-path', 'a.ts'],
    ]);
    expect(await snapshotTree(root)).toEqual({});
  });

  it('rejects a path that is both a file and a directory', async () => {
    const error = await expectWriteError(
      writeOutput(out, [ts('docs', '1\n'), ts('docs/a.md', '2\n')], META),
    );
    expect(error.issues.map((i) => i.code)).toEqual(['path-conflict']);
  });

  it('rejects writing through a symlinked directory that leads outside', async () => {
    const outside = path.join(root, 'outside');
    await mkdir(outside);
    await mkdir(out);
    await symlink(outside, path.join(out, 'linked'), 'dir');
    const error = await expectWriteError(
      writeOutput(out, [ts('ok.ts', 'ok\n'), ts('linked/evil.ts', 'x\n')], META),
    );
    expect(error.issues).toEqual([
      expect.objectContaining({ code: 'unsafe-path', path: 'linked/evil.ts' }),
    ]);
    expect(await snapshotTree(outside)).toEqual({});
    expect(Object.keys(await snapshotTree(out))).toEqual(['linked/']);
  });

  it('refuses a manifest that claims paths outside the output directory', async () => {
    await writeOutput(out, [ts('a.ts', 'a\n')], META);
    const victim = path.join(root, 'victim.txt');
    await writeFile(victim, 'precious\n');
    const manifest = JSON.parse(await readText(out, 'manifest.json'));
    manifest.files['../victim.txt'] = sha('precious\n');
    await writeFile(path.join(out, 'manifest.json'), JSON.stringify(manifest));

    const error = await expectWriteError(writeOutput(out, [ts('a.ts', 'a\n')], META));
    expect(error.issues.map((i) => i.code)).toEqual(['invalid-manifest']);
    expect(await readFile(victim, 'utf8')).toBe('precious\n');
  });

  it('refuses a manifest that is not JSON', async () => {
    await mkdir(out);
    await writeFile(path.join(out, 'manifest.json'), '{ nope');
    const error = await expectWriteError(writeOutput(out, [ts('a.ts', 'a\n')], META));
    expect(error.issues.map((i) => i.code)).toEqual(['invalid-manifest']);
  });
});

describe('manifest determinism', () => {
  it('gives identical bytes for the same files in any order, keys in code-point order', async () => {
    const files: VirtualFile[] = [
      ts('b.ts', 'b\n'),
      ts('B.md', 'B\n'),
      ts('10', 'ten\n'),
      ts('9', 'nine\n'),
      ts('sdk/z.ts', 'z\n'),
      ts('sdk/a.ts', 'a\n'),
      ts('\u{e000}.ts', 'private use\n'),
      ts('\u{1f600}.ts', 'emoji\n'),
    ];
    const other = path.join(root, 'other');
    await writeOutput(out, files, {
      ...META,
      formatInputs: { 'b.ts': 'h1', 'sdk/a.ts': 'h2', 'not-generated.ts': 'h3' },
    });
    await writeOutput(other, [...files].reverse(), {
      ...META,
      formatInputs: { 'sdk/a.ts': 'h2', 'b.ts': 'h1' },
    });

    const first = await readFile(path.join(out, 'manifest.json'));
    expect(Buffer.compare(first, await readFile(path.join(other, 'manifest.json')))).toBe(0);
    const text = first.toString('utf8');
    const keys = [...text.matchAll(/^ {4}"([^"]+)":/gm)].map((m) => m[1]);
    expect(keys).toEqual([
      'name',
      'version', // generator
      '10',
      '9',
      'B.md',
      'b.ts',
      'sdk/a.ts',
      'sdk/z.ts',
      '\u{e000}.ts',
      '\u{1f600}.ts', // files
      'b.ts',
      'sdk/a.ts', // formatInputs (entries for files not generated are dropped)
    ]);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(text).not.toContain(root);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('does not rewrite the manifest when nothing changed', async () => {
    await writeOutput(out, [ts('a.ts', 'a\n')], META);
    const before = (await stat(path.join(out, 'manifest.json'))).ino;
    await writeOutput(out, [ts('a.ts', 'a\n')], META);
    expect((await stat(path.join(out, 'manifest.json'))).ino).toBe(before);
  });
});
