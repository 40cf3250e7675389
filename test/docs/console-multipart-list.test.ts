/**
 * A multipart list field filled in the try-it console (headless chromium) enters every request
 * sample as the printers write that request: one curl `-F` and one Python (HTTP) part per item,
 * a TypeScript and a Python list (review 5 F2: Send and the SDKs sent the parts, the samples left
 * the field out). The curl sample the page shows runs against the mock.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { RUN_BROWSER } from './chromium.js';
import { DOCS_PREFIX } from '../../generator/emit/docs/mock-site.js';
import { buildSamples } from '../../generator/emit/docs/samples.js';
import type { ApiIr, Json, OperationIr } from '../../generator/ir/types.js';
import { startConsoleSite, type ConsoleSite } from './console-site.js';
import { irFor } from './helpers.js';

const hasCurl = spawnSync('curl', ['--version']).status === 0;

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
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { type: object, required: [ok], properties: { ok: { const: true } } } } }
`;

/** The operation whose body example is `body`. */
function withBody(op: OperationIr, body: Json): OperationIr {
  return {
    ...op,
    requestBody: {
      ...op.requestBody!,
      contents: op.requestBody!.contents.map((c) => {
        const example = { name: 'default', origin: 'spec', source: c.source, value: body } as const;
        return { ...c, examples: [example], example };
      }),
    },
  };
}

describe.skipIf(!RUN_BROWSER)('try-it console: a multipart list field in the samples', () => {
  let site: ConsoleSite;
  let ir: ApiIr;
  let dir: string;

  beforeAll(async () => {
    site = await startConsoleSite(spec);
    dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-mplist-'));
    await writeFile(path.join(dir, 'openapi.yaml'), spec);
    await writeFile(path.join(dir, 'file.bin'), 'bytes');
    ir = await irFor(path.join(dir, 'openapi.yaml'));
  });

  afterAll(async () => {
    await site?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const origin = () => new URL(site.server.url).origin;

  async function shown(page: Page) {
    const text = (lang: string) => page.locator(`#uploadFile-samples-${lang} pre`).textContent();
    return {
      curl: await text('curl'),
      typescript: await text('typescript'),
      python: await text('python'),
      pythonHttp: await text('pythonHttp'),
    };
  }

  function printed(o: OperationIr) {
    const http = buildSamples(ir, o, { baseUrl: origin() });
    const sdk = buildSamples(ir, o);
    return {
      curl: http.curl,
      typescript: sdk.typescript,
      python: sdk.python,
      pythonHttp: http.pythonHttp,
    };
  }

  function runCurl(curl: string): Promise<{ status: string; out: string }> {
    return new Promise((resolve) => {
      const child = spawn('bash', ['-c', `${curl} -sS --max-time 20 -w '\\n%{http_code}'`], {
        cwd: dir,
      });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      child.on('close', () => resolve({ status: out.trim().split('\n').pop() ?? '', out }));
    });
  }

  it('each item of a filled list is a part in curl and Python (HTTP), and a list in TypeScript and Python', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${origin()}${DOCS_PREFIX}families/files.html#uploadFile`);
    const hook = `.try[data-try="uploadFile"]`;
    await page.locator(`${hook} > .try-toggle`).click();
    await page.locator(`${hook} form`).waitFor();
    const op = ir.operations.find((o) => o.operationId === 'uploadFile')!;
    await page.locator(`${hook} [data-field="purpose"]`).selectOption('b');
    await page.locator(`${hook} [data-field="tags"]`).fill('["x","y it\'s"]');
    const now = await shown(page);
    expect(now).toEqual(printed(withBody(op, { file: '', purpose: 'b', tags: ['x', "y it's"] })));
    expect(now.curl).toContain(`-F 'tags=x' \\\n  -F 'tags=y it'\\''s'`);
    expect(now.typescript).toContain(`tags: ['x', 'y it\\'s'],`);
    expect(now.python).toContain('tags=[\n        "x",\n        "y it\'s",\n    ],');
    expect(now.pythonHttp).toContain(`("tags", (None, "x")),\n        ("tags", (None, "y it's")),`);
    if (hasCurl) {
      const r = await runCurl(now.curl!);
      expect(r.status, r.out).toBe('200');
      // The mock reads every part the sample sends: an empty item is refused (minLength 1).
      await page.locator(`${hook} [data-field="tags"]`).fill('["x",""]');
      const bad = await runCurl((await shown(page)).curl!);
      expect(bad.status, bad.out).toBe('400');
    }
    // Cleared: the field leaves every sample.
    await page.locator(`${hook} [data-field="tags"]`).fill('');
    await page.locator(`${hook} [data-field="purpose"]`).selectOption('');
    expect(await shown(page)).toEqual(printed(op));
    await page.close();
  });

  it('an empty list sends no part, and leaves every sample as Send leaves it', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${origin()}${DOCS_PREFIX}families/files.html#uploadFile`);
    const hook = `.try[data-try="uploadFile"]`;
    await page.locator(`${hook} > .try-toggle`).click();
    await page.locator(`${hook} form`).waitFor();
    const op = ir.operations.find((o) => o.operationId === 'uploadFile')!;
    await page.locator(`${hook} [data-field="tags"]`).fill('[]');
    await page.locator(`${hook} [data-field="file"]`).setInputFiles({
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
    await expect.poll(() => page.locator(`${hook} .try-status`).textContent()).toMatch(/^200/);
    expect(
      await page.evaluate(() => (window as unknown as { sentParts: string[] }).sentParts),
    ).toEqual(['file']);
    const now = await shown(page);
    expect(now.curl).not.toContain('tags');
    expect(now).toEqual(printed(op));
    await page.close();
  });
});
