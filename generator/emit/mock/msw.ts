/** `sdk/src/msw/index.ts`: MSW handlers for every operation, backed by the mock engine and the same route table. */
import type { ApiIr } from '../../ir/types.js';
import type { EmitContext } from '../types.js';
import { generatedHeader } from '../header.js';

const MODULE = 'generator/emit/mock/msw.ts';

export function mswIndex(ir: ApiIr, ctx: EmitContext): string {
  const ids = ir.operations
    .filter((op) => op.method !== 'trace')
    .map((op) => op.operationId)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const union = ids.length > 0 ? ids.map((id) => `\n  | ${JSON.stringify(id)}`).join('') : ' never';
  return `${generatedHeader(MODULE)}
/**
 * MSW request handlers (${ctx.packageName}/msw) answering like the mock server: spec examples,
 * strict request validation, task state on a controllable clock, SSE streams. msw is a peer you
 * install; pass its \`http\` namespace in, so this module imports nothing from it. Creating the
 * handlers is async: it loads the engine and so the mock's optional peers (Ajv), rejecting with
 * the command that installs them when one is missing; importing this module needs none of them.
 *
 * @example
 * import { http } from 'msw';
 * import { setupServer } from 'msw/node';
 * import { createMswHandlers } from '${ctx.packageName}/msw';
 *
 * const mock = await createMswHandlers(http, { clock: 'manual' });
 * const server = setupServer(...mock.handlers);
 * server.listen(); // the handlers answer under mock.baseUrl: the client's baseUrl
 * // in tests: mock.clock.advance(10_000); mock.reset();
 */
import type { MswHandlersOptions, MswHttpLike, MswMock } from '../mock/msw.js';
import { createMswHandlers as createWithRoutes } from '../mock/msw.js';
import { routes } from '../mock/routes.js';

export type { MswHandlersOptions, MswHttpLike, MswMock, MswResolver, MswResolverInfo } from '../mock/msw.js';

/** Every operationId that has a handler. */
export type OperationId =${union};

/** One handler per operation (most specific paths first) sharing one engine: tasks submitted through one are seen by the others. */
export function createMswHandlers<H>(http: MswHttpLike<H>, options: MswHandlersOptions = {}): Promise<MswMock<H, OperationId>> {
  return createWithRoutes<H, OperationId>(routes, http, options);
}
`;
}
