/**
 * The try-it console in a real browser (Debian's chromium through playwright-core) against the mock
 * serving the docs on its own origin (`mock --docs`): JSON, multipart, SSE, binary and task calls,
 * where the key goes, validation before sending, a blocked cross-origin call, and file://.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import axe from 'axe-core';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS, RUN_BROWSER } from './chromium.js';
import type { ApiIr, Json, OperationIr } from '../../generator/ir/types.js';
import { buildSamples } from '../../generator/emit/docs/samples.js';
import { startMockFromIr, type MockServer } from '../../generator/emit/mock/serve.js';
import { serverBase } from '../../generator/emit/surface/mock-routes.js';
import {
  consoleEnvScript,
  DOCS_PREFIX,
  mockDocsSite,
} from '../../generator/emit/docs/mock-site.js';
import { STATIC_CONSOLE_ENV } from '../../generator/emit/docs/console-assets.js';
import type { StaticSite } from '../../generator/emit/types.js';
import { emitContext, irFor, SHELL_SPEC, writeFiles } from './helpers.js';
import { waitForText } from './page-waits.js';

const KEY = 'sk-console-secret-7d41';

/** Console errors and uncaught exceptions of a page. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

/** Serious and critical axe-core violations of the page as it is now (rule id: first offending nodes). */
async function axeProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  const violations = await page.evaluate(async () => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    const result = await run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.join(' | ')}`);
}

/** The operation with `fields` set in every request body example. */
function withBody(op: OperationIr, fields: Record<string, Json>): OperationIr {
  const set = <T extends { value: Json }>(e: T): T => ({
    ...e,
    value: { ...(e.value as Record<string, Json>), ...fields },
  });
  return {
    ...op,
    requestBody: {
      ...op.requestBody!,
      contents: op.requestBody!.contents.map((c) => ({
        ...c,
        examples: c.examples.map(set),
        ...(c.example ? { example: set(c.example) } : {}),
      })),
    },
  };
}

/** Opens the console of one operation on a family page and waits for its form. */
async function openConsole(page: Page, url: string, operationId: string): Promise<string> {
  await page.goto(`${url}#${operationId}`);
  const hook = `.try[data-try="${operationId}"]`;
  await page.locator(`${hook} > .try-toggle`).click();
  await page.locator(`${hook} form`).waitFor();
  return hook;
}

