/** Command-line front end of the mock server: flags → options, one log line per request, clean shutdown on a signal. */
import { parseArgs } from 'node:util';
import type { MockServer, MockServerOptions } from './server.js';
import type { ClockMode } from './clock.js';
import { createLineBuffer } from './log-buffer.js';
import { missingPeer, peerHint } from './peers.js';

export type MockCliOptions = Pick<
  MockServerOptions,
  'speed' | 'clock' | 'bodyLimit' | 'keys' | 'logger'
> & { port: number; host: string };

/** The command's help; `command` is how users run it (a package's `<pkg>-mock` bin). */
export function mockCliHelp(command: string): string {
  return `Usage: ${command} [--port 4010] [--host 127.0.0.1] [--speed 1] [--clock real|manual] [--body-limit BYTES] [--keys KEY,...] [--quiet]

Serves every operation of the API from its spec examples, validating requests strictly.
  --keys: accept only these credentials (bearer tokens, API keys; default: any well-formed one)
  Prefer: example=NAME | code=404 | delay=2000 (ms, at most 60000) | retry-after=5 | drop | stall | task=fail | task=cancel
  (any other Prefer token or value is answered with 400)
  Tasks: it starts with a finished task for each id the spec's poll and cancel examples pass, so the
  docs' samples answer (polls first, then cancels, in operation order; an id of two families is the first's)
  POST /__mock/reset (the starting tasks alone again), GET|POST /__mock/clock {"advanceMs": 1000, "speed": 10}, GET /__mock/tasks`;
}

/** The help under the command's generic name (a public export of the package's mock). */
export const MOCK_CLI_HELP: string = mockCliHelp('mock');

export function parseMockArgs(argv: string[]): MockCliOptions & { quiet: boolean; help: boolean } {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', short: 'p', default: '4010' },
      host: { type: 'string', default: '127.0.0.1' },
      speed: { type: 'string' },
      clock: { type: 'string' },
      'body-limit': { type: 'string' },
      keys: { type: 'string', multiple: true },
      quiet: { type: 'boolean', short: 'q', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const number = (flag: 'port' | 'speed' | 'body-limit'): number | undefined => {
    const v = values[flag] === undefined ? undefined : Number(values[flag]);
    if (v !== undefined && !(Number.isFinite(v) && v >= 0))
      throw new Error(`--${flag} needs a non-negative number`);
    return v;
  };
  const { clock } = values;
  if (clock !== undefined && clock !== 'real' && clock !== 'manual')
    throw new Error('--clock is real or manual');
  const keys = values.keys?.flatMap((k) => k.split(',').map((key) => key.trim())).filter(Boolean);
  const { host, quiet, help } = values;
  const [port, speed, bodyLimit] = [number('port')!, number('speed'), number('body-limit')];
  return { port, host, quiet, help, speed, clock: clock as ClockMode | undefined, bodyLimit, keys };
}

/**
 * Runs until SIGINT/SIGTERM. `start` is the package's `startMock` (or one bound to a spec's routes);
 * `command` is the name the help's usage line shows.
 */
export async function runMockCli(
  argv: string[],
  start: (options: MockCliOptions) => Promise<MockServer>,
  command = 'mock',
): Promise<MockServer | undefined> {
  let args: ReturnType<typeof parseMockArgs>;
  try {
    args = parseMockArgs(argv);
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : String(e)}\n\n${mockCliHelp(command)}`);
    process.exitCode = 2;
    return undefined;
  }
  if (args.help) {
    console.log(mockCliHelp(command));
    return undefined;
  }
  const { quiet, help: _help, ...options } = args;
  const log = quiet ? undefined : createLineBuffer((chunk) => process.stdout.write(chunk));
  const server = await start({
    ...options,
    ...(log ? { logger: (line: string): void => log.line(line) } : {}),
  });
  console.log(`Mock server listening on ${server.url}`);
  const stop = (): void => {
    void server.close().then(() => {
      log?.flush();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return server;
}

/**
 * What the mock's command prints when it cannot start for want of an optional peer: one line with
 * the install command (whether `startMock` worded it already or a module failed to resolve),
 * anything else as it is.
 */
export function loadFailure(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if ((error as { code?: unknown } | null)?.code === 'ERR_MOCK_PEER_MISSING') return `${text}\n`;
  const peer = missingPeer(error);
  if (peer !== undefined) return `${peerHint(peer)}\n`;
  return `${error instanceof Error ? (error.stack ?? text) : text}\n`;
}
