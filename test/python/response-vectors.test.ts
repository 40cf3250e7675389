/**
 * One set of successful answers, served by a real server on 127.0.0.1, read by both runtimes: the
 * TypeScript core's `BaseClient` (real fetch, `parseBuffered`) and the generated Python package's
 * `SyncAPIClient`. An operation answering JSON or text (`auto`) is read by the answer's content
 * type, a JSON one parses whatever the type says, a text one decodes as UTF-8; the results (or the
 * error) must be the same.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pythonPlans } from '../../generator/emit/surface/python-plans.js';
import { operationConstant } from '../../generator/emit/python/operations.js';
import { BaseClient } from '../../templates/client/client.js';
import { irOf, SHELL } from '../mock/helpers.js';
import { runPythonAsync } from './helpers.js';

type Read = 'auto' | 'json' | 'text';

interface Answer {
  read: Read;
  contentType?: string;
  /** The body's bytes, as hex. */
  hex: string;
}

const utf8 = (text: string): string => Buffer.from(text, 'utf8').toString('hex');

const CASES: [string, Answer][] = [
  ['text/plain digits stay text', { read: 'auto', contentType: 'text/plain', hex: utf8('42') }],
  [
    'text/plain that looks like JSON stays text',
    { read: 'auto', contentType: 'text/plain; charset=utf-8', hex: utf8('{"a": 1}\n') },
  ],
  [
    'application/json is parsed',
    { read: 'auto', contentType: 'application/json', hex: utf8('42') },
  ],
  [
    'a +json type with parameters, upper case',
    {
      read: 'auto',
      contentType: 'Application/Problem+JSON; charset=utf-8',
      hex: utf8('{"t":"x"}'),
    },
  ],
  ['XML is text', { read: 'auto', contentType: 'application/xml', hex: utf8('<a>1</a>') }],
  [
    'NDJSON is text',
    { read: 'auto', contentType: 'application/x-ndjson', hex: utf8('{"a":1}\n{"a":2}\n') },
  ],
  [
    'an SRT subtitle is text',
    { read: 'auto', contentType: 'text/srt', hex: utf8('1\n00:00:00,000 --> 00:00:02,900\nHi\n') },
  ],
  ['no content type: bytes', { read: 'auto', hex: utf8('42') }],
  ['another type: bytes', { read: 'auto', contentType: 'application/octet-stream', hex: '00ff10' }],
  ['an empty text answer: none', { read: 'auto', contentType: 'text/plain', hex: '' }],
  ['an empty JSON answer: none', { read: 'auto', contentType: 'application/json', hex: '' }],
  [
    'a blank JSON answer: none',
    { read: 'auto', contentType: 'application/json', hex: utf8(' \r\n\t') },
  ],
  [
    'a JSON answer of only a no-break space and BOM-like space: none',
    { read: 'auto', contentType: 'application/json', hex: utf8('\u00a0\ufeff') },
  ],
  [
    'a JSON answer of a file separator is not blank',
    { read: 'auto', contentType: 'application/json', hex: utf8('\u001c') },
  ],
  [
    'broken JSON under a JSON type',
    { read: 'auto', contentType: 'application/json', hex: utf8('{') },
  ],
  ['NaN is not JSON', { read: 'auto', contentType: 'application/json', hex: utf8('[NaN]') }],
  [
    'a JSON operation parses text/plain',
    { read: 'json', contentType: 'text/plain', hex: utf8('[1,2]') },
  ],
  [
    'a JSON operation refuses a non-JSON answer',
    { read: 'json', contentType: 'text/html', hex: utf8('<p>') },
  ],
  [
    'a text operation keeps JSON as text',
    { read: 'text', contentType: 'application/json', hex: utf8('7') },
  ],
  [
    'UTF-8 whatever the charset says, the BOM dropped',
    { read: 'text', contentType: 'text/plain; charset=iso-8859-1', hex: 'efbbbf' + utf8('é€') },
  ],
  [
    'malformed UTF-8 replaced',
    {
      read: 'auto',
      contentType: 'text/plain',
      hex: '61f09f98' + '62ff' + 'c0af' + 'ed a0 80'.replace(/ /g, ''),
    },
  ],
  [
    'a BOM before JSON',
    { read: 'auto', contentType: 'application/json', hex: 'efbbbf' + utf8('{"ok":true}') },
  ],
];

