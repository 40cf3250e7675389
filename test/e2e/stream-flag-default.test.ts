/**
 * A stream flag declared `default: true` (the IR's `StreamIr.flagDefaultOn`): a call that leaves
 * it out streams in both SDKs (their static types say so: tsc and mypy --strict) and the mock
 * streams a request without it; only the flag sent `false` gets the plain answer.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { specOutputs, type SpecOutputs } from '../helpers/spec-outputs.js';
import { typeCheck } from '../emit-client/generate.js';
import { call } from '../mock/helpers.js';
import { mypyStrict } from '../python/helpers.js';

const SPEC = `openapi: 3.1.0
info: { title: Feed, version: '1', x-package-name: '@shellapi/sdk' }
paths:
  /feed:
    post:
      operationId: feed
      x-stream:
        requestFlag: stream
        itemSchema: { type: object, required: [delta], properties: { delta: { type: string } } }
        examples: [{ delta: Hel }, { delta: lo }]
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [prompt]
              properties: { prompt: { type: string }, stream: { type: boolean, default: true } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, required: [text], properties: { text: { type: string } } }
              example: { text: Hello }
            text/event-stream: { schema: { type: string } }
`;

let outputs: SpecOutputs;
beforeAll(async () => {
  outputs = await specOutputs(SPEC, { name: 'shellapi-flag-default', mock: true });
  expect(outputs.stderr).toBe('');
}, 120_000);
afterAll(() => outputs?.close());

describe('a stream flag that defaults to true', () => {
  it('the mock streams a request without the flag, and answers JSON to stream: false', async () => {
    const url = outputs.mock.url;
    const omitted = await call(url, 'POST', '/feed', { json: { prompt: 'hi' } });
    expect(omitted.headers.get('content-type')).toContain('text/event-stream');
    expect(omitted.text).toContain('data: {"delta":"Hel"}');
    const off = await call(url, 'POST', '/feed', { json: { prompt: 'hi', stream: false } });
    expect(off.json).toEqual({ text: 'Hello' });
  });

  it('TypeScript: a call without the flag returns the stream, typed so', async () => {
    const sdk = await outputs.importTs();
    const client = new sdk.Feed({ baseUrl: outputs.mock.url, maxRetries: 0 });
    const deltas: string[] = [];
    for await (const chunk of await client.default.feed({ prompt: 'hi' })) deltas.push(chunk.delta);
    expect(deltas).toEqual(['Hel', 'lo']);
    expect(await client.default.feed({ prompt: 'hi', stream: false })).toEqual({ text: 'Hello' });
    const consumer = path.join(outputs.dir, 'consumer.mts');
    await writeFile(
      consumer,
      [
        `import { Feed, type Stream, type DefaultFeedChunk, type DefaultFeedResponse } from './out/sdk/src/index.js';`,
        'const client = new Feed({ baseUrl: "http://127.0.0.1:1" });',
        `export const streamed: Promise<Stream<DefaultFeedChunk>> = client.default.feed({ prompt: 'hi' });`,
        `export const plain: Promise<DefaultFeedResponse> = client.default.feed({ prompt: 'hi', stream: false });`,
      ].join('\n'),
    );
    expect(typeCheck([consumer])).toEqual([]);
  });

  it('Python: a call without the flag returns the stream, typed so; stream=False the model', async () => {
    const probe = [
      'import json',
      'from shellapi import Feed',
      `client = Feed(base_url=${JSON.stringify(outputs.mock.url)}, max_retries=0)`,
      'deltas = [c.delta for c in client.default.feed(prompt="hi")]',
      'print(json.dumps({"deltas": deltas, "off": client.default.feed(prompt="hi", stream=False).text}))',
    ].join('\n');
    const run = await outputs.pythonAsync(probe);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ deltas: ['Hel', 'lo'], off: 'Hello' });
    const consumer = path.join(outputs.dir, 'consumer.py');
    await writeFile(
      consumer,
      [
        'from shellapi import Feed, AsyncFeed, Stream, AsyncStream, types',
        'client = Feed(base_url="http://127.0.0.1:1")',
        'streamed: Stream[types.DefaultFeedChunk] = client.default.feed(prompt="hi")',
        'plain: types.DefaultFeedResponse = client.default.feed(prompt="hi", stream=False)',
        'async def main() -> None:',
        '    a = AsyncFeed(base_url="http://127.0.0.1:1")',
        '    s: AsyncStream[types.DefaultFeedChunk] = await a.default.feed(prompt="hi")',
        '    p: types.DefaultFeedResponse = await a.default.feed(prompt="hi", stream=False)',
      ].join('\n') + '\n',
    );
    const mypy = mypyStrict(['consumer.py'], {
      cwd: outputs.dir,
      root: path.join(outputs.out, 'python'),
    });
    expect(mypy.output).toBe('');
  }, 300_000);

  it('both SDKs send the flag as given: true, false, or not at all', async () => {
    const bodies: unknown[] = [];
    const server = createServer((req, res) => {
      let text = '';
      req.on('data', (c) => (text += c));
      req.on('end', () => {
        const body = JSON.parse(text) as { stream?: boolean };
        bodies.push(body);
        if (body.stream === false) {
          res.setHeader('content-type', 'application/json');
          res.end('{"text":"Hello"}');
        } else {
          res.setHeader('content-type', 'text/event-stream');
          res.end('data: {"delta":"Hel"}\n\n');
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const sdk = await outputs.importTs();
      const client = new sdk.Feed({ baseUrl: url, maxRetries: 0 });
      for await (const _ of await client.default.feed({ prompt: 'a' }));
      for await (const _ of await client.default.feed({ prompt: 'b', stream: true }));
      await client.default.feed({ prompt: 'c', stream: false });
      const ts = bodies.splice(0);
      const run = await outputs.pythonAsync(
        [
          'from shellapi import Feed',
          `client = Feed(base_url=${JSON.stringify(url)}, max_retries=0)`,
          'list(client.default.feed(prompt="a"))',
          'list(client.default.feed(prompt="b", stream=True))',
          'client.default.feed(prompt="c", stream=False)',
        ].join('\n'),
      );
      expect(run.stderr).toBe('');
      expect(ts).toEqual([
        { prompt: 'a' },
        { prompt: 'b', stream: true },
        { prompt: 'c', stream: false },
      ]);
      expect(bodies).toEqual(ts);
    } finally {
      server.close();
    }
  });

  it('the Python README says a call without the flag streams, and shows one', async () => {
    const readme = await outputs.read('python/README.md');
    const section = readme.split('## Streaming')[1]!.split('\n## ')[0]!;
    expect(section).toContain('Unless given `stream=False`');
    // The spec's example prompt, and no `stream=True`: the flag's default streams.
    expect(section).toMatch(/for chunk in client\.default\.feed\(\n {4}prompt="[^"]+",\n\):/);
  });

  it('the docs samples of the plain answer send the flag false (the Python one runs to the answer)', async () => {
    const page = await outputs.read('docs/markdown/operations/feed.md');
    // Each language's blocks: the streaming call's (it reads events) and the plain call's.
    const plain = (label: string): string => {
      const blocks = page.split(`**${label}**\n\n\`\`\``).slice(1);
      const found = blocks
        .map((b) => b.split('\n```')[0]!)
        .filter((b) => !/-N |stream: true|"stream": True|stream=True/.test(b));
      expect(found).toHaveLength(1);
      return found[0]!;
    };
    expect(plain('curl')).toContain('"stream": false');
    expect(plain('TypeScript')).toContain('stream: false,');
    expect(plain('Python (HTTP)')).toContain('"stream": False,');
    const python = plain('Python').replace(/^python\n/, '');
    expect(python).toContain('stream=False,');
    const run = await outputs.pythonAsync(
      python.replace(/Feed\((.*)\)/, `Feed(base_url=${JSON.stringify(outputs.mock.url)})`),
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain("text='Hello'");
  });
});
