/**
 * A list operation's optional query parameters in the try-it console's samples (headless
 * chromium): two of three filled give a URL with exactly those pairs (`?a=1&b=2`, the `?` and `&`
 * as the printers write them, templates/docs/query-gap.ts), every sample is what the printers
 * print for that request, and the curl sample the page shows runs against the mock, which reads
 * the values it carries (one over its maximum is refused).
 */
import { describe, expect, it } from 'vitest';
import { RUN_BROWSER } from './chromium.js';
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
info: { title: Query fields, version: '1' }
tags: [{ name: things }]
paths:
  /things:
    get:
      operationId: listThings
      tags: [things]
      parameters:
        - { name: a, in: query, schema: { type: integer, minimum: 1, maximum: 5 } }
        - { name: b, in: query, schema: { type: integer, minimum: 1, maximum: 5 } }
        - { name: c, in: query, schema: { type: integer, minimum: 1, maximum: 5 } }
      responses: ${OK_RESPONSES}
`;

describe.skipIf(!RUN_BROWSER)('try-it console: optional query parameters in the samples', () => {
  const site = consoleSiteFor(spec);

  it('two of three filled give ?a=1&b=2 in every sample, and the curl sample runs', async () => {
    const { origin, ir } = site();
    const op = site().operation('listThings');
    const printed = (params: Record<string, number>) =>
      printedSamples(ir, withParams(op, params), origin);
    const { page, field } = await openConsole(site(), 'things', 'listThings');
    expect(await shownSamples(page, 'listThings')).toEqual(printed({}));

    await field('a').fill('1');
    await field('b').fill('2');
    const both = await shownSamples(page, 'listThings');
    expect(both.curl).toContain(`${origin}/things?a=1&b=2"`);
    expect(both).toEqual(printed({ a: 1, b: 2 }));
    if (HAS_CURL) {
      const r = await runCurl(both.curl!);
      expect(r.status, r.out).toBe('200');
      // The mock reads what the URL carries: b over its maximum is refused.
      await field('b').fill('9');
      const over = await runCurl((await shownSamples(page, 'listThings')).curl!);
      expect(over.status, over.out).toBe('400');
      expect(over.out).toContain('b');
      await field('b').fill('2');
    }

    // The first left out: its `&` goes, the `?` stays; the last alone keeps only the `?`.
    await field('a').fill('');
    expect(await shownSamples(page, 'listThings')).toEqual(printed({ b: 2 }));
    await field('b').fill('');
    await field('c').fill('3');
    const last = await shownSamples(page, 'listThings');
    expect(last.curl).toContain(`${origin}/things?c=3"`);
    expect(last).toEqual(printed({ c: 3 }));
    await field('c').fill('');
    expect(await shownSamples(page, 'listThings')).toEqual(printed({}));
    await page.close();
  });
});
