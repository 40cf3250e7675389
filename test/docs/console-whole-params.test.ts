/**
 * An array or object parameter (path, query, header) edited in the try-it console (headless chromium) changes every
 * request sample as the printers write that request: the runtime's query pairs and header text in
 * curl and Python (HTTP), a list or object literal in TypeScript and Python. (Before, only single
 * values had slots: a list kept its example in every sample while Send sent the edit.) The curl
 * sample the page shows runs against the mock, which reads the values it carries.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
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
  withParams,
} from './console-site.js';

const spec = `openapi: 3.1.0
info: { title: Lists, version: '1' }
tags: [{ name: items }]
paths:
  /items/{sel}/m/{mat}:
    get:
      operationId: listItems
      tags: [items]
      parameters:
        - { name: sel, in: path, required: true, style: label, explode: true, schema: { type: array, items: { type: string } }, example: [a, b] }
        - { name: mat, in: path, required: true, style: matrix, schema: { type: object, properties: { r: { type: integer }, g: { type: integer } } }, example: { r: 1, g: 2 } }
        - { name: ids, in: query, required: true, schema: { type: array, items: { type: string, maxLength: 5 } }, example: [a, b] }
        - { name: nums, in: query, required: true, style: pipeDelimited, explode: false, schema: { type: array, items: { type: integer } }, example: [1, 2] }
        - { name: X-Tags, in: header, required: true, schema: { type: array, items: { type: string } }, example: [t1, t2] }
        - { name: X-Obj, in: header, required: true, explode: true, schema: { type: object, properties: { r: { type: integer }, g: { type: integer } } }, example: { r: 1, g: 2 } }
      responses: ${OK_RESPONSES}
`;

describe.skipIf(!RUN_BROWSER)('try-it console: array and object parameters in the samples', () => {
  const site = consoleSiteFor(spec);
  const shown = (page: Page) => shownSamples(page, 'listItems');
  const printed = (o: OperationIr) => printedSamples(site().ir, o, site().origin);

  it('edited lists and objects replace the examples in curl, TypeScript, Python and Python (HTTP)', async () => {
    const { page, field, errors } = await openConsole(site(), 'items', 'listItems');
    const op = site().operation('listItems');
    expect(await shown(page)).toEqual(printed(op));
    await field('ids').fill('["x y","z","w"]');
    await field('nums').fill('[7,8,9]');
    await field('X-Tags').fill('["u"]');
    await field('X-Obj').fill('{"r":5,"g":6}');
    await field('sel').fill('["c","d e"]');
    await field('mat').fill('{"r":3,"g":4}');
    const now = await shown(page);
    expect(now).toEqual(
      printed(
        withParams(op, {
          ids: ['x y', 'z', 'w'],
          nums: [7, 8, 9],
          'X-Tags': ['u'],
          'X-Obj': { r: 5, g: 6 },
          sel: ['c', 'd e'],
          mat: { r: 3, g: 4 },
        }),
      ),
    );
    expect(now.curl).toContain('ids=x%20y&ids=z&ids=w&nums=7%7C8%7C9');
    expect(now.curl).toContain('/items/.c.d%20e/m/;mat=r,3,g,4?');
    expect(now.curl).toContain(`-H 'X-Tags: u'`);
    expect(now.curl).toContain(`-H 'X-Obj: r=5,g=6'`);
    expect(now.typescript).toContain(`ids: ['x y', 'z', 'w']`);
    expect(now.python).toContain('nums=[\n        7,\n        8,\n        9,\n    ],');
    if (HAS_CURL) {
      const r = await runCurl(now.curl!);
      expect(r.status, r.out).toBe('200');
      // The mock reads the list the sample carries: an item over maxLength is refused.
      await field('ids').fill('["toolong"]');
      const bad = await runCurl((await shown(page)).curl!);
      expect(bad.status, bad.out).toBe('400');
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
