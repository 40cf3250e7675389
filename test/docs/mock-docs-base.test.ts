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

describe.skipIf(!RUN_BROWSER)('docs served by the mock, the spec naming no host', () => {
  let site: ConsoleSite;

  beforeAll(async () => {
    site = await startConsoleSite(spec.replace(/^servers: .*\n/m, ''));
  });

  afterAll(async () => {
    await site?.close();
  });

  it('the samples read SHELLAPI_BASE_URL as printed, and hold the mock’s URL once served and in the console', async () => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const origin = new URL(site.server.url).origin;
    await page.goto(`${origin}${DOCS_PREFIX}operations/getPet.html`);
    const curl = page.locator('[data-sample="curl"]');
    // The static page reads the variable; served by the mock, the slot holds the mock's URL.
    expect(await page.locator('[data-sample="curl"] [data-slot="base:"]').count()).toBe(1);
    await expect.poll(() => curl.textContent(), { timeout: 5000 }).toContain(`"${origin}/pets/7"`);
    expect(await page.locator('[data-sample="pythonHttp"]').textContent()).toContain(
      `BASE_URL = "${origin}"`,
    );
    const r = await runCurl((await curl.textContent())!);
    expect(r.status, r.out).toBe('200');
    // The console's base URL field fills the same slot; emptied, the samples read the variable again.
    await page.locator('.try[data-try="getPet"] > .try-toggle').click();
    const base = page.locator('.try[data-try="getPet"] [data-field="base-url"]');
    await base.fill(`${origin}/`);
    await expect.poll(() => curl.textContent(), { timeout: 5000 }).toContain(`"${origin}/pets/7"`);
    await base.fill('');
    await expect
      .poll(() => curl.textContent(), { timeout: 5000 })
      .toContain('"${SHELLAPI_BASE_URL}/pets/7"');
    expect(await page.locator('[data-sample="pythonHttp"]').textContent()).toContain(
      'BASE_URL = os.environ["SHELLAPI_BASE_URL"]',
    );
    const fromEnv = await runCurl((await curl.textContent())!, undefined, {
      SHELLAPI_BASE_URL: origin,
    });
    expect(fromEnv.status, fromEnv.out).toBe('200');
    expect(errors).toEqual([]);
    await page.close();
  });
});
