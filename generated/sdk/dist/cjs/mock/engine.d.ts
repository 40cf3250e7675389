/**
 * The mock engine: one request in, one result out. Platform-neutral (no `node:` imports), so the
 * same engine backs the Node HTTP server (`server.ts`) and in-process MSW handlers (`msw.ts`).
 *
 * Order of checks, each answering in the operation's own error shape: route (404/405) → Prefer
 * (400 for a token or value the mock does not know) → `drop` → credentials (401) → parameters → body (415, 400 for syntax, 400 or 422 for schema
 * violations) → `Prefer: delay` → `Prefer: code` → task state / stream / example.
 */
import type { MockRouteTable } from './types.js';
import type { ClockMode, MockClock } from './clock.js';
import type { MockTasks, TaskTiming } from './tasks.js';
export interface MockEngineOptions {
    routes: MockRouteTable;
    /** `real` (default): time runs, scaled by `speed`; `manual`: time moves only on `clock.advance`. */
    clock?: ClockMode;
    speed?: number;
    /** Clock start in epoch ms (default: now). */
    startTime?: number;
    /** Largest accepted request body in bytes (default 25 MiB). */
    bodyLimit?: number;
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
export type MockResult = {
    kind: 'response';
    status: number;
    headers: [string, string][];
    body: Uint8Array | string | null;
    operationId?: string;
} | {
    kind: 'stream';
    status: number;
    headers: [string, string][];
    chunks: AsyncIterable<string>;
    operationId?: string;
} | {
    kind: 'stall';
    status: number;
    headers: [string, string][];
    operationId?: string;
} | {
    kind: 'drop';
    operationId?: string;
};
export interface MockEngine {
    handle(request: MockRequest): Promise<MockResult>;
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
