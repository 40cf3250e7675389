/**
 * Load benchmark of the generated mock server against Prism and a bare `node:http` server that
 * answers the same bytes, on a validated JSON POST, a GET and an SSE stream; also the mock's
 * start-up time (spawn to first answer). Prints figures only (no pass/fail).
 * Usage: npx tsx bench/mock-load.ts [--duration 10] [--warmup 2] [--connections 32] [--rounds 5] [--logging]
 *   [--mock-cli generated/sdk/dist/mock/cli.js] (another build's CLI, to compare before/after)
 *   --logging keeps Prism's default per-request logging (default here: `-v silent`). The mock is
 *   measured both ways in every run: `--quiet`, and with its default log written to a file.
 *
 * Layout: this process bundles the spec, installs Prism with the bench peers (bench/peers.ts,
 * never a project dependency), starts both servers as separate processes on 127.0.0.1, then runs the load
 * generator as a third process once per server × operation, one at a time, so a measured server
 * only competes with the load generator for the CPU.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleShellSpec } from './consumer.js';
import { ensurePeers, peerBin, repoRoot } from './peers.js';

/** What the load generator needs for one measurement; passed to it as JSON in an env variable. */
interface LoadJob {
  port: number;
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  sse: boolean;
  connections: number;
  warmupMs: number;
  durationMs: number;
  /** Server process whose CPU time is sampled over the measured window (Linux /proc). */
  serverPid?: number;
}

interface LoadResult {
  completed: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  /** SSE only: time to the response head. */
  ttfbP50?: number;
  non2xx: number;
  /** Socket errors and timeouts. */
  transportErrors: number;
  /** SSE only: 2xx answers whose body did not end with the terminator. */
  incomplete: number;
  statuses: Record<string, number>;
  /** What the first answer looked like, to say how the server treated the request. */
  sample: {
    status: number;
    contentType: string;
    framing: string;
    bytes: number;
    dataFrames: number;
    endsWithDone: boolean;
    firstBytes: string;
  } | null;
  loadgenCpuPct: number;
  serverCpuPct: number | null;
}

