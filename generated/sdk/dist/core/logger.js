import { readEnv } from './env.js';
import { redactHeaders, scrubDeep } from './redact.js';
const RANK = {
    debug: 0,
    info: 1,
    warn: 2,
    error: 3,
    off: 4,
};
/**
 * The client's logger: `options.logger` (default `console`) from `options.logLevel`, else the
 * `<PREFIX>_LOG` environment variable, else `warn`; every line scrubbed with `scrub`.
 */
export function safeLogging(options, envPrefix, scrub) {
    const level = resolveLogLevel(options.logLevel, readEnv(`${envPrefix}_LOG`));
    const console = globalThis.console;
    const log = makeSafeLogger(options.logger ?? console, scrub, level);
    return {
        ...log,
        sending: (label, attempt, headers, operationId) => log.debug(`→ ${label}${attempt > 0 ? ` (retry ${attempt})` : ''}`, { headers, operationId }),
        received: (label, status, ms, headers) => log.debug(`← ${status} ${label} (${ms} ms)`, { headers }),
        retrying: (label, delayMs, after) => log.info(`retrying ${label} in ${delayMs} ms after ${typeof after === 'number' ? `status ${after}` : `${after.name}: ${after.message}`}`),
        failed: (label, error) => log.debug(`✗ ${label}: ${error.name}: ${error.message}`),
        prefixStripped: (baseUrl, prefix, stripped) => log.warn(`baseUrl ${baseUrl} ends with ${prefix}, which the API's paths already start with; using ${stripped}.`),
    };
}
/** The option wins, then the environment variable (`SHELLAPI_LOG=debug`); unknown values mean `warn`. */
export function resolveLogLevel(option, env) {
    const wanted = option ?? env?.toLowerCase();
    return wanted !== undefined && Object.hasOwn(RANK, wanted) ? wanted : 'warn';
}
/** Wraps the user's logger (or nothing) so every line is scrubbed; never throws into the caller. */
export function makeSafeLogger(logger, scrub, minLevel = 'debug') {
    const emit = (level) => (message, ...args) => {
        if (RANK[level] < RANK[minLevel])
            return;
        const fn = logger?.[level];
        if (typeof fn !== 'function')
            return;
        try {
            fn.call(logger, `[shellapi] ${scrub(message)}`, ...args.map((arg) => safeArg(arg, scrub)));
        }
        catch {
            // A failing logger must not break requests.
        }
    };
    return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}
function safeArg(arg, scrub) {
    if (typeof Headers !== 'undefined' && arg instanceof Headers)
        return redactHeaders(arg, scrub);
    if (arg instanceof Error) {
        const json = arg.toJSON;
        return typeof json === 'function'
            ? scrubDeep(json.call(arg), scrub)
            : { name: arg.name, message: scrub(arg.message) };
    }
    if (arg && typeof arg === 'object' && !Array.isArray(arg)) {
        const record = arg;
        const copy = {};
        for (const [key, value] of Object.entries(record)) {
            copy[key] =
                key === 'headers' && value && typeof value === 'object'
                    ? redactHeaders(value, scrub)
                    : safeArg(value, scrub);
        }
        return scrubDeep(copy, scrub);
    }
    return scrubDeep(arg, scrub);
}
