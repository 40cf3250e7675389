/**
 * A urlencoded body in the try-it console (headless chromium): each field goes in the style its
 * Encoding Object declares (deepObject `where[color]=…`, a pipe-delimited array as one value), as
 * the IR decided once (ir/form-encoding.ts) and the mock's route table carries it, written by the
 * client's own form text; the mock, which answers 400 to another form, accepts the call.
 */
import { describe, expect, it } from 'vitest';
import { RUN_BROWSER } from './chromium.js';
import {
  consoleSiteFor,
  OK_RESPONSES,
  openConsole,
  printedSamples,
  shownSamples,
  withBody,
} from './console-site.js';
import { formBodyText } from '../../templates/client/query-styles.js';
import type { Json } from '../../generator/ir/types.js';
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
      responses: ${OK_RESPONSES}
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
      responses: ${OK_RESPONSES}
`;

describe.skipIf(!RUN_BROWSER)('try-it console: form body styles', () => {
  const site = consoleSiteFor(spec);

  it('sends each urlencoded field in its declared style; the mock accepts the body', async () => {
    const { page, hook } = await openConsole(site(), 'search', 'search');
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
    const { page, field } = await openConsole(site(), 'search', id);
    for (const [name, value] of Object.entries(values))
      await field(name).fill(typeof value === 'string' ? value : JSON.stringify(value));
    expect(await shownSamples(page, id)).toEqual(
      printedSamples(site().ir, withBody(site().operation(id), values), site().origin),
    );
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
