/** `shellapi-gen mock [--spec FILE] [--port N] [--host H] ...`: the mock server for any spec, straight from its IR. */
import { loadSpec } from './load/index.js';
import { buildIr } from './ir/index.js';
import { runMockCliForIr } from './emit/mock/serve.js';
import type { Problem } from './load/types.js';

export async function serveMock(
  spec: string,
  argv: string[],
  report: (problems: Problem[]) => void,
): Promise<number> {
  const loaded = await loadSpec(spec);
  const { ir, problems } = buildIr(loaded);
  const all = [...loaded.problems, ...problems];
  report(all);
  if (all.some((p) => p.severity === 'error')) return 1;
  const server = await runMockCliForIr(ir, argv);
  return server ? 0 : 1;
}
