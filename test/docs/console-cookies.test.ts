/**
 * Cookie parameters in the try-it console (headless chromium): fetch may not set a Cookie header,
 * so the console served by the mock (`mock --docs`, same origin) sets them as page cookies, encoded
 * as the SDKs send them, and the mock accepts the call; an emptied optional cookie is removed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUN_BROWSER } from './chromium.js';
import { DOCS_PREFIX } from '../../generator/emit/docs/mock-site.js';
import { startConsoleSite, type ConsoleSite } from './console-site.js';
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
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { type: object, required: [ok], properties: { ok: { const: true } } } } }
`;

describe.skipIf(!RUN_BROWSER)('try-it console: cookie parameters', () => {
  let site: ConsoleSite;

  beforeAll(async () => {
    site = await startConsoleSite(spec);
  });

  afterAll(async () => {
    await site?.close();
  });

  it('sends them as page cookies and the mock accepts the call', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${new URL(site.server.url).origin}${DOCS_PREFIX}families/session.html#readQ`);
    const hook = '.try[data-try="readQ"]';
    await page.locator(`${hook} > .try-toggle`).click();
    await page.locator(`${hook} form`).waitFor();
    // Prefilled from the example, as the samples send it.
    expect(await page.locator(`${hook} [data-field="sid"]`).inputValue()).toBe('a b;c');
    await page.locator(`${hook} [data-field="tags"]`).fill('x,y z');
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
    await page.locator(`${hook} [data-field="tags"]`).fill('');
    await page.locator(`${hook} [data-field="sid"]`).fill("it's x");
    expect(await send()).toBe('sid=it%27s%20x');
    const curl = await page.locator('#readQ-samples-curl pre').textContent();
    expect(curl).toContain(`--cookie 'sid=it%27s%20x'`);
    const python = await page.locator('#readQ-samples-python pre').textContent();
    expect(python).toContain(`sid="it's x"`);
    await page.close();
  });
});
