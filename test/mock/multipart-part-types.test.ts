/**
 * A multipart body's non-file parts with a content type: an object part (OpenAPI's default
 * application/json) and a text part with a declared `encoding.contentType`. Both SDKs send each
 * such part as text labelled with its type (the IR's `partType`), a plain string part unlabelled;
 * a raw server on 127.0.0.1 reads the parts' headers, and the mock accepts the same body.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../helpers/cli.js';
import { specOutputs, type SpecOutputs } from '../helpers/spec-outputs.js';

const SPEC = `openapi: 3.1.0
info: { title: Part types, version: '1' }
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
              required: [file, meta]
              properties:
                file: { type: string, format: binary }
                meta: { type: object, required: [a], properties: { a: { type: string } } }
                tags: { type: array, items: { type: object, properties: { k: { type: string } } } }
                table: { type: string }
                note: { type: string }
            encoding:
              table: { contentType: text/csv }
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { type: object, required: [ok], properties: { ok: { const: true } } } } }
`;

/** Each part of a multipart body: name, Content-Type header (null when none) and text. */
function partsOf(body: Buffer, contentType: string): [string, string | null, string][] {
  const boundary = /boundary=("?)([^";]+)\1/.exec(contentType)![2]!;
  return body
    .toString('utf8')
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((raw) => {
      const [head, ...rest] = raw.slice(2, -2).split('\r\n\r\n');
      const name = /name="([^"]*)"/.exec(head!)![1]!;
      const type = /^content-type: *(.+)$/im.exec(head!)?.[1] ?? null;
      return [name, type, rest.join('\r\n\r\n')];
    });
}

let outputs: SpecOutputs;
let raw: http.Server;
let rawUrl: string;
const received: [string, string | null, string][][] = [];

beforeAll(async () => {
  outputs = await specOutputs(SPEC, { name: 'shellapi-part-types', mock: true });
  raw = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push(partsOf(Buffer.concat(chunks), req.headers['content-type'] ?? ''));
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
  rawUrl = `http://127.0.0.1:${(raw.address() as AddressInfo).port}`;
}, 180_000);

afterAll(async () => {
  raw?.close();
  await outputs?.close();
});

/** The parts both SDKs send for the call below, sorted by name (Python sends files last). */
const EXPECTED = [
  ['file', 'application/octet-stream', 'abc'],
  ['meta', 'application/json', '{"a":"b"}'],
  ['note', null, 'hi'],
  ['table', 'text/csv', 'x,y'],
  ['tags', 'application/json', '{"k":"1"}'],
  ['tags', 'application/json', '{"k":"2"}'],
];
const sorted = (parts: [string, string | null, string][]) =>
  [...parts].sort((a, b) => a[0].localeCompare(b[0], 'en') || a[2].localeCompare(b[2], 'en'));

describe('typed non-file multipart parts', () => {
  it('the TypeScript SDK labels each part with its type; the mock accepts the body', async () => {
    const sdk = await outputs.importTs();
    const args = {
      file: new Uint8Array([97, 98, 99]),
      meta: { a: 'b' },
      tags: [{ k: '1' }, { k: '2' }],
      table: 'x,y',
      note: 'hi',
    };
    for (const baseUrl of [rawUrl, outputs.mock.url]) {
      const client = new sdk.PartTypes({ apiKey: 'k', baseUrl });
      expect(await client.files.upload(args)).toEqual({ ok: true });
    }
    expect(sorted(received.pop()!)).toEqual(EXPECTED);
  });

  it('the Python SDK sends the same parts; the mock accepts the body', async () => {
    const probe = [
      'import json, part_types as shellapi',
      'for url in json.loads(' + JSON.stringify(JSON.stringify([rawUrl, outputs.mock.url])) + '):',
      '    client = shellapi.PartTypes(api_key="k", base_url=url)',
      '    r = client.files.upload(file=b"abc", meta={"a": "b"}, tags=[{"k": "1"}, {"k": "2"}], table="x,y", note="hi")',
      '    print(r.ok)',
    ].join('\n');
    const run = await outputs.pythonAsync(probe);
    expect(run.stderr).toBe('');
    expect(run.stdout.trim().split('\n')).toEqual(['True', 'True']);
    expect(sorted(received.pop()!)).toEqual(EXPECTED);
  }, 120_000);
});

describe('diff of a part content type', () => {
  it('writing the default application/json of an object part is no change on the wire', async () => {
    const explicit = path.join(outputs.dir, 'explicit.yaml');
    await writeFile(
      explicit,
      SPEC.replace(
        'table: { contentType: text/csv }',
        'table: { contentType: text/csv }\n              meta: { contentType: application/json }',
      ),
    );
    const run = runCli(['diff', '--base', outputs.spec, '--head', explicit]);
    expect(run.stdout).not.toContain('request-encoding-changed');
    const other = path.join(outputs.dir, 'other.yaml');
    await writeFile(other, SPEC.replace('contentType: text/csv', 'contentType: text/plain'));
    const changed = runCli(['diff', '--base', outputs.spec, '--head', other]);
    expect(changed.stdout).toContain('property table is sent as text/plain');
  });
});
