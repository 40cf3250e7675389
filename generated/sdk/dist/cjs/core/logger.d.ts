/**
 * Optional logging. Whatever reaches the user's logger has headers redacted and the API key
 * scrubbed. A client logs only when its config carries `logging: safeLogging` (the generated
 * client class does), so a bundle of standalone functions on a bare `BaseClient` carries none of it.
 */
import type { ClientLog, Logger, LogLevel } from './client.js';
export type { ClientLog, Logger, LogLevel } from './client.js';
import { type Scrubber } from './redact.js';
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
/** The option wins, then the environment variable (`<PREFIX>_LOG=debug`); unknown values mean `warn`. */
export declare function resolveLogLevel(option: LogLevel | undefined, env: string | undefined): LogLevel;
/**
 * Wraps the user's logger (or nothing) so every line is scrubbed and tagged `[<tag>]` (the client's
 * environment prefix in lower case, the Python SDK's logger name); never throws into the caller.
 */
export declare function makeSafeLogger(logger: Partial<Logger> | undefined, scrub: Scrubber, minLevel?: LogLevel, tag?: string): Logger;
