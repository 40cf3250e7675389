/**
 * A request body that may be sent as JSON or as multipart/form-data gets a sample per media type
 * (HTML tabs and Markdown sections), printed by the one sample printer: curl and Python (HTTP) send
 * the body in the media type of their tab; the SDK tabs of another media type than the SDKs send
 * say so instead of repeating the SDK call.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiIr, OperationIr } from '../../generator/ir/types.js';
import { buildSamples } from '../../generator/emit/docs/samples.js';
import { docsFor, irFor, text } from './helpers.js';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Uploads', version: '1.0.0' },
  servers: [{ url: 'https://api.example.test/v1' }],
  paths: {
    '/notes': {
      post: {
        operationId: 'createNote',
        tags: ['notes'],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['title'],
                properties: { title: { type: 'string', examples: ['Groceries'] } },
              },
            },
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: ['title', 'file'],
                properties: {
                  title: { type: 'string', examples: ['Errands'] },
                  file: { type: 'string', contentMediaType: 'application/octet-stream' },
                },
              },
            },
          },
        },
        responses: { '204': { description: 'Created.' } },
      },
    },
  },
};

let ir: ApiIr;
let op: OperationIr;
let site: Map<string, string>;

beforeAll(async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'docs-sample-media-'));
  const file = path.join(dir, 'openapi.json');
  await writeFile(file, JSON.stringify(SPEC));
  const docs = await docsFor(file);
  ir = docs.ir;
  op = ir.operations.find((o) => o.operationId === 'createNote')!;
  site = new Map(docs.files.map((f) => [f.path.replace(/^docs\//, ''), text(f)]));
});

/** The text a reader sees in an HTML fragment (tags dropped, entities decoded). */
function shown(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The HTML of a `data-media` panel, up to the next one. */
function mediaPanel(page: string, mediaType: string): string {
  const start = page.indexOf(`<div data-media="${mediaType}">`);
  expect(start, mediaType).toBeGreaterThanOrEqual(0);
  const next = page.indexOf('<div data-media="', start + 1);
  return page.slice(start, next < 0 ? page.indexOf('<div class="try"', start) : next);
}

describe('request samples of a body with several media types', () => {
  it('buildSamples sends the media type asked for over HTTP; the SDK samples keep theirs', () => {
    const json = buildSamples(ir, op);
    expect(json.sdkMediaType).toBeUndefined();
    expect(json.curl).toContain(`-H 'Content-Type: application/json'`);
    expect(json.curl).toContain('"title": "Groceries"');

    const form = buildSamples(ir, op, { mediaType: 'multipart/form-data' });
    expect(form.sdkMediaType).toBe('application/json');
    expect(form.curl).toContain(`-F 'title=Errands'`);
    expect(form.curl).toMatch(/-F 'file=@[^']+'/);
    expect(form.curl).not.toContain('application/json');
    expect(form.pythonHttp).toContain('files=[');
    expect(form.pythonHttp).toContain('("title", (None, "Errands"))');
    // The SDKs send only the first media type: their call is the same whatever was asked.
    expect(form.typescript).toBe(json.typescript);
    expect(form.python).toBe(json.python);
    // An unknown media type falls back to the SDKs' own.
    expect(buildSamples(ir, op, { mediaType: 'text/csv' })).toEqual(json);
  });

  it('the operation page has a tab per media type, each with its own samples', () => {
    const page = site.get('operations/createNote.html')!;
    const list =
      /<div class="tablist" role="tablist" aria-label="Request body media type">(.*?)<\/div>/.exec(
        page,
      );
    expect(list).not.toBeNull();
    expect([...list![1]!.matchAll(/data-key="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'application/json',
      'multipart/form-data',
    ]);
    const json = shown(mediaPanel(page, 'application/json'));
    expect(json).toContain(`-H 'Content-Type: application/json'`);
    expect(json).toContain("import { Uploads } from '@shellapi/sdk';");
    const form = shown(mediaPanel(page, 'multipart/form-data'));
    expect(form).toContain(`-F 'title=Errands'`);
    expect(form).toContain('("title", (None, "Errands"))');
    expect(form).not.toContain('Content-Type: application/json');
    // The SDK tabs say what they send instead of repeating the JSON call.
    expect(form).toContain(
      'The TypeScript SDK sends the body as application/json. As multipart/form-data, send it over HTTP',
    );
    expect(form).not.toContain('@shellapi/sdk');
    // Ids stay unique on the page.
    const ids = [...page.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('the Markdown adds the other media types over HTTP', () => {
    const md = site.get('markdown/operations/createNote.md')!;
    const at = md.indexOf('#### As multipart/form-data');
    expect(at).toBeGreaterThan(md.indexOf('### Request samples'));
    const section = md.slice(at, md.indexOf('\n### ', at));
    expect(section).toContain(`-F 'title=Errands'`);
    expect(section).toContain('**Python (HTTP)**');
    expect(section).not.toContain('**TypeScript**');
  });
});

describe('a multipart body whose fields are all optional', () => {
  it('sends its first file, else its first field with an example, in every language (never an empty form)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'docs-sample-optional-'));
    const file = path.join(dir, 'openapi.json');
    const form = (properties: Record<string, unknown>) => ({
      requestBody: {
        content: { 'multipart/form-data': { schema: { type: 'object', properties } } },
      },
      responses: { '204': { description: 'Done.' } },
    });
    const spec = {
      ...SPEC,
      paths: {
        '/labels': {
          post: {
            operationId: 'createLabel',
            ...form({ color: { type: 'string' }, label: { type: 'string', examples: ['urgent'] } }),
          },
        },
        '/scans': {
          post: {
            operationId: 'createScan',
            ...form({
              note: { type: 'string', examples: ['front page'] },
              scan: { type: 'string', contentMediaType: 'application/octet-stream' },
            }),
          },
        },
      },
    };
    await writeFile(file, JSON.stringify(spec));
    const api = await irFor(file);
    const samples = (id: string) =>
      buildSamples(
        api,
        api.operations.find((o) => o.operationId === id)!,
      );
    const label = samples('createLabel');
    expect(label.curl).toContain(`-F 'label=urgent'`);
    expect(label.pythonHttp).toContain('("label", (None, "urgent"))');
    expect(label.python).toContain('label="urgent"');
    expect(label.typescript).toContain("label: 'urgent'");
    for (const code of Object.values(label)) expect(code).not.toContain('color');
    const scan = samples('createScan');
    expect(scan.curl).toMatch(/-F 'scan=@[^']+'/);
    expect(scan.pythonHttp).toContain('("scan", open(');
    expect(scan.python).toMatch(/scan=open\(/);
    expect(scan.typescript).toContain('scan: fs.createReadStream(');
    for (const code of Object.values(scan)) expect(code).not.toContain('note');
  });
});
