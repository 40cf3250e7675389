/**
 * MSW request handlers backed by the mock engine: the same examples, validation, task state and
 * streams as the HTTP mock, in-process. msw is not imported: pass its `http` namespace in
 * (`createMswHandlers(http)`), so the package needs no dependency and works with msw 2 and later.
 */
import type { MockRouteTable } from './types.js';
import { type MockEngine, type MockEngineOptions, type MockResult } from './engine.js';
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
}
/** `/mj/task/{id}/fetch` → `/mj/task/:id/fetch`; a parameter inside a segment becomes a wildcard segment. */
export declare function mswPath(template: string): string;
export declare function toFetchResponse(result: MockResult): Response;
export declare function createMswHandlers<H, K extends string = string>(routes: MockRouteTable, http: MswHttpLike<H>, options?: MswHandlersOptions): MswMock<H, K>;