// ---------------------------------------------------------------- load generator (child process)

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/** utime+stime of a process in seconds, or null where /proc is missing. */
function processCpuSeconds(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields after the command name start at field 3 (state); utime and stime are fields 14 and 15.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

async function runLoad(job: LoadJob): Promise<LoadResult> {
  const agent = new http.Agent({
    keepAlive: true,
    maxSockets: job.connections,
    maxFreeSockets: job.connections,
  });
  const body = Buffer.from(job.body);
  const headers = { ...job.headers, 'content-length': String(body.length) };
  const start = performance.now();
  const measureFrom = start + job.warmupMs;
  const stopAt = measureFrom + job.durationMs;
  const latencies: number[] = [];
  const ttfbs: number[] = [];
  const statuses: Record<string, number> = {};
  let non2xx = 0;
  let transportErrors = 0;
  let incomplete = 0;
  let sample: LoadResult['sample'] = null;
  let cpuAtStart: NodeJS.CpuUsage | undefined;
  let serverCpuAtStart: number | null = null;
  const windowStart = setTimeout(() => {
    cpuAtStart = process.cpuUsage();
    serverCpuAtStart = processCpuSeconds(job.serverPid);
  }, job.warmupMs);

  const once = (): Promise<void> =>
    new Promise((resolve) => {
      const t0 = performance.now();
      let tHead = 0;
      const req = http.request(
        {
          agent,
          host: '127.0.0.1',
          port: job.port,
          method: job.method,
          path: job.path,
          headers,
          timeout: 15_000,
        },
        (res) => {
          tHead = performance.now();
          const chunks: Buffer[] = [];
          // Reading to the end is what a client does; the JSON body is only kept for the sample.
          const keep = job.sse || sample === null;
          res.on('data', (c: Buffer) => {
            if (keep) chunks.push(c);
          });
          res.on('end', () => {
            const t1 = performance.now();
            const status = res.statusCode ?? 0;
            const text = keep ? Buffer.concat(chunks).toString('utf8') : '';
            const dataFrames = job.sse ? (text.match(/^data: /gm) ?? []).length : 0;
            const endsWithDone = job.sse ? /data: \[DONE\]\s*$/.test(text) : false;
            if (sample === null) {
              sample = {
                status,
                contentType: String(res.headers['content-type'] ?? ''),
                framing:
                  res.headers['content-length'] !== undefined
                    ? `content-length ${res.headers['content-length']}`
                    : String(res.headers['transfer-encoding'] ?? 'close-delimited'),
                bytes: Buffer.byteLength(text),
                dataFrames,
                endsWithDone,
                firstBytes: text.slice(0, 120).replace(/\n/g, '\\n'),
              };
            }
            if (t0 >= measureFrom && t1 <= stopAt) {
              latencies.push(t1 - t0);
              if (job.sse) ttfbs.push(tHead - t0);
              statuses[status] = (statuses[status] ?? 0) + 1;
              if (status < 200 || status > 299) non2xx++;
              else if (job.sse && !endsWithDone) incomplete++;
            }
            resolve();
          });
          res.on('error', () => {
            if (t0 >= measureFrom) transportErrors++;
            resolve();
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', () => {
        if (t0 >= measureFrom) transportErrors++;
        resolve();
      });
      req.end(body);
    });

  const worker = async (): Promise<void> => {
    while (performance.now() < stopAt) await once();
  };
  await Promise.all(Array.from({ length: job.connections }, worker));
  clearTimeout(windowStart);
  const cpu = process.cpuUsage(cpuAtStart);
  const serverCpuAtEnd = processCpuSeconds(job.serverPid);
  agent.destroy();

  latencies.sort((a, b) => a - b);
  ttfbs.sort((a, b) => a - b);
  const seconds = job.durationMs / 1000;
  return {
    completed: latencies.length,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1] ?? NaN,
    ...(job.sse ? { ttfbP50: percentile(ttfbs, 50) } : {}),
    non2xx,
    transportErrors,
    incomplete,
    statuses,
    sample,
    loadgenCpuPct: ((cpu.user + cpu.system) / 1e6 / seconds) * 100,
    serverCpuPct:
      serverCpuAtStart !== null && serverCpuAtEnd !== null
        ? ((serverCpuAtEnd - serverCpuAtStart) / seconds) * 100
        : null,
  };
}

// ---------------------------------------------------------------- bare server (child process)

interface BareAnswer {
  status: number;
  contentType: string;
  /** base64 */
  body: string;
}

/** `node:http` answering each `METHOD path` with recorded bytes: the floor any mock is measured against. */
function runBare(port: number, answers: Record<string, BareAnswer>): void {
  const ready = new Map(
    Object.entries(answers).map(([k, a]) => [k, { ...a, bytes: Buffer.from(a.body, 'base64') }]),
  );
  http
    .createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        const a = ready.get(`${req.method} ${req.url}`);
        if (!a) {
          res.writeHead(404).end();
          return;
        }
        res.writeHead(a.status, {
          'content-type': a.contentType,
          'content-length': String(a.bytes.length),
        });
        res.end(a.bytes);
      });
    })
    .listen(port, '127.0.0.1');
}

/** One answer of the mock, recorded for the bare server. */
function record(
  port: number,
  op: { method: string; path: string; headers: Record<string, string>; body: string },
): Promise<BareAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: op.method, path: op.path, headers: op.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            contentType: String(res.headers['content-type'] ?? ''),
            body: Buffer.concat(chunks).toString('base64'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(op.method === 'GET' ? undefined : op.body);
  });
}

