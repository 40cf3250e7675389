/**
 * One retry rule after timeouts, in both SDKs: a timeout never re-sends an unsafe (paid) call, not
 * even one that ran out while connecting. The TypeScript SDK's `timeout` aborts fetch without
 * saying whether it was still connecting, so the Python SDK (which could tell) keeps the same rule;
 * safe calls are re-sent after any timeout. Proven against real sockets on 127.0.0.1: one whose
 * accept queue is full (connects hang: a connect timeout) and one that reads the request and never
 * answers (a read timeout).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APIConnectionTimeoutError } from '../../templates/client/errors.js';
import type { FetchLike } from '../../templates/client/client.js';
import { TestClient } from '../client-runtime/helpers.js';
import { runPython } from './helpers.js';
import { pythonEnv } from './venv.js';

/** A listening socket that never accepts, its backlog filled: a new connect hangs (SYN dropped). */
const BLACKHOLE = `
import socket, sys
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(0)
port = s.getsockname()[1]
held = []
for _ in range(4):
    c = socket.socket(); c.setblocking(False)
    try: c.connect(("127.0.0.1", port))
    except BlockingIOError: pass
    held.append(c)
print(port, flush=True)
sys.stdin.read()
`;

let blackhole: ChildProcess;
let hangingPort = 0;
let silent: net.Server;
let silentPort = 0;
/** Requests the silent server has read (a connection that sent bytes). */
let reached = 0;

beforeAll(async () => {
  blackhole = spawn(pythonEnv(), ['-c', BLACKHOLE], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: blackhole.stdout! });
  hangingPort = Number(await new Promise<string>((resolve) => lines.once('line', resolve)));
  silent = net.createServer((socket) => {
    socket.once('data', () => reached++);
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  silentPort = (silent.address() as net.AddressInfo).port;
}, 120_000);

afterAll(async () => {
  blackhole?.stdin?.end();
  blackhole?.kill();
  await new Promise<void>((resolve) => silent.close(() => resolve()));
});

const PROBE = `
import json, sys, httpx
from shellapi._base import ClientConfig, Operation, SyncAPIClient
from shellapi._errors import APIConnectionError

port, method, retry, timeout = int(sys.argv[1]), sys.argv[2], sys.argv[3], float(sys.argv[4])
attempts = []
http = httpx.Client(event_hooks={"request": [lambda request: attempts.append(request.method)]})
client = SyncAPIClient(ClientConfig("PROBE", f"http://127.0.0.1:{port}", {}), api_key="k", max_retries=1, timeout=timeout, http_client=http)
try:
    client._request(Operation(method, "/jobs", retry))
    error = None
except APIConnectionError as caught:
    error = [type(caught).__name__, caught.request_not_sent]
print(json.dumps({"attempts": len(attempts), "error": error}))
`;

function python(port: number, method: string, retry: string, timeout = 0.3) {
  const run = runPython(['-c', PROBE, String(port), method, retry, String(timeout)]);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as { attempts: number; error: [string, boolean] | null };
}

async function typescript(
  port: number,
  method: 'get' | 'post',
  retry: 'safe' | 'unsafe',
  timeout = 300,
) {
  let attempts = 0;
  const counting: FetchLike = (url, init) => {
    attempts++;
    return fetch(url, init);
  };
  const client = new TestClient({
    baseUrl: `http://127.0.0.1:${port}`,
    fetch: counting,
    timeout,
    maxRetries: 1,
  });
  const error = await client
    .request({ method, path: '/jobs', retry, auth: 'bearer' })
    .catch((e: unknown) => e);
  return { attempts, error };
}

describe('a connect timeout (the accept queue is full)', () => {
  it('re-sends no unsafe call in Python, and says the request may have left', () => {
    expect(python(hangingPort, 'POST', 'unsafe')).toEqual({
      attempts: 1,
      error: ['APITimeoutError', false],
    });
  }, 60_000);

  it('re-sends no unsafe call in TypeScript', async () => {
    const { attempts, error } = await typescript(hangingPort, 'post', 'unsafe');
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect((error as APIConnectionTimeoutError).requestNotSent).toBe(false);
    expect(attempts).toBe(1);
  }, 60_000);

  it('re-sends a safe call in both', async () => {
    expect(python(hangingPort, 'GET', 'safe').attempts).toBe(2);
    expect((await typescript(hangingPort, 'get', 'safe')).attempts).toBe(2);
  }, 60_000);

  it("TypeScript: undici's own connect timeout (10 s, under a longer timeout) re-sends no unsafe call either", async () => {
    const { attempts, error } = await typescript(hangingPort, 'post', 'unsafe', 30_000);
    expect((error as Error).name).toBe('APIConnectionError');
    expect((error as { requestNotSent: boolean }).requestNotSent).toBe(false);
    expect(attempts).toBe(1);
  }, 60_000);
});

describe('a read timeout (the server never answers)', () => {
  it('re-sends no unsafe call in either SDK; each request reached the server once', async () => {
    const before = reached;
    expect(python(silentPort, 'POST', 'unsafe')).toEqual({
      attempts: 1,
      error: ['APITimeoutError', false],
    });
    const ts = await typescript(silentPort, 'post', 'unsafe');
    expect(ts.error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(ts.attempts).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(reached - before).toBe(2);
  }, 60_000);

  it('re-sends a safe call in both', async () => {
    const before = reached;
    expect(python(silentPort, 'GET', 'safe').attempts).toBe(2);
    expect((await typescript(silentPort, 'get', 'safe')).attempts).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(reached - before).toBe(4);
  }, 60_000);
});
