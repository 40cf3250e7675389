/**
 * Docs search ranking in a real browser: a query that is a whole name ranks the entries named by it
 * above entries that only mention its words (museum.yaml: "special event").
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docsSite } from '../helpers/docs-site.js';
import { REPO } from './helpers.js';
import { serveDirectory, type StaticServer } from './static-server.js';
import { waitForCount } from './page-waits.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const runBrowser = existsSync(CHROMIUM) || Boolean(process.env.CI);
const MUSEUM = path.join(REPO, '..', 'shared', 'specs', 'museum.yaml');
const SHELL = path.join(REPO, 'spec', 'openapi.yaml');

describe.skipIf(!runBrowser || !existsSync(MUSEUM))('docs search ranking', () => {
  let browser: Browser;
  let server: StaticServer;
  let shell: StaticServer;

  beforeAll(async () => {
    server = await serveDirectory(path.join((await docsSite(MUSEUM)).dir, 'docs'));
    shell = await serveDirectory(path.join((await docsSite(SHELL)).dir, 'docs'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await shell?.close();
  });

  it('puts titles and names holding the whole query first', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/index.html`);
    await page.locator('#search-input').fill('special event');
    const titles = page.locator('#search-results [role="option"] .r-title');
    await waitForCount(titles, 7);
    const shown = await titles.allTextContents();
    const named = (t: string) => /special ?events?/i.test(t);
    // Every entry named by the query comes before every entry that only mentions its words.
    const firstUnnamed = shown.findIndex((t) => !named(t));
    expect(shown.slice(firstUnnamed).filter(named)).toEqual([]);
    expect(shown.slice(0, firstUnnamed)).toEqual(
      expect.arrayContaining(['Get special event', 'SpecialEvent']),
    );
    await page.close();
  });

  it('puts an operation its name matches above schemas of that name', async () => {
    // "embedding": the schema `Embedding` is the exact name, the operation "Create embeddings" a word of its title.
    const page = await browser.newPage();
    await page.goto(`${shell.url}/index.html`);
    await page.locator('#search-input').fill('embedding');
    const options = page.locator('#search-results [role="option"]');
    await waitForCount(options, 5);
    const first = options.first();
    expect(await first.locator('.r-title').textContent()).toMatch(/^Create embeddings/);
    const kinds = await options.locator('.r-kind').allTextContents();
    expect(kinds.indexOf('operation')).toBeLessThan(kinds.indexOf('schema'));
    await page.close();
  });
});
