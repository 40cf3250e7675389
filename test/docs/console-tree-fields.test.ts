/**
 * Array and object fields of a JSON body in the try-it console (headless chromium): an optional
 * one the examples leave out (`metadata`, `stop`, `tools`, `response_format`) is offered as a
 * field sample, and every one, shown or not, is one slot holding the field's whole value, so the
 * samples send what Send sends (they left such fields out, and refilled only the example's own
 * leaves of a shown one). The curl sample the console shows runs against the mock.
 */
import { describe, expect, it } from 'vitest';
import { RUN_BROWSER } from './chromium.js';
import type { Json, OperationIr } from '../../generator/ir/types.js';
import {
  consoleSiteFor,
  openConsole,
  printedSamples,
  runCurl,
  shownSamples,
  withBody,
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
  const site = consoleSiteFor(spec);

  const printed = (o: OperationIr) => printedSamples(site().ir, o, site().origin);

  it('filled in, they show in every sample as Send sends them, and curl runs', async () => {
    const { page, hook, field } = await openConsole(site(), 'chat', 'chat');
    const op = site().operation('chat');
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
      await field(name).fill(
        typeof value === 'object' ? JSON.stringify(value, null, 2) : String(value),
      );
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
      await field(name).fill('');
    expect(await shownSamples(page, 'chat')).toEqual(
      printed(withBody(op, { messages: body.messages! })),
    );
    await page.close();
  });
});
