import type { MockRouteTable } from './types.js';
import type { MockEngine, MockEngineOptions } from './engine.js';
import type { MockServer, MockServerOptions } from './server.js';
import { routes } from './routes.js';
export { routes };
export type { MockServer, MockServerOptions } from './server.js';
export type { MockEngine, MockEngineOptions, MockRequest, MockResult } from './engine.js';
export type { ClockMode, MockClock } from './clock.js';
export type { MockTasks, MockTaskSnapshot, TaskTiming } from './tasks.js';
export type { MockRouteTable, TaskState } from './types.js';
export { MOCK_CLI_HELP, runMockCli } from './cli-main.js';
export type StartMockOptions = Omit<MockServerOptions, 'routes'> & {
  /** Another route table (default: this API's). */
  routes?: MockRouteTable;
};
// The server and engine import the optional peers (Ajv): loaded on first use, so that importing
// this entry works without them and a missing one is named with the command that installs it.
/** Starts the mock HTTP server (default 127.0.0.1, a free port). */
export declare function startMock(options?: StartMockOptions): Promise<MockServer>;
/** The engine without a server: `engine.handle(request)` for custom transports. */
export declare function createMockEngine(options?: Omit<MockEngineOptions, 'routes'> & { routes?: MockRouteTable }): Promise<MockEngine>;
