/**
 * The hand-written runtime is copied into the package as it is (`format: 'none'`, no prettier on
 * every run), so it must already be in the output's format.
 */
import { describe, expect, it } from 'vitest';
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { formatFiles } from '../../generator/format/index.js';

const TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

describe('templates', () => {
  it.each(['client', 'mock'])('templates/%s/*.ts are already formatted as generated code is', async (dir) => {
    const names = (await readdir(TEMPLATES + dir)).filter((n) => n.endsWith('.ts')).sort();
    expect(names.length).toBeGreaterThan(5);
    const files = await Promise.all(
      names.map(async (n) => ({ path: `${dir}/${n}`, contents: await readFile(`${TEMPLATES}${dir}/${n}`, 'utf8'), format: 'typescript' as const })),
    );
    const formatted = await formatFiles(files, { cache: new Map() });
    const unformatted = formatted.filter((f, i) => f.contents !== files[i]!.contents).map((f) => f.path);
    expect(unformatted, 'run prettier on these templates (see generator/format/options.ts)').toEqual([]);
  });
});