// ---------------------------------------------------------------- orchestration (parent process)

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} needs a positive number`);
  return value;
}

function textFlag(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** Resolves once a POST to the probe path answers at all (any status). */
async function waitUntilServing(
  port: number,
  child: ChildProcess,
  name: string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
    const ok = await new Promise<boolean>((resolve) => {
      const req = http.request(
        { host: '127.0.0.1', port, method: 'GET', path: '/', timeout: 1000 },
        (res) => {
          res.resume();
          res.on('end', () => resolve(true));
        },
      );
      req.on('error', () => resolve(false));
      req.on('timeout', () => req.destroy());
      req.end();
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${name} did not start within ${timeoutMs} ms`);
}

/** `stdoutFd`: send the server's stdout to this file (its request log) instead of a pipe. */
function startServer(name: string, cmd: string, args: string[], stdoutFd?: number): ChildProcess {
  const child = spawn(cmd, args, {
    cwd: repoRoot,
    stdio: ['ignore', stdoutFd ?? 'pipe', 'pipe'],
  });
  let tail = '';
  const keepTail = (c: Buffer): void => {
    tail = (tail + c.toString('utf8')).slice(-2000);
  };
  // Always drain both pipes so a chatty server never blocks on a full pipe.
  child.stdout?.on('data', keepTail);
  child.stderr!.on('data', keepTail);
  child.on('exit', (code, signal) => {
    if (!stopping) console.error(`${name} exited early (${code ?? signal}); last output:\n${tail}`);
  });
  return child;
}

let stopping = false;

