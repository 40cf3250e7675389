/**
 * Cookie parameters in the try-it console (headless chromium): fetch may not set a Cookie header,
 * so the console served by the mock (`mock --docs`, same origin) sets them as page cookies, encoded
 * as the SDKs send them, and the mock accepts the call; an emptied optional cookie is removed.
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
import { waitForText } from './page-waits.js';

const spec = `openapi: 3.1.0
info: { title: Cookies, version: '1' }
tags: [{ name: session }]
paths:
  /q:
    get:
      operationId: readQ
      tags: [session]
      parameters:
        - { name: sid, in: cookie, required: true, schema: { type: string }, example: 'a b;c' }
        - { name: tags, in: cookie, schema: { type: array, items: { type: string } } }
      responses: ${OK_RESPONSES}
`;

describe.skipIf(!RUN_BROWSER)('try-it console: cookie parameters', () => {
  const site = consoleSiteFor(spec);

  it('sends them as page cookies and the mock accepts the call', async () => {
    const { origin, ir } = site();
    const { page, hook, field } = await openConsole(site(), 'session', 'readQ');
    // Prefilled from the example, as the samples send it.
    expect(await field('sid').inputValue()).toBe('a b;c');
    await field('tags').fill('x,y z');
    const send = async (): Promise<string | undefined> => {
      const [request] = await Promise.all([
        page.waitForRequest((r) => new URL(r.url()).pathname === '/q'),
        page.locator(`${hook} .try-send`).click(),
      ]);
      return (await request.allHeaders()).cookie;
    };
    const cookies = (await send())?.split('; ').sort();
    expect(cookies).toEqual(['sid=a%20b%3Bc', 'tags=x,y%20z']);
    await waitForText(page.locator(`${hook} .try-status`), /^200/);
    // Emptied, the optional cookie is no longer sent; the samples follow the form, encoded alike.
    await field('tags').fill('');
    await field('sid').fill("it's x");
    expect(await send()).toBe('sid=it%27s%20x');
    // Every sample is what the printers print for that value (a cookie's `'` is `%27`, as sent),
    // and the curl sample runs against the mock.
    const shown = await shownSamples(page, 'readQ');
    const op = site().operation('readQ');
    expect(shown).toEqual(printedSamples(ir, withParams(op, { sid: "it's x" }), origin));
    expect(shown.curl).toContain(`--cookie 'sid=it%27s%20x'`);
    expect(shown.python).toContain(`sid="it's x"`);
    if (HAS_CURL) {
      const r = await runCurl(shown.curl!);
      expect(r.status, r.out).toBe('200');
    }
    await page.close();
  });
});
