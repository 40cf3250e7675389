/**
 * An XML request body is the schema's JSON example written as XML, following each schema's XML
 * Object (review 9 F3: the `application/xml` curl and Python (HTTP) samples sent no body, so the
 * mock answered 422 "a request body is required"). The one rule (ir/xml.ts) gives the content's
 * example, which the samples send and the mock answers with.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiIr } from '../../generator/ir/types.js';
import { buildSamples } from '../../generator/emit/docs/samples.js';
import { startMockFromIr, type MockServer } from '../../generator/emit/mock/serve.js';
import { docsFor, irFor, REPO, text } from './helpers.js';
import { runCurl } from './console-site.js';

const SPECS_DIR = process.env.DOCS_SPECS_DIR ?? path.resolve(REPO, '..', 'shared', 'specs');
const PETSTORE = path.join(SPECS_DIR, 'petstore.yaml');

const spec = `openapi: 3.1.0
info: { title: Shelf, version: '1' }
servers: [{ url: 'https://shelf.example.test' }]
paths:
  /books:
    post:
      operationId: addBook
      requestBody:
        required: true
        content:
          application/json: { schema: { $ref: '#/components/schemas/Book' } }
          application/xml: { schema: { $ref: '#/components/schemas/Book' } }
      responses:
        '200':
          description: ok
          content:
            application/json: { schema: { $ref: '#/components/schemas/Book' } }
            application/xml: { schema: { $ref: '#/components/schemas/Book' } }
  /notes:
    post:
      operationId: addNote
      requestBody:
        required: true
        content:
          text/xml: { schema: { type: object, properties: { text: { type: string } } } }
      responses: { '204': { description: ok } }
  /tags:
    post:
      operationId: addTag
      requestBody:
        required: true
        content:
          application/json: { schema: { type: object, properties: { tag: { type: string } } } }
          application/xml: { schema: { type: object, properties: { tag: { type: string } } } }
      responses: { '204': { description: ok } }
components:
  schemas:
    Book:
      type: object
      required: [id, title, authors, tags, isbn]
      xml: { name: book, prefix: bk, namespace: 'https://shelf.example.test/ns' }
      properties:
        id: { type: integer, examples: [7], xml: { attribute: true } }
        title: { type: string, examples: ['Fish & <Chips>'] }
        authors:
          type: array
          examples: [[Ann, Bo]]
          xml: { wrapped: true }
          items: { type: string, xml: { name: author } }
        tags: { type: array, examples: [[a, b]], items: { type: string } }
        isbn: { type: string, examples: ['123'], xml: { name: ISBN } }
`;

const hasPython = (): Promise<boolean> =>
  new Promise((resolve) => {
    const child = spawn('python3', ['-c', 'import requests']);
    child.on('error', () => resolve(false));
    child.on('close', (code) => resolve(code === 0));
  });

function runPython(code: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', ['-c', code], {
      env: { ...process.env, SHELLAPI_API_KEY: 'k' },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (c) => resolve({ code: c, out }));
  });
}

/** What a reader copies from an HTML fragment (tags dropped, entities decoded). */
function shown(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The sample of `lang` an operation page shows under "As <mediaType>". */
function pageSample(page: string, op: string, mediaType: string, lang: string): string {
  const id = `${op}-samples-${mediaType.replace(/[^\w]/g, '_')}-${lang}`;
  const start = page.indexOf(`id="${id}"`);
  expect(start, id).toBeGreaterThanOrEqual(0);
  const code = /<code[^>]*>([\s\S]*?)<\/code>/.exec(page.slice(start))!;
  return shown(code[1]!);
}

describe('XML request bodies', () => {
  let dir: string;
  let ir: ApiIr;
  let pages: Map<string, string>;
  let mock: MockServer;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'docs-xml-'));
    const file = path.join(dir, 'openapi.yaml');
    await writeFile(file, spec);
    const docs = await docsFor(file);
    ir = docs.ir;
    pages = new Map(docs.files.map((f) => [f.path.replace(/^docs\//, ''), text(f)]));
    mock = await startMockFromIr(ir, { port: 0, host: '127.0.0.1', callbacks: false });
  });

  afterAll(async () => {
    await mock?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('are the JSON example written by the schema’s XML Object', () => {
    const content = ir.operations[0]!.requestBody!.contents[1]!;
    expect(content.example?.value).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<bk:book xmlns:bk="https://shelf.example.test/ns" id="7">',
        '  <title>Fish &amp; &lt;Chips&gt;</title>',
        '  <authors>',
        '    <author>Ann</author>',
        '    <author>Bo</author>',
        '  </authors>',
        '  <tags>a</tags>',
        '  <tags>b</tags>',
        '  <ISBN>123</ISBN>',
        '</bk:book>',
      ].join('\n'),
    );
    // No root element name (an inline schema): no XML example, and so no sample body to invent.
    expect(ir.operations[1]!.requestBody!.contents[0]!.example).toBeUndefined();
  });

  it('are sent by the page’s curl sample, with their Content-Type', async () => {
    const curl = pageSample(
      pages.get('operations/addBook.html')!,
      'addBook',
      'application/xml',
      'curl',
    );
    expect(curl).toContain("-H 'Content-Type: application/xml'");
    expect(curl).toContain('<bk:book xmlns:bk=');
    const r = await runCurl(curl.replace('https://shelf.example.test', mock.url));
    expect(r.status, r.out).toBe('200');
  });

  it('that cannot be written (no root element name) get no sample, not a body-less request', () => {
    const page = pages.get('operations/addTag.html')!;
    // The one media type left: no media type tabs, and the JSON sample.
    expect(page).not.toContain('data-media=');
    expect(shown(page)).toContain("-H 'Content-Type: application/json'");
    const md = [...pages].find(([p, body]) => p.endsWith('.md') && body.includes('addTag'))![1];
    expect(md).not.toContain('As application/xml');
  });

  it('are sent by the Python (HTTP) sample', async () => {
    if (!(await hasPython())) return;
    const op = ir.operations[0]!;
    const code = buildSamples(ir, op, {
      baseUrl: mock.url,
      mediaType: 'application/xml',
    }).pythonHttp;
    expect(code).toContain('"Content-Type": "application/xml"');
    const r = await runPython(code);
    expect(r.code, r.out).toBe(0);
  });

  it('are what the mock answers when asked for XML', async () => {
    const res = await fetch(`${mock.url}/books`, {
      method: 'POST',
      headers: { accept: 'application/xml', 'content-type': 'application/xml' },
      body: ir.operations[0]!.requestBody!.contents[1]!.example!.value as string,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/xml');
    expect(await res.text()).toBe(ir.operations[0]!.responses[0]!.contents[1]!.example!.value);
  });
});

describe.skipIf(!existsSync(PETSTORE))('petstore: the application/xml samples', () => {
  let ir: ApiIr;
  let pages: Map<string, string>;
  let mock: MockServer;

  beforeAll(async () => {
    const docs = await docsFor(PETSTORE);
    ir = docs.ir;
    pages = new Map(docs.files.map((f) => [f.path.replace(/^docs\//, ''), text(f)]));
    ir = await irFor(PETSTORE);
    mock = await startMockFromIr(ir, { port: 0, host: '127.0.0.1', callbacks: false });
  });

  afterAll(async () => {
    await mock?.close();
  });

  it('send an XML body the mock takes (2xx), as the page shows them', async () => {
    const ops = ir.operations.filter((o) =>
      o.requestBody?.contents.some((c) => c.mediaType === 'application/xml'),
    );
    expect(ops.map((o) => o.operationId)).toContain('addPet');
    const base = 'https://petstore3.swagger.io/api/v3';
    for (const op of ops) {
      const page = pages.get(`operations/${op.operationId}.html`)!;
      const curl = pageSample(page, op.operationId, 'application/xml', 'curl');
      expect(curl, op.operationId).toContain("-H 'Content-Type: application/xml'");
      expect(curl, op.operationId).toMatch(
        /--data-raw '<\?xml version="1\.0" encoding="UTF-8"\?>\n<\w+\/?>/,
      );
      // The key variable the sample reads, set (the mock takes any bearer token).
      const key = /\$(\w+_API_KEY)/.exec(curl)?.[1];
      const run = `${key ? `export ${key}=k; ` : ''}${curl.replace(base, mock.url)}`;
      const r = await runCurl(run);
      expect(r.status, `${op.operationId}: ${r.out}`).toMatch(/^2\d\d$/);
    }
  });
});
