/** `shellapi-gen mock [--spec FILE] [--docs] [--port N] [--host H] ...`: the mock server for any spec, straight from its IR. */
import { loadSpec } from './load/index.js';
import { buildIr } from './ir/index.js';
import { runMockCliForIr } from './emit/mock/serve.js';
import { DOCS_PREFIX, mockDocsSite } from './emit/docs/mock-site.js';
import { GENERATOR, TEMPLATES_DIR } from './config.js';
import { readTemplates } from './emit/templates.js';
import { loadPrecompiledTemplates } from './emit/precompiled-templates.js';
import type { Problem } from './load/types.js';

export async function serveMock(
  spec: string,
  argv: string[],
  report: (problems: Problem[]) => void,
): Promise<number> {
  // `--docs` also serves the reference site (with its try-it console) under /docs/ on the same origin.
  const docs = argv.includes('--docs');
  const rest = argv.filter((a) => a !== '--docs');
  const loaded = await loadSpec(spec);
  const { ir, problems } = buildIr(loaded);
  const all = [...loaded.problems, ...problems];
  report(all);
  if (all.some((p) => p.severity === 'error')) return 1;
  const site = docs
    ? async (options: { speed?: number }) =>
        mockDocsSite(
          ir,
          {
            templates: await readTemplates(TEMPLATES_DIR),
            generator: GENERATOR,
            packageName: ir.info.packageName,
            precompiled: await loadPrecompiledTemplates(),
          },
          options.speed,
        )
    : undefined;
  const server = await runMockCliForIr(ir, rest, site);
  if (server && docs)
    console.log(`Docs with a try-it console: ${new URL(server.url).origin}${DOCS_PREFIX}`);
  return server ? 0 : 1;
}
