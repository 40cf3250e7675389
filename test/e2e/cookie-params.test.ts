/**
 * Cookie parameters (`in: cookie`) end to end: both SDKs take them as typed parameters and send one
 * `Cookie` header, byte for byte the same (shared vectors in test/fixtures/cookie-vectors.json),
 * joined with a `cookie` header given in the call's options; the mock generated from the same spec
 * accepts the calls (it answers 400 for a missing required cookie); the docs samples carry them;
 * an object cookie, which neither SDK sends, is a generate-time warning.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';
import { createMockRoutes } from '../../generator/emit/surface/mock-routes.js';
import { startMockServer, type MockServer } from '../../templates/mock/server.js';
import { cookieHeader } from '../../templates/client/cookie.js';
import { runCli } from '../helpers/cli.js';
import { runPythonAsync } from '../python/helpers.js';

const VECTORS_FILE = fileURLToPath(new URL('../fixtures/cookie-vectors.json', import.meta.url));

const spec = `openapi: 3.1.0
info: { title: Cookies, version: '1', x-package-name: '@shellapi/sdk' }
tags: [{ name: session }]
paths:
  /q:
    get:
      operationId: readQ
      tags: [session]
      parameters:
        - { name: sid, in: cookie, required: true, schema: { type: string }, example: 'a b;c' }
        - { name: tags, in: cookie, schema: { type: array, items: { type: string } } }
        - { name: X-Trace, in: header, schema: { type: string } }
        - { name: pref, in: cookie, schema: { type: object, properties: { a: { type: string } } } }
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { type: object, required: [ok], properties: { ok: { const: true } } } } }
`;

interface Vector {
  cookies: Record<string, unknown>;
  header: string;
}

let work: string;
let server: MockServer;
let warnings: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'shellapi-cookies-'));
  const file = path.join(work, 'openapi.yaml');
  await writeFile(file, spec);
  const run = runCli(['generate', '--spec', file, '--out', path.join(work, 'out')]);
  expect(run.status).toBe(0);
  warnings = run.stderr;
  server = await startMockServer({ routes: createMockRoutes(buildIr(await loadSpec(file)).ir) });
}, 120_000);

afterAll(async () => {
  await server?.close();
  await rm(work, { recursive: true, force: true });
});

/** What both SDKs must send for the calls the probes make. */
const SENT = [
  'sid=a%20b%3Bc; tags=x,y%20z',
  // A cookie header of the call's options joins the parameters.
  'sid=s1; extra=1',
];

describe('cookie parameters', () => {
  it('both SDK runtimes follow the shared vectors', async () => {
    const { vectors } = JSON.parse(await readFile(VECTORS_FILE, 'utf8')) as { vectors: Vector[] };
    expect(vectors.map((v) => cookieHeader(v.cookies))).toEqual(vectors.map((v) => v.header));
    const probe = [
      'import json, sys',
      'from shellapi._base import _cookie_header',
      'vectors = json.load(open(sys.argv[1], encoding="utf-8"))["vectors"]',
      'print(json.dumps([_cookie_header(v["cookies"]) for v in vectors]))',
    ].join('\n');
    const run = await runPythonAsync(['-c', probe, VECTORS_FILE], {
      cwd: work,
      env: { PYTHONPATH: path.join(work, 'out/python') },
    });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(vectors.map((v) => v.header));
  }, 120_000);

  it('the TypeScript SDK sends them as one Cookie header and the mock accepts the call', async () => {
    const sdk = await import(pathToFileURL(path.join(work, 'out/sdk/dist/index.js')).href);
    const sent: (string | null)[] = [];
    const client = new sdk.Cookies({
      apiKey: 'k',
      baseUrl: server.url,
      fetch: (url: string, init: RequestInit) => {
        sent.push(new Headers(init.headers).get('cookie'));
        return fetch(url, init);
      },
    });
    expect(
      await client.session.readQ({ sid: 'a b;c', tags: ['x', 'y z'], 'X-Trace': 't' }),
    ).toEqual({ ok: true });
    expect(await client.session.readQ({ sid: 's1' }, { headers: { cookie: 'extra=1' } })).toEqual({
      ok: true,
    });
    expect(sent).toEqual(SENT);
  });

  it('the Python SDK sends the same bytes and the mock accepts the call', async () => {
    const probe = [
      'import httpx, json, shellapi',
      'sent = []',
      'http = httpx.Client(event_hooks={"request": [lambda r: sent.append(r.headers.get("cookie"))]})',
      `client = shellapi.Cookies(api_key="k", base_url=${JSON.stringify(server.url)}, http_client=http)`,
      'answers = [',
      '    client.session.read_q(sid="a b;c", tags=["x", "y z"], x_trace="t").ok,',
      '    client.session.read_q(sid="s1", request_options={"headers": {"cookie": "extra=1"}}).ok,',
      ']',
      'print(json.dumps({"answers": answers, "sent": sent}))',
    ].join('\n');
    // Asynchronous: the mock answers from this process.
    const run = await runPythonAsync(['-c', probe], {
      cwd: work,
      env: { PYTHONPATH: path.join(work, 'out/python') },
    });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ answers: [true, true], sent: SENT });
  }, 120_000);

  it('the mock still refuses a call without the required cookie (the control)', async () => {
    const res = await fetch(`${server.url}/q`, { headers: { authorization: 'Bearer k' } });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('sid');
  });

  it('the docs samples send the cookie', async () => {
    const page = await readFile(path.join(work, 'out/docs/markdown/operations/readQ.md'), 'utf8');
    expect(page).toContain(`--cookie 'sid=a%20b%3Bc'`);
    expect(page).toContain(`sid: 'a b;c',`);
    expect(page).toContain(`sid="a b;c",`);
    expect(page).toContain(`HEADERS = {"Cookie": "sid=a%20b%3Bc"}`);
  });

  it('both SDK READMEs say how cookies go (and that browsers do not send a Cookie header)', async () => {
    const ts = await readFile(path.join(work, 'out/sdk/README.md'), 'utf8');
    expect(ts).toContain('## Cookie parameters');
    expect(ts).toContain('fetch cannot send a `Cookie` header');
    const py = await readFile(path.join(work, 'out/python/README.md'), 'utf8');
    expect(py).toContain('## Cookie parameters');
  });

  it('an object cookie, which the SDKs do not send, is a generate-time warning', () => {
    expect(warnings).toContain('warning cookie-object');
    expect(warnings).toContain('Cookie parameter "pref" is an object');
  });
});
