/**
 * A `text/plain` request body: the core's built-in encoding is JSON only, so the generated
 * operation passes `encodeTextBody` and the call sends the text as it is, labelled as declared.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, startServer } from '../client-runtime/helpers.js';
import { cleanupGenerated, generate, type Generated } from './generate.js';

type Sdk = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const NOTES_SPEC = `
openapi: 3.1.0
info: { title: Notes, version: 1.0.0 }
servers: [{ url: 'https://notes.example.com' }]
paths:
  /notes:
    post:
      operationId: createNote
      tags: [notes]
      requestBody:
        required: true
        content: { text/plain: { schema: { type: string } } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
  /notes/markdown:
    post:
      operationId: createMarkdownNote
      tags: [notes]
      requestBody:
        required: true
        content: { text/markdown: { schema: { type: string } } }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
`;

let dir: string;
let notes: Generated;
let sdk: Sdk;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sdk-text-body-'));
  writeFileSync(path.join(dir, 'openapi.yaml'), NOTES_SPEC);
  notes = await generate(path.join(dir, 'openapi.yaml'));
  sdk = (await import(pathToFileURL(path.join(notes.dir, 'sdk/src/index.ts')).href)) as Sdk;
});
afterAll(() => {
  cleanupGenerated();
  rmSync(dir, { recursive: true, force: true });
});

describe('text request bodies', () => {
  it('the operation brings the text encoder (JSON is the only built-in one)', () => {
    const ops = String(notes.files.find((f) => f.path === 'sdk/src/operations/notes.ts')!.contents);
    expect(ops).toContain("kind: 'text'");
    expect(ops).toContain('encode: encodeTextBody');
    expect(ops).not.toContain('encode: encodeBody');
  });

  it('sends the text as it is, with the declared media type (text/plain by default)', async () => {
    const server = await startServer((_req, res) => json(res, 200, { ok: true }));
    const client = new sdk['NotesClient']({ apiKey: 'sk-notes', baseUrl: server.url });
    expect(await client.notes.createNote({ body: 'buy {"milk"}' })).toEqual({ ok: true });
    expect(await client.notes.createMarkdownNote({ body: '# Title' })).toEqual({ ok: true });
    const [plain, markdown] = server.requests;
    expect(plain!.body.toString()).toBe('buy {"milk"}');
    expect(plain!.headers['content-type']).toBe('text/plain');
    expect(markdown!.body.toString()).toBe('# Title');
    expect(markdown!.headers['content-type']).toBe('text/markdown');
  });
});
