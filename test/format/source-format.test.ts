/**
 * The generator's own source is written in the format of its output: one set of prettier options
 * (`generator/format/options.ts`), mirrored in `.prettierrc.json` so `npx prettier --write` in an
 * editor or by hand gives exactly what this test and the output goldens expect.
 */
import { describe, expect, it } from 'vitest';
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { PRETTIER_OPTIONS } from '../../generator/format/options.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCE_DIRS = ['generator', 'bench', 'test', 'templates'];
const SOURCE_FILE = /\.(?:ts|mts|mjs|js)$/;

async function sourceFiles(): Promise<string[]> {
  const found: string[] = [];
  for (const dir of SOURCE_DIRS) {
    for (const entry of await readdir(ROOT + dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !SOURCE_FILE.test(entry.name)) continue;
      const path = `${entry.parentPath}/${entry.name}`.slice(ROOT.length);
      const info = await prettier.getFileInfo(ROOT + path, {
        ignorePath: ROOT + '.prettierignore',
      });
      if (!info.ignored) found.push(path);
    }
  }
  return found.sort();
}

describe('source formatting', () => {
  it('.prettierrc.json holds exactly the options generated code is formatted with', async () => {
    const rc = JSON.parse(await readFile(ROOT + '.prettierrc.json', 'utf8'));
    expect(rc).toEqual({ ...PRETTIER_OPTIONS });
  });

  it('generator, bench, test and runtime templates are prettier-formatted', async () => {
    const files = await sourceFiles();
    expect(files.length).toBeGreaterThan(200);
    const unformatted: string[] = [];
    for (const path of files) {
      const source = await readFile(ROOT + path, 'utf8');
      const ok = await prettier.check(source, { ...PRETTIER_OPTIONS, filepath: ROOT + path });
      if (!ok) unformatted.push(path);
    }
    expect(unformatted, 'run `npx prettier --write` on these files').toEqual([]);
  });
});
