/**
 * own-emit.ts's CommonJS is proven by behaviour, not text: a generated package's `dist/cjs/` under
 * `require` has the same exports as its `dist/` under `import`, and every resource method sends the
 * same requests and gives the same results through it. Import cycles and re-exports read live.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { compilePackage } from '../../generator/emit/compile.js';
import { emitOwn } from '../../generator/emit/own-emit.js';
import { parseSource } from '../../generator/emit/transpile.js';
import { runPipeline } from '../../generator/pipeline.js';
import { REPO } from '../helpers/cli.js';
import { ESM_OPTIONS } from './reference.js';

const run = promisify(execFile);
const PROBE = path.join(REPO, 'test/emit-own/cjs-probe.mjs');
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

interface Probe {
  shape: unknown[];
  requests: unknown[][];
}

describe('own CommonJS emit', () => {
  it.each([
    ['spec/openapi.yaml', path.join(REPO, 'spec/openapi.yaml')],
    ['petstore.yaml', path.resolve(REPO, '../shared/specs/petstore.yaml')],
  ])('%s: require() gives what import gives', async (_, spec) => {
    const out = tempDir('own-emit-cjs-');
    const result = await runPipeline({ spec, out, only: ['client'] });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const { stdout } = await run(process.execPath, [PROBE, path.join(out, 'sdk')], {
      maxBuffer: 64 * 1024 * 1024,
    });
    const { esm, cjs } = JSON.parse(stdout) as { esm: Probe; cjs: Probe & { esModule: boolean } };
    expect(cjs.esModule).toBe(true);
    expect(esm.shape.length).toBeGreaterThan(20);
    expect(cjs.shape).toEqual(esm.shape);
    // Requests were sent and answered (not only argument errors), the same through both builds.
    expect(esm.requests.filter((r) => String(r[0]).startsWith('http://')).length).toBeGreaterThan(
      5,
    );
    expect(cjs.requests).toEqual(esm.requests);
  });

  it('reads imports live through a cycle, and re-exports (named, renamed, `*`) live', async () => {
    const files = {
      'a.ts': [
        "import { fromB } from './b.js';",
        "export function fromA(): string { return 'A'; }",
        'export const viaB: () => string = () => fromB();',
        'export class Box { readonly tag: string = fromB(); }',
        '',
      ].join('\n'),
      'b.ts': [
        "import { fromA, type Box } from './a.js';",
        "export function fromB(): string { return 'B' + fromA(); }",
        'export function tagOf(box: Box): string { return box.tag; }',
        '',
      ].join('\n'),
      'index.ts': [
        "export * from './a.js';",
        "export { fromB as renamed, tagOf } from './b.js';",
        "export { fromA as default } from './a.js';",
        "export type { Box as BoxType } from './a.js';",
        '',
      ].join('\n'),
    };
    for (const [name, text] of Object.entries(files))
      expect(() => emitOwn(parseSource(name, text, ESM_OPTIONS)), name).not.toThrow();
    const { files: compiled } = compilePackage(
      Object.entries(files).map(([name, contents]) => ({
        path: `pkg/src/${name}`,
        contents,
        format: 'typescript' as const,
      })),
      'pkg',
    );
    const dir = tempDir('own-emit-cycle-');
    writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
    for (const file of compiled) {
      const target = path.join(dir, file.path);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, file.contents as string);
    }
    const script = [
      "const use = (m) => [m.viaB(), new m.Box().tag, m.renamed(), m.tagOf(new m.Box()), m.default(), Object.keys(m).filter((k) => k !== '__esModule').sort()];",
      "const esm = await import('./pkg/dist/index.js');",
      "const { createRequire } = await import('node:module');",
      'const req = createRequire(import.meta.url);',
      // The cycle entered from the other side too.
      "const b = req('./pkg/dist/cjs/b.js');",
      "const cjs = req('./pkg/dist/cjs/index.js');",
      'console.log(JSON.stringify({ esm: use(esm), cjs: use(cjs), b: b.fromB() }));',
    ].join('\n');
    writeFileSync(path.join(dir, 'probe.mjs'), script);
    const { stdout } = await run(process.execPath, ['probe.mjs'], { cwd: dir });
    const seen = JSON.parse(stdout) as { esm: unknown[]; cjs: unknown[]; b: string };
    expect(seen.esm).toEqual([
      'BA',
      'BA',
      'BA',
      'BA',
      'A',
      ['Box', 'default', 'fromA', 'renamed', 'tagOf', 'viaB'],
    ]);
    expect(seen.cjs).toEqual(seen.esm);
    expect(seen.b).toBe('BA');
  });
});