function runLoadProcess(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const self = fileURLToPath(import.meta.url);
    const child = spawn(process.execPath, ['--import', 'tsx', self], {
      cwd: repoRoot,
      env: { ...process.env, BENCH_LOAD_JOB: JSON.stringify(job) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout!.on('data', (c: Buffer) => (out += c.toString('utf8')));
    // The generator stops by itself; this is only a guard against a wedged child.
    const guard = setTimeout(() => child.kill('SIGKILL'), job.warmupMs + job.durationMs + 60_000);
    child.on('exit', (code) => {
      clearTimeout(guard);
      if (code !== 0) return reject(new Error(`load generator exited with ${code}`));
      resolve(JSON.parse(out.trim().split('\n').pop()!) as LoadResult);
    });
  });
}

function fmt(n: number | null | undefined, digits = 1): string {
  return n === null || n === undefined || Number.isNaN(n) ? '-' : n.toFixed(digits);
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r, ri) => {
      const line = r
        .map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
        .join('  ');
      return ri === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
}

export interface MockBenchOptions {
  durationMs: number;
  warmupMs: number;
  connections: number;
  /** The mock paces SSE chunks by a 20 ms clock delay divided by this. */
  mockSpeed: number;
  /**
   * `-v silent` for Prism; false keeps its default logging. The mock has a row of each kind
   * whatever this says: `--quiet`, and its default log written to a file.
   */
  quiet: boolean;
  /** Slices each row's measured time is cut into, the servers taking turns (default 1). */
  rounds?: number;
  /** Labels of the operations to load (default: all of OPERATIONS). */
  only?: string[];
  mockCli?: string;
  log?: (line: string) => void;
}

export interface MockRow {
  server: string;
  operation: string;
  result: LoadResult;
  load1: number;
}

export interface MockBenchResult {
  rows: MockRow[];
  mockStartMs: number;
  prismVersion: string;
  /** One sentence per option the figures depend on. */
  setup: string;
}

export const VALIDATED_POST = 'POST /v1/embeddings (JSON)';

const HEADERS = { authorization: 'Bearer sk-test', 'content-type': 'application/json' };

const OPERATIONS = [
  {
    label: VALIDATED_POST,
    path: '/v1/embeddings',
    headers: { ...HEADERS, accept: 'application/json' },
    body: JSON.stringify({
      model: 'text-embedding-ada-002',
      input: 'The food was delicious and the waiter was friendly.',
    }),
    sse: false,
  },
  {
    label: 'GET /mj/task/{id}/image-seed (JSON)',
    method: 'GET',
    path: '/mj/task/1730000000000001/image-seed',
    headers: { authorization: 'Bearer sk-test', accept: 'application/json' },
    body: '',
    sse: false,
  },
  {
    label: 'POST /v1/chat/completions stream:true (SSE)',
    path: '/v1/chat/completions',
    headers: { ...HEADERS, accept: 'text/event-stream' },
    body: JSON.stringify({
      model: 'gpt-3.5-turbo',
      messages: [{ role: 'user', content: 'Say this is a test!' }],
      stream: true,
    }),
    sse: true,
  },
];

/** The generated mock, Prism and a bare server, loaded one at a time per operation. */
export async function measureMock(options: MockBenchOptions): Promise<MockBenchResult> {
  const log = options.log ?? console.log;
  const { durationMs, warmupMs, connections, mockSpeed, quiet } = options;
  const operations = OPERATIONS.filter((op) => !options.only || options.only.includes(op.label));
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'shellapi-bench-load-'));
  const children: ChildProcess[] = [];
  stopping = false;
  const cleanup = (): void => {
    stopping = true;
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGTERM');
  };
  const onSigint = (): void => {
    cleanup();
    process.exit(130);
  };
  process.once('SIGINT', onSigint);
  try {
    const bundle = bundleShellSpec(tmp);
    const prismVersion = ensurePeers(log)['@stoplight/prism-cli'];

    const mockPort = await freePort();
    const mockCli = options.mockCli ?? path.join('generated', 'sdk', 'dist', 'mock', 'cli.js');
    const spawnedAt = performance.now();
    const mock = startServer('mock', process.execPath, [
      mockCli,
      '--port',
      String(mockPort),
      '--host',
      '127.0.0.1',
      // Always quiet: its stdout is a pipe this process drains, a log reader competing for the CPU.
      '--quiet',
      '--speed',
      String(mockSpeed),
    ]);
    children.push(mock);
    // The same CLI with its default per-request log, written to a file as `mock > log` would.
    const loggingPort = await freePort();
    const logFd = openSync(path.join(tmp, 'mock.log'), 'w');
    const loggingMock = startServer(
      'mock (logging)',
      process.execPath,
      [mockCli, '--port', String(loggingPort), '--host', '127.0.0.1', '--speed', String(mockSpeed)],
      logFd,
    );
    closeSync(logFd);
    children.push(loggingMock);
    const prismPort = await freePort();
    // `-v silent` is Prism's equivalent of the mock's --quiet (no log line per request).
    const prismProc = startServer('prism', process.execPath, [
      peerBin('@stoplight/prism-cli', 'prism'),
      'mock',
      bundle,
      '-p',
      String(prismPort),
      '-h',
      '127.0.0.1',
      ...(quiet ? ['-v', 'silent'] : []),
    ]);
    children.push(prismProc);
    await waitUntilServing(mockPort, mock, 'mock', 30_000);
    const mockStartMs = performance.now() - spawnedAt;
    await waitUntilServing(prismPort, prismProc, 'prism', 60_000);
    await waitUntilServing(loggingPort, loggingMock, 'mock (logging)', 30_000);

    const answers: Record<string, BareAnswer> = {};
    for (const op of operations) {
      const method = op.method ?? 'POST';
      answers[`${method} ${op.path}`] = await record(mockPort, { ...op, method });
    }
    const barePort = await freePort();
    const bare = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
      cwd: repoRoot,
      env: { ...process.env, BENCH_BARE: JSON.stringify({ port: barePort, answers }) },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    children.push(bare);
    await waitUntilServing(barePort, bare, 'bare', 30_000);
    const servers = [
      { name: 'mock (generated), --quiet', port: mockPort, pid: mock.pid },
      { name: 'mock, default logging', port: loggingPort, pid: loggingMock.pid },
      { name: `prism ${prismVersion}`, port: prismPort, pid: prismProc.pid },
      { name: 'bare node:http', port: barePort, pid: bare.pid },
    ];
    const rows: MockRow[] = [];
    const rounds = Math.max(1, options.rounds ?? 1);
    for (const op of operations) {
      // Servers take turns in short slices, so a change in the machine's load hits each alike.
      const slices = servers.map(() => [] as LoadResult[]);
      const loads: number[] = [];
      for (let round = 0; round < rounds; round++)
        for (const [i, server] of servers.entries()) {
          loads.push(os.loadavg()[0]!);
          slices[i]!.push(
            await runLoadProcess({
              port: server.port,
              method: op.method ?? 'POST',
              path: op.path,
              headers: op.headers,
              body: op.body,
              sse: op.sse,
              connections,
              warmupMs: round === 0 ? warmupMs : 0,
              durationMs: durationMs / rounds,
              ...(server.pid !== undefined ? { serverPid: server.pid } : {}),
            }),
          );
        }
      const load1 = loads.reduce((a, b) => a + b, 0) / loads.length;
      for (const [i, server] of servers.entries()) {
        const result = mergeSlices(slices[i]!);
        rows.push({ server: server.name, operation: op.label, result, load1 });
        log(`  mock load: ${server.name} · ${op.label}: ${fmt(result.rps, 0)} req/s`);
      }
    }
    const setup =
      `node ${process.version}, ${os.cpus().length} CPU(s) shared by server + load generator (+ anyone else on the machine); ` +
      `${connections} keep-alive connections, ${warmupMs / 1000} s warm-up + ${durationMs / 1000} s measured per row ` +
      `(in ${rounds} slice(s), servers taking turns); ` +
      `mock rows: \`--quiet\`, and its default logging (a line per request) written to a file; ` +
      `Prism logging ${quiet ? 'off (-v silent)' : 'as shipped (a line per request)'}; ` +
      `mock --speed ${mockSpeed} (SSE gap 20/${mockSpeed} ms, ≥1 ms timer); load generator = separate node process (node:http)`;
    return { rows, mockStartMs, prismVersion, setup };
  } finally {
    process.off('SIGINT', onSigint);
    cleanup();
    await rm(tmp, { recursive: true, force: true });
  }
}

