/**
 * A one-spec try-it console for the browser tests: the spec written to a scratch folder, its docs
 * served by the mock (`mock --docs`, same origin) and headless chromium, closed together.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.js';
import { startMockFromIr, type MockServer } from '../../generator/emit/mock/serve.js';
import { mockDocsSite } from '../../generator/emit/docs/mock-site.js';
import { emitContext, irFor } from './helpers.js';

export interface ConsoleSite {
  browser: Browser;
  server: MockServer;
  close(): Promise<void>;
}

export async function startConsoleSite(specYaml: string): Promise<ConsoleSite> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'shellapi-console-'));
  const file = path.join(work, 'openapi.yaml');
  await writeFile(file, specYaml);
  const ir = await irFor(file);
  const site = await mockDocsSite(ir, await emitContext(), 1);
  const server = await startMockFromIr(ir, { site, callbacks: false });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    browser,
    server,
    async close() {
      await browser.close();
      await server.close();
      await rm(work, { recursive: true, force: true });
    },
  };
}
