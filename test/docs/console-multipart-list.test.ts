/**
 * A multipart list field filled in the try-it console (headless chromium) enters every request
 * sample as the printers write that request: one curl `-F` and one Python (HTTP) part per item,
 * a TypeScript and a Python list (review 5 F2: Send and the SDKs sent the parts, the samples left
 * the field out). The curl sample the page shows runs against the mock.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { RUN_BROWSER } from './chromium.js';
import type { OperationIr } from '../../generator/ir/types.js';
import {
  consoleSiteFor,
  HAS_CURL,
  OK_RESPONSES,
  openConsole,
  printedSamples,
  runCurl as runSample,
  shownSamples,
  withBody,
} from './console-site.js';
import { waitForText } from './page-waits.js';

const spec = `openapi: 3.1.0
info: { title: Uploads, version: '1' }
tags: [{ name: files }]
paths:
  /files:
    post:
      operationId: uploadFile
      tags: [files]
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              required: [file]
              properties:
                file: { type: string, format: binary }
                purpose: { type: string, enum: [a, b] }
                tags: { type: array, items: { type: string, minLength: 1 } }
      responses: ${OK_RESPONSES}
`;

describe.skipIf(!RUN_BROWSER)('try-it console: a multipart list field in the samples', () => {
  const site = consoleSiteFor(spec);

  beforeAll(async () => {
    // The file the curl sample uploads, beside it.
    await writeFile(path.join(site().dir, 'file.bin'), 'bytes');
  });

  const shown = (page: Page) => shownSamples(page, 'uploadFile');
  const printed = (o: OperationIr) => printedSamples(site().ir, o, site().origin);
  const runCurl = (curl: string) => runSample(curl, site().dir);

  it('each item of a filled list is a part in curl and Python (HTTP), and a list in TypeScript and Python', async () => {
    const { page, field } = await openConsole(site(), 'files', 'uploadFile');
    const op = site().operation('uploadFile');
    await field('purpose').selectOption('b');
    await field('tags').fill('["x","y it\'s"]');
    const now = await shown(page);
    expect(now).toEqual(printed(withBody(op, { file: '', purpose: 'b', tags: ['x', "y it's"] })));
    expect(now.curl).toContain(`-F 'tags=x' \\\n  -F 'tags=y it'\\''s'`);
    expect(now.typescript).toContain(`tags: ['x', 'y it\\'s'],`);
    expect(now.python).toContain('tags=[\n        "x",\n        "y it\'s",\n    ],');
    expect(now.pythonHttp).toContain(`("tags", (None, "x")),\n        ("tags", (None, "y it's")),`);
    if (HAS_CURL) {
      const r = await runCurl(now.curl!);
      expect(r.status, r.out).toBe('200');
      // The mock reads every part the sample sends: an empty item is refused (minLength 1).
      await field('tags').fill('["x",""]');
      const bad = await runCurl((await shown(page)).curl!);
      expect(bad.status, bad.out).toBe('400');
    }
    // Cleared: the field leaves every sample.
    await field('tags').fill('');
    await field('purpose').selectOption('');
    expect(await shown(page)).toEqual(printed(op));
    await page.close();
  });

  it('an empty list sends no part, and leaves every sample as Send leaves it', async () => {
    const { page, hook, field } = await openConsole(site(), 'files', 'uploadFile');
    const op = site().operation('uploadFile');
    await field('tags').fill('[]');
    await field('file').setInputFiles({
      name: 'a.bin',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('x'),
    });
    // The parts Send hands to fetch (a body with a file is not readable from the request).
    await page.evaluate(() => {
      const send = window.fetch;
      window.fetch = (url, init) => {
        const w = window as unknown as { sentParts: string[] };
        if (init?.body instanceof FormData) w.sentParts = [...init.body.keys()];
        return send(url, init);
      };
    });
    await page.locator(`${hook} .try-send`).click();
    await waitForText(page.locator(`${hook} .try-status`), /^200/);
    expect(
      await page.evaluate(() => (window as unknown as { sentParts: string[] }).sentParts),
    ).toEqual(['file']);
    const now = await shown(page);
    expect(now.curl).not.toContain('tags');
    expect(now).toEqual(printed(op));
    await page.close();
  });
});
