/**
 * Optional logging. Whatever reaches the user's logger has headers redacted and the API key
 * scrubbed. A client logs only when its config carries `logging: safeLogging` (the generated
 * client class does), so a bundle of standalone functions on a bare `BaseClient` carries none of it.
 */
import type { ClientLog, Logger, LogLevel } from './client.js';

export type { ClientLog, Logger, LogLevel } from './client.js';

type Level = keyof Logger;
import { readEnv } from './env.js';
import { APIConnectionError, ResponseTooLargeError } from './errors.js';
import { redactHeaders, scrubDeep, type Scrubber } from './redact.js';

/** The levels, lowest first. */
const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'off'];

/** The two client options logging reads (documented on `ClientOptions`). */
export interface LoggingOptions {
  logger?: Partial<Logger> | undefined;
  logLevel?: LogLevel | undefined;
}

/**
 * The client's logger: `options.logger` (default `console`) from `options.logLevel`, else the
 * `<PREFIX>_LOG` environment variable, else `warn`; every line scrubbed with `scrub`.
 */
export function safeLogging(
  options: LoggingOptions,
  envPrefix: string,
  scrub: Scrubber,
): ClientLog {
  const level = resolveLogLevel(options.logLevel, readEnv(`${envPrefix}_LOG`));
  const console = (globalThis as { console?: Partial<Logger> }).console;
  const log = makeSafeLogger(options.logger ?? console, scrub, level, envPrefix.toLowerCase());
  return {
    ...log,
    wrap: (attempt) => async (call) => {
      const label = `${call.init.method} ${call.url}`;
      let retry = -1;
      try {
        return await attempt({
          ...call,
          fetch: async (url, init) => {
            log.debug(`→ ${label}${++retry ? ` (retry ${retry})` : ''}`, { headers: init.headers });
            const started = Date.now();
            const response = await call.fetch(url, init);
            log.debug(`← ${response.status} ${label} (${Date.now() - started} ms)`, {
              headers: response.headers,
            });
            return response;
          },
          onRetry: (delayMs, after) =>
            log.info(
              `retrying ${label} in ${delayMs} ms after ${typeof after === 'number' ? `status ${after}` : `${after.name}: ${after.message}`}`,
            ),
        });
      } catch (error) {
        // Failures without a usable response; error statuses had their `←` line, aborts need none.
        if (error instanceof APIConnectionError || error instanceof ResponseTooLargeError)
          log.debug(`✗ ${label}: ${error.name}: ${error.message}`);
        throw error;
      }
    },
    prefixKept: (baseUrl, prefix) =>
      once(options.logger ?? console, baseUrl) &&
      log.warn(
        `base URL ${baseUrl} ends with ${prefix}: calls whose path starts with ${prefix} drop it once (never ${prefix}${prefix}/…), the others keep it; if ${prefix} was a habit, pass ${baseUrl.slice(0, -prefix.length)}.`,
      ),
  };
}

/** Base URLs each logger was warned about: a client's `withOptions` copies do not repeat it. */
const WARNED = new WeakMap<object, Set<string>>();

function once(logger: object | undefined, baseUrl: string): boolean {
  if (!logger) return true;
  const seen = WARNED.get(logger) ?? new Set<string>();
  WARNED.set(logger, seen);
  return !seen.has(baseUrl) && !!seen.add(baseUrl);
}

/** The option wins, then the environment variable (`<PREFIX>_LOG=debug`); unknown values mean `warn`. */
export function resolveLogLevel(option: LogLevel | undefined, env: string | undefined): LogLevel {
  const wanted = option ?? env?.toLowerCase();
  return LEVELS.includes(wanted as LogLevel) ? (wanted as LogLevel) : 'warn';
}

/**
 * Wraps the user's logger (or nothing) so every line is scrubbed and tagged `[<tag>]` (the client's
 * environment prefix in lower case, the Python SDK's logger name); never throws into the caller.
 */
export function makeSafeLogger(
  logger: Partial<Logger> | undefined,
  scrub: Scrubber,
  minLevel: LogLevel = 'debug',
  tag = 'sdk',
): Logger {
  const emit =
    (level: Level) =>
    (message: string, ...args: unknown[]): void => {
      if (LEVELS.indexOf(level) < LEVELS.indexOf(minLevel)) return;
      const fn = logger?.[level];
      if (typeof fn !== 'function') return;
      try {
        fn.call(logger, `[${tag}] ${scrub(message)}`, ...args.map((arg) => safeArg(arg, scrub)));
      } catch {
        // A failing logger must not break requests.
      }
    };
  // One emitter per level below `off`.
  return Object.fromEntries(
    (LEVELS.slice(0, 4) as Level[]).map((level) => [level, emit(level)]),
  ) as unknown as Logger;
}

function safeArg(arg: unknown, scrub: Scrubber): unknown {
  if (typeof Headers !== 'undefined' && arg instanceof Headers) return redactHeaders(arg, scrub);
  if (arg instanceof Error) {
    const json = (arg as { toJSON?: () => unknown }).toJSON;
    return typeof json === 'function'
      ? scrubDeep(json.call(arg), scrub)
      : { name: arg.name, message: scrub(arg.message) };
  }
  if (arg && typeof arg === 'object' && !Array.isArray(arg)) {
    const record = arg as Record<string, unknown>;
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(record)) {
      copy[key] =
        key === 'headers' && value && typeof value === 'object'
          ? redactHeaders(value as Headers | Record<string, string>, scrub)
          : safeArg(value, scrub);
    }
    return scrubDeep(copy, scrub);
  }
  return scrubDeep(arg, scrub);
}
