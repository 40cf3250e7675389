/**
 * MSW request handlers (@shellapi/sdk/msw) answering like the mock server: spec examples,
 * strict request validation, task state on a controllable clock, SSE streams. msw is a peer you
 * install; pass its `http` namespace in, so this module imports nothing from it.
 *
 * @example
 * import { http } from 'msw';
 * import { setupServer } from 'msw/node';
 * import { createMswHandlers } from '@shellapi/sdk/msw';
 *
 * const mock = createMswHandlers(http, { clock: 'manual' });
 * const server = setupServer(...mock.handlers);
 * server.listen();
 * // in tests: mock.clock.advance(10_000); mock.reset();
 */
import type { MswHandlersOptions, MswHttpLike, MswMock } from '../mock/msw.js';
export type { MswHandlersOptions, MswHttpLike, MswMock, MswResolver, MswResolverInfo } from '../mock/msw.js';
/** Every operationId that has a handler. */
export type OperationId = "cancelRenderTask" | "createChatCompletion" | "downloadFile" | "getRenderTask" | "listRenderTasks" | "submitRender" | "uploadFile";
/** One handler per operation (most specific paths first) sharing one engine: tasks submitted through one are seen by the others. */
export declare function createMswHandlers<H>(http: MswHttpLike<H>, options?: MswHandlersOptions): MswMock<H, OperationId>;
