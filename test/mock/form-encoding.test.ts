/**
 * Form bodies as their spec encodes each property, checked across the three outputs of one spec:
 * the TypeScript SDK, the Python SDK and the mock. A multipart part's declared content type (the
 * Encoding Object's `contentType`, or the schema's `contentMediaType`) is what both SDKs label a
 * part with, and the mock answers 400 naming the part and the type when a part says another.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockServer } from '../../templates/mock/server.js';
import { runCli } from '../helpers/cli.js';
import { runPythonAsync } from '../python/helpers.js';
import { call, startFor } from './helpers.js';

const SPEC = `openapi: 3.1.0
info: { title: Form parts, version: '1' }
tags: [{ name: files }]
paths:
  /uploads:
    post:
      operationId: upload
      tags: [files]
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              required: [image]
              properties:
                image: { type: string, contentMediaType: image/png }
                doc: { type: string, format: binary }
                photo: { type: string, format: binary }
                note: { type: string }
            encoding:
              doc: { contentType: application/pdf }
              photo: { contentType: 'image/*' }
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { type: object, required: [ok], properties: { ok: { const: true } } } } }
`;

let work: string;
let mock: MockServer;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'shellapi-form-encoding-'));
  const file = path.join(work, 'openapi.yaml');
  await writeFile(file, SPEC);
  const run = runCli(['generate', '--spec', file, '--out', path.join(work, 'out')]);
  expect(run.stderr).not.toContain('error');
  expect(run.status).toBe(0);
  mock = await startFor(file);
}, 180_000);

afterAll(async () => {
  await mock?.close();
  await rm(work, { recursive: true, force: true });
});

/** A multipart upload of the given parts (name → [content type, file name]). */
function upload(parts: Record<string, [string, string]>) {
  const form = new FormData();
  for (const [name, [type, filename]] of Object.entries(parts))
    form.append(name, new Blob([new Uint8Array([1, 2, 3])], { type }), filename);
  return call(mock.url, 'POST', '/uploads', { body: form });
}

describe('multipart part content types', () => {
  it.each([
    ['image', 'text/plain', 'image/png'],
    ['image', 'image/jpeg', 'image/png'],
    ['doc', 'image/png', 'application/pdf'],
  ])('a %s part sent as %s: 400 naming the part and %s', async (name, type, expected) => {
    const parts: Record<string, [string, string]> = { image: ['image/png', 'a.png'] };
    parts[name] = [type, 'x.bin'];
    const answer = await upload(parts);
    expect(answer.status, answer.text).toBe(400);
    const problem = answer.json as { detail: string; param: string };
    expect(problem.param).toBe(name);
    expect(problem.detail).toBe(
      `Invalid request: body /${name}: part ${name} is ${type}, not the declared ${expected}`,
    );
  });

  it('accepts the declared types, a wildcard match and a Blob of unknown type', async () => {
    const answer = await upload({
      image: ['image/png', 'a.png'],
      doc: ['application/pdf', 'a.pdf'],
      photo: ['image/jpeg', 'a.jpg'],
    });
    expect(answer.status, answer.text).toBe(200);
    const unknown = await upload({ image: ['', 'a'], doc: ['application/octet-stream', 'b'] });
    expect(unknown.status, unknown.text).toBe(200);
  });

  it('the TypeScript SDK labels bare bytes with the declared type, and the mock accepts them', async () => {
    const sdk = await import(pathToFileURL(path.join(work, 'out/sdk/dist/index.js')).href);
    const sent: string[] = [];
    const client = new sdk.FormParts({
      apiKey: 'k',
      baseUrl: mock.url,
      fetch: async (url: string, init: RequestInit) => {
        for (const [name, value] of init.body as FormData)
          if (value instanceof Blob) sent.push(`${name}: ${value.type}`);
        return fetch(url, init);
      },
    });
    const bytes = new Uint8Array([1, 2, 3]);
    expect(await client.files.upload({ image: bytes, doc: bytes })).toEqual({ ok: true });
    expect(sent).toEqual(['image: image/png', 'doc: application/pdf']);
  });

  it('the Python SDK labels bare bytes with the declared type, and the mock accepts them', async () => {
    const probe = [
      'import httpx, json, re, shellapi',
      'sent = []',
      'def seen(r): sent.extend(re.findall(rb\'name="(\\w+)".*\\r\\nContent-Type: ([\\w/]+)\', r.read()))',
      'http = httpx.Client(event_hooks={"request": [seen]})',
      `client = shellapi.FormParts(api_key="k", base_url=${JSON.stringify(mock.url)}, http_client=http)`,
      'ok = client.files.upload(image=b"\\x01\\x02", doc=b"\\x03").ok',
      'print(json.dumps({"ok": ok, "sent": [f"{n.decode()}: {t.decode()}" for n, t in sent]}))',
    ].join('\n');
    const run = await runPythonAsync(['-c', probe], {
      cwd: work,
      env: { PYTHONPATH: path.join(work, 'out/python') },
    });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      ok: true,
      sent: ['image: image/png', 'doc: application/pdf'],
    });
  }, 120_000);
});
