/**
 * One set of header cases through both runtimes: the TypeScript core's `BaseClient` (its request
 * caught by a `fetch` stand-in) and the generated Python package's request builder. The same
 * headers go out: what wins when the body's content type, the client's default headers, the
 * call's header parameters and its request options name the same header, and header parameter
 * values as text.
 */
import { describe, expect, it } from 'vitest';
import { BaseClient } from '../../templates/client/client.js';
import { encodeBody } from '../../templates/client/form-body.js';
import { runPython } from './helpers.js';

interface Case {
  /** The client's default headers (`null` removes one). */
  defaults?: Record<string, string | null>;
  /** Header parameters of the call. */
  headers?: Record<string, unknown>;
  /** Request options' headers (`null` removes one). */
  options?: Record<string, string | null>;
  body?: unknown;
  /** The body's kind when not JSON: these encodings compute their own Content-Type. */
  kind?: 'multipart' | 'urlencoded';
  /** The Content-Type that must go out (both runtimes agreeing on a wrong one is not enough). */
  sends?: string;
}

const MULTIPART = 'multipart/form-data; boundary=*';

const CASES: [string, Case][] = [
  ['a JSON body', { body: { a: 1 } }],
  [
    "a default content type over the body's",
    { defaults: { 'Content-Type': 'application/json; charset=utf-8' }, body: { a: 1 } },
  ],
  [
    "a header parameter content type over the body's",
    { headers: { 'Content-Type': 'application/vnd.x+json' }, body: { a: 1 } },
  ],
  [
    'a header parameter over a default header',
    { defaults: { 'X-Mode': 'a', 'X-Keep': 'k' }, headers: { 'X-Mode': 'b' } },
  ],
  ['a default Accept', { defaults: { Accept: 'text/csv' } }],
  ['an option removing Accept', { options: { Accept: null } }],
  [
    'an option over all of them',
    {
      defaults: { 'X-Mode': 'a' },
      headers: { 'X-Mode': 'b' },
      options: { 'x-mode': 'c', 'Content-Type': 'text/x' },
      body: { a: 1 },
    },
  ],
  [
    'header parameter values as text',
    { headers: { 'X-N': 2.5, 'X-I': 3, 'X-B': true, 'X-L': ['a', 1], 'X-O': { k: 'v' } } },
  ],
  ['a default Authorization over the key', { defaults: { Authorization: 'Bearer other' } }],
  ['a null default removing Accept', { defaults: { Accept: null, 'X-Keep': 'k' } }],
  [
    // (Not the body's type: with none, fetch labels a string body text/plain itself, httpx sends none.)
    "a null default removing the key's Authorization",
    { defaults: { authorization: null }, body: { a: 1 } },
  ],
  [
    'a null header parameter leaving the default of its name',
    { defaults: { 'X-Mode': 'a' }, headers: { 'X-Mode': null, 'X-Other': null } },
  ],
  [
    'a null option removing a default and a header parameter',
    { defaults: { 'X-A': 'a' }, headers: { 'X-B': 'b' }, options: { 'x-a': null, 'x-b': null } },
  ],
  [
    'dates and non-finite numbers as simple style writes them (unquoted ISO text, NaN)',
    {
      headers: {
        'X-At': { $date: '2024-05-06T07:08:09.123Z' },
        'X-Nan': { $float: 'NaN' },
        'X-Inf': { $float: '-Infinity' },
        'X-Whole': { $float: '2' },
      },
    },
  ],
  [
    "a multipart body's own type (with its boundary) over a default content type",
    {
      defaults: { 'Content-Type': 'application/json' },
      kind: 'multipart',
      body: { a: '1' },
      sends: MULTIPART,
    },
  ],
  [
    "a urlencoded body's own type over a header parameter's and an option's",
    {
      headers: { 'Content-Type': 'application/json' },
      options: { 'Content-Type': 'text/x' },
      kind: 'urlencoded',
      body: { a: '1' },
      sends: 'application/x-www-form-urlencoded',
    },
  ],
  [
    'an option cannot remove the type of a multipart body',
    { options: { 'Content-Type': null }, kind: 'multipart', body: { a: '1' }, sends: MULTIPART },
  ],
];

