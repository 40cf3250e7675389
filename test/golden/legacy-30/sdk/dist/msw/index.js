import { createMswHandlers as createWithRoutes } from '../mock/msw.js';
import { routes } from '../mock/routes.js';
/** One handler per operation (most specific paths first) sharing one engine: tasks submitted through one are seen by the others. */
export function createMswHandlers(http, options = {}) {
    return createWithRoutes(routes, http, options);
}
