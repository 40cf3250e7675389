import type { MockRouteTable } from './types.js';
import { type MockEngine, type MockEngineOptions, type MockResult } from './engine.js';
export interface MockServerOptions extends Omit<MockEngineOptions, 'routes' | 'logger'> {
    routes: MockRouteTable;
    /** 0 (default) picks a free port. */
    port?: number;
    /** Default 127.0.0.1. */
    host?: string;
    /** Receives one line per request (`POST /v1/chat/completions 200 3ms createChatCompletion`) and diagnostics. */
    logger?: (line: string) => void;
    /** Answers a request before the engine does, when it returns a result (the docs site of `mock --docs`). */
    intercept?: (method: string, url: string) => MockResult | undefined;
}
/** The engine's clock, tasks, `reset` and `idle`, served over HTTP. */
export interface MockServer extends Pick<MockEngine, 'clock' | 'tasks' | 'reset' | 'idle'> {
    /** Base URL including the spec's base path, e.g. `http://127.0.0.1:4010`. */
    readonly url: string;
    readonly port: number;
    /** Stops listening and cuts open connections (streams, stalls). */
    close(): Promise<void>;
}
export declare function startMockServer(options: MockServerOptions): Promise<MockServer>;