/** JSON cannot carry a date or a float 2.0: `{$date}` and `{$float}` stand for them on both sides. */
function revive(value: unknown): unknown {
  const tagged = (value ?? {}) as { $date?: string; $float?: string };
  if (tagged.$date !== undefined) return new Date(tagged.$date);
  if (tagged.$float !== undefined) return Number(tagged.$float);
  return value;
}

/**
 * The headers a request carries, by lower-case name, without the platform's own (user-agent…).
 * Without an Accept, fetch (the Fetch standard) and httpx both send `*\/*`.
 */
function pick(entries: [string, string][]): [string, string][] {
  const withAccept = entries.some(([k]) => k.toLowerCase() === 'accept')
    ? entries
    : [...entries, ['accept', '*/*'] as [string, string]];
  // Each runtime draws its own multipart boundary.
  return withAccept
    .map(([k, v]): [string, string] => [k.toLowerCase(), v.replace(/boundary=.*/, 'boundary=*')])
    .filter(([k]) => ['accept', 'content-type', 'authorization'].includes(k) || k.startsWith('x-'))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

async function viaTs(c: Case): Promise<[string, string][]> {
  let sent: [string, string][] = [];
  const client = new BaseClient(
    {
      apiKey: 'sk-vector',
      baseUrl: 'http://127.0.0.1:9',
      maxRetries: 0,
      ...(c.defaults ? { defaultHeaders: c.defaults } : {}),
      fetch: async (_url, init) => {
        // As fetch sends them: a FormData body adds its multipart type unless one is set.
        sent = [...new Request('http://127.0.0.1:9/', init as RequestInit).headers.entries()];
        return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
      },
    },
    { envPrefix: 'VECTOR', authSchemes: { key: { type: 'bearer' } } },
  );
  await client.request(
    {
      method: 'POST',
      path: '/things',
      retry: 'unsafe',
      auth: 'key',
      ...(c.headers
        ? {
            headers: Object.fromEntries(Object.entries(c.headers).map(([k, v]) => [k, revive(v)])),
          }
        : {}),
      ...(c.body !== undefined
        ? { body: { kind: c.kind ?? 'json', value: c.body, encode: encodeBody } }
        : {}),
    },
    c.options ? { headers: c.options } : {},
  );
  return pick(sent);
}

const PROBE = `
import datetime, json, sys
from shellapi._base import ClientConfig, Operation, SyncAPIClient
from shellapi._types import NOT_GIVEN
config = ClientConfig(env_prefix="VECTOR", default_base_url=None, auth_schemes={"key": ("bearer", None)})
def revive(value):
    if isinstance(value, dict) and "$date" in value:
        return datetime.datetime.fromisoformat(value["$date"].replace("Z", "+00:00"))
    if isinstance(value, dict) and "$float" in value:
        return float(value["$float"])
    return value
out = []
for case in json.loads(sys.stdin.read()):
    op = Operation("POST", "/things", "unsafe", auth="key", body_kind=case.get("kind", "json"))
    if "headers" in case:
        case["headers"] = {k: revive(v) for k, v in case["headers"].items()}
    client = SyncAPIClient(config, api_key="sk-vector", base_url="http://127.0.0.1:9", default_headers=case.get("defaults"))
    options = {"headers": case["options"]} if "options" in case else {}
    body = case["body"] if "body" in case else NOT_GIVEN
    request = client._build(client._http, op, None, None, case.get("headers"), None, body, options, False)
    out.append(list(request.headers.multi_items()))
print(json.dumps(out))
`;

describe('request headers, TypeScript and Python runtimes alike', () => {
  const run = runPython(['-c', PROBE], { input: JSON.stringify(CASES.map(([, c]) => c)) });
  const python = JSON.parse(run.stdout || '[]') as [string, string][][];

  it('the Python probe ran', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it.each(CASES.map((c, i) => [...c, i] as const))('%s', async (_title, c, i) => {
    const ts = await viaTs(c);
    expect(pick(python[i] ?? [])).toEqual(ts);
    if (c.sends) expect(Object.fromEntries(ts)['content-type']).toBe(c.sends);
  });
});
