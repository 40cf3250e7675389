/**
 * The docs site in a real browser (Debian's chromium driven by playwright-core): served over
 * HTTP from 127.0.0.1 and opened from file://. Skipped only when chromium is missing outside CI.
 */
import { existsSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiIr, OperationIr } from '../../generator/ir/types.js';
import { docsSite } from '../helpers/docs-site.js';
import { FEATURES_SPEC, REPO, SHELL_SPEC } from './helpers.js';
import {
  PAGE_WAIT_MS,
  waitForAttribute,
  waitForCount,
  waitForText,
  waitForVisible,
} from './page-waits.js';
import { serveDirectory, type StaticServer } from './static-server.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const runBrowser = available || Boolean(process.env.CI);
if (!runBrowser) {
  console.warn(
    `[docs browser tests] SKIPPED: ${CHROMIUM} not found (install it with: apt-get install -y chromium). In CI these tests always run.`,
  );
}

const ARTIFACTS = path.join(REPO, 'test-results', 'docs');

interface Site {
  ir: ApiIr;
  dir: string;
  server: StaticServer;
}

async function buildSite(spec: string): Promise<Site> {
  const { ir, dir: root } = await docsSite(spec);
  const dir = path.join(root, 'docs');
  return { ir, dir, server: await serveDirectory(dir) };
}

/** Console errors, uncaught exceptions and failed requests of a page. */
/** The page's cumulative layout shift so far, after `settleMs` more milliseconds. */
function layoutShift(page: Page, settleMs: number): Promise<number> {
  return page.evaluate(
    (ms) =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) total += (e as unknown as { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), ms);
      }),
    settleMs,
  );
}

function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => {
    // A reload or a link cancels what the page still loads after its first paint (nav.js): not a fault.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`requestfailed: ${r.url()}`);
  });
  return problems;
}

