/**
 * Letters with no ASCII decomposition (`ß`, `Æ`, `ø`, `Þ`, Cyrillic, Greek) are spelled in ASCII
 * rather than dropped, and tags in other scripts (`価格`) get a resource of their own: both SDKs,
 * called over real HTTP, and the docs' samples use the names the IR decided.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../generator/pipeline.js';
import { camelCase, pascalCase, words } from '../../generator/ir/casing.js';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';
import { pythonEnv } from '../python/venv.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'shellapi-folded-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function irOfText(yaml: string): Promise<ReturnType<typeof buildIr>> {
  const file = path.join(work, 'ir.yaml');
  writeFileSync(file, yaml);
  return buildIr(await loadSpec(file));
}

describe('letters NFD leaves whole', () => {
  it('are spelled in ASCII, within the word', () => {
    expect(camelCase('Straße')).toBe('strasse');
    expect(camelCase('maßEinheit')).toBe('massEinheit');
    expect(pascalCase('æble')).toBe('Aeble');
    expect(camelCase('getÆble')).toBe('getAeble');
    expect(words('ÆON')).toEqual(['aeon']);
    expect(camelCase('Øre')).toBe('ore');
    expect(camelCase('łódź')).toBe('lodz');
    expect(camelCase('Đorđe')).toBe('dorde');
    expect(camelCase('Þór')).toBe('thor');
    expect(camelCase('œuvre')).toBe('oeuvre');
    expect(camelCase('ıstanbul')).toBe('istanbul');
    expect(camelCase('GRÖẞE')).toBe('grosse');
  });

  it('transliterates Cyrillic and Greek', () => {
    expect(camelCase('Цены')).toBe('tseny');
    expect(camelCase('getЦены')).toBe('getTseny');
    expect(words('ЖУК')).toEqual(['zhuk']);
    expect(camelCase('Объект')).toBe('obekt');
    expect(camelCase('Ελληνικά')).toBe('ellinika');
    expect(camelCase('価格')).toBe('');
  });
});

describe('tags with letters of other scripts', () => {
  it('never share a resource, and each is a located warning', async () => {
    const { ir, problems } = await irOfText(`openapi: 3.1.0
info: { title: T, version: '1' }
tags: [{ name: 注文 }, { name: 在庫 }, { name: Cafe }, { name: Café }, { name: Ηλιος }, { name: Ιλιος }]
paths:
  /v1/a: { get: { operationId: a, tags: [在庫], responses: { '204': { description: ok } } } }
  /v1/b: { get: { operationId: b, tags: [注文], responses: { '204': { description: ok } } } }
  /v1/c: { get: { operationId: c, tags: [注文], responses: { '204': { description: ok } } } }
  /v1/cafe: { get: { operationId: d, tags: [Cafe], responses: { '204': { description: ok } } } }
  /v1/coffee: { get: { operationId: e, tags: [Café], responses: { '204': { description: ok } } } }
  /v1/sun:
    get: { operationId: f, tags: [Ηλιος], responses: { '204': { description: ok } } }
    post: { operationId: g, tags: [Ιλιος], responses: { '204': { description: ok } } }
  /v1/el: { get: { operationId: h, tags: [ελ], responses: { '204': { description: ok } } } }
  /v1/tag3:
    get: { operationId: i, tags: [Tag 3], responses: { '204': { description: ok } } }
    post: { operationId: j, tags: [★], responses: { '204': { description: ok } } }
  /v1/misc: { get: { operationId: k, tags: [価格 API], responses: { '204': { description: ok } } } }
`);
    const resourceOf = Object.fromEntries(ir.operations.map((o) => [o.tag, o.names.resource]));
    expect(resourceOf).toEqual({
      在庫: ['a'],
      // `/v1` is every tag's: numbered, in the order the docs list the tags (declared first).
      注文: ['tag1'],
      Cafe: ['cafe'],
      // Spelled like `Cafe`: named after its own path instead of joining it.
      Café: ['coffee'],
      Ηλιος: ['ilios'],
      // `ilios` is taken and `/v1/sun` is shared: the next free number.
      Ιλιος: ['tag2'],
      ελ: ['el'],
      'Tag 3': ['tag3'],
      // Its path is `Tag 3`'s too, and `tag3` is that tag's name: numbered on.
      '★': ['tag4'],
      // Its Latin letters give a name no other tag has: kept, with a warning that the rest is lost.
      '価格 API': ['api'],
    });
    const fallbacks = problems.filter((p) => p.code === 'name-fallback');
    expect(fallbacks.map((p) => [p.code, p.severity, p.pointer, p.line])).toEqual([
      ['name-fallback', 'warning', '/tags/0/name', 3],
      ['name-fallback', 'warning', '/tags/1/name', 3],
      ['name-fallback', 'warning', '/tags/3/name', 3],
      ['name-fallback', 'warning', '/tags/5/name', 3],
      ['name-fallback', 'warning', '/paths/~1v1~1tag3/post/tags/0', 16],
      ['name-fallback', 'warning', '/paths/~1v1~1misc/get/tags/0', 17],
    ]);
    expect(fallbacks[5]!.message).toBe(
      'tag "価格 API" gives `api`: the client resource is `api` (its other letters have no ASCII spelling)',
    );
    expect(fallbacks[2]!.message).toBe(
      'tag "Café" gives `cafe`, a name already taken: the client resource is `coffee` (from the path its operations share, `/v1/coffee`)',
    );
  });
});

const spec = `openapi: 3.1.0
info: { title: Fold, version: '1', x-package-name: '@shellapi/sdk' }
tags: [{ name: Æbleskiver }, { name: 価格 }, { name: 商品 }, { name: Цены }]
paths:
  /aebler/{størrelse-nr}:
    get:
      operationId: hentÆbleGröße
      tags: [Æbleskiver]
      parameters:
        - { name: størrelse-nr, in: path, required: true, schema: { type: string } }
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { $ref: '#/components/schemas/Street' } } }
  /prices/{id}:
    get:
      operationId: getPrice
      tags: [価格]
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses: { '204': { description: ok } }
  /goods:
    get: { operationId: listGoods, tags: [商品], responses: { '204': { description: ok } } }
  /tseny:
    get: { operationId: listAll, tags: [Цены], responses: { '204': { description: ok } } }
components:
  schemas:
    Street:
      type: object
      properties:
        Þing: { type: object, properties: { x: { type: string } } }
`;

describe('both SDKs and the docs', () => {
  const seen: string[] = [];
  let server: http.Server;
  let base = '';

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      if (req.url!.startsWith('/aebler/')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ Þing: { x: 'y' } }));
      } else {
        res.writeHead(204).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    writeFileSync(path.join(work, 'openapi.yaml'), spec);
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('name the same resources and methods, and each calls its own path', async () => {
    const result = await runPipeline({
      spec: path.join(work, 'openapi.yaml'),
      out: work,
      only: ['client', 'python', 'docs'],
    });
    expect(result.problems.map((p) => [p.code, p.pointer])).toEqual([
      ['name-fallback', '/tags/1/name'],
      ['name-fallback', '/tags/2/name'],
    ]);

    const sdk = await import(pathToFileURL(path.join(work, 'sdk/dist/index.js')).href);
    const client = new sdk.Fold({ baseUrl: base });
    expect(await client.aebleskiver.hentAebleGrosse('7')).toEqual({ Þing: { x: 'y' } });
    await client.prices.getPrice('p1');
    await client.goods.listGoods();
    await client.tseny.listAll();
    expect(seen.splice(0)).toEqual(['GET /aebler/7', 'GET /prices/p1', 'GET /goods', 'GET /tseny']);

    const script = [
      'import sys',
      `sys.path.insert(0, ${JSON.stringify(path.join(work, 'python'))})`,
      'from shellapi import Fold, types',
      `c = Fold(base_url=${JSON.stringify(base)})`,
      "print(c.aebleskiver.hent_aeble_grosse('7').þing.x)",
      "c.prices.get_price('p1')",
      'c.goods.list_goods()',
      'c.tseny.list_all()',
      'print(types.StreetThing.__name__)',
    ].join('\n');
    // Not execFileSync: the server answering Python runs on this event loop.
    const { stdout: out } = await promisify(execFile)(pythonEnv(), ['-c', script], {
      encoding: 'utf8',
    });
    expect(out.split('\n')).toEqual(['y', 'StreetThing', '']);
    expect(seen.splice(0)).toEqual(['GET /aebler/7', 'GET /prices/p1', 'GET /goods', 'GET /tseny']);

    // The docs keep the tags' own letters in page names, and their samples call the SDKs' names.
    const page = readFileSync(path.join(work, 'docs/operations/getPrice.html'), 'utf8');
    expect(page).toContain('client.prices.getPrice(');
    expect(page).toContain('client.prices.get_price(');
    expect(readFileSync(path.join(work, 'docs/families/価格.html'), 'utf8')).toContain('getPrice');
  }, 180_000);
});
