/**
 * The mock served straight from an IR (no generation step): `shellapi-gen mock --spec FILE`.
 * Uses the same runtime the generated package ships (templates/mock) and the same route builder.
 */
import type { ApiIr } from '../../ir/types.js';
import type { MockServer, MockServerOptions } from '../../../templates/mock/server.js';
import type { MockResult } from '../../../templates/mock/engine.js';
import type { MockCliOptions } from '../../../templates/mock/cli-main.js';
import { startMockServer } from '../../../templates/mock/server.js';
import { runMockCli } from '../../../templates/mock/cli-main.js';
import { createMockRoutes } from '../surface/mock-routes.js';
import type { StaticSite } from '../types.js';

export type { MockServer, MockServerOptions } from '../../../templates/mock/server.js';

const SITE_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json',
  md: 'text/markdown; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
};

/** A GET/HEAD under the site's prefix: the file, a redirect from the bare prefix, or a 404. */
function siteAnswer(site: StaticSite, method: string, url: string): MockResult | undefined {
  if (method !== 'GET' && method !== 'HEAD') return undefined;
  const pathname = url.split('?')[0]!;
  const bare = site.prefix.replace(/\/$/, '');
  if (pathname === bare)
    return { kind: 'response', status: 308, headers: [['location', site.prefix]], body: '' };
  if (!pathname.startsWith(site.prefix)) return undefined;
  let rel: string;
  try {
    rel = decodeURIComponent(pathname.slice(site.prefix.length));
  } catch {
    rel = '';
  }
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const body = site.files.get(rel);
  if (body === undefined)
    return {
      kind: 'response',
      status: 404,
      headers: [['content-type', 'text/plain; charset=utf-8']],
      body: `Not found: ${pathname}`,
    };
  const ext = rel.slice(rel.lastIndexOf('.') + 1);
  return {
    kind: 'response',
    status: 200,
    headers: [
      ['content-type', SITE_TYPES[ext] ?? 'application/octet-stream'],
      ['cache-control', 'no-cache'],
    ],
    body,
  };
}

export function startMockFromIr(
  ir: ApiIr,
  options: Omit<MockServerOptions, 'routes'> & { site?: StaticSite } = {},
): Promise<MockServer> {
  const { site, ...rest } = options;
  return startMockServer({ ...rest, routes: createMockRoutes(ir), ...serving(site) });
}

function serving(site: StaticSite | undefined): Pick<MockServerOptions, 'intercept'> {
  return site ? { intercept: (method, url) => siteAnswer(site, method, url) } : {};
}

/** Runs the mock CLI (`--port`, `--host`, `--speed`, `--clock`, `--body-limit`, `--quiet`) for this IR until a signal stops it. */
export function runMockCliForIr(
  ir: ApiIr,
  argv: string[],
  site?: (options: MockCliOptions) => Promise<StaticSite>,
): Promise<MockServer | undefined> {
  const routes = createMockRoutes(ir);
  return runMockCli(
    argv,
    async (options) =>
      startMockServer({ ...options, routes, ...serving(site && (await site(options))) }),
    'shellapi-gen mock [--spec FILE] [--docs]',
  );
}
