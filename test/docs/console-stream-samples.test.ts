/**
 * The stream flag in the try-it console (headless chromium): turned on in the form, the request
 * samples become the streaming call the printers write for that request (curl with the flag and
 * `-N`, the SDKs' streaming call and its event loop, Python (HTTP) reading the lines), with the
 * optional fields the form holds; turned off, the plain call again (review 6 F4: the samples kept
 * the off value whatever the form said). A flag that defaults to on streams when left empty, as
 * the mock decides it (negotiate.ts `streamFlagged`).
 */
import { describe, expect, it } from 'vitest';
import { RUN_BROWSER } from './chromium.js';
import type { OperationIr } from '../../generator/ir/types.js';
import {
  consoleSiteFor,
  openConsole,
  printedSamples,
  shownSamples,
  withBody,
} from './console-site.js';
import { waitForCount } from './page-waits.js';

const answer = `'200':
          description: The answer, or its events
          content:
            application/json:
              schema: { type: object, required: [text], properties: { text: { type: string } } }
            text/event-stream:
              schema: { type: string }`;
const events = `x-stream:
        requestFlag: stream
        itemSchema: { type: object, required: [delta], properties: { delta: { type: string } } }
        terminator: '[DONE]'`;

const spec = `openapi: 3.1.0
info: { title: Streams, version: '1' }
tags: [{ name: text }]
paths:
  /complete:
    post:
      operationId: complete
      tags: [text]
      ${events}
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [prompt]
              properties:
                prompt: { type: string }
                stream: { type: boolean }
                max_tokens: { type: integer }
            example: { prompt: hi }
      responses:
        ${answer}
  /chat:
    post:
      operationId: chat
      tags: [text]
      ${events}
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [prompt]
              properties:
                prompt: { type: string }
                stream: { type: boolean, default: true }
            example: { prompt: hello }
      responses:
        ${answer}
`;

describe.skipIf(!RUN_BROWSER)('try-it console: the stream flag in the samples', () => {
  const site = consoleSiteFor(spec);

  const shown = shownSamples;
  const printed = (o: OperationIr, stream: boolean) =>
    printedSamples(site().ir, o, site().origin, stream);
  const open = async (id: string) => ({
    ...(await openConsole(site(), 'text', id)),
    op: site().operation(id),
  });

  it('the flag turned on shows the streaming call in every language, with the fields filled in', async () => {
    const { page, hook, field, op } = await open('complete');
    expect(await shown(page, 'complete')).toEqual(printed(op, false));
    await field('stream').fill('true');
    await field('max_tokens').fill('5');
    const now = await shown(page, 'complete');
    // In the form's order, as Send sends it.
    expect(now).toEqual(printed(withBody(op, { prompt: 'hi', stream: true, max_tokens: 5 }), true));
    expect(now.curl).toMatch(/^curl -N /);
    expect(now.curl).toContain('"stream": true,');
    expect(now.typescript).toContain('for await (const event of stream)');
    expect(now.python).toContain('stream=True');
    // The mock streams what the form sends.
    await page.locator(`${hook} .try-send`).click();
    await waitForCount(page.locator(`${hook} .try-meta.done`), 1);
    expect(await page.locator(`${hook} .try-meta.done`).count()).toBe(1);
    // Off again: the plain call, the field still in it, and the flag sent `false` as Send sends it.
    await field('stream').fill('false');
    const off = await shown(page, 'complete');
    expect(off).toEqual(
      printed(withBody(op, { prompt: 'hi', stream: false, max_tokens: 5 }), false),
    );
    expect(off.curl).toContain('"stream": false,');
    expect(off.typescript).toContain('stream: false,');
    expect(off.python).toContain('stream=False');
    expect(off.pythonHttp).toContain('"stream": False,');
    const sent = page.waitForRequest((r) => r.url().endsWith('/complete'));
    await page.locator(`${hook} .try-send`).click();
    expect((await sent).postDataJSON()).toEqual({ prompt: 'hi', stream: false, max_tokens: 5 });
    // Left empty: no flag sent, none shown.
    await field('stream').fill('');
    expect(await shown(page, 'complete')).toEqual(
      printed(withBody(op, { prompt: 'hi', max_tokens: 5 }), false),
    );
    await page.close();
  });

  it('the streaming block follows the form too, whatever the flag says', async () => {
    const { page, field, op } = await open('complete');
    const streamBlock = () => shown(page, 'complete', 'stream-samples');
    expect(await streamBlock()).toEqual(printed(op, true));
    await field('max_tokens').fill('7');
    await field('prompt').fill("it's");
    const now = await streamBlock();
    // In the form's order (the flag where the form has it).
    expect(now).toEqual(
      printed(withBody(op, { prompt: "it's", stream: true, max_tokens: 7 }), true),
    );
    expect(now.curl).toContain('"max_tokens": 7');
    expect(now.python).toContain('max_tokens=7');
    // The flag on or off changes nothing in it.
    await field('stream').fill('false');
    expect(await streamBlock()).toEqual(now);
    await page.close();
  });

  it('a flag that defaults to on streams when left empty, and is plain when sent false', async () => {
    const { page, field, op } = await open('chat');
    expect(await shown(page, 'chat')).toEqual(printed(op, false));
    await field('stream').fill('');
    expect(await shown(page, 'chat')).toEqual(printed(op, true));
    await field('prompt').fill("it's");
    expect(await shown(page, 'chat')).toEqual(printed(withBody(op, { prompt: "it's" }), true));
    await page.close();
  });
});
