/**
 * Form bodies as their spec encodes each property, checked across the three outputs of one spec:
 * the TypeScript SDK, the Python SDK and the mock. A multipart part's declared content type (the
 * Encoding Object's `contentType`, or the schema's `contentMediaType`) is what both SDKs label a
 * part with, and the mock answers 400 naming the part and the type when a part says another.
 * A urlencoded property's declared style (Encoding Object `style`/`explode`) is how both SDKs
 * write it and how the mock reads it, as for a query parameter of that style.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockServer } from '../../templates/mock/server.js';
import { specOutputs, type SpecOutputs } from '../helpers/spec-outputs.js';
import { call } from './helpers.js';

const SPEC = `openapi: 3.1.0
info: { title: Form parts, version: '1', x-package-name: '@shellapi/sdk' }
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
                blob: { type: string, contentMediaType: application/octet-stream }
            encoding:
              doc: { contentType: application/pdf }
              photo: { contentType: 'image/*' }
      responses: { '200': { $ref: '#/components/responses/Ok' } }
  /search:
    post:
      operationId: search
      tags: [files]
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              required: [tags, where, f2, pipe, plain]
              properties:
                tags: { type: array, maxItems: 2, items: { type: string, enum: ['a,b', c] } }
                where:
                  type: object
                  additionalProperties: false
                  required: [color, size]
                  properties: { color: { const: red }, size: { type: integer } }
                f2:
                  type: object
                  additionalProperties: false
                  required: [color]
                  properties: { color: { const: 'a,b' } }
                pipe: { type: array, minItems: 2, items: { type: integer } }
                plain: { type: array, minItems: 2, items: { type: string } }
            encoding:
              tags: { style: form, explode: false }
              where: { style: deepObject, explode: true }
              f2: { style: form, explode: false }
              pipe: { style: pipeDelimited }
      responses: { '200': { $ref: '#/components/responses/Ok' } }
components:
  responses:
    Ok:
      description: ok
      content: { application/json: { schema: { type: object, required: [ok], properties: { ok: { const: true } } } } }
`;

let outputs: SpecOutputs;
let mock: MockServer;

beforeAll(async () => {
  outputs = await specOutputs(SPEC, { name: 'shellapi-form-encoding', mock: true });
  expect(outputs.stderr).not.toContain('error');
  mock = outputs.mock;
}, 180_000);

afterAll(() => outputs?.close());

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
    // A declared application/octet-stream is any bytes: a text file is fine.
    const bytes = await upload({ image: ['image/png', 'a.png'], blob: ['text/plain', 'b.txt'] });
    expect(bytes.status, bytes.text).toBe(200);
  });

  it('the TypeScript SDK labels bare bytes with the declared type, and the mock accepts them', async () => {
    const sdk = await outputs.importTs();
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
    const run = await outputs.pythonAsync(probe);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({
      ok: true,
      sent: ['image: image/png', 'doc: application/pdf'],
    });
  }, 120_000);
});

/** The search call's fields, and the body both SDKs write for them. */
const FIELDS = {
  tags: ['a,b', 'c'],
  where: { color: 'red', size: 2 },
  f2: { color: 'a,b' },
  pipe: [1, 2],
  plain: ['x y', 'z'],
};
const WIRE =
  'tags=a%2Cb,c&where%5Bcolor%5D=red&where%5Bsize%5D=2&f2=color,a%2Cb&pipe=1%7C2&plain=x+y&plain=z';

describe('urlencoded fields in their declared styles', () => {
  it('the TypeScript SDK writes each field in its style, and the mock reads the values back', async () => {
    const sdk = await outputs.importTs();
    const sent: unknown[] = [];
    const client = new sdk.FormParts({
      apiKey: 'k',
      baseUrl: mock.url,
      fetch: async (url: string, init: RequestInit) => {
        sent.push(init.body);
        return fetch(url, init);
      },
    });
    expect(await client.files.search(FIELDS)).toEqual({ ok: true });
    expect(sent).toEqual([WIRE]);
  });

  it('the Python SDK writes the same bytes, and the mock reads them back', async () => {
    const probe = [
      'import httpx, json, shellapi',
      'sent = []',
      'http = httpx.Client(event_hooks={"request": [lambda r: sent.append(r.read().decode())]})',
      `client = shellapi.FormParts(api_key="k", base_url=${JSON.stringify(mock.url)}, http_client=http)`,
      `ok = client.files.search(**json.loads(${JSON.stringify(JSON.stringify(FIELDS))})).ok`,
      'print(json.dumps({"ok": ok, "sent": sent}))',
    ].join('\n');
    const run = await outputs.pythonAsync(probe);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ ok: true, sent: [WIRE] });
  }, 120_000);

  it.each([
    // The default form (JSON object, repeated field) is not the declared style.
    [
      'where as JSON',
      WIRE.replace(
        /where%5Bcolor%5D=red&where%5Bsize%5D=2/,
        'where=%7B%22color%22%3A%22red%22%2C%22size%22%3A2%7D',
      ),
      'where',
    ],
    ['pipe repeated', WIRE.replace('pipe=1%7C2', 'pipe=1&pipe=2'), 'pipe'],
    ['tags split at the escaped comma', WIRE.replace('tags=a%2Cb,c', 'tags=a,b,c'), 'tags'],
  ])('the mock answers 400 to %s', async (_title, body, param) => {
    const answer = await call(mock.url, 'POST', '/search', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    expect(answer.status, answer.text).toBe(400);
    expect((answer.json as { param: string }).param).toMatch(new RegExp(`^${param}`));
  });

  it.each([
    ['tags', 'tags=c&tags=a%2Cb', 'form', 'commas'],
    ['pipe', 'pipe=1&pipe=x', 'pipeDelimited', '"|"'],
  ])(
    'an unexploded %s repeated: the 400 a repeated query parameter gets',
    async (name, sent, style, how) => {
      const body = WIRE.replace(new RegExp(`${name}=[^&]*`), sent);
      const answer = await call(mock.url, 'POST', '/search', {
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
      });
      expect(answer.status, answer.text).toBe(400);
      expect(answer.json).toMatchObject({
        param: name,
        detail: `Invalid request: body /${name}: is style ${style} without explode: send one ${name} value, its items joined with ${how}, not 2 ${name} values`,
      });
    },
  );
});
