/** Optional logging. Whatever reaches the user's logger has headers redacted and the API key scrubbed. */
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
/** The option wins, then the environment variable (`SHELLAPI_LOG=debug`); unknown values mean `warn`. */
export declare function resolveLogLevel(option: LogLevel | undefined, env: string | undefined): LogLevel;
/** Wraps the user's logger (or nothing) so every line is scrubbed; never throws into the caller. */
export declare function makeSafeLogger(logger: Partial<Logger> | undefined, scrub: Scrubber, minLevel?: LogLevel): Logger;
export {};
