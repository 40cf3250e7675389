/**
 * The Python SDK sends query parameters in their declared styles (deepObject, pipe and space
 * delimited, form without explode) and urlencoded bodies with repeated array fields, and the mock
 * built from the same spec (real HTTP on 127.0.0.1) reads them back: the mock rejects every other
 * form (test/mock/query-styles.test.ts), so an answer of 200 means the values arrived as declared.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMockRoutes } from '../../generator/emit/surface/mock-routes.js';
import { startMockServer, type MockServer } from '../../templates/mock/server.js';
import { runCli } from '../helpers/cli.js';
import { irOf } from '../mock/helpers.js';
import { runPythonAsync } from './helpers.js';

const SPEC = fileURLToPath(new URL('../mock/fixtures/query-styles.yaml', import.meta.url));
const work = mkdtempSync(path.join(os.tmpdir(), 'shellapi-py-styles-'));
const out = path.join(work, 'out');
let mock: MockServer;

beforeAll(async () => {
  const run = runCli(['generate', '--spec', SPEC, '--out', out]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  mock = await startMockServer({ routes: createMockRoutes(await irOf(SPEC)), clock: 'manual' });
}, 120_000);
afterAll(async () => {
  await mock?.close();
  rmSync(work, { recursive: true, force: true });
});

// Each call's sent query or body and the mock's status, as JSON lines.
const PROBE = `
import asyncio, json, sys
import httpx
from shellapi import AsyncQueryStyles, QueryStyles, APIStatusError

sent = []
def record(request):
    request.read()
    sent.append(request.url.query.decode() if request.method == "GET" else request.content.decode())

async def arecord(request):
    record(request)

def outcome(call):
    try:
        call()
        return 200
    except APIStatusError as error:
        return error.status_code

base = sys.argv[1]
client = QueryStyles(base_url=base, max_retries=0, http_client=httpx.Client(event_hooks={"request": [record]}))
statuses = [
    outcome(lambda: client.default.list_items(obj={"a": "A", "b": 2}, pipe=["x", "y"], space=[1, 2], ids=["i", "j"], filter={"k": "v w"})),
    outcome(lambda: client.default.list_items(obj={"a": "A b", "b": 3}, filter=None)),
    outcome(lambda: client.default.submit_form(tags=["a", "b"], note="hi there", count=2)),
]

async def run_async():
    aclient = AsyncQueryStyles(base_url=base, max_retries=0, http_client=httpx.AsyncClient(event_hooks={"request": [arecord]}))
    await aclient.default.list_items(obj={"a": "A", "b": 2}, pipe=["x", "y"])
    await aclient.default.submit_form(tags=["c", "d"])
    return 200

statuses.append(asyncio.run(run_async()))
print(json.dumps({"statuses": statuses, "sent": sent}))
`;

describe('Python SDK query styles and form bodies against the mock', () => {
  it('sends each style as declared and the mock accepts it', async () => {
    const run = await runPythonAsync(['-c', PROBE, mock.url], {
      cwd: work,
      env: { PYTHONPATH: path.join(out, 'python') },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as { statuses: number[]; sent: string[] };
    expect(result.sent).toEqual([
      'obj%5Ba%5D=A&obj%5Bb%5D=2&pipe=x%7Cy&space=1%202&ids=i,j&filter%5Bk%5D=v%20w',
      'obj%5Ba%5D=A%20b&obj%5Bb%5D=3',
      'tags=a&tags=b&note=hi+there&count=2',
      'obj%5Ba%5D=A&obj%5Bb%5D=2&pipe=x%7Cy',
      'tags=c&tags=d',
    ]);
    expect(result.statuses).toEqual([200, 200, 200, 200]);
  }, 120_000);
});
