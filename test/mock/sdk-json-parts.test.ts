/**
 * A multipart text part declared JSON (`encoding.contentType: application/json`, or a `+json`
 * type) is JSON text: both SDKs send a string value quoted (`"123"`, not `123`), as the mock
 * (and any server) parses it. The SDKs and the mock read the same `EncodingIr.json`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { specOutputs, type SpecOutputs } from '../helpers/spec-outputs.js';
import { BEARER } from './helpers.js';

const SPEC = `openapi: 3.1.0
info: { title: Json parts, version: '1', x-package-name: '@shellapi/sdk' }
tags: [{ name: notes }]
paths:
  /notes:
    post:
      operationId: addNote
      tags: [notes]
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              required: [code, label]
              properties:
                code: { type: string, pattern: '^[0-9]+$' }
                label: { type: string }
                meta: { type: object, properties: { n: { type: integer } } }
                file: { type: string, format: binary }
            encoding:
              code: { contentType: application/json }
              label: { contentType: application/vnd.note+json }
      responses:
        '201':
          description: created
          content: { application/json: { schema: { type: object, required: [ok], properties: { ok: { const: true } } } } }
`;

let outputs: SpecOutputs;
beforeAll(async () => {
  outputs = await specOutputs(SPEC, { name: 'shellapi-sdk-json-parts', mock: true });
}, 180_000);
afterAll(() => outputs?.close());

describe('a multipart string part declared JSON', () => {
  it('the TypeScript SDK sends it as JSON text and the mock accepts it', async () => {
    const { client, sent } = await outputs.recordingClient('JsonParts');
    const answer = await client.notes.addNote({ code: '123', label: 'hi', meta: { n: 1 } });
    expect(answer).toEqual({ ok: true });
    expect(sent[0]).toContain('name="code"\r\nContent-Type: application/json\r\n\r\n"123"\r\n');
    expect(sent[0]).toContain(
      'name="label"\r\nContent-Type: application/vnd.note+json\r\n\r\n"hi"\r\n',
    );
    expect(sent[0]).toContain('name="meta"\r\nContent-Type: application/json\r\n\r\n{"n":1}\r\n');
  });

  it('the Python SDK sends the same, and the mock accepts it', async () => {
    const probe = [
      'import httpx, json, shellapi',
      'sent = []',
      'http = httpx.Client(event_hooks={"request": [lambda r: sent.append(r.read().decode())]})',
      `client = shellapi.JsonParts(api_key="k", base_url=${JSON.stringify(outputs.mock.url)}, http_client=http, max_retries=0)`,
      'answer = client.notes.add_note(code="123", label="hi", meta={"n": 1})',
      'print(json.dumps({"ok": answer.ok, "sent": sent[0]}))',
    ].join('\n');
    const run = await outputs.pythonAsync(probe);
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout) as { ok: boolean; sent: string };
    expect(result.ok).toBe(true);
    expect(result.sent).toContain('name="code"\r\nContent-Type: application/json\r\n\r\n"123"\r\n');
    expect(result.sent).toContain(
      'name="label"\r\nContent-Type: application/vnd.note+json\r\n\r\n"hi"\r\n',
    );
    expect(result.sent).toContain(
      'name="meta"\r\nContent-Type: application/json\r\n\r\n{"n":1}\r\n',
    );
  }, 120_000);

  it('the mock refuses the raw text of a JSON string part', async () => {
    const boundary = 'xYzZY';
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="code"\r\nContent-Type: application/json\r\n\r\n123\r\n--${boundary}\r\nContent-Disposition: form-data; name="label"\r\nContent-Type: application/vnd.note+json\r\n\r\n"hi"\r\n--${boundary}--\r\n`;
    const res = await fetch(`${outputs.mock.url}/notes`, {
      method: 'POST',
      headers: { ...BEARER, 'content-type': `multipart/form-data; boundary=${boundary}` },
      body,
    });
    expect(res.status).toBe(400);
  });
});
