/** Loads both sides (the base from a file or a git revision) and diffs them. */
import { diffSpecs } from './index.js';
import { loadSide, withBaseSpec } from './sides.js';
import type { DiffResult } from './types.js';

export async function diffAgainst(base: string, headSpec: string): Promise<DiffResult> {
  const head = await loadSide(headSpec, 'head');
  return withBaseSpec(base, headSpec, async (basePath, display) =>
    diffSpecs(await loadSide(basePath, 'base', display), head),
  );
}
