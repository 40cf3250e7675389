/**
 * A multipart property that is not a file (its schema is no binary string) is a text part, even
 * with a declared `encoding.contentType` such as application/sdp (openai.yaml createRealtimeCall):
 * both SDKs send it labelled so and without a filename, and the mock reads it as the text it is
 * (ir/file-parts.ts decides file parts once for the three). A file sent to such a property, with a
 * filename, is still answered 400 at its pointer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { specOutputs, type SpecOutputs } from '../helpers/spec-outputs.js';
import { BEARER } from './helpers.js';

const SPEC = `openapi: 3.1.0
info: { title: Realtime calls, version: '1', x-package-name: '@shellapi/sdk' }
tags: [{ name: calls }]
paths:
  /calls:
    post:
      operationId: createCall
      tags: [calls]
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              required: [sdp]
              properties:
                sdp: { type: string, minLength: 3 }
                session: { type: object, required: [model], properties: { model: { type: string } } }
                recording: { type: string, format: binary }
                thumb: { type: string, contentMediaType: image/png, contentEncoding: base64 }
            encoding:
              sdp: { contentType: application/sdp }
      responses: { '201': { $ref: '#/components/responses/Created' } }
  /stills:
    post:
      operationId: addStill
      tags: [calls]
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              allOf:
                - { $ref: '#/components/schemas/Titled' }
                - { type: object, required: [still], properties: { still: { type: string, format: binary } } }
      responses: { '201': { $ref: '#/components/responses/Created' } }
components:
  schemas:
    Titled: { type: object, required: [title], properties: { title: { type: string } } }
  responses:
    Created:
      description: created
      content: { application/json: { schema: { type: object, required: [ok], properties: { ok: { const: true } } } } }
`;
const SDP = 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\n';
/** A base64 text part (`contentEncoding`): text labelled with its `contentMediaType`, no file. */
const THUMB = 'iVBORw0KGgo=';

let outputs: SpecOutputs;
beforeAll(async () => {
  outputs = await specOutputs(SPEC, { name: 'shellapi-mp-text', mock: true });
}, 180_000);
afterAll(() => outputs?.close());

/** One multipart part: name, headers beyond Content-Disposition, text. */
async function post(
  parts: { name: string; filename?: string; type?: string; text: string }[],
  path = '/calls',
) {
  const boundary = 'xYzZY';
  const body = parts
    .map((p) => {
      const file = p.filename === undefined ? '' : `; filename="${p.filename}"`;
      const type = p.type === undefined ? '' : `Content-Type: ${p.type}\r\n`;
      return `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${file}\r\n${type}\r\n${p.text}\r\n`;
    })
    .join('')
    .concat(`--${boundary}--\r\n`);
  const res = await fetch(`${outputs.mock.url}${path}`, {
    method: 'POST',
    headers: { ...BEARER, 'content-type': `multipart/form-data; boundary=${boundary}` },
    body,
  });
  return { status: res.status, body: (await res.json()) as { detail?: string } };
}

describe('a multipart text part with a declared content type', () => {
  it('the TypeScript SDK sends it labelled, without a filename, and the mock accepts it', async () => {
    const { client, sent } = await outputs.recordingClient('RealtimeCalls');
    const answer = await client.calls.createCall({
      sdp: SDP,
      session: { model: 'm' },
      thumb: THUMB,
    });
    expect(answer).toEqual({ ok: true });
    expect(sent[0]).toMatch(/name="sdp"\r\nContent-Type: application\/sdp\r\n\r\nv=0/);
    expect(sent[0]).toContain(`name="thumb"\r\nContent-Type: image/png\r\n\r\n${THUMB}\r\n`);
  });

  it('the Python SDK sends the same, and the mock accepts it', async () => {
    const probe = [
      'import httpx, json, shellapi',
      'sent = []',
      'http = httpx.Client(event_hooks={"request": [lambda r: sent.append(r.read().decode())]})',
      `client = shellapi.RealtimeCalls(api_key="k", base_url=${JSON.stringify(outputs.mock.url)}, http_client=http, max_retries=0)`,
      `answer = client.calls.create_call(sdp=${JSON.stringify(SDP)}, session={"model": "m"}, thumb="${THUMB}")`,
      'print(json.dumps({"ok": answer.ok, "sent": sent[0]}))',
    ].join('\n');
    const run = await outputs.pythonAsync(probe);
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout) as { ok: boolean; sent: string };
    expect(result.ok).toBe(true);
    expect(result.sent).toMatch(/name="sdp"\r\nContent-Type: application\/sdp\r\n\r\nv=0/);
    expect(result.sent).toContain(`name="thumb"\r\nContent-Type: image/png\r\n\r\n${THUMB}\r\n`);
  }, 120_000);

  it('the text is validated as the string it is', async () => {
    const short = await post([{ name: 'sdp', type: 'application/sdp', text: 'v' }]);
    expect(short.status).toBe(400);
    expect(short.body.detail).toMatch(/body \/sdp: .*3/);
  });

  it('a file (with a filename) sent to the text property is answered 400 at its pointer', async () => {
    const file = await post([
      { name: 'sdp', filename: 'offer.sdp', type: 'application/sdp', text: SDP },
    ]);
    expect(file.status).toBe(400);
    expect(file.body.detail).toBe('Invalid request: body /sdp: must be string (got file)');
  });

  it('a part of another declared type than the text property says is still a 400', async () => {
    const wrong = await post([{ name: 'sdp', type: 'image/png', text: SDP }]);
    expect(wrong.status).toBe(400);
    expect(wrong.body.detail).toMatch(/part sdp is image\/png, not the declared application\/sdp/);
  });

  it('the binary property still takes a file part', async () => {
    const ok = await post([
      { name: 'sdp', type: 'application/sdp', text: SDP },
      { name: 'recording', filename: 'a.wav', type: 'audio/wav', text: 'RIFF' },
    ]);
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    const text = await post([
      { name: 'sdp', text: SDP },
      { name: 'recording', text: 'RIFF' },
    ]);
    expect(text.status).toBe(400);
    expect(text.body.detail).toMatch(/body \/recording: must be a file part/);
  });

  it('a binary property of an allOf body is a file part as one of an object body is', async () => {
    const still = { name: 'still', type: 'image/png', text: 'PNG' };
    const titled = { name: 'title', text: 't' };
    for (const [parts, path] of [
      [
        [
          { name: 'sdp', text: SDP },
          { ...still, name: 'recording' },
        ],
        '/calls',
      ],
      [[titled, still], '/stills'],
    ] as const) {
      const answer = await post([...parts], path);
      expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    }
  });
});