describe.skipIf(!RUN_BROWSER)('try-it console', () => {
  let browser: Browser;
  let ir: ApiIr;
  let site: StaticSite;
  /** Real clock at 50x: tasks finish in well under a second, and the console polls 50x faster. */
  let fast: MockServer;
  /** Manual clock stepping streams and tasks: nothing moves until the test advances the clock. */
  let stepped: MockServer;
  const origin = (server: MockServer): string => new URL(server.url).origin;
  const docs = (server: MockServer, page: string): string =>
    `${origin(server)}${DOCS_PREFIX}${page}`;

  beforeAll(async () => {
    ir = await irFor(SHELL_SPEC);
    site = await mockDocsSite(ir, await emitContext(), 50);
    fast = await startMockFromIr(ir, { speed: 50, site, callbacks: false });
    const files = new Map(site.files);
    files.set(
      'assets/console-env.js',
      consoleEnvScript({
        sameOrigin: true,
        pollScale: 0.02,
        basePath: serverBase(ir.servers).basePath,
      }),
    );
    stepped = await startMockFromIr(ir, {
      clock: 'manual',
      stepStreams: true,
      streamDelayMs: 100,
      callbacks: false,
      site: { prefix: site.prefix, files },
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await fast?.close();
    await stepped?.close();
  });

  it('sends a JSON call built from the form and pretty-prints the answer', async () => {
    const page = await browser.newPage();
    const problems = watch(page);
    const hook = await openConsole(page, docs(fast, 'families/embeddings.html'), 'createEmbedding');
    // Prefilled from the IR's example, the same value the samples send.
    const model = await page.locator(`${hook} [data-field="model"]`).inputValue();
    expect(model).not.toBe('');
    expect(await page.locator(`${hook} [data-field="base-url"]`).inputValue()).toBe(origin(fast));
    const typed = `it's "the console"`;
    await page.locator(`${hook} [data-field="input"]`).fill(typed);
    // The samples follow the form: each equals the printer's output for that request, on the mock.
    const op = ir.operations.find((o) => o.operationId === 'createEmbedding')!;
    const expected = buildSamples(ir, withBody(op, { input: typed }), { baseUrl: origin(fast) });
    const shown = async (lang: string): Promise<string | null> =>
      page.locator(`#createEmbedding-samples-${lang} pre`).textContent();
    expect(await shown('curl')).toBe(expected.curl);
    expect(await shown('pythonHttp')).toBe(expected.pythonHttp);
    expect(await shown('python')).toBe(buildSamples(ir, withBody(op, { input: typed })).python);
    expect(await shown('typescript')).toBe(
      buildSamples(ir, withBody(op, { input: typed })).typescript,
    );
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.url().endsWith('/v1/embeddings')),
      page.locator(`${hook} .try-send`).click(),
    ]);
    expect(JSON.parse(request.postData() ?? '{}')).toMatchObject({
      model,
      input: typed,
    });
    await waitForText(page.locator(`${hook} .try-status`), /^200/);
    const body = await page.locator(`${hook} .try-body`).textContent();
    expect(JSON.parse(body!)).toHaveProperty('data');
    expect(body).toContain('\n  '); // pretty-printed
    expect(problems).toEqual([]);
    await page.close();
  });

  it('refills number and boolean slots of the samples from the form', async () => {
    const page = await browser.newPage();
    const problems = watch(page);
    const op = ir.operations.find((o) => o.operationId === 'lumaCreateGeneration')!;
    const hook = await openConsole(
      page,
      docs(fast, `operations/${op.operationId}.html`),
      op.operationId,
    );
    const loop = page.locator(`${hook} [data-field="loop"]`);
    if ((await loop.evaluate((e) => e.tagName)) === 'SELECT') await loop.selectOption('true');
    else await loop.fill('true');
    await page.locator(`${hook} [data-field="aspect_ratio"]`).fill('9:16');
    const expected = buildSamples(ir, withBody(op, { loop: true, aspect_ratio: '9:16' }), {
      baseUrl: origin(fast),
    });
    const sdk = buildSamples(ir, withBody(op, { loop: true, aspect_ratio: '9:16' }));
    const shown = async (lang: string): Promise<string | null> =>
      page.locator(`#${op.operationId}-samples-${lang} pre`).textContent();
    expect(await shown('curl')).toBe(expected.curl);
    expect(await shown('pythonHttp')).toBe(expected.pythonHttp);
    expect(await shown('python')).toBe(sdk.python);
    expect(await shown('typescript')).toBe(sdk.typescript);
    expect(sdk.python).toContain('loop=True');
    // A number: typed as text, written as the literal the printer writes.
    const flux = ir.operations.find((o) => o.operationId === 'fluxCreateDev')!;
    const fluxHook = await openConsole(
      page,
      docs(fast, `operations/${flux.operationId}.html`),
      flux.operationId,
    );
    await page.locator(`${fluxHook} [data-field="steps"]`).fill('12');
    const fluxExpected = buildSamples(ir, withBody(flux, { steps: 12 }), {
      baseUrl: origin(fast),
    });
    const fluxShown = async (lang: string): Promise<string | null> =>
      page.locator(`#${flux.operationId}-samples-${lang} pre`).textContent();
    expect(await fluxShown('curl')).toBe(fluxExpected.curl);
    expect(await fluxShown('python')).toBe(buildSamples(ir, withBody(flux, { steps: 12 })).python);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('uploads a file as multipart/form-data', async () => {
    const page = await browser.newPage();
    const hook = await openConsole(page, docs(fast, 'families/audio.html'), 'createTranscription');
    // No file yet: the mock's validator (files required in multipart) stops the call.
    await page.locator(`${hook} .try-send`).click();
    const fileError = page.locator(`${hook} [data-field="file"] ~ .try-field-error`);
    await waitForText(fileError, 'is required');
    expect(await fileError.textContent()).toContain('is required');
    await page.locator(`${hook} [data-field="file"]`).setInputFiles({
      name: 'speech.mp3',
      mimeType: 'audio/mpeg',
      buffer: Buffer.from('ID3 fake audio bytes'),
    });
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.url().endsWith('/v1/audio/transcriptions')),
      page.locator(`${hook} .try-send`).click(),
    ]);
    expect(request.headers()['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    // The mock answers 200 only when the required file part arrived as a file.
    await waitForText(page.locator(`${hook} .try-status`), /^200/);
    expect(await fileError.isVisible()).toBe(false);
    await page.close();
  });

  it('shows SSE events as they arrive, before the stream ends', async () => {
    const page = await browser.newPage();
    const hook = await openConsole(
      page,
      docs(stepped, 'families/chat.html'),
      'createChatCompletion',
    );
    await page.locator(`${hook} [data-field="stream"]`).fill('true');
    await page.locator(`${hook} .try-send`).click();
    const events = page.locator(`${hook} .try-events > li`);
    // The clock has not moved: only what the mock sends before its first pause can be there.
    let advanced = 0;
    while ((await events.count()) === 0 && advanced < 50) {
      stepped.clock.advance(100);
      advanced++;
      // Each step waits for the event itself (not a fixed 20 ms a loaded machine may not keep).
      await events
        .first()
        .waitFor({ state: 'attached', timeout: 200 })
        .catch(() => undefined);
    }
    const early = await events.count();
    expect(early).toBeGreaterThan(0);
    const done = page.locator(`${hook} .try-meta.done`);
    expect(await done.count()).toBe(0);
    for (let i = 0; i < 200 && (await done.count()) === 0; i++) {
      stepped.clock.advance(100);
      await done.waitFor({ state: 'attached', timeout: 50 }).catch(() => undefined);
    }
    await done.waitFor();
    expect(await events.count()).toBeGreaterThan(early);
    await page.close();
  });

  it('shows a binary answer inline', async () => {
    const page = await browser.newPage();
    const hook = await openConsole(page, docs(fast, 'families/audio.html'), 'createSpeech');
    await page.locator(`${hook} .try-send`).click();
    const audio = page.locator(`${hook} audio.try-media`);
    await audio.waitFor();
    expect(await audio.getAttribute('src')).toMatch(/^blob:/);
    expect(await page.locator(`${hook} .try-meta`).first().textContent()).toContain('audio/');
    await page.close();
  });

  it('waits for a task to its end, showing each state', async () => {
    const page = await browser.newPage();
    const hook = await openConsole(
      page,
      docs(stepped, 'families/midjourney.html'),
      'mjSubmitImagine',
    );
    await page.locator(`${hook} .try-send`).click();
    await page.locator(`${hook} .try-wait`).click();
    const final = page.locator(`${hook} .try-task-final`);
    const shown = page.locator(`${hook} .try-task-states > li[data-state]`);
    await shown.first().waitFor();
    // The task moves only with the clock: each step lets the console's polls see where it is.
    for (let i = 0; i < 100 && (await final.count()) === 0; i++) {
      stepped.clock.advance(1000);
      await page.waitForTimeout(150);
    }
    await final.waitFor();
    const states = await shown.evaluateAll((items) =>
      items.map((i) => i.getAttribute('data-state')),
    );
    expect(states[0]).toBe('queued');
    expect(states).toContain('running');
    expect(states.at(-1)).toBe('succeeded');
    expect(await final.textContent()).toContain('succeeded');
    await page.close();
  });

  it('keeps the key in sessionStorage and sends it only with the call', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests: Request[] = [];
    page.on('request', (r) => requests.push(r));
    const hook = await openConsole(page, docs(fast, 'families/embeddings.html'), 'createEmbedding');
    await page.locator(`${hook} [data-field="api-key"]`).fill(KEY);
    await page.locator(`${hook} .try-send`).click();
    await waitForText(page.locator(`${hook} .try-status`), /^200/);
    const call = requests.filter((r) => r.url().endsWith('/v1/embeddings'));
    expect(call).toHaveLength(1);
    expect(call[0]!.headers().authorization).toBe(`Bearer ${KEY}`);
    for (const r of requests) {
      expect(r.url()).not.toContain(KEY);
      if (r !== call[0])
        expect(JSON.stringify(r.headers()) + (r.postData() ?? '')).not.toContain(KEY);
    }
    expect(page.url()).not.toContain(KEY);
    const stored = await page.evaluate(() => ({
      local: JSON.stringify({ ...localStorage }),
      session: JSON.stringify({ ...sessionStorage }),
      cookie: document.cookie,
    }));
    expect(stored.local).not.toContain(KEY);
    expect(stored.cookie).not.toContain(KEY);
    expect(stored.session).toContain(KEY);
    // A reload in the same tab keeps it; the field is a password field.
    await page.reload();
    await page.locator(`${hook} > .try-toggle`).click();
    expect(await page.locator(`${hook} [data-field="api-key"]`).inputValue()).toBe(KEY);
    expect(await page.locator(`${hook} [data-field="api-key"]`).getAttribute('type')).toBe(
      'password',
    );
    await context.close();
  });

  it('shows the validator message for a bad field and sends nothing', async () => {
    const page = await browser.newPage();
    const calls: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/v1/')) calls.push(r.url());
    });
    const hook = await openConsole(page, docs(fast, 'families/embeddings.html'), 'createEmbedding');
    await page.locator(`${hook} [data-field="model"]`).fill('');
    await page.locator(`${hook} [data-field="dimensions"]`).fill('many');
    await page.locator(`${hook} .try-send`).click();
    const modelError = page.locator(`${hook} [data-field="model"] ~ .try-field-error`);
    await waitForText(modelError, 'is required');
    expect(await modelError.textContent()).toContain('is required');
    expect(
      await page.locator(`${hook} [data-field="dimensions"] ~ .try-field-error`).textContent(),
    ).toContain('must be integer');
    expect(await page.locator(`${hook} [data-field="model"]`).getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(await page.locator(`${hook} .try-summary`).isVisible()).toBe(true);
    await page.waitForTimeout(100);
    expect(calls).toEqual([]);
    await page.close();
  });

  it('explains a blocked cross-origin call', async () => {
    const page = await browser.newPage();
    const hook = await openConsole(page, docs(fast, 'families/embeddings.html'), 'createEmbedding');
    // Port 9 on 127.0.0.1 (discard) is closed: the browser's fetch fails with a TypeError.
    await page.locator(`${hook} [data-field="base-url"]`).fill('http://127.0.0.1:9');
    await page.locator(`${hook} .try-send`).click();
    const error = page.locator(`${hook} .try-error`);
    await error.waitFor();
    expect(await error.textContent()).toMatch(/CORS/);
    await page.close();
  });

  it('works from file:// against a base URL the browser may reach', async () => {
    // The site as generated (not as the mock serves it): no same-origin default, no stand-in key.
    const files = [...site.files].map(([p, contents]) => ({
      path: `docs/${p}`,
      contents: p === 'assets/console-env.js' ? STATIC_CONSOLE_ENV : contents,
      format: 'none' as const,
    }));
    const dir = await writeFiles(files, 'docs-console-');
    const page = await browser.newPage();
    const problems = watch(page);
    const url = pathToFileURL(path.join(dir, 'docs/families/embeddings.html')).href;
    const hook = await openConsole(page, url, 'createEmbedding');
    expect(await page.locator(`${hook} [data-field="base-url"]`).inputValue()).toMatch(/^https:/);
    await page.locator(`${hook} [data-field="base-url"]`).fill(origin(fast));
    await page.locator(`${hook} [data-field="api-key"]`).fill(KEY);
    await page.locator(`${hook} .try-send`).click();
    await waitForText(page.locator(`${hook} .try-status`), /^200/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('has no serious or critical axe-core violations, console open, and works by keyboard', async () => {
    const page = await browser.newPage();
    await page.goto(docs(fast, 'index.html'));
    expect(await axeProblems(page)).toEqual([]);
    await page.goto(`${docs(fast, 'families/chat.html')}#createChatCompletion`);
    const hook = '.try[data-try="createChatCompletion"]';
    // Keyboard only: focus the toggle, open with Enter, the first field takes focus, submit with Enter.
    await page.locator(`${hook} > .try-toggle`).focus();
    await page.keyboard.press('Enter');
    await page.locator(`${hook} form`).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-field'))).toBe(
      'base-url',
    );
    await page.keyboard.press('Enter');
    await waitForText(page.locator(`${hook} .try-status`), /^200/);
    expect(await axeProblems(page)).toEqual([]);
    await page.close();
  });

  it('has no serious or critical axe-core violations in the dark scheme either', async () => {
    // The theme is only `color-scheme`: the dark colours are a second palette to check.
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    for (const at of ['index.html', 'operations/mjSubmitImagine.html', 'families/chat.html']) {
      await page.goto(docs(fast, at));
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
        true,
      );
      expect({ at, problems: await axeProblems(page) }).toEqual({ at, problems: [] });
    }
    await context.close();
  });
});
