/**
 * The try-it console's request samples follow the body media type the reader picks (review 3 #7):
 * the shown samples are that media type's, refilled with the console's base URL and the form's
 * values, and going back to the first media type refills its samples again (headless chromium,
 * the mock serving the docs).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUN_BROWSER } from './chromium.js';
import { DOCS_PREFIX } from '../../generator/emit/docs/mock-site.js';
import { startConsoleSite, type ConsoleSite } from './console-site.js';

const spec = `openapi: 3.1.0
info: { title: Pets, version: '1' }
servers: [{ url: 'https://petstore.example.test/api/v3' }]
tags: [{ name: pet }]
paths:
  /pet:
    put:
      operationId: updatePet
      tags: [pet]
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/Pet' }
          application/xml:
            schema: { $ref: '#/components/schemas/Pet' }
          application/x-www-form-urlencoded:
            schema: { $ref: '#/components/schemas/Pet' }
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } }
components:
  schemas:
    Pet:
      type: object
      allOf:
        - { $ref: '#/components/schemas/Named' }
        - type: object
          required: [photoUrls]
          properties:
            tag: { type: string }
            photoUrls: { type: array, items: { type: string }, examples: [[string]] }
    Named:
      type: object
      required: [name]
      properties:
        name: { type: string, examples: [doggie] }
`;

describe.skipIf(!RUN_BROWSER)('try-it console: samples follow the picked media type', () => {
  let site: ConsoleSite;

  beforeAll(async () => {
    site = await startConsoleSite(spec);
  });

  afterAll(async () => {
    await site?.close();
  });

  it('shows the picked media type’s samples, refilled from the form', async () => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const origin = new URL(site.server.url).origin;
    await page.goto(`${origin}${DOCS_PREFIX}operations/updatePet.html`);
    const hook = '.try[data-try="updatePet"]';
    await page.locator(`${hook} > .try-toggle`).click();
    const choice = page.locator(`${hook} [data-field="media-type"]`);
    await choice.waitFor();
    // The curl sample the page shows now (whichever media type's panel is visible).
    const curl = async (): Promise<string> => {
      const shown = page.locator('.samples [data-sample="curl"]').filter({ visible: true });
      expect(await shown.count()).toBe(1);
      return (await shown.textContent()) ?? '';
    };
    const base = `${origin}/api/v3/pet`;
    expect(await curl()).toContain(base);

    await choice.selectOption('application/x-www-form-urlencoded');
    await page.locator(`${hook} [data-field="name"]`).fill('rex');
    let text = await curl();
    expect(text).toContain(base);
    expect(text).toContain("--data-urlencode 'name=rex'");
    expect(text).not.toContain('application/json');
    // A list field goes one pair per item, as Send and the SDKs send it (review 5 F9: not as JSON text).
    expect(text).toContain("--data-urlencode 'photoUrls=string'");
    expect(text).not.toContain('["string"]');

    // The other media type's samples (hidden) keep their example body, but call the console's server.
    const json = page.locator('.samples [data-media="application/json"] [data-sample="curl"]');
    expect(await json.textContent()).toContain(base);
    expect(await json.textContent()).toContain('"name": "doggie"');

    await choice.selectOption('application/json');
    await page.locator(`${hook} [data-field="name"]`).fill('rex2');
    text = await curl();
    expect(text).toContain(base);
    expect(text).toContain("'Content-Type: application/json'");
    expect(text).toContain('"name": "rex2"');
    expect(text).not.toContain('"tag"');
    // A body field of an allOf the example leaves out (review 3 #7: museum's eventId) joins the samples.
    await page.locator(`${hook} [data-field="tag"]`).fill('good');
    text = await curl();
    expect(text).toContain('"tag": "good"');
    expect(errors).toEqual([]);
    await page.close();
  });
});