/** What a runtime made of an answer, in JSON: a value, bytes (hex), nothing, or an error. */
type Outcome =
  { value: unknown } | { bytes: string } | { none: true } | { error: [string, string] };

let server: Server;
let baseUrl = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const answer = CASES[Number(req.url?.split('/').pop())]?.[1];
    if (!answer) {
      res.writeHead(404).end();
      return;
    }
    const body = Buffer.from(answer.hex, 'hex');
    // Without a type, none is sent (Node adds none of its own).
    res.writeHead(200, {
      ...(answer.contentType ? { 'content-type': answer.contentType } : {}),
      'content-length': body.length,
    });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function viaTs(i: number, read: Read): Promise<Outcome> {
  const client = new BaseClient(
    { apiKey: 'sk-vector', baseUrl, maxRetries: 0 },
    { envPrefix: 'VECTOR', authSchemes: {} },
  );
  try {
    const data = await client.request({
      method: 'GET',
      path: `/v/${i}`,
      retry: 'safe',
      auth: null,
      as: read,
    });
    if (data === undefined) return { none: true };
    if (data instanceof Blob)
      return { bytes: Buffer.from(await data.arrayBuffer()).toString('hex') };
    return { value: data };
  } catch (error) {
    return { error: [(error as Error).name, (error as Error).message] };
  }
}

const PROBE = `
import json, sys
from shellapi._base import ClientConfig, Operation, SyncAPIClient
from shellapi._errors import ShellApiError
base_url, cases = json.loads(sys.stdin.read())
config = ClientConfig(env_prefix="VECTOR", default_base_url=None, auth_schemes={})
client = SyncAPIClient(config, api_key="sk-vector", base_url=base_url, max_retries=0)
out = []
for i, read in enumerate(cases):
    try:
        data = client._request(Operation("GET", "/v/{i}", "safe", response=read), path={"i": i})
    except ShellApiError as error:
        out.append({"error": [type(error).__name__, str(error)]})
        continue
    if data is None:
        out.append({"none": True})
    elif isinstance(data, bytes):
        out.append({"bytes": data.hex()})
    else:
        try:
            out.append({"value": json.loads(json.dumps(data, allow_nan=False))})
        except ValueError:
            out.append({"value": repr(data)})  # NaN: not JSON, never equal to the TypeScript side
print(json.dumps(out))
`;

describe('successful answers, TypeScript and Python runtimes alike', () => {
  let python: Outcome[] = [];
  let run = { status: null as number | null, stdout: '', stderr: '' };

  beforeAll(async () => {
    run = await runPythonAsync(['-c', PROBE], {
      input: JSON.stringify([baseUrl, CASES.map(([, c]) => c.read)]),
    });
    python = JSON.parse(run.stdout || '[]') as Outcome[];
  });

  it('the Python probe ran', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it.each(CASES.map((c, i) => [...c, i] as const))('%s', async (_title, c, i) => {
    expect(python[i]).toEqual(await viaTs(i, c.read));
  });

  it('an answer of text/plain 42 is the text, not a number', async () => {
    const i = CASES.findIndex(([title]) => title === 'text/plain digits stay text');
    expect(python[i]).toEqual({ value: '42' });
  });
});

describe('an operation answering JSON or text', () => {
  it('reads by content type in Python (auto) and returns the JSON type or str', async () => {
    const ir = await irOf(SHELL);
    const plan = pythonPlans(ir).plans.get('createTranscription')!;
    expect(operationConstant(ir, plan)).toContain('response="auto"');
    expect(plan.returns).toBe(`Union[${plan.castTo}, str]`);
    expect(plan.castTo).toMatch(/AudioTranscriptionsCreateResponse/);
  });
});
