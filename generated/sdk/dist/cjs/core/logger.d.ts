import { type Scrubber } from './redact.js';
export interface Logger {
    debug(message: string, ...args: unknown[]): void;
    info(message: string, ...args: unknown[]): void;
    warn(message: string, ...args: unknown[]): void;
    error(message: string, ...args: unknown[]): void;
}
type Level = keyof Logger;
/** Lowest level that is logged; `off` logs nothing. */
export type LogLevel = Level | 'off';
/** The client's own log lines, worded here so that clients without logging carry none of the text. */
export interface ClientLog extends Logger {
    sending(label: string, attempt: number, headers: Headers): void;
    received(label: string, status: number, ms: number, headers: Headers): void;
    /** `after`: the failure, or the status, that caused the retry. */
    retrying(label: string, delayMs: number, after: Error | number): void;
    failed(label: string, error: Error): void;
    prefixStripped(baseUrl: string, prefix: string, stripped: string): void;
}
/** The two client options logging reads (documented on `ClientOptions`). */
export interface LoggingOptions {
    logger?: Partial<Logger> | undefined;
    logLevel?: LogLevel | undefined;
}
/**
 * The client's logger: `options.logger` (default `console`) from `options.logLevel`, else the
 * `<PREFIX>_LOG` environment variable, else `warn`; every line scrubbed with `scrub`.
 */
export declare function safeLogging(options: LoggingOptions, envPrefix: string, scrub: Scrubber): ClientLog;
/** The option wins, then the environment variable (`SHELLAPI_LOG=debug`); unknown values mean `warn`. */
export declare function resolveLogLevel(option: LogLevel | undefined, env: string | undefined): LogLevel;
/** Wraps the user's logger (or nothing) so every line is scrubbed; never throws into the caller. */
export declare function makeSafeLogger(logger: Partial<Logger> | undefined, scrub: Scrubber, minLevel?: LogLevel): Logger;
export {};
