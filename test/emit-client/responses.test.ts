/**
 * The generated Shell API client (generated/sdk) against a real server on 127.0.0.1, for the issue
 * 13 items the emitter decides: responses read by the operation's declared media types, the `/v1`
 * habit of `baseUrl`, and task results typed from the family's result schema.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  ShellApi,
  type AudioTranscriptionsCreateResponse,
  type KlingImagesGenerationsRetrieveResponse,
  type MidjourneyTasksRetrieveResponse,
} from '../../generated/sdk/dist/index.js';
import { captureLogger, json, startServer } from '../client-runtime/helpers.js';

const KEY = 'sk-responses-0123456789';
const audio = (): Blob => new Blob([new Uint8Array([1, 2, 3])], { type: 'audio/mpeg' });

describe('responses by declared media type', () => {
  it.each([
    ['srt', '1\n00:00:00,000 --> 00:00:03,420\nThanks for joining us today.\n\n'],
    ['vtt', 'WEBVTT\n\n00:00:00.000 --> 00:00:03.420\nThanks for joining us today.\n\n'],
    ['text', 'Thanks for joining us today.\n'],
  ] as const)('a %s transcription (text/plain) comes back as a string', async (format, body) => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(body);
    });
    const client = new ShellApi({ apiKey: KEY, baseUrl: server.url });
    const result = await client.audio.transcriptions.create({
      file: audio(),
      model: 'whisper-1',
      response_format: format,
    });
    expect(result).toBe(body);
    expect(server.requests[0]!.headers['accept']).toBe('application/json, text/plain');
  });

  it('a json transcription comes back parsed, and translations behave the same', async () => {
    const server = await startServer((req, res) => {
      if (req.url === '/v1/audio/translations') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        return res.end('Hello.\n');
      }
      json(res, 200, { text: 'Thanks for joining us today.' });
    });
    const client = new ShellApi({ apiKey: KEY, baseUrl: server.url });
    expect(await client.audio.transcriptions.create({ file: audio(), model: 'whisper-1' })).toEqual(
      { text: 'Thanks for joining us today.' },
    );
    expect(
      await client.audio.translations.create({
        file: audio(),
        model: 'whisper-1',
        response_format: 'text',
      }),
    ).toBe('Hello.\n');
  });

  it('types the answer as the union of the declared formats', () => {
    expectTypeOf<string>().toMatchTypeOf<AudioTranscriptionsCreateResponse>();
    expectTypeOf<{ text: string }>().toMatchTypeOf<AudioTranscriptionsCreateResponse>();
  });
});

describe('baseUrl ending with /v1, which only some paths start with (others: /mj)', () => {
  it('a /v1 call drops it once (never /v1/v1/…), a /mj call keeps it, and the client warns once', async () => {
    const server = await startServer((req, res) => {
      if (req.url?.startsWith('/v1/mj/'))
        return json(res, 200, {
          id: 't1',
          status: 'SUCCESS',
          progress: '100%',
          imageUrl: 'https://cdn.example.com/x.png',
        });
      json(res, 200, {
        data: [{ embedding: [0.1], index: 0, object: 'embedding' }],
        model: 'm',
        object: 'list',
      });
    });
    const log = captureLogger();
    const client = new ShellApi({ apiKey: KEY, baseUrl: `${server.url}/v1`, logger: log.logger });
    expect(client.baseUrl).toBe(`${server.url}/v1`);
    await client.embeddings.create({ model: 'text-embedding-3-small', input: 'hi' });
    await client.midjourney.tasks.waitFor('t1');
    expect(server.requests.map((r) => r.url)).toEqual(['/v1/embeddings', '/v1/mj/task/t1/fetch']);
    expect(
      log.text().match(/ends with \/v1: calls whose path starts with \/v1 drop it once/g),
    ).toHaveLength(1);
  });
});

describe('task results', () => {
  it('TaskSnapshot.result has the type at the family result pointer', async () => {
    const server = await startServer((_req, res) =>
      json(res, 200, {
        id: 't1',
        status: 'SUCCESS',
        progress: '100%',
        imageUrl: 'https://cdn.example.com/x.png',
      }),
    );
    const client = new ShellApi({ apiKey: KEY, baseUrl: server.url });
    const snapshot = await client.midjourney.tasks.waitFor('t1');
    expectTypeOf(snapshot.result).toEqualTypeOf<
      MidjourneyTasksRetrieveResponse['imageUrl'] | undefined
    >();
    expectTypeOf(snapshot.result).not.toBeUnknown();
    expect(snapshot.result).toBe('https://cdn.example.com/x.png');
  });

  it('a Kling image task: result is typed and filled from the images, not the videos pointer', async () => {
    const images = [{ index: 0, url: 'https://cdn.example.com/k.png' }];
    const server = await startServer((_req, res) =>
      json(res, 200, {
        code: 0,
        data: { task_id: 'k1', task_status: 'succeed', task_result: { images } },
      }),
    );
    const client = new ShellApi({ apiKey: KEY, baseUrl: server.url });
    const snapshot = await client.kling.images.generations.waitFor('k1');
    type Images = NonNullable<
      NonNullable<KlingImagesGenerationsRetrieveResponse['data']['task_result']>['images']
    >;
    expectTypeOf(snapshot.result).toEqualTypeOf<Images | undefined>();
    expect(snapshot.result).toEqual(images);
    expect(snapshot.results).toEqual([images]);
  });
});
