/**
 * The checks that catch a mistake in the calling code, not in the data: a `timeout` that would time
 * out every call, an option the client would ignore (its plug-in is not in the config) and no fetch
 * to send with. check-options.ts runs them always; its browser build drops them from production
 * bundles (check-options.browser.ts).
 */
import { ShellApiError } from './errors.js';

/**
 * Options a client honours only with a plug-in in its config, and the entries to add (the first
 * word is the plug-in's config key).
 */
const PLUG_IN_OPTIONS: Readonly<Record<string, string>> = {
  logger: 'logging: safeLogging, scrubbing: scrubSecrets',
  logLevel: 'logging: safeLogging, scrubbing: scrubSecrets',
  maxRetries: 'retrying, retryPolicy: RETRY_POLICY',
  backoff: 'retrying, retryPolicy: RETRY_POLICY',
  maxResponseBytes: 'reading: guardedReading',
};

/** The values that ask a plug-in for nothing, allowed without it. */
const NOTHING: Readonly<Record<string, unknown>> = { logLevel: 'off', maxRetries: 0 };

/**
 * Refuses a `timeout` of 0, negative or NaN (setTimeout would fire at once: every call a timeout;
 * an `idleTimeout` of that kind means none, as 0 does) and an option its client would ignore (its
 * plug-in is not in the config), naming the entry to add. Options and config are plain objects
 * here: client.ts imports these checks, so naming its types would make an import cycle.
 */
function refuseOptions(options: object, config: object): void {
  for (const [option, value] of Object.entries(options)) {
    if (value === undefined) continue;
    if (option === 'timeout' && !((value as number) > 0))
      throw new ShellApiError(
        `\`${option}\` must be more than 0 milliseconds (Infinity for no limit), not ${value}.`,
      );
    const entry = PLUG_IN_OPTIONS[option];
    const plugIn = entry?.split(/\W/)[0] as string;
    if (
      entry &&
      !(config as Readonly<Record<string, unknown>>)[plugIn] &&
      value !== NOTHING[option]
    )
      throw new ShellApiError(`\`${option}\` needs \`${entry}\` in the client config.`);
  }
}

/** A new client's options, and the fetch it will send with (its option, else the global one). */
export function checkClientOptions(options: object, config: object, fetch: unknown): void {
  refuseOptions(options, config);
  if (!fetch)
    throw new ShellApiError('No fetch implementation: pass `fetch` in the client options.');
}

/** A call's options: its `maxResponseBytes` is ignored without guarded reads, as documented, not refused. */
export function checkCallOptions(options: object, config: object): void {
  refuseOptions({ ...options, maxResponseBytes: undefined }, config);
}
