/**
 * An event stream that starts with a UTF-8 byte order mark (WHATWG SSE: one leading U+FEFF is not
 * part of the stream): both SDKs drop it and read the first event, from one server on 127.0.0.1.
 * Kept, it would make the first field `\uFEFFdata`, and the first event would vanish silently.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { specOutputs, type SpecOutputs } from '../helpers/spec-outputs.js';

const spec = [
  'openapi: 3.1.0',
  "info: { title: Bom Stream, version: '1', x-package-name: '@shellapi/sdk' }",
  'tags: [{ name: chat }]',
  'paths:',
  '  /chat:',
  '    get:',
  '      operationId: chat',
  '      tags: [chat]',
  String.raw`      responses: { '200': { description: events, content: { text/event-stream: { schema: { $ref: '#/components/schemas/Chunk' }, example: "data: {\"text\":\"a\"}\n\ndata: [DONE]\n\n" } } } }`,
  'components:',
  '  schemas:',
  '    Chunk: { type: object, required: [text], properties: { text: { type: string } } }',
  '',
].join('\n');

// The BOM as its three bytes, then the first field name.
const BODY = Buffer.concat([
  Buffer.from([0xef, 0xbb, 0xbf]),
  Buffer.from('data: {"text":"a"}\n\ndata: {"text":"b"}\n\ndata: [DONE]\n\n'),
]);

let server: Server;
let root: string;
let outputs: SpecOutputs;

beforeAll(async () => {
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' }).end(BODY);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  outputs = await specOutputs(spec, { name: 'shellapi-sse-bom' });
}, 120_000);

afterAll(async () => {
  await outputs?.close();
  await new Promise((done) => server?.close(done));
});

describe('an event stream starting with a byte order mark', () => {
  it('the TypeScript SDK reads every event', async () => {
    const sdk = await outputs.importTs();
    const client = new sdk.BomStream({ apiKey: 'k', baseUrl: root });
    const texts: string[] = [];
    for await (const chunk of await client.chat.chat()) texts.push(chunk.text);
    expect(texts).toEqual(['a', 'b']);
  });

  it('the Python SDK reads every event, sync and async', async () => {
    const run = await outputs.pythonAsync(
      [
        'import asyncio',
        'from shellapi import BomStream, AsyncBomStream',
        `print([c.text for c in BomStream(api_key="k", base_url="${root}").chat.chat()])`,
        'async def main():',
        `    stream = await AsyncBomStream(api_key="k", base_url="${root}").chat.chat()`,
        '    print([c.text async for c in stream])',
        'asyncio.run(main())',
      ].join('\n'),
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe("['a', 'b']\n['a', 'b']\n");
  });
});
