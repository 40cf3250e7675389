/**
 * MSW request handlers backed by the mock engine: the same examples, validation, task state and
 * streams as the HTTP mock, in-process. msw is not imported: pass its `http` namespace in
 * (`await createMswHandlers(http)`), so the package needs no dependency and works with msw 2 and later.
 */
import type { MockRouteTable } from './types.js';
import type { MockEngine, MockEngineOptions, MockResult } from './engine.js';
export interface MswResolverInfo {
    request: Request;
}
export type MswResolver = (info: MswResolverInfo) => Promise<Response>;
/** The part of msw's `http` namespace the handlers use. */
export type MswHttpLike<H> = Record<'get' | 'post' | 'put' | 'patch' | 'delete' | 'head' | 'options', (path: string, resolver: MswResolver) => H>;
export interface MswHandlersOptions extends Omit<MockEngineOptions, 'routes' | 'basePath' | 'fetch'> {
    /** Where the client sends requests (default: the spec's first server). */
    baseUrl?: string;
}
export interface MswMock<H, K extends string = string> extends Pick<MockEngine, 'clock' | 'tasks' | 'reset'> {
    /** Every operation's handler, most specific paths first: `setupServer(...mock.handlers)`. */
    handlers: H[];
    /** One handler per operationId, e.g. to re-register a single one with `server.use`. */
    byOperation: Record<K, H>;
    engine: MockEngine;
    /** The URL the handlers answer under (no trailing slash): the client's `baseUrl`. */
    baseUrl: string;
}
/** `/mj/task/{id}/fetch` → `/mj/task/:id/fetch`; a parameter inside a segment becomes a wildcard segment. */
export declare function mswPath(template: string): string;
export declare function toFetchResponse(result: MockResult): Response;
/**
 * Async because the engine imports the optional peers (Ajv): it is loaded here, not when this
 * module is, so importing the MSW entry works without them and a missing one rejects with the
 * same hint as `startMock`. Handlers built any other way would have no clock or tasks to return.
 */
export declare function createMswHandlers<H, K extends string = string>(routes: MockRouteTable, http: MswHttpLike<H>, options?: MswHandlersOptions): Promise<MswMock<H, K>>;
