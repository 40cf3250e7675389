/**
 * The first paint waits for no stylesheet request, and what it draws stays put: every page but
 * the index carries critical.css inline and links style.css at the end of its body
 * (generator/emit/docs/page-style.ts). Checked in Chromium on the Shell spec's docs, on the
 * largest page of each kind, wide and narrow, in English and Chinese.
 */
import { chromium, type Browser } from 'playwright-core';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS, RUN_BROWSER } from './chromium.js';
import { firstPaint } from './first-paint.js';
import { docsSite } from '../helpers/docs-site.js';
import { SHELL_SPEC } from './helpers.js';
import { serveDirectory, type StaticServer } from './static-server.js';

const WIDE = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 800 };

describe.skipIf(!RUN_BROWSER)('docs first paint', () => {
  let browser: Browser;
  let server: StaticServer;
  /** The largest page of each kind (where the most can go wrong). */
  const pages: string[] = [];

  beforeAll(async () => {
    const { files, dir: root } = await docsSite(SHELL_SPEC);
    const html = files
      .filter((f) => f.path.endsWith('.html') && f.path !== 'docs/index.html')
      .map((f) => ({ rel: f.path.replace(/^docs\//, ''), bytes: f.contents.length }))
      .sort((a, b) => b.bytes - a.bytes);
    for (const kind of [
      /^families\//,
      /^operations\//,
      /^schemas\/[^/]+\.html$/,
      /^schemas\/by-initial\//,
      /^schemas\/variants\//,
    ]) {
      const largest = html.find((f) => kind.test(f.rel));
      if (largest) pages.push(largest.rel);
    }
    server = await serveDirectory(path.join(root, 'docs'));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('covers every kind of page', () => {
    expect(pages).toHaveLength(5);
  });

  it('paints while style.css is still on its way, and runs the scripts only once it is there', async () => {
    const context = await browser.newContext({ viewport: WIDE });
    try {
      const page = await context.newPage();
      let release: () => void = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/assets\/style\.css(?:\?|$)/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${server.url}/${pages[1]}`, { waitUntil: 'commit' });
      await page.waitForFunction(
        () => performance.getEntriesByName('first-contentful-paint').length > 0,
        undefined,
        { timeout: 15_000 },
      );
      await page.waitForTimeout(200);
      // app.js adds the menu button as soon as it runs: it waits for the stylesheet.
      expect(await page.locator('.nav-toggle').count()).toBe(0);
      release();
      await page.waitForLoadState('load');
      expect(await page.locator('.nav-toggle').count()).toBe(1);
    } finally {
      await context.close();
    }
  });

  for (const [name, viewport] of [
    ['wide', WIDE],
    ['phone', PHONE],
  ] as const) {
    it(`draws the title first and moves nothing when style.css arrives (${name})`, async () => {
      for (const rel of pages) {
        const { drawn, diffs } = await firstPaint(browser, `${server.url}/${rel}`, viewport);
        expect(drawn, rel).toContain('h1');
        expect(diffs, rel).toEqual([]);
      }
    }, 60_000);
  }

  it('moves nothing in Chinese either', async () => {
    for (const rel of pages) {
      const { diffs } = await firstPaint(browser, `${server.url}/${rel}`, WIDE, 'zh-CN');
      expect(diffs, rel).toEqual([]);
    }
  }, 60_000);

  it.each([true, false])(
    'shows the whole page, unstyled, when style.css cannot be loaded (JavaScript on: %s)',
    async (javaScriptEnabled) => {
      const context = await browser.newContext({ viewport: WIDE, javaScriptEnabled });
      try {
        const page = await context.newPage();
        await page.route(/assets\/style\.css(?:\?|$)/, (route) => route.abort());
        await page.goto(`${server.url}/${pages[2]}`, { waitUntil: 'load' });
        const held = await page.evaluate(
          () =>
            [...document.body.getElementsByTagName('*')].filter(
              (el) => getComputedStyle(el).contentVisibility === 'hidden',
            ).length,
        );
        expect(held).toBe(0);
      } finally {
        await context.close();
      }
    },
  );
});
