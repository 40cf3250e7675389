/** Writes a before/after pair of specs to a temporary folder and diffs them with the real loader and IR. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { diffSpecs, loadSide, type DiffResult } from '../../generator/diff/index.js';
import { baseSpec, type Spec } from './base-spec.js';

export async function diffEdit(
  edit: (spec: Spec) => void,
  editBase?: (spec: Spec) => void,
): Promise<DiffResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'diff-case-'));
  try {
    const base = baseSpec();
    editBase?.(base);
    const head = structuredClone(base);
    edit(head);
    writeFileSync(path.join(dir, 'base.json'), JSON.stringify(base, null, 2));
    writeFileSync(path.join(dir, 'head.json'), JSON.stringify(head, null, 2));
    return diffSpecs(
      await loadSide(path.join(dir, 'base.json'), 'base'),
      await loadSide(path.join(dir, 'head.json'), 'head'),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Diffs two whole specs (no shared base fixture); returns the result and the head as written. */
export async function diffPair(base: Spec, head: Spec): Promise<DiffResult> {
  return diffEdit(
    (s) => {
      for (const key of Object.keys(s)) delete s[key];
      Object.assign(s, structuredClone(head));
    },
    (s) => {
      for (const key of Object.keys(s)) delete s[key];
      Object.assign(s, structuredClone(base));
    },
  );
}
