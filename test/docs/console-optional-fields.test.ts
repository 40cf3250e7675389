/**
 * The try-it console's samples take the optional fields the reader fills in (headless chromium):
 * a query parameter and a header the examples leave out, and a body property, appear in curl,
 * TypeScript and Python exactly as the printers write them for that request (sample-fields.ts),
 * leave again when cleared, and the curl sample the page shows runs against the mock, which
 * checks the values it carries (a limit over the maximum is refused).
 */
import { describe, expect, it } from 'vitest';
import { RUN_BROWSER } from './chromium.js';
import type { Json, OperationIr } from '../../generator/ir/types.js';
import {
  consoleSiteFor,
  openConsole,
  HAS_CURL,
  OK_RESPONSES,
  printedSamples,
  runCurl,
  shownSamples,
  withBody,
  withParams,
} from './console-site.js';

const spec = `openapi: 3.1.0
info: { title: Fields, version: '1' }
tags: [{ name: items }]
paths:
  /items:
    get:
      operationId: listItems
      tags: [items]
      parameters:
        - { name: q, in: query, required: true, schema: { type: string }, example: cats }
        - { name: limit, in: query, schema: { type: integer, minimum: 1, maximum: 50 } }
        - { name: X-Trace, in: header, schema: { type: string, pattern: '^trace-' } }
      responses: ${OK_RESPONSES}
  /items/{id}:
    put:
      operationId: updateItem
      tags: [items]
      parameters:
        - { name: id, in: path, required: true, schema: { type: string }, example: it-1 }
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              additionalProperties: false
              required: [name]
              properties:
                name: { type: string }
                note: { type: string, maxLength: 20 }
            example: { name: first }
      responses: ${OK_RESPONSES}
`;

/** The operation whose parameters `params` (by name) have these examples, and whose body example is `body`. */
function withValues(op: OperationIr, params: Record<string, Json>, body?: Json): OperationIr {
  return body === undefined ? withParams(op, params) : withBody(withParams(op, params), body);
}

describe.skipIf(!RUN_BROWSER)('try-it console: optional fields in the samples', () => {
  const site = consoleSiteFor(spec);

  const op = (id: string) => site().operation(id);
  const shown = shownSamples;
  const printed = (o: OperationIr) => printedSamples(site().ir, o, site().origin);

  it('an optional query parameter and header enter curl, TypeScript and Python, and leave when cleared', async () => {
    const { page, field } = await openConsole(site(), 'items', 'listItems');
    const list = op('listItems');
    // Nothing optional filled: the static samples.
    expect(await shown(page, 'listItems')).toEqual(printed(list));
    await field('limit').fill('7');
    await field('X-Trace').fill('trace-1');
    const both = await shown(page, 'listItems');
    expect(both).toEqual(printed(withValues(list, { limit: 7, 'X-Trace': 'trace-1' })));
    expect(both.curl).toContain('limit=7');
    expect(both.curl).toContain(`-H 'X-Trace: trace-1'`);
    expect(both.typescript).toContain('limit: 7');
    expect(both.typescript).toContain(`'X-Trace': 'trace-1'`);
    expect(both.python).toContain('limit=7');
    expect(both.python).toContain('"trace-1"');
    if (HAS_CURL) {
      const r = await runCurl(both.curl!);
      expect(r.status, r.out).toBe('200');
      // The mock reads what the sample carries: a limit over its maximum is refused.
      await field('limit').fill('500');
      const over = await runCurl((await shown(page, 'listItems')).curl!);
      expect(over.status, over.out).toBe('400');
      expect(over.out).toContain('limit');
    }
    // One cleared: only the other stays.
    await field('limit').fill('');
    expect(await shown(page, 'listItems')).toEqual(
      printed(withValues(list, { 'X-Trace': 'trace-1' })),
    );
    await field('X-Trace').fill('');
    expect(await shown(page, 'listItems')).toEqual(printed(list));
    await page.close();
  });

  it('a body property the example leaves out, and the path value, enter the samples', async () => {
    const { page, field } = await openConsole(site(), 'items', 'updateItem');
    const update = op('updateItem');
    await field('id').fill('it-9');
    await field('note').fill('hello');
    const now = await shown(page, 'updateItem');
    expect(now).toEqual(
      printed(withValues(update, { id: 'it-9' }, { name: 'first', note: 'hello' })),
    );
    expect(now.curl).toContain('/items/it-9');
    expect(now.curl).toContain('"note": "hello"');
    expect(now.typescript).toContain(`note: 'hello'`);
    expect(now.python).toContain('note="hello"');
    if (HAS_CURL) {
      const r = await runCurl(now.curl!);
      expect(r.status, r.out).toBe('200');
      // The mock checks the body the sample sends: a note over its maxLength is refused.
      await field('note').fill('x'.repeat(30));
      const over = await runCurl((await shown(page, 'updateItem')).curl!);
      expect(over.status, over.out).toBe('400');
    }
    await page.close();
  });
});
