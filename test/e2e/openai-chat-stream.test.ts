/**
 * openai.yaml's chat completion stream, end to end with both SDKs: through the mock (which sends
 * what the spec shows: no `[DONE]`) and through a relay on 127.0.0.1 that passes the mock's bytes
 * on and ends them with `data: [DONE]`, as OpenAI's servers do (ir/stream-end.ts): the same
 * chunks either way, no error.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockServer } from '../../templates/mock/server.js';
import { runCli } from '../helpers/cli.js';
import { startFor } from '../mock/helpers.js';
import { runPythonAsync } from '../python/helpers.js';

const OPENAI = new URL('../../../shared/specs/openai.yaml', import.meta.url).pathname;
const REQUEST = { model: 'gpt-4o', messages: [{ role: 'user', content: 'Hello there' }] };

let work: string;
let mock: MockServer;
let relay: Server;
/** Base URLs: the mock itself, and the relay that adds the end line. */
let base: { mock: string; done: string };

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'shellapi-openai-chat-'));
  const run = runCli(['generate', '--spec', OPENAI, '--out', path.join(work, 'out')]);
  expect(run.status, run.stderr).toBe(0);
  mock = await startFor(OPENAI);
  relay = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const answer = await fetch(`${mock.url}${req.url}`, {
        method: req.method,
        headers: { 'content-type': 'application/json', authorization: 'Bearer sk-test' },
        body: Buffer.concat(chunks),
      });
      const type = answer.headers.get('content-type') ?? '';
      res.writeHead(answer.status, { 'content-type': type });
      const body = await answer.text();
      res.end(type.includes('text/event-stream') ? `${body}data: [DONE]\n\n` : body);
    });
  });
  await new Promise<void>((ok) => relay.listen(0, '127.0.0.1', ok));
  base = { mock: mock.url, done: `http://127.0.0.1:${(relay.address() as AddressInfo).port}` };
}, 180_000);

afterAll(async () => {
  await mock?.close();
  if (relay) await new Promise((ok) => relay.close(ok));
  if (work) await rm(work, { recursive: true, force: true });
});

describe('openai.yaml chat completion stream, with and without a trailing [DONE]', () => {
  let reference: unknown[];

  it('the mock sends what the spec shows (no [DONE]); the relay adds it', async () => {
    const init = {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer sk-test' },
      body: JSON.stringify({ ...REQUEST, stream: true }),
    };
    const plain = await (await fetch(`${base.mock}/chat/completions`, init)).text();
    expect(plain).toMatch(/^data: \{/);
    expect(plain).not.toContain('[DONE]');
    const relayed = await (await fetch(`${base.done}/chat/completions`, init)).text();
    expect(relayed).toBe(`${plain}data: [DONE]\n\n`);
  });

  it('TypeScript reads the same chunks from both', async () => {
    const sdk = await import(pathToFileURL(path.join(work, 'out/sdk/dist/index.js')).href);
    const read = async (baseUrl: string) => {
      const client = new sdk.OpenAiApi({ apiKey: 'sk-test', baseUrl, maxRetries: 0 });
      const chunks: unknown[] = [];
      for await (const c of await client.chat.createChatCompletion({ ...REQUEST, stream: true }))
        chunks.push(c);
      return chunks;
    };
    reference = await read(base.mock);
    expect(reference.length).toBeGreaterThan(0);
    expect(reference[0]).toMatchObject({ object: 'chat.completion.chunk' });
    expect(await read(base.done)).toEqual(reference);
  });

  it('Python, sync and async, reads the same chunks from both', async () => {
    const probe = [
      'import asyncio, json',
      'from openai import OpenAiApi, AsyncOpenAiApi',
      `BASE = ${JSON.stringify(base)}`,
      `REQUEST = json.loads(${JSON.stringify(JSON.stringify(REQUEST))})`,
      'def ids(chunks): return [c.id for c in chunks]',
      'def read(url):',
      '    client = OpenAiApi(api_key="sk-test", base_url=url, max_retries=0)',
      '    return ids(list(client.chat.create_chat_completion(**REQUEST, stream=True)))',
      'async def aread(url):',
      '    client = AsyncOpenAiApi(api_key="sk-test", base_url=url, max_retries=0)',
      '    return ids([c async for c in await client.chat.create_chat_completion(**REQUEST, stream=True)])',
      'print(json.dumps({k: [read(u), asyncio.run(aread(u))] for k, u in BASE.items()}))',
    ].join('\n');
    const run = await runPythonAsync(['-c', probe], {
      cwd: work,
      env: { PYTHONPATH: path.join(work, 'out/python') },
    });
    expect(run.stderr).toBe('');
    const ids = reference.map((c) => (c as { id: string }).id);
    expect(JSON.parse(run.stdout)).toEqual({ mock: [ids, ids], done: [ids, ids] });
  }, 120_000);
});
