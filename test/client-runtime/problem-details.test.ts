/**
 * RFC 9457 problem details (`application/problem+json`, `{type, title, detail}`): both runtimes'
 * error message is the `detail`, else the `title`, not the body's JSON. Both runtimes look for an
 * error message under one ordered list of keys: every pair of those keys in one body picks the same
 * message in TypeScript (`extractMessage`) and Python (`extract_message`).
 */
import { describe, expect, it } from 'vitest';
import { APIError, extractMessage } from '../../templates/client/errors.js';
import { runPythonAsync } from '../python/helpers.js';
import { startServer, TestClient } from './helpers.js';

/** Keys an error body may keep its message under (the runtimes' list and a few they do not read). */
const KEYS = [
  'error',
  'message',
  'msg',
  'detail',
  'title',
  'description',
  'error_description',
  'error_message',
  'type',
];

const PROBLEMS: [string, Record<string, unknown>, string][] = [
  [
    'the title',
    { type: 'about:blank', title: 'Validation failed', status: 404 },
    'Validation failed',
  ],
  [
    'the detail before the title',
    { type: 'https://e.x/bad', title: 'Bad request', detail: 'startDate: must be a date' },
    'startDate: must be a date',
  ],
];

/** `extract_message` of each body of the JSON list on stdin. */
const EXTRACT =
  'import json, sys\nfrom shellapi._errors import extract_message\nprint(json.dumps([extract_message(b) for b in json.load(sys.stdin)]))';

/** Each problem's error message in Python's generated client, from the server at `base`. */
const PYTHON_CALLS = `
import json, sys
from shellapi._base import ClientConfig, Operation, SyncAPIClient
from shellapi._errors import APIStatusError
base_url, count = json.loads(sys.stdin.read())
config = ClientConfig(env_prefix="PROBLEM", default_base_url=None, auth_schemes={})
client = SyncAPIClient(config, api_key="k", base_url=base_url, max_retries=0)
out = []
for i in range(count):
    try:
        client._request(Operation("GET", f"/p/{i}", "safe"))
        out.append(None)
    except APIStatusError as error:
        out.append(str(error))
print(json.dumps(out))
`;

describe('RFC 9457 problem details over HTTP', () => {
  const serve = () =>
    startServer((req, res) => {
      res.writeHead(400, { 'content-type': 'application/problem+json' });
      res.end(JSON.stringify(PROBLEMS[Number(req.url!.split('/').pop())]![1]));
    });

  it.each(PROBLEMS.map((p, i) => [p[0], i] as const))(
    'TypeScript: the message is %s',
    async (_label, i) => {
      const server = await serve();
      const client = new TestClient({ baseUrl: server.url, maxRetries: 0 });
      const error = await client
        .request({ method: 'get', path: `/p/${i}`, retry: 'safe', auth: 'bearer' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(APIError);
      expect((error as APIError).message).toBe(`400 ${PROBLEMS[i]![2]}`);
    },
  );

  it('Python: the same messages', async () => {
    const server = await serve();
    const run = await runPythonAsync(['-c', PYTHON_CALLS], {
      input: JSON.stringify([server.url, PROBLEMS.length]),
    });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(PROBLEMS.map(([, , message]) => `400 ${message}`));
  });
});

describe('the message keys, TypeScript and Python alike', () => {
  // Each key alone, and each pair in both orders of the body's own keys.
  const bodies = [
    ...KEYS.map((k) => ({ [k]: `by ${k}` })),
    ...KEYS.flatMap((a) =>
      KEYS.filter((b) => b !== a).map((b) => ({ [a]: `by ${a}`, [b]: `by ${b}` })),
    ),
  ];

  it('pick the same message from every body', async () => {
    const run = await runPythonAsync(['-c', EXTRACT], { input: JSON.stringify(bodies) });
    expect(run.stderr).toBe('');
    const python = JSON.parse(run.stdout) as (string | null)[];
    const ts = bodies.map((b) => extractMessage(b) ?? null);
    const differ = bodies.filter((_, i) => python[i] !== ts[i]);
    expect(differ).toEqual([]);
    // The list is not empty of the keys that matter.
    expect(ts).toContain('by title');
  });
});
