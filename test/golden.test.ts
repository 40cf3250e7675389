/**
 * Golden files: each fixture spec's whole output tree, compared file by file with test/golden/<name>/.
 * A missing or orphaned golden fails. Only `npm run test:update` (UPDATE_GOLDENS=1) rewrites them,
 * and never in CI.
 */
import { describe, expect, it } from 'vitest';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runPipeline } from '../generator/pipeline.js';
import { readTree } from './helpers/tree.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/specs/', import.meta.url));
const GOLDEN = fileURLToPath(new URL('./golden/', import.meta.url));
const UPDATE = process.env.UPDATE_GOLDENS === '1';

if (UPDATE && process.env.CI) throw new Error('goldens are never updated in CI');

const fixtures = (await readdir(FIXTURES, { withFileTypes: true }))
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('golden output', () => {
  it('has a golden folder for every fixture and no orphaned golden folder', async () => {
    const goldens = (await readdir(GOLDEN, { withFileTypes: true }).catch(() => []))
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    if (!UPDATE) expect(goldens).toEqual(fixtures);
  });

  for (const name of fixtures) {
    it(`${name}: every generated file equals its golden`, async () => {
      const result = await runPipeline({
        spec: path.join(FIXTURES, name, 'openapi.yaml'),
        out: path.join(GOLDEN, name),
        mode: 'none',
      });
      expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
      const generated = new Map(result.files!.map((f) => [f.path, Buffer.from(f.contents)]));
      const dir = path.join(GOLDEN, name);
      if (UPDATE) {
        await rm(dir, { recursive: true, force: true });
        for (const [p, bytes] of generated) {
          await mkdir(path.dirname(path.join(dir, p)), { recursive: true });
          await writeFile(path.join(dir, p), bytes);
        }
      }
      const golden = await readTree(dir);
      const missing = [...generated.keys()].filter((p) => !golden.has(p));
      const orphaned = [...golden.keys()].filter((p) => !generated.has(p));
      const differing = [...generated]
        .filter(([p, bytes]) => golden.has(p) && !golden.get(p)!.equals(bytes))
        .map(([p]) => p);
      expect(
        { missing, orphaned, differing },
        'run `npm run test:update` after checking the change is intended',
      ).toEqual({
        missing: [],
        orphaned: [],
        differing: [],
      });
    });
  }
});
