/**
 * Empty lists and objects in the try-it console (headless chromium): what Send leaves out, the
 * request samples leave out too (review 8 F2, F3). An empty urlencoded list sends no pair, so no
 * curl `--data-urlencode 'ids='` (which the mock refuses); an empty object or list query parameter
 * sends no pair, so no stray `?` or `&` in the curl and Python (HTTP) URLs.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { RUN_BROWSER } from './chromium.js';
import { DOCS_PREFIX } from '../../generator/emit/docs/mock-site.js';
import type { OperationIr } from '../../generator/ir/types.js';
import {
  printedSamples,
  runCurl,
  shownSamples,
  startConsoleSite,
  type ConsoleSite,
} from './console-site.js';

const hasCurl = spawnSync('curl', ['--version']).status === 0;

const spec = `openapi: 3.1.0
info: { title: Empty, version: '1' }
tags: [{ name: things }]
paths:
  /things:
    get:
      operationId: listThings
      tags: [things]
      parameters:
        - { name: filter, in: query, style: deepObject, explode: true, schema: { type: object, properties: { color: { type: string }, size: { type: integer } } }, example: { color: red, size: 2 } }
        - { name: box, in: query, style: form, explode: false, schema: { type: object, properties: { w: { type: integer }, h: { type: integer } } }, example: { w: 1, h: 2 } }
        - { name: flags, in: query, schema: { type: array, items: { type: boolean } }, example: [true, false] }
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { type: object, required: [ok], properties: { ok: { const: true } } } } }
    post:
      operationId: sendForm
      tags: [things]
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              required: [name]
              properties:
                name: { type: string }
                ids: { type: array, items: { type: integer } }
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { type: object, required: [ok], properties: { ok: { const: true } } } } }
`;

describe.skipIf(!RUN_BROWSER)('try-it console: empty lists and objects leave the samples', () => {
  let site: ConsoleSite;

  beforeAll(async () => {
    site = await startConsoleSite(spec);
  });

  afterAll(async () => {
    await site?.close();
  });

  const origin = () => new URL(site.server.url).origin;
  const printed = (o: OperationIr) => printedSamples(site.ir, o, origin());
  const operation = (id: string) => site.ir.operations.find((o) => o.operationId === id)!;

  async function openConsole(id: string): Promise<{ page: Page; hook: string }> {
    const page = await site.browser.newPage();
    await page.goto(`${origin()}${DOCS_PREFIX}families/things.html#${id}`);
    const hook = `.try[data-try="${id}"]`;
    await page.locator(`${hook} > .try-toggle`).click();
    await page.locator(`${hook} form`).waitFor();
    return { page, hook };
  }

  it('an empty urlencoded list sends no pair, and leaves every sample', async () => {
    const { page, hook } = await openConsole('sendForm');
    const before = await shownSamples(page, 'sendForm');
    await page.locator(`${hook} [data-field="ids"]`).fill('[]');
    const now = await shownSamples(page, 'sendForm');
    expect(now.curl).not.toContain('ids');
    expect(now).toEqual(before);
    expect(now).toEqual(printed(operation('sendForm')));
    if (hasCurl) {
      const r = await runCurl(now.curl!);
      expect(r.status, r.out).toBe('200');
    }
    await page.close();
  });

  it('empty object and list query parameters leave no stray ? or & in the URLs', async () => {
    const { page, hook } = await openConsole('listThings');
    const before = await shownSamples(page, 'listThings');
    expect(before).toEqual(printed(operation('listThings')));
    await page.locator(`${hook} [data-field="filter"]`).fill('{}');
    await page.locator(`${hook} [data-field="flags"]`).fill('[]');
    await page.locator(`${hook} [data-field="box"]`).fill('{"w":1,"h":2}');
    const some = await shownSamples(page, 'listThings');
    expect(some.curl).toContain(`/things?box=w,1,h,2'`);
    expect(some.pythonHttp).toContain('/things?box=w,1,h,2"');
    await page.locator(`${hook} [data-field="box"]`).fill('{}');
    const none = await shownSamples(page, 'listThings');
    expect(none.curl).toContain(`/things'`);
    expect(none.pythonHttp).toContain('/things"');
    if (hasCurl) {
      const r = await runCurl(none.curl!);
      expect(r.status, r.out).toBe('200');
    }
    await page.close();
  });
});