/** One row from the slices of one server: counts added, a median of the medians, the worst tail. */
function mergeSlices(slices: LoadResult[]): LoadResult {
  const sum = (f: (r: LoadResult) => number): number => slices.reduce((a, r) => a + f(r), 0);
  const median = (values: number[]): number => values.sort((a, b) => a - b)[values.length >> 1]!;
  const statuses: Record<string, number> = {};
  for (const r of slices)
    for (const [k, n] of Object.entries(r.statuses)) statuses[k] = (statuses[k] ?? 0) + n;
  const cpu = slices.map((r) => r.serverCpuPct);
  return {
    completed: sum((r) => r.completed),
    rps: sum((r) => r.rps) / slices.length,
    p50: median(slices.map((r) => r.p50)),
    p99: Math.max(...slices.map((r) => r.p99)),
    max: Math.max(...slices.map((r) => r.max)),
    ...(slices[0]!.ttfbP50 !== undefined
      ? { ttfbP50: median(slices.map((r) => r.ttfbP50 ?? NaN)) }
      : {}),
    non2xx: sum((r) => r.non2xx),
    transportErrors: sum((r) => r.transportErrors),
    incomplete: sum((r) => r.incomplete),
    statuses,
    sample: slices[0]!.sample,
    loadgenCpuPct: sum((r) => r.loadgenCpuPct) / slices.length,
    serverCpuPct: cpu.includes(null) ? null : sum((r) => r.serverCpuPct!) / slices.length,
  };
}

/** The server's CPU microseconds per completed request over the measured window. */
function cpuPerRequest(r: LoadResult, durationMs: number): number {
  return r.serverCpuPct === null || r.completed === 0
    ? NaN
    : ((r.serverCpuPct / 100) * durationMs * 1000) / r.completed;
}

/** requests/s of `server` (a name prefix) on `operation`. */
export function rpsOf(rows: readonly MockRow[], server: string, operation: string): number {
  return (
    rows.find((r) => r.server.startsWith(server) && r.operation === operation)?.result.rps ?? NaN
  );
}

