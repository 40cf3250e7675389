/**
 * The mock engine: one request in, one result out. Platform-neutral (no `node:` imports), so the
 * same engine backs the Node HTTP server (`server.ts`) and in-process MSW handlers (`msw.ts`).
 *
 * A pipeline of small stages, each in its own module and each answering a failure as data that
 * the last stage shapes into the spec's error (errors.ts): route (router.ts: 404/405) → Prefer
 * (prefer.ts: 400 for what the mock does not know; `drop`) → auth (auth.ts: 401) → parse and
 * validate (request-checks.ts: 413/415/400/422) → `Prefer: delay` → answer (answer.ts: content
 * negotiation, streams, tasks, `Prefer: code`) → transport result (here: headers, stall, pacing).
 */
import type { MockRouteTable } from './types.js';
import { type ClockMode, type MockClock } from './clock.js';
import { type MockTasks, type TaskTiming } from './tasks.js';
export interface MockEngineOptions {
    routes: MockRouteTable;
    /** `real` (default): time runs, scaled by `speed`; `manual`: time moves only on `clock.advance`. */
    clock?: ClockMode;
    speed?: number;
    /** Clock start in epoch ms (default: now). */
    startTime?: number;
    /** Largest accepted request body in bytes (default 25 MiB). */
    bodyLimit?: number;
    /** Deepest nesting accepted in a body or parameter value (default 64; deeper answers 400). */
    maxDepth?: number;
    /** Most form fields or multipart parts in one body (default 1000; more answers 413). */
    maxFields?: number;
    /** Accept only these credentials (bearer tokens, API keys, basic passwords); default: any well-formed one. */
    keys?: readonly string[];
    /** Most tasks kept; the oldest are evicted (default 1000). */
    taskStoreLimit?: number;
    taskTiming?: TaskTiming;
    /** Clock ms between stream chunks (default 20; in manual mode no wait unless `stepStreams`). */
    streamDelayMs?: number;
    /** Manual clock: each stream chunk waits for `clock.advance(streamDelayMs)` (step through a stream in tests). */
    stepStreams?: boolean;
    /** POST task callbacks (`notifyHook`) for real (default true). */
    callbacks?: boolean;
    /** Overrides the path prefix from the spec's first server. */
    basePath?: string;
    /** Receives diagnostic lines (callback failures). */
    logger?: (line: string) => void;
    /** Used to deliver callbacks (default: global fetch). */
    fetch?: typeof fetch;
}
export interface MockRequest {
    method: string;
    /** Path and query, e.g. `/v1/models?limit=2`. */
    url: string;
    /** Header names in any case; repeated headers joined with ", ". */
    headers: Record<string, string | string[] | undefined>;
    body: Uint8Array | null;
    /** Aborts delays and streams when the client goes away. */
    signal?: AbortSignal;
}
/** What every answer that reaches the client has. */
interface MockHead {
    status: number;
    headers: [string, string][];
    operationId?: string;
    /** Said after the request's log line: what the mock let through unchecked. */
    note?: string;
}
export type MockResult = (MockHead & {
    kind: 'response';
    body: Uint8Array | string | null;
}) | (MockHead & {
    kind: 'stream';
    chunks: AsyncIterable<string>;
}) | (MockHead & {
    kind: 'stall';
}) | {
    kind: 'drop';
    operationId?: string;
};
export interface MockEngine {
    handle(request: MockRequest): Promise<MockResult>;
    /**
     * `handle` without the promise when nothing has to wait (no `Prefer: delay`, no multipart parser
     * still loading): the Node server answers most requests in the turn that read them.
     */
    handleNow(request: MockRequest): MockResult | Promise<MockResult>;
    /** The 413 answer for a body over `bodyLimit` (the transport stops reading it). */
    tooLarge(request: Omit<MockRequest, 'body'>): MockResult;
    readonly bodyLimit: number;
    readonly basePath: string;
    readonly clock: MockClock;
    readonly tasks: MockTasks;
    /** Forgets every task and restarts ids and request counters. */
    reset(): void;
    /** Resolves when every callback POST started so far has finished. */
    idle(): Promise<void>;
    dispose(): void;
}
export declare function createMockEngine(options: MockEngineOptions): MockEngine;
export {};
