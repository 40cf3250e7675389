"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MOCK_CLI_HELP = void 0;
exports.parseMockArgs = parseMockArgs;
exports.runMockCli = runMockCli;
const log_buffer_js_1 = require("./log-buffer.js");
exports.MOCK_CLI_HELP = `Usage: mock [--port 4010] [--host 127.0.0.1] [--speed 1] [--clock real|manual] [--body-limit BYTES] [--keys KEY,...] [--quiet]

Serves every operation of the API from its spec examples, validating requests strictly.
  --keys: accept only these credentials (bearer tokens, API keys; default: any well-formed one)
  Prefer: example=NAME | code=404 | delay=2000 (ms, at most 60000) | retry-after=5 | drop | stall | task=fail | task=cancel
  (any other Prefer token or value is answered with 400)
  POST /__mock/reset, GET|POST /__mock/clock {"advanceMs": 1000, "speed": 10}, GET /__mock/tasks`;
function parseMockArgs(argv) {
    const out = {
        port: 4010,
        host: '127.0.0.1',
        quiet: false,
        help: false,
    };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const [flag, inline] = arg.includes('=')
            ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
            : [arg, undefined];
        const value = () => {
            const v = inline ?? argv[++i];
            if (v === undefined)
                throw new Error(`${flag} needs a value`);
            return v;
        };
        const number = () => {
            const v = Number(value());
            if (!Number.isFinite(v) || v < 0)
                throw new Error(`${flag} needs a non-negative number`);
            return v;
        };
        switch (flag) {
            case '--port':
            case '-p':
                out.port = number();
                break;
            case '--host':
                out.host = value();
                break;
            case '--speed':
                out.speed = number();
                break;
            case '--clock': {
                const v = value();
                if (v !== 'real' && v !== 'manual')
                    throw new Error('--clock is real or manual');
                out.clock = v;
                break;
            }
            case '--body-limit':
                out.bodyLimit = number();
                break;
            case '--keys':
                out.keys = [
                    ...(out.keys ?? []),
                    ...value()
                        .split(',')
                        .map((k) => k.trim())
                        .filter((k) => k !== ''),
                ];
                break;
            case '--quiet':
            case '-q':
                out.quiet = true;
                break;
            case '--help':
            case '-h':
                out.help = true;
                break;
            default:
                throw new Error(`unknown option ${arg}`);
        }
    }
    return out;
}
/** Runs until SIGINT/SIGTERM. `start` is the package's `startMock` (or one bound to a spec's routes). */
async function runMockCli(argv, start) {
    let args;
    try {
        args = parseMockArgs(argv);
    }
    catch (e) {
        console.error(`${e instanceof Error ? e.message : String(e)}\n\n${exports.MOCK_CLI_HELP}`);
        process.exitCode = 2;
        return undefined;
    }
    if (args.help) {
        console.log(exports.MOCK_CLI_HELP);
        return undefined;
    }
    const { quiet, help: _help, ...options } = args;
    const log = quiet ? undefined : (0, log_buffer_js_1.createLineBuffer)((chunk) => process.stdout.write(chunk));
    const server = await start({
        ...options,
        ...(log ? { logger: (line) => log.line(line) } : {}),
    });
    console.log(`Mock server listening on ${server.url}`);
    const stop = () => {
        void server.close().then(() => {
            log?.flush();
            process.exit(0);
        });
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return server;
}
