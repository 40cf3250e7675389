/**
 * Object-valued query parameters (form exploded and not, deepObject) and lists of booleans edited in
 * the try-it console (headless chromium): every request sample shows the form's values as the
 * printers write that request, and curl's query string is the one Send sends (the samples kept
 * the examples' values).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { RUN_BROWSER } from './chromium.js';
import type { Json, OperationIr } from '../../generator/ir/types.js';
import {
  consoleSiteFor,
  OK_RESPONSES,
  openConsole,
  printedSamples,
  shownSamples,
  withParams,
} from './console-site.js';
import { waitForText } from './page-waits.js';

const object = `{ type: object, properties: { a: { type: string }, b: { type: integer } } }`;
const spec = `openapi: 3.1.0
info: { title: Values, version: '1' }
tags: [{ name: search }]
paths:
  /s:
    get:
      operationId: search
      tags: [search]
      parameters:
        - { name: f, in: query, required: true, schema: ${object}, example: { a: A, b: 1 } }
        - { name: g, in: query, required: true, explode: false, schema: ${object}, example: { a: A } }
        - { name: d, in: query, required: true, style: deepObject, schema: ${object}, example: { a: A } }
        - { name: on, in: query, required: true, schema: { type: array, items: { type: boolean } }, example: [true] }
        - { name: bits, in: query, required: true, explode: false, schema: { type: array, items: { type: boolean } }, example: [true, false] }
      responses: ${OK_RESPONSES}
`;

describe.skipIf(!RUN_BROWSER)(
  'try-it console: object and boolean-list query values in the samples',
  () => {
    const site = consoleSiteFor(spec);

    const shown = (page: Page) => shownSamples(page, 'search');
    const printed = (o: OperationIr) => printedSamples(site().ir, o, site().origin);

    it('edits show in every sample, and curl sends the query Send sends', async () => {
      const { page, hook, field } = await openConsole(site(), 'search', 'search');
      const op = site().operation('search');
      expect(await shown(page)).toEqual(printed(op));
      const values: Record<string, Json> = {
        f: { a: 'x y', b: 7 },
        g: { a: 'B', b: 2 },
        d: { b: 3 },
        on: [false, true],
        bits: [false],
      };
      for (const [name, value] of Object.entries(values))
        await field(name).fill(JSON.stringify(value));
      const now = await shown(page);
      expect(now).toEqual(printed(withParams(op, values)));
      const [request] = await Promise.all([
        page.waitForRequest((r) => new URL(r.url()).pathname === '/s'),
        page.locator(`${hook} .try-send`).click(),
      ]);
      // Double-quoted: the spec names no host (the root URL from the environment, the mock's here).
      const curlUrl = /"(http[^"]*)"/.exec(now.curl!)![1]!;
      expect(new URL(curlUrl).search).toBe(new URL(request.url()).search);
      await waitForText(page.locator(`${hook} .try-status`), /^200/);
      await page.close();
    });
  },
);
