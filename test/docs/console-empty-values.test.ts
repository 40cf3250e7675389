/**
 * Empty lists and objects in the try-it console (headless chromium): what Send leaves out, the
 * request samples leave out too (review 8 F2, F3). An empty urlencoded list sends no pair, so no
 * curl `--data-urlencode 'ids='` (which the mock refuses); an empty object or list query parameter
 * sends no pair, so no stray `?` or `&` in the curl and Python (HTTP) URLs.
 */
import { describe, expect, it } from 'vitest';
import { RUN_BROWSER } from './chromium.js';
import type { OperationIr } from '../../generator/ir/types.js';
import {
  consoleSiteFor,
  HAS_CURL,
  OK_RESPONSES,
  openConsole,
  printedSamples,
  runCurl,
  shownSamples,
} from './console-site.js';

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
      responses: ${OK_RESPONSES}
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
      responses: ${OK_RESPONSES}
`;

describe.skipIf(!RUN_BROWSER)('try-it console: empty lists and objects leave the samples', () => {
  const site = consoleSiteFor(spec);
  const printed = (o: OperationIr) => printedSamples(site().ir, o, site().origin);

  it('an empty urlencoded list sends no pair, and leaves every sample', async () => {
    const { page, field } = await openConsole(site(), 'things', 'sendForm');
    const before = await shownSamples(page, 'sendForm');
    await field('ids').fill('[]');
    const now = await shownSamples(page, 'sendForm');
    expect(now.curl).not.toContain('ids');
    expect(now).toEqual(before);
    expect(now).toEqual(printed(site().operation('sendForm')));
    if (HAS_CURL) {
      const r = await runCurl(now.curl!);
      expect(r.status, r.out).toBe('200');
    }
    await page.close();
  });

  it('empty object and list query parameters leave no stray ? or & in the URLs', async () => {
    const { page, field } = await openConsole(site(), 'things', 'listThings');
    const before = await shownSamples(page, 'listThings');
    expect(before).toEqual(printed(site().operation('listThings')));
    await field('filter').fill('{}');
    await field('flags').fill('[]');
    await field('box').fill('{"w":1,"h":2}');
    const some = await shownSamples(page, 'listThings');
    expect(some.curl).toContain(`/things?box=w,1,h,2"`);
    expect(some.pythonHttp).toContain('/things?box=w,1,h,2"');
    await field('box').fill('{}');
    const none = await shownSamples(page, 'listThings');
    expect(none.curl).toContain(`/things"`);
    expect(none.pythonHttp).toContain('/things"');
    if (HAS_CURL) {
      const r = await runCurl(none.curl!);
      expect(r.status, r.out).toBe('200');
    }
    await page.close();
  });
});
