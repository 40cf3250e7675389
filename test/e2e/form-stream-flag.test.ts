/**
 * A boolean `stream` member of a multipart or urlencoded body is the stream switch as it is in a
 * JSON body (openai's transcriptions and image edits): the IR infers it once, so both SDKs type
 * and parse the streamed answer, the mock streams it, and Python's keyword is `stream`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { specOutputs, type SpecOutputs } from '../helpers/spec-outputs.js';
import { call } from '../mock/helpers.js';

const answers = `
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, required: [text], properties: { text: { type: string } } }
              example: { text: whole }
            text/event-stream:
              schema: { type: object, required: [delta], properties: { delta: { type: string } }, example: { delta: part } }`;
const SPEC = `openapi: 3.1.0
info: { title: Voice, version: '1', x-package-name: '@shellapi/sdk' }
paths:
  /transcribe:
    post:
      operationId: transcribe
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              required: [file, model]
              properties:
                file: { type: string, format: binary }
                model: { type: string }
                stream: { anyOf: [{ type: boolean }, { type: 'null' }] }${answers}
  /complete:
    post:
      operationId: complete
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema: { type: object, required: [q], properties: { q: { type: string }, stream: { type: boolean } } }${answers}
  /ask:
    post:
      operationId: ask
      requestBody:
        required: true
        content:
          application/json:
            schema: { type: object, required: [q], properties: { q: { type: string }, stream: { type: boolean } } }${answers}
`;

let outputs: SpecOutputs;
beforeAll(async () => {
  outputs = await specOutputs(SPEC, { name: 'shellapi-form-stream', mock: true });
}, 120_000);
afterAll(() => outputs?.close());

describe('a stream switch in a multipart or urlencoded body', () => {
  it('is inferred without a warning (no `stream-undeclared`)', () => {
    expect(outputs.stderr).toBe('');
  });

  it('TypeScript: `stream: true` returns a Stream of the events, without it the JSON answer', async () => {
    const sdk = await outputs.importTs();
    const client = new sdk.Voice({ apiKey: 'k', baseUrl: outputs.mock.url, maxRetries: 0 });
    const file = await sdk.toFile(new Uint8Array([1, 2, 3]), 'a.mp3');
    const deltas = async (stream: AsyncIterable<{ delta: string }>): Promise<string[]> => {
      const seen: string[] = [];
      for await (const chunk of stream) seen.push(chunk.delta);
      return seen;
    };
    const spoken = await client.default.transcribe({ file, model: 'm', stream: true });
    expect(await deltas(spoken)).toEqual(['part']);
    expect(await client.default.transcribe({ file, model: 'm' })).toEqual({ text: 'whole' });
    expect(await deltas(await client.default.complete({ q: 'x', stream: true }))).toEqual(['part']);
    expect(await client.default.complete({ q: 'x' })).toEqual({ text: 'whole' });
  });

  it('TypeScript: the declarations overload the call on the flag', async () => {
    const d = await outputs.read('sdk/dist/operations/default.d.ts');
    expect(d).toContain('params: DefaultTranscribeParams & { stream: true }');
    expect(d).toContain('APIPromise<Stream<DefaultTranscribeChunk>>');
    expect(d).toContain('params: DefaultCompleteParams & { stream: true }');
  });

  it('Python: the keyword is `stream` (not `stream_`) and True returns the events', async () => {
    const run = await outputs.pythonAsync(
      [
        'import json, shellapi',
        `client = shellapi.Voice(api_key="k", base_url=${JSON.stringify(outputs.mock.url)}, max_retries=0)`,
        'spoken = [c.delta for c in client.default.transcribe(file=("a.mp3", b"\\x01\\x02"), model="m", stream=True)]',
        'whole = client.default.transcribe(file=("a.mp3", b"\\x01\\x02"), model="m").text',
        'form = [c.delta for c in client.default.complete(q="x", stream=True)]',
        'print(json.dumps({"spoken": spoken, "whole": whole, "form": form}))',
      ].join('\n'),
    );
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ spoken: ['part'], whole: 'whole', form: ['part'] });
  }, 120_000);

  it("the READMEs' streaming example is the JSON body's, which needs no upload", async () => {
    const section = (readme: string) => readme.split('## Streaming')[1]!.split('\n## ')[0]!;
    expect(section(await outputs.read('sdk/README.md'))).toContain('client.default.ask(');
    expect(section(await outputs.read('python/README.md'))).toContain('client.default.ask(');
  });

  it('the mock reads the switch as it does in a JSON body, Accept: application/json included', async () => {
    const url = outputs.mock.url;
    const accept = { accept: 'application/json' };
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array([1])]), 'a.mp3');
    form.append('model', 'm');
    form.append('stream', 'true');
    const multipart = await call(url, 'POST', '/transcribe', { headers: accept, body: form });
    const urlencoded = await call(url, 'POST', '/complete', {
      headers: { ...accept, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'q=x&stream=true',
    });
    const json = await call(url, 'POST', '/ask', {
      headers: accept,
      json: { q: 'x', stream: true },
    });
    const kinds = [multipart, urlencoded, json].map((a) => a.headers.get('content-type'));
    expect(new Set(kinds)).toEqual(new Set([json.headers.get('content-type')]));
    expect(kinds[0]).toContain('text/event-stream');
  });
});