describe.skipIf(!runBrowser)('docs site in a browser', () => {
  let browser: Browser;
  let features: Site;
  let shell: Site;
  let imagine: OperationIr;

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    [features, shell] = await Promise.all([buildSite(FEATURES_SPEC), buildSite(SHELL_SPEC)]);
    const found = shell.ir.operations.find(
      (o) => o.tag === 'midjourney' && /\/imagine$/.test(o.path),
    );
    if (!found) throw new Error('the Shell spec has no Midjourney imagine operation');
    imagine = found;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await features?.server.close();
    await shell?.server.close();
  });

  async function open(
    url: string,
    options: Parameters<Browser['newContext']>[0] = {},
  ): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-US',
      ...options,
    });
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(url, { waitUntil: 'load' });
    return { context, page, problems };
  }

  it('loads the index with no console errors, in standards mode, and the search index only on first use', async () => {
    const { context, page, problems } = await open(`${shell.server.url}/index.html`);
    expect(await page.evaluate(() => document.compatMode)).toBe('CSS1Compat');
    const indexSize = (): Promise<number> =>
      page.evaluate(
        () =>
          (window as unknown as { DOCS_SEARCH_INDEX?: { entries: unknown[] } }).DOCS_SEARCH_INDEX
            ?.entries.length ?? 0,
      );
    expect(await indexSize()).toBe(0);
    await page.focus('#search-input');
    await page.waitForFunction(
      (n) =>
        ((window as unknown as { DOCS_SEARCH_INDEX?: { entries: unknown[] } }).DOCS_SEARCH_INDEX
          ?.entries.length ?? 0) > n,
      shell.ir.operations.length,
      { timeout: PAGE_WAIT_MS },
    );
    expect(await indexSize()).toBeGreaterThan(shell.ir.operations.length);
    expect(await page.locator('h1').first().textContent()).toContain(shell.ir.info.title);
    await page.screenshot({ path: path.join(ARTIFACTS, 'index-light.png') });
    expect(problems).toEqual([]);
    expect(shell.server.missing).toEqual([]);
    await context.close();
  });

  it('adds the header’s search box and language and theme buttons after the first paint, moving nothing', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-US',
    });
    const page = await context.newPage();
    const problems = watch(page);
    // At DOMContentLoaded: a text field then makes Chromium lay the page out for form autofill,
    // and the language button's 中文 needs a CJK font found through the whole font list.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const brand = document.querySelector('.brand')!.getBoundingClientRect();
        (window as unknown as { atLoad: unknown }).atLoad = {
          fields: document.querySelectorAll('input, select, textarea').length,
          lang: document.querySelectorAll('.lang-toggle').length,
          brand: [brand.left, brand.top],
        };
      });
    });
    await page.goto(`${shell.server.url}/index.html`, { waitUntil: 'load' });
    const atLoad = (await page.evaluate(
      () => (window as unknown as { atLoad: { brand: number[] } }).atLoad,
    )) as { fields: number; lang: number; brand: number[] };
    expect({ fields: atLoad.fields, lang: atLoad.lang }).toEqual({ fields: 0, lang: 0 });
    await page.locator('.lang-toggle').waitFor();
    await page.locator('#search-input').waitFor();
    await page.locator('.theme-toggle').waitFor();
    const brand = await page.locator('.brand').boundingBox();
    expect([brand!.x, brand!.y]).toEqual(atLoad.brand);
    const shift = await layoutShift(page, 100);
    expect(shift).toBeLessThan(0.01);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('finds the Midjourney imagine operation with "/" + typing, moves with arrows and opens it with Enter', async () => {
    const { context, page, problems } = await open(`${shell.server.url}/index.html`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.type('imagine');
    const options = page.locator('#search-results [role="option"]');
    // Typing may beat the lazily loaded index: the results appear when it arrives.
    await waitForText(options.first(), imagine.summary!);
    expect(await options.first().textContent()).toContain(imagine.summary!);
    expect(await options.first().getAttribute('aria-selected')).toBe('true');
    if ((await options.count()) > 1) {
      await page.keyboard.press('ArrowDown');
      expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
      expect(await options.first().getAttribute('aria-selected')).toBe('false');
      await page.keyboard.press('ArrowUp');
    }
    expect(await page.locator('#search-input').getAttribute('aria-activedescendant')).toBe(
      'search-result-0',
    );
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.hash === `#${imagine.operationId}`);
    expect(new URL(page.url()).pathname).toBe(`/operations/${imagine.operationId}.html`);
    const box = await page.locator(`section[id="${imagine.operationId}"]`).boundingBox();
    expect(box && box.y >= 0 && box.y < 200).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'imagine-light.png') });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens a search result with a click, in Chinese too', async () => {
    const { context, page, problems } = await open(`${shell.server.url}/families/chat.html`);
    await page.locator('#search-input').fill(imagine.titleZh ?? 'Imagine');
    const first = page.locator('#search-results [role="option"]').first();
    await waitForText(first, imagine.titleZh ?? 'Imagine');
    expect(await first.textContent()).toContain(imagine.titleZh ?? 'Imagine');
    await first.click();
    await page.waitForURL(
      (u) => u.pathname.endsWith(`/operations/${imagine.operationId}.html`) && u.hash.length > 1,
    );
    expect(problems).toEqual([]);
    await context.close();
  });

  it('switches oneOf variants: the shown schema changes', async () => {
    const { context, page, problems } = await open(
      `${features.server.url}/schemas/ChatMessage.html`,
    );
    const union = page.locator('#ChatMessage [data-union]').first();
    const tabs = union.locator(':scope > .tabs > [role="tablist"] > [role="tab"]');
    const panels = union.locator(':scope > .tabs > [role="tabpanel"]');
    expect(await tabs.count()).toBe(3);
    await waitForVisible(panels.nth(0));
    expect(await panels.nth(1).isVisible()).toBe(false);
    const before = await panels.nth(0).innerText();
    expect(before).toContain('SystemMessage');
    await tabs.nth(1).click();
    expect(await tabs.nth(1).getAttribute('aria-selected')).toBe('true');
    expect(await tabs.nth(0).getAttribute('aria-selected')).toBe('false');
    expect(await panels.nth(0).isVisible()).toBe(false);
    expect(await panels.nth(1).isVisible()).toBe(true);
    const after = await panels.nth(1).innerText();
    expect(after).toContain('UserMessage');
    expect(after).not.toEqual(before);
    // Arrow keys move between variants too.
    await tabs.nth(1).focus();
    await page.keyboard.press('ArrowRight');
    expect(await tabs.nth(2).getAttribute('aria-selected')).toBe('true');
    expect(await panels.nth(2).innerText()).toContain('AssistantMessage');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('loads an inline variant’s fields from its own page when its tab is shown (a link without JavaScript)', async () => {
    const url = `${features.server.url}/schemas/ContentPart.html`;
    const { context, page, problems } = await open(url);
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    const union = page.locator('#ContentPart [data-union]').first();
    const tabs = union.locator(':scope > .tabs > [role="tablist"] > [role="tab"]');
    const panels = union.locator(':scope > .tabs > [role="tabpanel"]');
    // The first variant is on the page; the second's fields wait for its tab.
    expect(await panels.nth(0).locator('table.props code').first().textContent()).toBe('type');
    const fields = panels.nth(1).locator('details.on-demand');
    expect(await fields.getAttribute('data-src')).toBe('variants/ContentPart/2.html');
    // Nothing more on the wire for a while: the hidden tab's fields were not asked for.
    await page.waitForLoadState('networkidle', { timeout: PAGE_WAIT_MS });
    expect(fetched).not.toContain('/schemas/variants/ContentPart/2.html');
    expect(await fields.getAttribute('data-state')).toBeNull();
    await tabs.nth(1).click();
    await waitForAttribute(fields, 'data-state', 'loaded');
    expect(await fields.locator('table.props td:first-child > code').allTextContents()).toEqual([
      'type',
      'image_url',
      'url',
      'detail',
    ]);
    expect(problems).toEqual([]);
    await context.close();

    // A link to the variant's tab shows it with its fields (the variant page's "all variants" link).
    const linked = await open(`${url}#schema-ContentPart-u1-1`);
    const linkedFields = linked.page.locator('#schema-ContentPart-u1-1 details.on-demand');
    await waitForAttribute(linkedFields, 'data-state', 'loaded');
    expect(linked.problems).toEqual([]);
    await linked.context.close();

    // Without JavaScript every variant shows, and the split one links to its page.
    const noJs = await open(url, { javaScriptEnabled: false });
    const link = noJs.page.locator(
      '#ContentPart .on-demand-link a[href="variants/ContentPart/2.html"]',
    );
    expect(await link.isVisible()).toBe(true);
    await link.click();
    await noJs.page.waitForURL((u) => u.pathname === '/schemas/variants/ContentPart/2.html');
    expect(await noJs.page.locator('.schema-body table.props code').nth(1).textContent()).toBe(
      'image_url',
    );
    expect(noJs.problems).toEqual([]);
    await noJs.context.close();
  });

  it('toggles light and dark themes and remembers the choice', async () => {
    const { context, page, problems } = await open(`${features.server.url}/index.html`, {
      colorScheme: 'light',
    });
    const bg = (): Promise<string> =>
      page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await bg();
    await page.locator('.theme-toggle').click();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await page.locator('.theme-toggle').getAttribute('aria-pressed')).toBe('true');
    const dark = await bg();
    expect(dark).not.toBe(light);
    await page.reload();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await bg()).toBe(dark);
    await page.goto(`${features.server.url}/operations/submitRender.html#submitRender`);
    await page.screenshot({ path: path.join(ARTIFACTS, 'task-lifecycle-dark.png') });
    await page.locator('.theme-toggle').click();
    expect(await bg()).toBe(light);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('follows prefers-color-scheme when no choice is saved', async () => {
    const { context, page } = await open(`${features.server.url}/index.html`, {
      colorScheme: 'dark',
    });
    expect(await page.locator('html').getAttribute('data-theme')).toBeNull();
    expect(await page.locator('.theme-toggle').getAttribute('aria-pressed')).toBe('true');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(15, 19, 24)');
    await context.close();
  });

  it('fits a phone: no layout shift on load, no sideways scrolling, a working menu', async () => {
    const { context, page, problems } = await open(`${shell.server.url}/families/midjourney.html`, {
      viewport: { width: 375, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const shift = await layoutShift(page, 300);
    expect(shift).toBeLessThan(0.01);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await page.locator('#sidebar').isVisible()).toBe(true);
    const sidebarBox = await page.locator('#sidebar').boundingBox();
    expect(sidebarBox!.x + sidebarBox!.width).toBeLessThanOrEqual(0); // off-canvas until opened
    await page.locator('.nav-toggle').click();
    expect(await page.locator('.nav-toggle').getAttribute('aria-expanded')).toBe('true');
    await page.waitForFunction(
      () => document.querySelector('#sidebar')!.getBoundingClientRect().x === 0,
      undefined,
      { timeout: PAGE_WAIT_MS },
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'phone-menu.png') });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('copies a code sample to the clipboard', async () => {
    const { context, page, problems } = await open(
      `${features.server.url}/operations/submitRender.html`,
    );
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: features.server.url,
    });
    const block = page.locator('#submitRender-samples-curl .code');
    await block.locator('button.copy').click();
    await waitForText(block.locator('button.copy'), /^Copied$/);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await block.locator('pre').textContent());
    expect(copied).toMatch(/^curl -X POST /);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('reveals an example that sits in a hidden tab when its anchor is opened', async () => {
    const { context, page, problems } = await open(
      `${features.server.url}/operations/createChatCompletion.html#createChatCompletion-ex-vision`,
    );
    await waitForVisible(page.locator('#createChatCompletion-ex-vision'));
    expect(await page.locator('#createChatCompletion-ex-basic').isVisible()).toBe(false);
    expect(
      await page.locator('#createChatCompletion-ex-vision-tab').getAttribute('aria-selected'),
    ).toBe('true');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('fills a named schema’s tree from its own page on demand, with working tabs and unique ids', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = watch(page);
    // As on a loaded machine: the schema pages take longer than a short poll would wait.
    await page.route(/\/schemas\/Chat(Request|Message)\.html$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto(`${features.server.url}/operations/createChatCompletion.html`, {
      waitUntil: 'load',
    });
    // The request body's schema is open from the start: its fields arrive from ChatRequest's page.
    const body = page.locator('details.on-demand[data-src*="ChatRequest.html"]').first();
    await waitForAttribute(body, 'data-state', 'loaded');
    expect(await body.locator('table.props code').first().textContent()).toBe('model');
    // Nested named schemas stay closed until opened: the messages' union loads when asked for.
    const union = body.locator('details.on-demand[data-src*="ChatMessage.html"]');
    expect(await union.getAttribute('data-state')).toBeNull();
    await union.locator('summary').click();
    await waitForAttribute(union, 'data-state', 'loaded');
    const userTab = union.locator('[role="tab"]', { hasText: 'user · UserMessage' });
    await userTab.click();
    const panel = page.locator(`#${await userTab.getAttribute('aria-controls')}`);
    expect(await panel.isVisible()).toBe(true);
    // Links in a loaded tree still lead to the schema pages.
    const href = await union.locator('a[href*="UserMessage.html"]').first().getAttribute('href');
    expect(new URL(href!).pathname).toBe('/schemas/UserMessage.html');
    const duplicates = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
      return ids.filter((id, i) => ids.indexOf(id) !== i);
    });
    expect(duplicates).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('works from file:// — styles, scripts and search without a server', async () => {
    const url = pathToFileURL(
      path.join(features.dir, 'operations', 'createChatCompletion.html'),
    ).href;
    const { context, page, problems } = await open(url);
    expect(
      await page.evaluate(() => getComputedStyle(document.querySelector('.topbar')!).position),
    ).toBe('sticky');
    await page.locator('#search-input').fill('render task');
    await waitForCount(page.locator('#search-results [role="option"]:not([aria-disabled])'), 1);
    await page.keyboard.press('Enter');
    await page.waitForURL(
      (u) => u.protocol === 'file:' && /\/\w+\/\w*render\w*\.html$/i.test(u.pathname),
    );
    // The sidebar is drawn from nav.js from file:// too.
    await waitForCount(page.locator('#sidebar .nav-families a'), 1);
    expect(problems).toEqual([]);
    // Schema trees are not fetched from file:// (the browser refuses): the link to the page stays.
    await page.goto(url);
    const tree = page.locator('details.on-demand[open]').first();
    expect(await tree.locator('.on-demand-link a').getAttribute('href')).toMatch(
      /^\.\.\/schemas\//,
    );
    expect(await tree.getAttribute('data-state')).toBeNull();
    expect(problems).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'file-url.png') });
    await context.close();
  });

  it('draws the sidebar from the shared nav.js, marking the current operation', async () => {
    const { context, page, problems } = await open(
      `${shell.server.url}/operations/${imagine.operationId}.html`,
    );
    const current = page.locator('#sidebar .nav-ops a[aria-current="page"]');
    await waitForCount(current, 1);
    expect(await current.count()).toBe(1);
    expect(await current.textContent()).toContain(imagine.summary!);
    // Only the current family lists its operations; every family is listed.
    const families = new Set(shell.ir.operations.map((o) => o.tag));
    expect(await page.locator('#sidebar .nav-families > li').count()).toBe(families.size);
    expect(await page.locator('#sidebar .nav-ops').count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('sends a link of the one-page-per-family layout on to the operation page', async () => {
    const { context, page, problems } = await open(
      `${features.server.url}/families/chat.html#createChatCompletion`,
    );
    await page.waitForURL((u) => u.pathname === '/operations/createChatCompletion.html');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('switches the interface to 中文, keeps it across reloads, and picks it from the browser language', async () => {
    const { context, page, problems } = await open(
      `${features.server.url}/operations/createChatCompletion.html`,
    );
    const lang = (): Promise<(string | null)[]> =>
      page.evaluate(() => [
        document.documentElement.lang,
        document.documentElement.getAttribute('data-lang'),
      ]);
    expect(await lang()).toEqual(['en', 'en']);
    // The description shows in the interface language (x-description-zh), switched by CSS alone.
    const description = page.locator('#createChatCompletion .bi-desc');
    const shown = (): Promise<string> =>
      description.evaluate((el) => (el as HTMLElement).innerText);
    expect(await shown()).toMatch(/^Answers a list of messages/);
    expect(await shown()).not.toMatch(/回答/);
    const overview = page.locator('#sidebar [data-i18n="nav.overview"]');
    expect(await overview.textContent()).toBe('Overview');
    await page.locator('.lang-toggle').click();
    expect(await lang()).toEqual(['zh', 'zh']);
    expect(await overview.textContent()).toBe('概览');
    expect(await shown()).toMatch(/^回答一组消息/);
    expect(await shown()).not.toMatch(/Answers/);
    await page.reload();
    expect(await lang()).toEqual(['zh', 'zh']);
    expect(await overview.textContent()).toBe('概览');
    expect(
      await page.locator('[data-i18n="h.params"], [data-i18n="h.body"]').first().textContent(),
    ).toMatch(/参数|请求体/);
    expect(await page.locator('#search-input').getAttribute('placeholder')).toBe('搜索…');
    // Labels repeated on every block are translated by their class.
    expect(await page.locator('button.copy').first().textContent()).toBe('复制');
    expect(await page.locator('.badge.req').first().textContent()).toBe('必填');
    expect(await page.locator('.op-badges .badge[title]').first().textContent()).toMatch(
      /^(可安全重试|发出后不重试)$/,
    );
    // The title shows in Chinese first.
    const title = page.locator('#createChatCompletion-title .bi');
    const first = await title.evaluate((el) => {
      const [en, zh] = [el.querySelector('.en')!, el.querySelector('.zh')!];
      return en.getBoundingClientRect().left < zh.getBoundingClientRect().left ? 'en' : 'zh';
    });
    expect(first).toBe('zh');
    // Search results follow the language.
    await page.locator('#search-input').fill('chat');
    await waitForText(page.locator('#search-results .r-kind').first(), /接口|分组|数据结构|页面/);
    await page.locator('.lang-toggle').click();
    await page.reload();
    expect(await lang()).toEqual(['en', 'en']);
    expect(await shown()).toMatch(/^Answers a list of messages/);
    expect(await page.locator('button.copy').first().textContent()).toBe('Copy');
    expect(problems).toEqual([]);
    await context.close();
    const zh = await open(`${features.server.url}/index.html`, { locale: 'zh-CN' });
    expect(await zh.page.evaluate(() => document.documentElement.getAttribute('data-lang'))).toBe(
      'zh',
    );
    expect(await zh.page.locator('#sidebar [data-i18n="nav.overview"]').textContent()).toBe('概览');
    await zh.context.close();
  });

  it('shows the Shell spec’s Chinese field descriptions (from the seed) in 中文 only', async () => {
    const { context, page, problems } = await open(
      `${shell.server.url}/operations/ideogramWebGetTask.html`,
    );
    const cell = page
      .locator('#ideogramWebGetTask table.props tr', {
        has: page.locator('code', { hasText: /^request_id$/ }),
      })
      .first()
      .locator('td')
      .nth(2);
    const text = (): Promise<string> => cell.evaluate((el) => (el as HTMLElement).innerText.trim());
    expect(await text()).toBe('Id of the generation request to look up.');
    await page.locator('.lang-toggle').click();
    expect(await text()).toBe('查询id');
    await page.locator('.lang-toggle').click();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('saved screenshots as test artifacts', async () => {
    for (const name of [
      'index-light.png',
      'imagine-light.png',
      'task-lifecycle-dark.png',
      'phone-menu.png',
    ]) {
      expect((await stat(path.join(ARTIFACTS, name))).size).toBeGreaterThan(1000);
    }
  });
});
