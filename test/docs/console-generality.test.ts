/**
 * The try-it console on public specs (petstore, museum, a sample of openai's pages): every page
 * loads without console errors and every operation's console form renders when opened.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS, RUN_BROWSER } from './chromium.js';
import { docsSite } from '../helpers/docs-site.js';
import { REPO } from './helpers.js';
import { serveDirectory, type StaticServer } from './static-server.js';
import { waitForCount } from './page-waits.js';

const SPECS = path.join(REPO, '..', 'shared', 'specs');

/** Operation pages of a spec: all of them, or every n-th for large ones (keeps the test short). */
function pagesOf(paths: string[], sample: number): string[] {
  const ops = paths
    .filter((p) => /^docs\/(families|operations)\/.*\.html$/.test(p))
    .map((p) => p.slice('docs/'.length))
    .sort();
  const step = Math.max(1, Math.ceil(ops.length / sample));
  return ['index.html', ...ops.filter((_, i) => i % step === 0)];
}

const specs = ['petstore', 'museum', 'openai'].filter((name) =>
  existsSync(path.join(SPECS, `${name}.yaml`)),
);

describe.skipIf(!RUN_BROWSER || specs.length === 0)('try-it console on public specs', () => {
  let browser: Browser;
  const servers: StaticServer[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    for (const s of servers) await s.close();
  });

  it.each(specs)('%s: pages load cleanly and every console form renders', async (name) => {
    const { files, dir } = await docsSite(path.join(SPECS, `${name}.yaml`));
    const server = await serveDirectory(path.join(dir, 'docs'));
    servers.push(server);
    const pages = pagesOf(
      files.map((f) => f.path),
      name === 'openai' ? 4 : 50,
    );
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
    let consoles = 0;
    for (const p of pages) {
      await page.goto(`${server.url}/${p}`);
      const hooks = await page.locator('.try[data-try]').count();
      const toggles = page.locator('.try[data-try] > .try-toggle');
      for (let i = 0; i < hooks; i++) await toggles.nth(i).click();
      if (hooks) {
        await waitForCount(page.locator('.try form'), hooks);
        expect(await page.locator('.try form').count()).toBe(hooks);
      }
      consoles += hooks;
    }
    expect(problems).toEqual([]);
    expect(server.missing).toEqual([]);
    expect(consoles).toBeGreaterThan(0);
    await page.close();
  });
});
