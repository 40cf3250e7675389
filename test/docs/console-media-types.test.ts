/**
 * The try-it console of an operation whose body may be sent as JSON or as multipart/form-data:
 * the reader picks the media type, the fields and the request samples follow it, and the call goes
 * out in that form (Debian's chromium through playwright-core, against the mock serving the docs).
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS, RUN_BROWSER } from './chromium.js';
import { startMockFromIr, type MockServer } from '../../generator/emit/mock/serve.js';
import { DOCS_PREFIX, mockDocsSite } from '../../generator/emit/docs/mock-site.js';
import { emitContext, irFor } from './helpers.js';
import { waitForText } from './page-waits.js';

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'Uploads', version: '1.0.0' },
  servers: [{ url: 'https://api.example.test/v1' }],
  paths: {
    '/notes': {
      post: {
        operationId: 'createNote',
        tags: ['notes'],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['title'],
                properties: { title: { type: 'string', examples: ['Groceries'] } },
              },
            },
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: ['title', 'file'],
                properties: {
                  title: { type: 'string' },
                  file: { type: 'string', contentMediaType: 'application/octet-stream' },
                },
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'Created.',
            content: {
              'application/json': {
                schema: { type: 'object', properties: { id: { type: 'string' } } },
              },
            },
          },
        },
      },
    },
  },
};

describe.skipIf(!RUN_BROWSER)('try-it console with several body media types', () => {
  let browser: Browser;
  let mock: MockServer;

  beforeAll(async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'docs-media-types-'));
    const file = path.join(dir, 'openapi.json');
    await writeFile(file, JSON.stringify(SPEC));
    const ir = await irFor(file);
    const site = await mockDocsSite(ir, await emitContext(), 50);
    mock = await startMockFromIr(ir, { speed: 50, site, callbacks: false });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await mock?.close();
  });

  it('offers the media types, rebuilds the fields for the chosen one and sends the call in it', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${new URL(mock.url).origin}${DOCS_PREFIX}operations/createNote.html`);
    const hook = '.try[data-try="createNote"]';
    await page.locator(`${hook} > .try-toggle`).click();
    const choice = page.locator(`${hook} [data-field="media-type"]`);
    await choice.waitFor();
    expect(await choice.locator('option').allTextContents()).toEqual([
      'application/json',
      'multipart/form-data',
    ]);
    // JSON first: a title field prefilled from the example, no file input.
    expect(await page.locator(`${hook} [data-field="title"]`).inputValue()).toBe('Groceries');
    expect(await page.locator(`${hook} [data-field="file"]`).count()).toBe(0);

    // The request samples show a tab per media type; the form's choice selects its tab.
    const sampleTab = (media: string) =>
      page.locator(`.samples .media-types [role="tab"][data-key="${media}"]`);
    expect(await sampleTab('application/json').getAttribute('aria-selected')).toBe('true');
    await choice.selectOption('multipart/form-data');
    expect(await sampleTab('multipart/form-data').getAttribute('aria-selected')).toBe('true');
    const formSamples = page.locator('.samples [data-media="multipart/form-data"]');
    expect(await formSamples.isVisible()).toBe(true);
    expect(await formSamples.locator('pre').first().textContent()).toContain("-F 'file=@");
    expect(await page.locator('.samples [data-media="application/json"]').isVisible()).toBe(false);
    const fileInput = page.locator(`${hook} [data-field="file"]`);
    expect(await fileInput.getAttribute('type')).toBe('file');
    expect(await page.locator(`${hook} [data-field="title"]`).inputValue()).toBe('Groceries');
    await fileInput.setInputFiles({
      name: 'list.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('milk, eggs'),
    });
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.url().endsWith('/v1/notes')),
      page.locator(`${hook} .try-send`).click(),
    ]);
    expect(request.headers()['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    // The mock answers 201 only when the multipart body holds the title and the file part.
    await waitForText(page.locator(`${hook} .try-status`), /^201/);

    // Back to JSON: the call goes out as JSON again.
    await choice.selectOption('application/json');
    const [json] = await Promise.all([
      page.waitForRequest((r) => r.url().endsWith('/v1/notes')),
      page.locator(`${hook} .try-send`).click(),
    ]);
    expect(json.headers()['content-type']).toBe('application/json');
    expect(await sampleTab('application/json').getAttribute('aria-selected')).toBe('true');
    expect(JSON.parse(json.postData() ?? '{}')).toEqual({ title: 'Groceries' });
    expect(problems).toEqual([]);
    await page.close();
  });
});
