/** Task callbacks (`notifyHook`): the URL from the request's runtime expression, and fire-and-forget delivery that can be awaited. */
import type { JsonValue } from './types.js';
import { type RequestParts } from './coerce.js';
/** `{$request.body#/notifyHook}` (also `.query.x`, `.header.x`, `.path.x`) → an http(s) URL, or undefined. */
export declare function resolveCallbackUrl(expression: string, req: RequestParts): string | undefined;
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
