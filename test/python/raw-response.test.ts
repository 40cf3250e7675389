/**
 * `client.<resource>.with_raw_response.<method>(…)` (the TypeScript SDK's `.withResponse()`): a real
 * call against the mock on 127.0.0.1 answers a `RawResponse` with the status, the headers, the
 * request id and the `httpx.Response`, and `.parse()` is what the method returns (a model, or the
 * stream when asked for one), sync and async; mypy --strict knows `.parse()`'s type.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockServer } from '../../templates/mock/server.js';
import { SHELL, startFor } from '../mock/helpers.js';
import { runCli } from '../helpers/cli.js';
import { PYTHON_SDK, mypyStrict, runPythonAsync } from './helpers.js';

let mock: MockServer;
const work = mkdtempSync(path.join(os.tmpdir(), 'shellapi-raw-response-'));

beforeAll(async () => {
  mock = await startFor(SHELL);
}, 60_000);

afterAll(async () => {
  await mock?.close();
  rmSync(work, { recursive: true, force: true });
});

const ARGS = 'model="gpt-3.5-turbo", messages=[{"role": "user", "content": "Say this is a test!"}]';

const SCRIPT = `
import asyncio, json, os, httpx
from shellapi import ShellApi, AsyncShellApi, RawResponse, Stream, AsyncStream

def facts(raw):
    assert isinstance(raw, RawResponse), type(raw)
    assert isinstance(raw.http_response, httpx.Response)
    return {"status": raw.status_code, "type": raw.headers["content-type"].split(";")[0], "id": raw.request_id, "parsed": type(raw.parse()).__name__}

out = {}
client = ShellApi(api_key="sk-test", base_url=os.environ["URL"])
out["sync"] = facts(client.chat.completions.with_raw_response.create(${ARGS}))
streamed = client.chat.completions.with_raw_response.create(${ARGS}, stream=True)
out["sync_stream"] = facts(streamed)
out["sync_chunks"] = sum(1 for _ in streamed.parse())
speech = client.audio.speech.with_raw_response.create(model="tts-1", input="Hello", voice="alloy")
out["bytes"] = {**facts(speech), "type": speech.headers["content-type"].split("/")[0], "size": len(speech.parse()) > 0}
# The plain method, called after, still answers the model alone.
out["plain"] = type(client.chat.completions.create(${ARGS})).__name__

async def main():
    async with AsyncShellApi(api_key="sk-test", base_url=os.environ["URL"]) as a:
        out["async"] = facts(await a.chat.completions.with_raw_response.create(${ARGS}))
        raw = await a.chat.completions.with_raw_response.create(${ARGS}, stream=True)
        out["async_stream"] = facts(raw)
        out["async_chunks"] = len([c async for c in raw.parse()])
        out["async_plain"] = type(await a.chat.completions.create(${ARGS})).__name__

asyncio.run(main())
print(json.dumps(out))
`;

describe('python with_raw_response', () => {
  it('reads status, headers and request id of a real call, and parses the result (sync and async)', async () => {
    const run = await runPythonAsync(['-c', SCRIPT], { env: { URL: mock.url } });
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as Record<string, unknown>;
    const model = 'ChatCompletion';
    const id = expect.stringMatching(/^req_mock_\d+$/);
    for (const key of ['sync', 'async'])
      expect(out[key]).toEqual({ status: 200, type: 'application/json', id, parsed: model });
    expect(out.sync_stream).toEqual({
      status: 200,
      type: 'text/event-stream',
      id,
      parsed: 'Stream',
    });
    expect(out.async_stream).toEqual({
      status: 200,
      type: 'text/event-stream',
      id,
      parsed: 'AsyncStream',
    });
    expect(out.bytes).toEqual({ status: 200, type: 'audio', id, parsed: 'bytes', size: true });
    expect(out.sync_chunks).toBeGreaterThan(0);
    expect(out.async_chunks).toBeGreaterThan(0);
    expect([out.plain, out.async_plain]).toEqual([model, model]);
  }, 120_000);

  it("types .parse() as the method's result under mypy --strict", () => {
    writeFileSync(
      path.join(work, 'consumer.py'),
      [
        'from typing import Optional',
        'import httpx',
        'from shellapi import AsyncShellApi, ShellApi',
        '',
        'client = ShellApi(api_key="sk", base_url="http://127.0.0.1:1")',
        `raw = client.chat.completions.with_raw_response.create(${ARGS})`,
        'status: int = raw.status_code',
        'request_id: Optional[str] = raw.request_id',
        'response: httpx.Response = raw.http_response',
        `reveal_type(client.chat.completions.create(${ARGS}))`,
        'reveal_type(raw.parse())',
        `reveal_type(client.chat.completions.with_raw_response.create(${ARGS}, stream=True).parse())`,
        '',
        'async def main(a: AsyncShellApi) -> None:',
        `    reveal_type((await a.chat.completions.with_raw_response.create(${ARGS})).parse())`,
        '',
      ].join('\n'),
    );
    const { status, output } = mypyStrict(['consumer.py'], { cwd: work, root: PYTHON_SDK });
    const revealed = [...output.matchAll(/Revealed type is "([^"]+)"/g)].map((m) => m[1]);
    // What the plain method returns, then the raw calls' `.parse()`.
    const model = 'shellapi.types._chat.ChatCompletion';
    expect(revealed).toEqual([
      model,
      model,
      'shellapi._streaming.Stream[shellapi.types._chat.ChatCompletionChunk]',
      model,
    ]);
    expect(output.replace(/^.*note: Revealed type.*\n/gm, '')).toBe('');
    expect(status).toBe(0);
  }, 240_000);

  it('a method spelt with_raw_response is a located name-clash (it would replace the view)', () => {
    const spec = path.join(work, 'clash.yaml');
    writeFileSync(
      spec,
      [
        'openapi: 3.1.0',
        "info: { title: Raw, version: '1' }",
        'tags: [{ name: pets }]',
        'paths:',
        '  /pets:',
        '    get:',
        '      operationId: withRawResponse',
        '      tags: [pets]',
        '      responses:',
        "        '200': { description: ok, content: { application/json: { schema: { type: object } } } }",
        '',
      ].join('\n'),
    );
    const run = runCli([
      'generate',
      '--spec',
      spec,
      '--out',
      path.join(work, 'out'),
      '--only',
      'python',
    ]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(
      /clash\.yaml:7:7 error name-clash at \/paths\/~1pets\/get\/operationId: resource pets: Python member with_raw_response of withRawResponse clashes with the raw-response view/,
    );
  });
});
