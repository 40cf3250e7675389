/**
 * Query parameters in a declared style in the try-it console (headless chromium): the console
 * sends them as the SDKs do (deepObject `d[a]=…`, a pipe-delimited array as one value; byte for
 * byte the client's serializeQuery, whose code the console runs), and the mock, which answers 400
 * to another form, accepts the call.
 */
import { describe, expect, it } from 'vitest';
import { RUN_BROWSER } from './chromium.js';
import { consoleSiteFor, OK_RESPONSES, openConsole } from './console-site.js';
import { serializeQuery } from '../../templates/client/query.js';
import { styledPairs } from '../../templates/client/query-styles.js';
import { waitForText } from './page-waits.js';

const spec = `openapi: 3.1.0
info: { title: Styles, version: '1' }
tags: [{ name: search }]
paths:
  /q:
    get:
      operationId: readQ
      tags: [search]
      parameters:
        - { name: d, in: query, required: true, style: deepObject, schema: { type: object, properties: { a: { type: string } } }, example: { a: A } }
        - { name: p, in: query, required: true, style: pipeDelimited, explode: false, schema: { type: array, items: { type: integer } }, example: [1, 2] }
        - { name: c, in: query, required: true, explode: false, schema: { type: array, items: { type: string } }, example: [x, y] }
      responses: ${OK_RESPONSES}
`;

describe.skipIf(!RUN_BROWSER)('try-it console: query styles', () => {
  const site = consoleSiteFor(spec);

  it('sends deepObject and delimited parameters in their style; the mock accepts them', async () => {
    const { page, hook } = await openConsole(site(), 'search', 'readQ');
    // The form names each non-default style, as the parameter table does.
    expect(await page.locator(`${hook} .try-style`).allTextContents()).toEqual([
      'deepObject',
      'pipeDelimited',
      'form, explode=false',
    ]);
    const [request] = await Promise.all([
      page.waitForRequest((r) => new URL(r.url()).pathname === '/q'),
      page.locator(`${hook} .try-send`).click(),
    ]);
    const query = new URL(request.url()).searchParams;
    expect([...query]).toEqual([
      ['d[a]', 'A'],
      ['p', '1|2'],
      ['c', 'x,y'],
    ]);
    // The SDKs' exact bytes (commas between items stay literal, the pipe is encoded).
    const sdk = serializeQuery(
      { d: { a: 'A' }, p: [1, 2], c: ['x', 'y'] },
      {
        d: { style: 'deepObject' },
        p: { style: 'pipeDelimited', explode: false },
        c: { explode: false },
      },
      styledPairs,
    );
    expect(new URL(request.url()).search).toBe(`?${sdk}`);
    await waitForText(page.locator(`${hook} .try-status`), /^200/);
    await page.close();
  });
});
