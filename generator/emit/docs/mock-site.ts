/**
 * The docs site as the mock serves it (`shellapi-gen mock --docs`): emitted in memory from the same
 * IR, under /docs/ on the mock's own origin, with the console pointed at the mock (same origin, so
 * no CORS and no network) and polling as fast as the mock's clock runs.
 */
import type { ApiIr } from '../../ir/types.js';
import type { EmitContext, StaticSite } from '../types.js';
import { emitDocs } from './index.js';
import { serverBase } from '../surface/mock-routes.js';

export const DOCS_PREFIX = '/docs/';

/** What the console reads from assets/console-env.js when the mock serves it. */
export interface MockConsoleEnv {
  /** Calls go to this page's origin plus the API's base path. */
  sameOrigin: true;
  /** Factor on the task families' poll intervals (1 / the mock's speed). */
  pollScale: number;
  /** The API's base path on the mock: samples and console call this page's origin plus it. */
  basePath: string;
}

export function consoleEnvScript(env: MockConsoleEnv): string {
  return `window.ShellConsoleEnv = ${JSON.stringify(env)};\n`;
}

/** The site's files by path under the prefix; `speed` is the mock's clock speed. */
export async function mockDocsSite(ir: ApiIr, ctx: EmitContext, speed = 1): Promise<StaticSite> {
  const files = new Map<string, string | Uint8Array>();
  for (const f of await emitDocs(ir, ctx)) {
    if (!f.path.startsWith('docs/')) continue;
    files.set(f.path.slice('docs/'.length), f.contents);
  }
  files.set(
    'assets/console-env.js',
    consoleEnvScript({
      sameOrigin: true,
      pollScale: speed > 0 ? 1 / speed : 1,
      basePath: serverBase(ir.servers).basePath,
    }),
  );
  return { prefix: DOCS_PREFIX, files };
}
