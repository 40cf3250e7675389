/**
 * The mock served straight from an IR (no generation step): `shellapi-gen mock --spec FILE`.
 * Uses the same runtime the generated package ships (templates/mock) and the same route builder.
 */
import type { ApiIr } from '../../ir/types.js';
import type { MockServer, MockServerOptions, StaticSite } from '../../../templates/mock/server.js';
import type { MockCliOptions } from '../../../templates/mock/cli-main.js';
import { startMockServer } from '../../../templates/mock/server.js';
import { runMockCli } from '../../../templates/mock/cli-main.js';
import { createMockRoutes } from '../surface/mock-routes.js';

export type { MockServer, MockServerOptions } from '../../../templates/mock/server.js';

export function startMockFromIr(
  ir: ApiIr,
  options: Omit<MockServerOptions, 'routes'> = {},
): Promise<MockServer> {
  return startMockServer({ ...options, routes: createMockRoutes(ir) });
}

/** Runs the mock CLI (`--port`, `--host`, `--speed`, `--clock`, `--body-limit`, `--quiet`) for this IR until a signal stops it. */
export function runMockCliForIr(
  ir: ApiIr,
  argv: string[],
  site?: (options: MockCliOptions) => Promise<StaticSite>,
): Promise<MockServer | undefined> {
  const routes = createMockRoutes(ir);
  return runMockCli(argv, async (options) =>
    startMockServer({ ...options, routes, ...(site ? { site: await site(options) } : {}) }),
  );
}
