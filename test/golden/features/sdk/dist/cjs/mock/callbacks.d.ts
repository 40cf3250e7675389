/** Task callbacks (`notifyHook`): the URL from the request's runtime expression, and fire-and-forget delivery that can be awaited. */
import type { JsonValue } from './types.js';
export interface ExpressionContext {
    body: unknown;
    query: URLSearchParams;
    /** Lower-cased names. */
    headers: Record<string, string>;
    path: Record<string, string>;
}
/** `{$request.body#/notifyHook}` (also `.query.x`, `.header.x`, `.path.x`) → an http(s) URL, or undefined. */
export declare function resolveCallbackUrl(expression: string, ctx: ExpressionContext): string | undefined;
export interface CallbackSender {
    send(url: string, method: string, body: JsonValue): void;
    /** Resolves when every delivery started so far has finished. */
    idle(): Promise<void>;
}
export declare function createCallbackSender(options: {
    enabled: boolean;
    fetch?: typeof fetch;
    log: (line: string) => void;
}): CallbackSender;
