/** Spec → IR for the emitter tests, through the real load and IR stages. */
import { buildIr } from '../../generator/ir/index.js';
import type { ApiIr } from '../../generator/ir/types.js';
import { loadSpec } from '../../generator/load/index.js';
import type { JsonObject } from '../../generator/load/types.js';

export async function irForTest(file: string): Promise<{ ir: ApiIr; document: JsonObject }> {
  const loaded = await loadSpec(file);
  const { ir, problems } = buildIr(loaded);
  const errors = [...loaded.problems, ...problems].filter((p) => p.severity === 'error');
  if (errors.length)
    throw new Error(errors.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
  return { ir, document: loaded.document };
}
