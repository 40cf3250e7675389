/**
 * Docs served by the mock (`mock --docs`) show the mock's own URL in the request samples from the
 * start (review 9 F7: they showed the spec's remote server, or `{baseUrl}`, until the try-it
 * console was opened, so a curl sample copied at once did not run). Headless chromium; the console
 * is never touched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUN_BROWSER } from './chromium.js';
import { DOCS_PREFIX } from '../../generator/emit/docs/mock-site.js';
import { runCurl, startConsoleSite, type ConsoleSite } from './console-site.js';

const spec = `openapi: 3.1.0
info: { title: Pets, version: '1' }
servers: [{ url: 'https://pets.example.test/api/v3' }]
paths:
  /pets/{petId}:
    get:
      operationId: getPet
      parameters:
        - { name: petId, in: path, required: true, schema: { type: integer, examples: [7] } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { type: object, required: [id], properties: { id: { type: integer } } }
`;

describe.skipIf(!RUN_BROWSER)('docs served by the mock: the samples call the mock', () => {
  let site: ConsoleSite;

  beforeAll(async () => {
    site = await startConsoleSite(spec);
  });

  afterAll(async () => {
    await site?.close();
  });

  it('before the console is opened, the curl and Python (HTTP) samples hold the mock’s URL', async () => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const origin = new URL(site.server.url).origin;
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await page.goto(`${origin}${DOCS_PREFIX}operations/getPet.html`);
    const curl = page.locator('[data-sample="curl"]');
    await expect
      .poll(() => curl.textContent(), { timeout: 5000 })
      .toContain(`'${origin}/api/v3/pets/7'`);
    const text = (await curl.textContent())!;
    expect(text).not.toContain('pets.example.test');
    expect(await page.locator('[data-sample="pythonHttp"]').textContent()).toContain(
      `BASE_URL = "${origin}/api/v3"`,
    );
    // Nothing opened the console: its form is not there.
    expect(await page.locator('.try form').count()).toBe(0);
    const r = await runCurl(text);
    expect(r.status, r.out).toBe('200');
    expect(errors).toEqual([]);
    await page.close();
  });
});
