import { routes } from './routes.js';
import { startMockServer } from './server.js';
import { createMockEngine as createEngine } from './engine.js';
export { routes };
export { MOCK_CLI_HELP, runMockCli } from './cli-main.js';
/** Starts the mock HTTP server (default 127.0.0.1, a free port). */
export function startMock(options = {}) {
    return startMockServer({ ...options, routes: options.routes ?? routes });
}
/** The engine without a server: `engine.handle(request)` for custom transports. */
export function createMockEngine(options = {}) {
    return createEngine({ ...options, routes: options.routes ?? routes });
}
