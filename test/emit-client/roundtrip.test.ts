/** The generated client, imported from its emitted sources, against a real HTTP server on 127.0.0.1. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/cli.js';
import { json, startServer } from '../client-runtime/helpers.js';
import { cleanupGenerated, generate } from './generate.js';

type Sdk = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let sdk: Sdk;
afterAll(cleanupGenerated);
beforeAll(async () => {
  const gen = await generate(path.join(REPO, 'test/fixtures/specs/features/openapi.yaml'));
  sdk = (await import(pathToFileURL(path.join(gen.dir, 'sdk/src/index.ts')).href)) as Sdk;
});

const KEY = 'sk-roundtrip-0123456789';

async function parseForm(headers: Record<string, unknown>, body: Buffer): Promise<FormData> {
  return new Request('http://server.invalid/', {
    method: 'POST',
    headers: { 'content-type': String(headers['content-type']) },
    body: new Uint8Array(body),
  }).formData();
}

describe('generated client round trips', () => {
  it('sends a JSON body with the bearer key and returns the typed body', async () => {
    const server = await startServer((_req, res, body) =>
      json(
        res,
        200,
        { id: 'chatcmpl-1', echo: JSON.parse(body.toString()) },
        { 'x-request-id': 'req_1' },
      ),
    );
    const client = new sdk['FeaturesFixture']({ apiKey: KEY, baseUrl: server.url });
    const { data, requestId } = await client.chat.completions
      .create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] })
      .withResponse();
    expect(data.echo).toEqual({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] });
    expect(requestId).toBe('req_1');
    expect(server.requests[0]!.url).toBe('/v1/chat/completions');
    expect(server.requests[0]!.headers['authorization']).toBe(`Bearer ${KEY}`);
  });

  it('streams with stream: true', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end(
        'data: {"id":"c1","choices":[{"delta":{"content":"Hel"}}]}\n\ndata: {"id":"c1","choices":[{"delta":{"content":"lo"}}]}\n\ndata: [DONE]\n\n',
      );
    });
    const client = new sdk['FeaturesFixture']({ apiKey: KEY, baseUrl: server.url });
    const stream = await client.chat.completions.create({
      model: 'gpt-4o',
      messages: [],
      stream: true,
    });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0].delta.content;
    expect(text).toBe('Hello');
    expect(server.requests[0]!.headers['accept']).toBe('text/event-stream');
  });

  it('uploads multipart with the declared part type and downloads bytes', async () => {
    const bytes = new Uint8Array([137, 80, 78, 71, 0, 255]);
    const server = await startServer((req, res) => {
      if (req.method === 'POST') return json(res, 200, { id: 'file_1' });
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(Buffer.from(bytes));
    });
    const client = new sdk['FeaturesFixture']({ apiKey: KEY, baseUrl: server.url });
    await client.files.upload({ file: new Uint8Array(bytes), purpose: 'input' });
    const form = await parseForm(server.requests[0]!.headers, server.requests[0]!.body);
    const file = form.get('file') as File;
    // Bare bytes take the first concrete type of the declared list (`image/png, image/jpeg`).
    expect(file.type).toBe('image/png');
    expect(file.name).toBe('file.png');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(bytes);
    expect(form.get('purpose')).toBe('input');
    const blob = await client.files.content('a b');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(bytes);
    expect(server.requests[1]!.url).toBe('/files/a%20b/content');
    expect(server.requests[1]!.headers['accept']).toBe('image/png');
  });

  it('createAndWait submits once and polls to the result; waitFor resumes by id', async () => {
    let polls = 0;
    const server = await startServer((req, res) => {
      if (req.method === 'POST') return json(res, 200, { id: 'task_9' });
      polls++;
      const states = [
        { id: 'task_9', status: 'waiting', progress: 0 },
        { id: 'task_9', status: 'working', progress: 40 },
        { id: 'task_9', status: 'done', progress: 100, output: 'https://cdn.example.com/r.png' },
      ];
      json(res, 200, states[Math.min(polls - 1, 2)], { 'retry-after-ms': '1' });
    });
    const client = new sdk['FeaturesFixture']({ apiKey: KEY, baseUrl: server.url });
    const progress: (number | undefined)[] = [];
    const done = await client.render.tasks.createAndWait(
      { prompt: 'a cat' },
      { onProgress: (s: { progress?: number }) => progress.push(s.progress) },
    );
    expect(done.result).toBe('https://cdn.example.com/r.png');
    expect(progress).toEqual([0, 0.4, 1]);
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    expect(server.requests[1]!.url).toBe('/render/tasks/task_9');
    polls = 0;
    const states: string[] = [];
    for await (const s of client.render.tasks.waitFor('task_9')) states.push(s.state);
    expect(states).toEqual(['queued', 'running', 'succeeded']);
  });

  it('a failed task raises TaskFailedError with the reason', async () => {
    const server = await startServer((_req, res) =>
      json(res, 200, { id: 't', status: 'error', reason: 'content policy' }),
    );
    const client = new sdk['FeaturesFixture']({ apiKey: KEY, baseUrl: server.url });
    const error = await client.render.tasks.waitFor('t').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(sdk['TaskFailedError']);
    expect((error as { reason: string }).reason).toBe('content policy');
  });

  it('errors are typed classes; a paid submit is not retried on 503', async () => {
    const server = await startServer((req, res) => {
      if (req.method === 'POST')
        return json(res, 503, {
          error: { message: 'busy', type: 'server_error', param: null, code: null },
        });
      json(res, 404, {
        error: { message: 'task not found', type: 'not_found', param: null, code: null },
      });
    });
    const client = new sdk['FeaturesFixture']({ apiKey: KEY, baseUrl: server.url });
    const notFound = await client.render.tasks.retrieve('nope').catch((e: unknown) => e);
    expect(notFound).toBeInstanceOf(sdk['NotFoundError']);
    expect((notFound as { error: { error: { message: string } } }).error.error.message).toBe(
      'task not found',
    );
    const busy = await client.render.tasks.create({ prompt: 'x' }).catch((e: unknown) => e);
    expect(busy).toBeInstanceOf(sdk['InternalServerError']);
    expect(server.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('standalone functions take the client first; query parameters serialise', async () => {
    const server = await startServer((_req, res) => json(res, 200, []));
    const client = new sdk['FeaturesFixture']({ apiKey: KEY, baseUrl: server.url });
    await sdk['renderTasksList'](client, { status: 'done', limit: 5 });
    expect(server.requests[0]!.url).toBe('/render/tasks?status=done&limit=5');
  });
});
