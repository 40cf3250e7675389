/**
 * A spec's example stream with `event: name` lines: the mock replays each event with its name
 * (the IR keeps it on the event, `ExampleIr.event`), and the TypeScript SDK, reading the mock,
 * still gets every event; the docs' transcript shows the same lines.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIr } from '../../generator/ir/index.js';
import { loadSpec } from '../../generator/load/index.js';
import { streamTranscript } from '../../generator/emit/docs/lifecycle.js';
import type { MockServer } from '../../templates/mock/server.js';
import { iterateEvents } from '../../templates/client/sse.js';
import { startFor } from './helpers.js';

const EXAMPLE =
  'event: message_start\ndata: {"type": "message_start"}\n\ndata: {"type": "delta"}\n\nevent: message_stop\ndata: {"type": "message_stop"}\n\n';
const SPEC = `openapi: 3.1.0
info: { title: Events, version: '1' }
paths:
  /messages:
    get:
      operationId: messages
      responses:
        '200':
          description: ok
          content:
            text/event-stream: { schema: { type: string }, example: ${JSON.stringify(EXAMPLE)} }
`;

let dir: string;
let mock: MockServer;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-event-names-'));
  await writeFile(path.join(dir, 'openapi.yaml'), SPEC);
  mock = await startFor(path.join(dir, 'openapi.yaml'));
});
afterAll(async () => {
  await mock?.close();
  await rm(dir, { recursive: true, force: true });
});

/** What an SSE client reads from the body: each event's name and data. */
async function read(body: string): Promise<{ event: string | undefined; data: string }[]> {
  const bytes = (async function* () {
    yield new TextEncoder().encode(body);
  })();
  const out: { event: string | undefined; data: string }[] = [];
  for await (const e of iterateEvents(bytes)) out.push({ event: e.event, data: e.data });
  return out;
}

describe('example streams with event: lines', () => {
  const expected = [
    { event: 'message_start', data: '{"type":"message_start"}' },
    { event: undefined, data: '{"type":"delta"}' },
    { event: 'message_stop', data: '{"type":"message_stop"}' },
  ];

  it('the mock sends each event with its name', async () => {
    const answer = await fetch(`${mock.url}/messages`);
    expect(answer.headers.get('content-type')).toContain('text/event-stream');
    expect(await read(await answer.text())).toEqual(expected);
  });

  it('the docs transcript shows the same lines', async () => {
    const { ir } = buildIr(await loadSpec(path.join(dir, 'openapi.yaml')));
    expect(await read(streamTranscript(ir.operations[0]!.stream!).text)).toEqual(expected);
  });
});
