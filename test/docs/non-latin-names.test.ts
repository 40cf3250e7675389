/**
 * Tags and operationIds with no Latin letter (`価格`, `商品`) give the docs readable,
 * distinct and deterministic file names: their own letters (the client falls back to other names
 * and says so with a `name-fallback` warning; the docs need no fallback), and every link resolves.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileStems, buildModel } from '../../generator/emit/docs/model.js';
import { slugify } from '../../generator/emit/docs/html.js';
import { checkLinks } from './link-check.js';
import { docsFor, emitContext, text } from './helpers.js';
import { startMockFromIr } from '../../generator/emit/mock/serve.js';
import { DOCS_PREFIX, mockDocsSite } from '../../generator/emit/docs/mock-site.js';
import type { ApiIr } from '../../generator/ir/types.js';

const spec = `openapi: 3.1.0
info: { title: NL, version: '1' }
tags: [{ name: 価格 }, { name: 商品 }, { name: ★ }]
paths:
  /prices:
    get:
      operationId: 価格一覧
      tags: [価格]
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { $ref: '#/components/schemas/Price' } } }
  /goods:
    get:
      operationId: 商品一覧
      tags: [商品]
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { $ref: '#/components/schemas/Goods' } } }
    post:
      operationId: 商品作成
      tags: [商品]
      responses: { '204': { description: ok } }
  /star:
    get:
      operationId: star
      tags: [★]
      responses: { '204': { description: ok } }
components:
  schemas:
    Price: { type: object, properties: { 金額: { type: integer } } }
    Goods: { type: object, properties: { 名前: { type: string } } }
`;

describe('docs for non-Latin names', () => {
  let dir: string;
  let site: Map<string, string>;
  let ir: ApiIr;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'docs-non-latin-'));
    const file = path.join(dir, 'openapi.yaml');
    await writeFile(file, spec);
    const built = await docsFor(file);
    ir = built.ir;
    const files = built.files;
    site = new Map(files.map((f) => [f.path.replace(/^docs\//, ''), text(f)]));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('names family and operation pages by their own letters, each its own file', () => {
    const pages = [...site.keys()].filter((p) => /\.(html|md)$/.test(p)).sort();
    for (const page of [
      'families/価格.html',
      'families/商品.html',
      'markdown/価格.md',
      'markdown/商品.md',
      'operations/価格一覧.html',
      'operations/商品一覧.html',
      'operations/商品作成.html',
      'families/u2605.html',
    ])
      expect(pages).toContain(page);
    expect(pages.filter((p) => /(^|\/)_+\.|default/.test(p))).toEqual([]);
  });

  it('gives a name with no letter or digit a stable, distinct stand-in', () => {
    expect(slugify('★')).toBe('u2605');
    expect(slugify('☆')).not.toBe(slugify('★'));
    expect([...fileStems(['★', '☆', '価格']).values()]).toEqual(['u2605', 'u2606', '価格']);
  });

  it('resolves every internal link and anchor', () => {
    expect(checkLinks(site)).toEqual([]);
  });

  it('is served under those names by the mock (mock --docs), as a browser asks for them', async () => {
    const server = await startMockFromIr(ir, {
      site: await mockDocsSite(ir, await emitContext(), 1),
      callbacks: false,
      port: 0,
      host: '127.0.0.1',
    });
    try {
      const origin = new URL(server.url).origin;
      for (const page of ['families/価格.html', 'operations/商品一覧.html']) {
        const res = await fetch(new URL(`${DOCS_PREFIX}${page}`, origin));
        expect(new URL(res.url).pathname).toBe(`${DOCS_PREFIX}${encodeURI(page)}`);
        expect(res.status, page).toBe(200);
        expect(await res.text()).toBe(site.get(page));
      }
    } finally {
      await server.close();
    }
  });

  it('takes family slugs from the tag names alone', () => {
    const a = buildModel({ ...irStub(['価格', '商品']) });
    expect(a.families.map((f) => f.slug)).toEqual(['価格', '商品']);
  });
});

/** A minimal IR with one operation per tag (what buildModel reads). */
function irStub(tags: string[]): Parameters<typeof buildModel>[0] {
  return {
    tags: tags.map((name) => ({ name, displayName: name, source: '#' })),
    operations: tags.map((tag, i) => ({ operationId: `op${i}`, tag })),
    taskFamilies: [],
    schemas: [],
  } as unknown as Parameters<typeof buildModel>[0];
}
