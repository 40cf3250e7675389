/**
 * Emitters are independent: each reads the IR, and what several of them need (the SDK's names,
 * call plans, examples and type printer) lives in `emit/surface/`, not in one emitter's folder.
 * And `generator/` has no import cycles.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importCycles, importGraph, type ImportGraph } from '../helpers/import-graph.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EMIT = 'generator/emit/';
const SURFACE = 'surface';

/** Modules under `emit/` that any emitter may import, besides `emit/surface/`. */
const SHARED_EMIT_MODULES = new Set([
  'generator/emit/types.ts',
  'generator/emit/header.ts',
  // The package compile stage: the docs console runs the mock's JavaScript exactly as the package ships it.
  'generator/emit/compile.ts',
]);

const graph: ImportGraph = importGraph(ROOT, 'generator');

/** `generator/emit/docs/x.ts` → `docs`; undefined for modules directly in `emit/` or outside it. */
function folderOf(module: string): string | undefined {
  if (!module.startsWith(EMIT)) return undefined;
  const parts = module.slice(EMIT.length).split('/');
  return parts.length > 1 ? parts[0] : undefined;
}

function crossings(g: ImportGraph): string[] {
  const out: string[] = [];
  for (const [from, targets] of g) {
    const own = folderOf(from);
    if (own === undefined) continue;
    for (const to of targets) {
      if (!to.startsWith(EMIT) || SHARED_EMIT_MODULES.has(to)) continue;
      const folder = folderOf(to);
      if (folder === own) continue;
      // The surface layer serves every emitter; it must not itself reach into one.
      if (folder === SURFACE && own !== SURFACE) continue;
      out.push(`${from} → ${to}`);
    }
  }
  return out;
}

describe('emitter boundaries', () => {
  it('sees every emitter folder and the imports between modules', () => {
    const folders = readdirSync(`${ROOT}${EMIT}`, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders).toEqual(
      expect.arrayContaining(['client', 'docs', 'mock', 'python', 'types', SURFACE]),
    );
    // The docs console runs the mock engine on the mock's own route table, taken from emit/surface/.
    expect(graph.get('generator/emit/docs/index.ts')).toContain(
      'generator/emit/surface/mock-routes.ts',
    );
  });

  it('no emitter imports another emitter’s folder, and emit/surface imports no emitter', () => {
    expect(crossings(graph)).toEqual([]);
  });

  it('the Python SDK’s names and method plans are the surface’s, which the call printer and the emitter share', () => {
    const call = graph.get('generator/emit/surface/python-call.ts') ?? [];
    expect(call).toEqual(
      expect.arrayContaining([
        'generator/emit/surface/python-plan.ts',
        'generator/emit/surface/python-plans.ts',
      ]),
    );
    expect(graph.get('generator/emit/python/index.ts')).toContain(
      'generator/emit/surface/python-plans.ts',
    );
  });

  it('reports a crossing when one is there', () => {
    const g: ImportGraph = new Map([
      [
        'generator/emit/docs/samples.ts',
        ['generator/emit/client/plan.ts', 'generator/emit/surface/plan.ts'],
      ],
      [
        'generator/emit/surface/plan.ts',
        ['generator/emit/types/print.ts', 'generator/ir/types.ts'],
      ],
      [
        'generator/emit/python/index.ts',
        ['generator/emit/header.ts', 'generator/emit/python/operations.ts'],
      ],
      // The Python README prints its calls with surface/python-call.ts, never the docs' samples.
      [
        'generator/emit/python/package-files.ts',
        ['generator/emit/surface/python-call.ts', 'generator/emit/docs/samples.ts'],
      ],
    ]);
    expect(crossings(g)).toEqual([
      'generator/emit/docs/samples.ts → generator/emit/client/plan.ts',
      'generator/emit/surface/plan.ts → generator/emit/types/print.ts',
      'generator/emit/python/package-files.ts → generator/emit/docs/samples.ts',
    ]);
  });
});

describe('import cycles', () => {
  it('generator/ has none', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(importCycles(graph)).toEqual([]);
  });

  it('the runtime templates have none (type-only imports included)', () => {
    const templates = importGraph(ROOT, 'templates');
    expect(templates.size).toBeGreaterThan(50);
    expect(importCycles(templates)).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const g: ImportGraph = new Map([
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts', 'd.ts']],
      ['a.ts', ['b.ts']],
      ['d.ts', []],
    ]);
    expect(importCycles(g)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });
});
