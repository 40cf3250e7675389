/**
 * A multipart property that takes a file or a URL (`oneOf: [binary string, uri string]`): a
 * string is the URL, sent as a text part, in both SDKs; a file (bytes, a file object, a Path in
 * Python; a Blob in TypeScript) is sent as a file part. The IR decides it once
 * (ir/file-parts.ts `EncodingIr.file` and `.text`), and the mock accepts either.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { specOutputs, type SpecOutputs } from '../helpers/spec-outputs.js';

const SPEC = `openapi: 3.1.0
info: { title: File or url, version: '1', x-package-name: '@shellapi/sdk' }
tags: [{ name: edits }]
paths:
  /edits:
    post:
      operationId: editImage
      tags: [edits]
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              required: [image]
              properties:
                image:
                  oneOf:
                    - { type: string, format: binary }
                    - { type: string, format: uri }
      responses:
        '201':
          description: created
          content: { application/json: { schema: { type: object, required: [ok], properties: { ok: { const: true } } } } }
`;
const URL_TEXT = 'https://example.com/cat.png';

let outputs: SpecOutputs;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-file-or-url-'));
  await writeFile(path.join(dir, 'cat.png'), 'PNGDATA');
  outputs = await specOutputs(SPEC, { name: 'shellapi-file-or-url', mock: true });
}, 180_000);
afterAll(async () => {
  await outputs?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('a multipart field taking a file or a URL', () => {
  it('the TypeScript SDK sends a string as text and a Blob as a file', async () => {
    const { client, sent } = await outputs.recordingClient('FileOrUrl');
    expect(await client.edits.editImage({ image: URL_TEXT })).toEqual({ ok: true });
    expect(sent[0]).toContain(`name="image"\r\n\r\n${URL_TEXT}\r\n`);
    const file = new File(['PNGDATA'], 'cat.png', { type: 'image/png' });
    expect(await client.edits.editImage({ image: file })).toEqual({ ok: true });
    expect(sent[1]).toContain('name="image"; filename="cat.png"');
  });

  it('the Python SDK sends a str as text and a Path or bytes as a file', async () => {
    const probe = [
      'import httpx, json, pathlib, shellapi',
      'sent = []',
      'http = httpx.Client(event_hooks={"request": [lambda r: sent.append(r.read().decode())]})',
      `client = shellapi.FileOrUrl(api_key="k", base_url=${JSON.stringify(outputs.mock.url)}, http_client=http, max_retries=0)`,
      `a = client.edits.edit_image(image=${JSON.stringify(URL_TEXT)})`,
      `b = client.edits.edit_image(image=pathlib.Path(${JSON.stringify(path.join(dir, 'cat.png'))}))`,
      'c = client.edits.edit_image(image=b"PNGDATA")',
      'print(json.dumps({"ok": [a.ok, b.ok, c.ok], "sent": sent}))',
    ].join('\n');
    const run = await outputs.pythonAsync(probe);
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout) as { ok: boolean[]; sent: string[] };
    expect(result.ok).toEqual([true, true, true]);
    expect(result.sent[0]).toContain(`name="image"\r\n\r\n${URL_TEXT}\r\n`);
    expect(result.sent[0]).not.toContain('filename=');
    expect(result.sent[1]).toContain('name="image"; filename="cat.png"');
    expect(result.sent[1]).toContain('PNGDATA');
    expect(result.sent[2]).toMatch(/name="image"; filename="image[^"]*"/);
  }, 120_000);
});
