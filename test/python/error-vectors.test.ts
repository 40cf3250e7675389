/**
 * One set of failing answers, served by a real server on 127.0.0.1, turned into errors by both
 * runtimes: the TypeScript core's `BaseClient` (`APIError.generate`) and the generated Python
 * package's `SyncAPIClient`. The class, status, message text, envelope `code` / `type` and request
 * id must be the same (a credential in the body redacted by both); the mock's declared error answers
 * (`Prefer: code=…`) too.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BaseClient } from '../../templates/client/client.js';
import { scrubSecrets } from '../../templates/client/redact.js';
import type { APIError } from '../../templates/client/errors.js';
import type { MockServer } from '../../templates/mock/server.js';
import { SHELL, startFor } from '../mock/helpers.js';
import { runPythonAsync } from './helpers.js';

const KEY = 'sk-vector-secret-key';
/** A credential in a default header: both SDKs redact it too, with and without its scheme word. */
const VENDOR = 'vendor-secret-123';
const DEFAULTS = { 'X-Api-Key': `Token ${VENDOR}` };

interface Failure {
  status: number;
  headers?: Record<string, string>;
  /** A JSON body, or text as is. */
  body?: unknown;
}

const CASES: [string, Failure][] = [
  [
    'an OpenAI envelope with code, type and a request id',
    {
      status: 404,
      headers: { 'x-request-id': 'req-1' },
      body: {
        error: { message: 'Task not found', code: 'not_found', type: 'invalid_request_error' },
      },
    },
  ],
  [
    'a numeric code at the top, request-id',
    { status: 400, headers: { 'request-id': 'req-2' }, body: { code: 1001, message: 'bad size' } },
  ],
  [
    'a fractional code and an empty message',
    { status: 403, body: { error: { message: '', code: 7.5, type: 'denied' } } },
  ],
  ['a boolean code is no code', { status: 422, body: { error: { code: true, msg: 'nope' } } }],
  [
    'an error string and an Amazon request id',
    { status: 429, headers: { 'x-amz-request-id': 'amz-3' }, body: { error: 'slow down' } },
  ],
  ['plain text', { status: 500, body: 'upstream exploded\n' }],
  ['no body', { status: 502 }],
  ['no message: the body as compact JSON', { status: 409, body: { detail: { a: [1, 'é'] } } }],
  ['a JSON number', { status: 418, body: 42 }],
  ['an unnamed status', { status: 451, body: { message: 'legal' } }],
  [
    'the key echoed back is redacted',
    { status: 401, body: { error: { message: `bad key ${KEY}` } } },
  ],
  [
    'a default header credential echoed back is redacted',
    { status: 403, body: { error: { message: `no access for ${VENDOR}`, code: VENDOR } } },
  ],
];

interface Outcome {
  name: string;
  status: number | null;
  message: string;
  code: string | null;
  type: string | null;
  requestId: string | null;
}

let server: Server;
let baseUrl = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const failure = CASES[Number(req.url?.split('/').pop())]?.[1];
    if (!failure) {
      res.writeHead(404).end();
      return;
    }
    const text =
      failure.body === undefined
        ? ''
        : typeof failure.body === 'string'
          ? failure.body
          : JSON.stringify(failure.body);
    res.writeHead(failure.status, {
      ...failure.headers,
      ...(failure.body === undefined
        ? {}
        : { 'content-type': typeof failure.body === 'string' ? 'text/plain' : 'application/json' }),
    });
    res.end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function viaTs(path: string, base = baseUrl, prefer?: string): Promise<Outcome> {
  const client = new BaseClient(
    { apiKey: KEY, baseUrl: base, maxRetries: 0, defaultHeaders: DEFAULTS },
    // Scrubbing as the generated client class turns it on (Python's client always scrubs).
    { envPrefix: 'VECTOR', authSchemes: { key: { type: 'bearer' } }, scrubbing: scrubSecrets },
  );
  try {
    await client.request(
      { method: 'GET', path, retry: 'safe', auth: 'key' },
      prefer ? { headers: { prefer } } : {},
    );
    throw new Error('no error');
  } catch (caught) {
    const error = caught as APIError;
    return {
      name: error.name,
      status: error.status ?? null,
      message: error.message,
      code: error.code ?? null,
      type: error.type ?? null,
      requestId: error.requestId ?? null,
    };
  }
}

const PROBE = `
import json, sys
from shellapi._base import ClientConfig, Operation, SyncAPIClient
from shellapi._errors import APIStatusError
base_url, key, defaults, calls = json.loads(sys.stdin.read())
config = ClientConfig(env_prefix="VECTOR", default_base_url=None, auth_schemes={"key": ("bearer", None)})
client = SyncAPIClient(config, api_key=key, base_url=base_url, max_retries=0, default_headers=defaults)
out = []
for path, prefer in calls:
    try:
        options = {"headers": {"prefer": prefer}} if prefer else {}
        client._request(Operation("GET", path, "safe", auth="key"), options=options)
        out.append(None)
    except APIStatusError as error:
        name = type(error).__name__
        out.append({
            "name": "APIError" if name == "APIStatusError" else name,
            "status": error.status_code,
            "message": str(error),
            "code": error.code,
            "type": error.type,
            "requestId": error.request_id,
        })
print(json.dumps(out))
`;

describe('error answers, TypeScript and Python runtimes alike', () => {
  let python: Outcome[] = [];
  let run = { status: null as number | null, stdout: '', stderr: '' };

  beforeAll(async () => {
    run = await runPythonAsync(['-c', PROBE], {
      input: JSON.stringify([baseUrl, KEY, DEFAULTS, CASES.map((_, i) => [`/e/${i}`, null])]),
    });
    python = JSON.parse(run.stdout || '[]') as Outcome[];
  });

  it('the Python probe ran', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it.each(CASES.map((c, i) => [c[0], i] as const))('%s', async (_title, i) => {
    expect(python[i]).toEqual(await viaTs(`/e/${i}`));
  });

  it('the key never shows', () => {
    expect(JSON.stringify(python)).not.toContain(KEY);
    expect(JSON.stringify(python)).not.toContain(VENDOR);
  });
});

/** The mock's declared error answers (`Prefer: code=…`) of a Midjourney fetch, read by both runtimes. */
describe("the mock's error answers, TypeScript and Python runtimes alike", () => {
  const CODES = [400, 401, 404, 429, 500, 503];
  const PATH = '/mj/task/t-1/fetch';
  let mock: MockServer;
  let python: Outcome[] = [];

  beforeAll(async () => {
    mock = await startFor(SHELL);
    const run = await runPythonAsync(['-c', PROBE], {
      input: JSON.stringify([mock.url, KEY, DEFAULTS, CODES.map((code) => [PATH, `code=${code}`])]),
    });
    expect(run.stderr).toBe('');
    python = JSON.parse(run.stdout || '[]') as Outcome[];
  });
  afterAll(() => mock.close());

  it.each(CODES.map((code, i) => [code, i] as const))('code=%i', async (code, i) => {
    const ts = await viaTs(PATH, mock.url, `code=${code}`);
    expect(ts.status).toBe(code);
    // The mock numbers its requests: each runtime gets its own id, both read from x-request-id.
    expect(python[i]).toEqual({ ...ts, requestId: expect.stringMatching(/^req_mock_/) });
    expect(ts.requestId).toMatch(/^req_mock_/);
  });
});