async function main(): Promise<void> {
  const durationMs = flag('duration', 10) * 1000;
  const warmupMs = flag('warmup', 2) * 1000;
  const connections = flag('connections', 32);
  // 1000 makes the SSE gap 0.02 ms, which Node's timers round up to about 1 ms.
  const mockSpeed = flag('mock-speed', 1000);
  const quiet = !process.argv.includes('--logging');
  const rounds = flag('rounds', 5);
  const { rows, mockStartMs, setup } = await measureMock({
    durationMs,
    rounds,
    warmupMs,
    connections,
    mockSpeed,
    quiet,
    mockCli: textFlag('mock-cli', path.join('generated', 'sdk', 'dist', 'mock', 'cli.js')),
  });
  console.log(`${setup}\n`);
  const header = [
    'server',
    'operation',
    'rps',
    'p50 ms',
    'p99 ms',
    'max ms',
    'non-2xx',
    'net err',
    'bad SSE',
    'srv CPU%',
    'srv CPU µs/req',
    'gen CPU%',
    'load1',
  ];
  const cells = rows.map(({ server, operation, result: r, load1 }) => [
    server,
    operation,
    fmt(r.rps, 0),
    fmt(r.p50, 2),
    fmt(r.p99, 2),
    fmt(r.max, 1),
    String(r.non2xx),
    String(r.transportErrors),
    operation.includes('SSE') ? String(r.incomplete) : '-',
    fmt(r.serverCpuPct, 0),
    fmt(cpuPerRequest(r, durationMs), 0),
    fmt(r.loadgenCpuPct, 0),
    fmt(load1, 2),
  ]);
  console.log(`\nmock start-up (spawn → first answer): ${fmt(mockStartMs, 0)} ms`);
  console.log(`\n${table([header, ...cells])}\n`);
  for (const op of new Set(rows.map((r) => r.operation))) {
    const mockRps = rpsOf(rows, 'mock (generated)', op);
    const loggingRps = rpsOf(rows, 'mock, default logging', op);
    const bareRps = rpsOf(rows, 'bare', op);
    // Server CPU per request moves far less with the machine's load than requests/s.
    const cpu = (server: string): number => {
      const row = rows.find((r) => r.server.startsWith(server) && r.operation === op);
      return row ? cpuPerRequest(row.result, durationMs) : NaN;
    };
    console.log(
      `${op}: mock = ${fmt(mockRps / rpsOf(rows, 'prism', op), 1)}× Prism, ${fmt(mockRps / bareRps, 2)}× bare; ` +
        `with default logging ${fmt(loggingRps / bareRps, 2)}× bare; ` +
        `by server CPU per request: ${fmt(cpu('prism') / cpu('mock (generated)'), 1)}× Prism, ` +
        `${fmt(cpu('bare') / cpu('mock (generated)'), 2)}× bare, ${fmt(cpu('bare') / cpu('mock, default logging'), 2)}× bare with logging`,
    );
  }
  for (const { server, operation, result: r } of rows) {
    const s = r.sample;
    console.log(
      `${server} · ${operation}: statuses ${JSON.stringify(r.statuses)}` +
        (s
          ? `; first answer ${s.status} ${s.contentType}, ${s.framing}, ${s.bytes} B` +
            (operation.includes('SSE')
              ? `, ${s.dataFrames} data: frames, ends with [DONE]: ${s.endsWithDone}, head p50 ${fmt(r.ttfbP50, 2)} ms`
              : '')
          : ''),
    );
  }
}

if (process.env.BENCH_BARE) {
  const { port, answers } = JSON.parse(process.env.BENCH_BARE) as {
    port: number;
    answers: Record<string, BareAnswer>;
  };
  runBare(port, answers);
} else if (process.env.BENCH_LOAD_JOB) {
  const result = await runLoad(JSON.parse(process.env.BENCH_LOAD_JOB) as LoadJob);
  console.log(JSON.stringify(result));
} else if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main();
}
