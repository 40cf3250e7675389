/**
 * A urlencoded body in the try-it console (headless chromium): each field goes in the style its
 * Encoding Object declares (deepObject `where[color]=…`, a pipe-delimited array as one value), as
 * the IR decided once (ir/form-encoding.ts) and the mock's route table carries it, written by the
 * client's own form text; the mock, which answers 400 to another form, accepts the call.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUN_BROWSER } from './chromium.js';
import { DOCS_PREFIX } from '../../generator/emit/docs/mock-site.js';
import { startConsoleSite, type ConsoleSite } from './console-site.js';
import { formBodyText } from '../../templates/client/query-styles.js';
import { buildSamples } from '../../generator/emit/docs/samples.js';
import type { ApiIr, Json, OperationIr } from '../../generator/ir/types.js';
import { irFor } from './helpers.js';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { waitForText } from './page-waits.js';

const spec = `openapi: 3.1.0
info: { title: Form styles, version: '1' }
tags: [{ name: search }]
paths:
  /search:
    post:
      operationId: search
      tags: [search]
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              required: [tags, where, pipe, plain]
              properties:
                tags: { type: array, items: { type: string } }
                where:
                  type: object
                  additionalProperties: false
                  required: [color, size]
                  properties: { color: { const: red }, size: { type: integer } }
                pipe: { type: array, minItems: 2, items: { type: integer } }
                plain: { type: array, minItems: 2, items: { type: string } }
            encoding:
              tags: { style: form, explode: false }
              where: { style: deepObject, explode: true }
              pipe: { style: pipeDelimited }
            example: { tags: [a, c], where: { color: red, size: 2 }, pipe: [1, 2], plain: [x, y] }
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { type: object, required: [ok], properties: { ok: { const: true } } } } }
  /plain:
    post:
      operationId: plainForm
      tags: [search]
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              required: [q, plain]
              properties:
                q: { type: string }
                plain: { type: array, items: { type: string } }
            example: { q: a, plain: [x, y] }
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { type: object, required: [ok], properties: { ok: { const: true } } } } }
`;

describe.skipIf(!RUN_BROWSER)('try-it console: form body styles', () => {
  let site: ConsoleSite;
  let ir: ApiIr;
  let dir: string;

  beforeAll(async () => {
    site = await startConsoleSite(spec);
    dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-form-styles-'));
    await writeFile(path.join(dir, 'openapi.yaml'), spec);
    ir = await irFor(path.join(dir, 'openapi.yaml'));
  });

  afterAll(async () => {
    await site?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('sends each urlencoded field in its declared style; the mock accepts the body', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${new URL(site.server.url).origin}${DOCS_PREFIX}families/search.html#search`);
    const hook = '.try[data-try="search"]';
    await page.locator(`${hook} > .try-toggle`).click();
    await page.locator(`${hook} form`).waitFor();
    const [request] = await Promise.all([
      page.waitForRequest((r) => new URL(r.url()).pathname === '/search'),
      page.locator(`${hook} .try-send`).click(),
    ]);
    // The SDK's exact bytes for these values and styles.
    const sdk = formBodyText(
      { tags: ['a', 'c'], where: { color: 'red', size: 2 }, pipe: [1, 2], plain: ['x', 'y'] },
      {
        tags: { style: 'form', explode: false },
        where: { style: 'deepObject', explode: true },
        pipe: { style: 'pipeDelimited', explode: false },
      },
    );
    expect(sdk).toBe('tags=a,c&where%5Bcolor%5D=red&where%5Bsize%5D=2&pipe=1%7C2&plain=x&plain=y');
    expect(request.postData()).toBe(sdk);
    expect(request.headers()['content-type']).toBe('application/x-www-form-urlencoded');
    await waitForText(page.locator(`${hook} .try-status`), /^200/);
    await page.close();
  });

  /** Fills the form of `id` with `values` and compares each sample with the printers' for that body. */
  async function expectSamplesFollow(id: string, values: Record<string, Json>) {
    const origin = new URL(site.server.url).origin;
    const page = await site.browser.newPage();
    await page.goto(`${origin}${DOCS_PREFIX}families/search.html#${id}`);
    const hook = `.try[data-try="${id}"]`;
    await page.locator(`${hook} > .try-toggle`).click();
    await page.locator(`${hook} form`).waitFor();
    for (const [name, value] of Object.entries(values))
      await page
        .locator(`${hook} [data-field="${name}"]`)
        .fill(typeof value === 'string' ? value : JSON.stringify(value));
    const text = (lang: string) => page.locator(`#${id}-samples-${lang} pre`).textContent();
    const op = ir.operations.find((o) => o.operationId === id)!;
    const edited: OperationIr = {
      ...op,
      requestBody: {
        ...op.requestBody!,
        contents: op.requestBody!.contents.map((c) => {
          const example = {
            name: 'default',
            origin: 'spec',
            source: c.source,
            value: values,
          } as const;
          return { ...c, examples: [example], example };
        }),
      },
    };
    const http = buildSamples(ir, edited, { baseUrl: origin });
    const sdk = buildSamples(ir, edited);
    expect({
      curl: await text('curl'),
      typescript: await text('typescript'),
      python: await text('python'),
      pythonHttp: await text('pythonHttp'),
    }).toEqual({
      curl: http.curl,
      typescript: sdk.typescript,
      python: sdk.python,
      pythonHttp: http.pythonHttp,
    });
    await page.close();
  }

  it('list and object fields edited in the form show in every sample as the printers write them', async () => {
    await expectSamplesFollow('search', {
      tags: ['b', 'd e', 'f'],
      where: { color: 'red', size: 5 },
      pipe: [3, 4, 5],
      plain: ['p q', 'r', 's'],
    });
    // No styled field: curl's `--data-urlencode` per item, requests' `data` dict.
    await expectSamplesFollow('plainForm', { q: 'b', plain: ['p q', 'r', 's'] });
  });
});
