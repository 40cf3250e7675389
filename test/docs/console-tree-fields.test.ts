/**
 * Array and object fields of a JSON body in the try-it console (headless chromium): an optional
 * one the examples leave out (`metadata`, `stop`, `tools`, `response_format`) is offered as a
 * field sample, and every one, shown or not, is one slot holding the field's whole value, so the
 * samples send what Send sends (they left such fields out, and refilled only the example's own
 * leaves of a shown one). The curl sample the console shows runs against the mock.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RUN_BROWSER } from './chromium.js';
import { DOCS_PREFIX } from '../../generator/emit/docs/mock-site.js';
import type { Json, OperationIr } from '../../generator/ir/types.js';
import {
  printedSamples,
  runCurl,
  shownSamples,
  startConsoleSite,
  withBody,
  type ConsoleSite,
} from './console-site.js';

const spec = `openapi: 3.1.0
info: { title: Trees, version: '1' }
tags: [{ name: chat }]
paths:
  /chat:
    post:
      operationId: chat
      tags: [chat]
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [messages]
              properties:
                messages:
                  type: array
                  items: { type: object, required: [role, content], properties: { role: { type: string }, content: { type: string } } }
                metadata: { type: object, additionalProperties: { type: string } }
                stop: { type: array, items: { type: string } }
                tools:
                  type: array
                  items: { type: object, properties: { name: { type: string }, args: { type: object } } }
                response_format: { type: object, properties: { type: { type: string } } }
                max_tokens: { type: integer }
            example: { messages: [{ role: user, content: hi }] }
      responses:
        '200':
          description: ok
          content: { application/json: { schema: { type: object } } }
`;

describe.skipIf(!RUN_BROWSER)('try-it console: array and object body fields in the samples', () => {
  let site: ConsoleSite;

  beforeAll(async () => {
    site = await startConsoleSite(spec);
  });

  afterAll(async () => {
    await site?.close();
  });

  const origin = () => new URL(site.server.url).origin;
  const printed = (o: OperationIr) => printedSamples(site.ir, o, origin());

  it('filled in, they show in every sample as Send sends them, and curl runs', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${origin()}${DOCS_PREFIX}families/chat.html#chat`);
    const hook = '.try[data-try="chat"]';
    await page.locator(`${hook} > .try-toggle`).click();
    await page.locator(`${hook} form`).waitFor();
    const op = site.ir.operations.find((o) => o.operationId === 'chat')!;
    expect(await shownSamples(page, 'chat')).toEqual(printed(op));
    // In the form's order, as Send sends them.
    const body: { [key: string]: Json } = {
      messages: [
        { role: 'system', content: "it's short" },
        { role: 'user', content: 'hi' },
      ],
      metadata: { team: 'a b', run: '7' },
      stop: ['\n', 'END'],
      tools: [{ name: 'look', args: { depth: 2, deep: { on: true } } }],
      response_format: { type: 'json_object' },
      max_tokens: 9,
    };
    for (const [name, value] of Object.entries(body))
      await page
        .locator(`${hook} [data-field="${name}"]`)
        .fill(typeof value === 'object' ? JSON.stringify(value, null, 2) : String(value));
    const now = await shownSamples(page, 'chat');
    expect(now).toEqual(printed(withBody(op, body)));
    expect(now.typescript).toContain("stop: ['\\n', 'END'],");
    expect(now.python).toContain('metadata={\n        "team": "a b",');
    const [request] = await Promise.all([
      page.waitForRequest((r) => new URL(r.url()).pathname === '/chat'),
      page.locator(`${hook} .try-send`).click(),
    ]);
    expect(request.postDataJSON()).toEqual(body);
    const run = await runCurl(now.curl!);
    expect(run.status, run.out).toBe('200');
    // Emptied again: the fields leave the samples.
    for (const name of ['metadata', 'stop', 'tools', 'response_format', 'max_tokens'])
      await page.locator(`${hook} [data-field="${name}"]`).fill('');
    expect(await shownSamples(page, 'chat')).toEqual(
      printed(withBody(op, { messages: body.messages! })),
    );
    await page.close();
  });
});
