/**
 * One parameter name in four locations (path, query, header and cookie `id`): the IR gives each a
 * distinct name once (ir/parameter-names.ts: the path one keeps `id`, the others become
 * `queryId` / `headerId` / `cookieId`, Python `query_id` …), and both SDKs send every value to its
 * own place. Each location's schema accepts only its own value, so the mock (real HTTP on
 * 127.0.0.1) answers 400 to a value sent elsewhere or one value sent twice; the requests are also
 * recorded as sent.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockRoutes } from '../../generator/emit/surface/mock-routes.js';
import { startMockServer, type MockServer } from '../../templates/mock/server.js';
import { runCli } from '../helpers/cli.js';
import { cleanupGenerated, generate, type Generated } from '../emit-client/generate.js';
import { runPythonAsync } from '../python/helpers.js';

const SPEC = fileURLToPath(
  new URL('../fixtures/parameter-name-clash/openapi.yaml', import.meta.url),
);
const work = mkdtempSync(path.join(os.tmpdir(), 'shellapi-param-clash-'));
const out = path.join(work, 'out');
let sdk: Generated;
let mock: MockServer;

beforeAll(async () => {
  sdk = await generate(SPEC);
  mock = await startMockServer({ routes: createMockRoutes(sdk.ir), clock: 'manual' });
}, 120_000);
afterAll(async () => {
  await mock?.close();
  cleanupGenerated();
  rmSync(work, { recursive: true, force: true });
});

const SENT = { url: '/things/p-1?id=100', header: 'h-1', cookie: 'id=c-1' };

describe('the IR names each parameter once', () => {
  it('the path one keeps the name, the others are location-qualified', () => {
    const op = sdk.ir.operations[0]!;
    expect(op.parameters.map((p) => [p.in, p.propertyName, p.identifier])).toEqual([
      ['header', 'headerId', 'headerId'],
      ['query', 'queryId', 'queryId'],
      ['path', 'id', 'id'],
      ['cookie', 'cookieId', 'cookieId'],
    ]);
  });
});

describe('TypeScript', () => {
  it('sends every value to its own place, and the mock accepts the call', async () => {
    const { ClashStore } = (await import(path.join(sdk.dir, 'sdk/src/index.ts'))) as {
      ClashStore: new (options: object) => {
        things: { get(id: string, params: object): Promise<unknown> };
      };
    };
    const sent: { url: string; header: string | null; cookie: string | null }[] = [];
    const client = new ClashStore({
      baseUrl: mock.url,
      maxRetries: 0,
      fetch: (input: Request | string | URL, init?: RequestInit) => {
        const request = new Request(input, init);
        const url = new URL(request.url);
        sent.push({
          url: url.pathname + url.search,
          header: request.headers.get('id'),
          cookie: request.headers.get('cookie'),
        });
        return fetch(request);
      },
    });
    const answer = await client.things.get('p-1', {
      queryId: 100,
      headerId: 'h-1',
      cookieId: 'c-1',
    });
    expect(answer).toEqual({ ok: expect.any(Boolean) });
    expect(sent).toEqual([SENT]);
  });
});

// The call's recorded request and the mock's status, as JSON.
const PROBE = `
import json, sys
import httpx
from shellapi import ClashStore, APIStatusError

sent = []
def record(request):
    sent.append({"url": request.url.raw_path.decode(), "header": request.headers.get("id"), "cookie": request.headers.get("cookie")})

client = ClashStore(base_url=sys.argv[1], max_retries=0, http_client=httpx.Client(event_hooks={"request": [record]}))
try:
    client.things.get("p-1", query_id=100, header_id="h-1", cookie_id="c-1")
    status = 200
except APIStatusError as error:
    status = error.status_code
print(json.dumps({"status": status, "sent": sent}))
`;

describe('Python', () => {
  it('takes the same names in snake_case and sends every value to its own place', async () => {
    const run = runCli(['generate', '--spec', SPEC, '--out', out, '--only', 'python']);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('the SDKs call it `headerId` (Python `header_id`)');
    const py = await runPythonAsync(['-c', PROBE, mock.url], {
      cwd: work,
      env: { PYTHONPATH: path.join(out, 'python') },
    });
    expect(py.stderr).toBe('');
    expect(JSON.parse(py.stdout)).toEqual({ status: 200, sent: [SENT] });
  }, 120_000);
});
