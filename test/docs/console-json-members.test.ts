/**
 * A JSON body's optional members in the try-it console's samples (headless chromium): with no
 * member required, the 1st and 3rd of four filled give `{"a": …, "c": …}` with the `,` between
 * them as the printers write it (a member owns only `"name": value`, the separators are tidied by
 * templates/docs/query-gap.ts), every sample is what the printers print for that body, and the curl
 * sample the page shows runs against the mock, which reads the body it sends.
 */
import { describe, expect, it } from 'vitest';
import { RUN_BROWSER } from './chromium.js';
import type { Json } from '../../generator/ir/types.js';
import {
  consoleSiteFor,
  HAS_CURL,
  OK_RESPONSES,
  openConsole,
  printedSamples,
  runCurl,
  shownSamples,
  withBody,
} from './console-site.js';

const spec = `openapi: 3.1.0
info: { title: JSON members, version: '1' }
tags: [{ name: notes }]
paths:
  /notes:
    post:
      operationId: createNote
      tags: [notes]
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              additionalProperties: false
              properties:
                title: { type: string, maxLength: 10 }
                body: { type: string }
                stars: { type: integer, minimum: 1, maximum: 5 }
                pinned: { type: boolean }
      responses: ${OK_RESPONSES}
`;

describe.skipIf(!RUN_BROWSER)('try-it console: optional JSON body members in the samples', () => {
  const site = consoleSiteFor(spec);

  it('the 1st and 3rd of four filled give both members in every sample, and the curl sample runs', async () => {
    const origin = site().origin;
    const op = site().operation('createNote');
    const printed = (body: Json) => printedSamples(site().ir, withBody(op, body), origin);
    const { page, field } = await openConsole(site(), 'notes', 'createNote');
    expect(await shownSamples(page, 'createNote')).toEqual(printed({}));

    await field('title').fill('hi');
    await field('stars').fill('3');
    const both = await shownSamples(page, 'createNote');
    expect(both.curl).toContain(`'{\n  "title": "hi",\n  "stars": 3\n}'`);
    expect(both).toEqual(printed({ title: 'hi', stars: 3 }));
    if (HAS_CURL) {
      const r = await runCurl(both.curl!);
      expect(r.status, r.out).toBe('200');
      // The mock reads the body the sample sends: a title over its maxLength is refused.
      await field('title').fill('x'.repeat(30));
      const over = await runCurl((await shownSamples(page, 'createNote')).curl!);
      expect(over.status, over.out).toBe('400');
      await field('title').fill('hi');
    }

    // The first left out: the `,` after it goes; the last alone then the first alone; none.
    await field('title').fill('');
    expect(await shownSamples(page, 'createNote')).toEqual(printed({ stars: 3 }));
    await field('title').fill('hi');
    await field('stars').fill('');
    expect(await shownSamples(page, 'createNote')).toEqual(printed({ title: 'hi' }));
    await field('title').fill('');
    expect(await shownSamples(page, 'createNote')).toEqual(printed({}));
    await page.close();
  });
});
