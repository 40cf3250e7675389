/**
 * SSE parsing speed on the same recorded bytes: our runtime's parser (templates/client/sse.ts as
 * compiled into generated/sdk/dist) against the openai package's. The bytes are one chat
 * completion stream recorded from the generated mock, its events repeated to a few megabytes and
 * cut into 4 KB chunks, each parser reading them through the same `Response` body, warm, in turn.
 * Usage: npx tsx bench/sse-parse.ts [RUNS]
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensurePeers, peersDir, repoRoot } from './peers.js';
import { summarize, type Summary } from './stats.js';

interface RawEvent {
  data: string;
}
type Parse = (response: Response) => AsyncIterable<RawEvent>;

export interface SseResult {
  bytes: number;
  events: number;
  /** Milliseconds per pass over all the bytes. */
  ours: Summary;
  openai: Summary;
}

const CHUNK = 4096;
const TARGET_BYTES = 4 * 1024 * 1024;

async function recordStream(): Promise<string> {
  const mockModule = pathToFileURL(
    path.join(repoRoot, 'generated', 'sdk', 'dist', 'mock', 'index.js'),
  );
  const { startMock } = (await import(mockModule.href)) as {
    startMock(o: object): Promise<{ url: string; close(): Promise<void> }>;
  };
  const mock = await startMock({ speed: 1000, logger: () => undefined });
  try {
    const res = await fetch(`${mock.url}/v1/chat/completions`, {
      method: 'POST',
      headers: {
        authorization: 'Bearer sk-test',
        'content-type': 'application/json',
        accept: 'text/event-stream',
      },
      body: JSON.stringify({
        model: 'gpt-3.5-turbo',
        messages: [{ role: 'user', content: 'Say this is a test!' }],
        stream: true,
      }),
    });
    return await res.text();
  } finally {
    await mock.close();
  }
}

/** The recorded events (everything before `data: [DONE]`) repeated to about TARGET_BYTES. */
export function repeatStream(recorded: string, targetBytes: number): string {
  const done = recorded.lastIndexOf('data: [DONE]');
  const events = done >= 0 ? recorded.slice(0, done) : recorded;
  if (events.length === 0) throw new Error('recorded stream has no events');
  const times = Math.max(1, Math.ceil(targetBytes / events.length));
  return events.repeat(times) + 'data: [DONE]\n\n';
}

function responseOf(bytes: Uint8Array): Response {
  let at = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(at, at + CHUNK));
      at += CHUNK;
    },
  });
  return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
}

async function pass(parse: Parse, bytes: Uint8Array): Promise<{ ms: number; events: number }> {
  const start = performance.now();
  let events = 0;
  for await (const event of parse(responseOf(bytes))) if (event.data !== undefined) events++;
  return { ms: performance.now() - start, events };
}

export async function measureSse(runs: number): Promise<SseResult> {
  ensurePeers();
  const ours = (await import(
    pathToFileURL(path.join(repoRoot, 'generated', 'sdk', 'dist', 'core', 'sse.js')).href
  )) as { iterateEvents(chunks: AsyncIterable<Uint8Array>): AsyncIterable<RawEvent> };
  const openai = (await import(
    pathToFileURL(path.join(peersDir, 'node_modules', 'openai', 'core', 'streaming.mjs')).href
  )) as { _iterSSEMessages(r: Response, c: AbortController): AsyncIterable<RawEvent> };
  const parsers: Record<'ours' | 'openai', Parse> = {
    ours: (r) => ours.iterateEvents(r.body as unknown as AsyncIterable<Uint8Array>),
    openai: (r) => openai._iterSSEMessages(r, new AbortController()),
  };
  const bytes = new TextEncoder().encode(repeatStream(await recordStream(), TARGET_BYTES));
  const samples = { ours: [] as number[], openai: [] as number[] };
  const counts = new Set<number>();
  // One warm-up pass each, then alternate so drift on a shared machine hits both alike.
  for (let i = -1; i < runs; i++) {
    for (const name of ['ours', 'openai'] as const) {
      const { ms, events } = await pass(parsers[name], bytes);
      counts.add(events);
      if (i >= 0) samples[name].push(ms);
    }
  }
  if (counts.size !== 1) throw new Error(`the parsers disagree on the event count: ${[...counts]}`);
  return {
    bytes: bytes.length,
    events: [...counts][0]!,
    ours: summarize(samples.ours),
    openai: summarize(samples.openai),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await measureSse(Number(process.argv[2] ?? 5));
  const mbps = (s: Summary): string => ((r.bytes / 1024 / 1024 / s.median) * 1000).toFixed(0);
  console.log(`${r.bytes} B, ${r.events} events, 4 KB chunks, median ms per pass:`);
  console.log(`  ours   ${r.ours.median.toFixed(1)} ms (${mbps(r.ours)} MB/s)`);
  console.log(`  openai ${r.openai.median.toFixed(1)} ms (${mbps(r.openai)} MB/s)`);
}
