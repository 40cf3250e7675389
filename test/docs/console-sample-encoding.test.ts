/**
 * How the try-it console writes a typed value into the samples (headless chromium): as the
 * printers write that request. A `'` in a query or path value stays a `'` in the URL, which curl's
 * single quotes write `'\''` (the console wrote `%27`), and a plain field of a urlencoded body that
 * Python (HTTP) sends as one text is written as URLSearchParams writes it, a space as `+` (the
 * console wrote `%20`). The curl sample the console shows runs against the mock.
 */
import { describe, expect, it } from 'vitest';
import { RUN_BROWSER } from './chromium.js';
import type { OperationIr } from '../../generator/ir/types.js';
import {
  consoleSiteFor,
  openConsole,
  printedSamples,
  runCurl,
  shownSamples,
  withBody,
  withParams,
} from './console-site.js';

const ok = `responses:
        '200':
          description: ok
          content: { application/json: { schema: { type: object } } }`;
const spec = `openapi: 3.1.0
info: { title: Encoding, version: '1' }
# A host: curl's URL is single-quoted (without one it is double-quoted, the root from the environment).
servers: [{ url: 'https://notes.example.test' }]
tags: [{ name: notes }]
paths:
  /notes/{id}:
    get:
      operationId: findNotes
      tags: [notes]
      parameters:
        - { name: id, in: path, required: true, schema: { type: string }, example: n1 }
        - { name: q, in: query, required: true, schema: { type: string }, example: plain }
      ${ok}
  /notes:
    post:
      operationId: addNote
      tags: [notes]
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              required: [note, tags]
              properties:
                note: { type: string }
                tags: { type: array, items: { type: string } }
            encoding:
              tags: { style: form, explode: false }
            example: { note: hi, tags: [a, b] }
      ${ok}
`;

describe.skipIf(!RUN_BROWSER)(
  'try-it console: typed values written as the printers write them',
  () => {
    const site = consoleSiteFor(spec);

    const printed = (o: OperationIr) => printedSamples(site().ir, o, site().origin);
    const open = async (id: string) => ({
      ...(await openConsole(site(), 'notes', id)),
      op: site().operation(id),
    });

    it("a ' in a query or path value is the printers' (shell-quoted in curl), and curl runs", async () => {
      const { page, field, op } = await open('findNotes');
      expect(await shownSamples(page, 'findNotes')).toEqual(printed(op));
      await field('id').fill("o'k");
      await field('q').fill("it's here");
      const now = await shownSamples(page, 'findNotes');
      expect(now).toEqual(printed(withParams(op, { id: "o'k", q: "it's here" })));
      expect(now.curl).toContain(`/notes/o'\\''k?q=it'\\''s%20here'`);
      expect(now.pythonHttp).toContain(`/notes/o'k"`);
      const run = await runCurl(now.curl!);
      expect(run.status, run.out).toBe('200');
      await page.close();
    });

    it('a urlencoded body: a space is + in Python (HTTP) text, a styled field shell-quoted in curl', async () => {
      const { page, hook, field, op } = await open('addNote');
      expect(await shownSamples(page, 'addNote')).toEqual(printed(op));
      await field('note').fill("x y's");
      await field('tags').fill(JSON.stringify(["it's", 'b c']));
      const now = await shownSamples(page, 'addNote');
      expect(now).toEqual(printed(withBody(op, { note: "x y's", tags: ["it's", 'b c'] })));
      expect(now.pythonHttp).toContain('data="note=x+y%27s&tags=it\'s,b%20c"');
      expect(now.curl).toContain(`--data 'tags=it'\\''s,b%20c'`);
      // What Send sends is what the samples send.
      const [request] = await Promise.all([
        page.waitForRequest((r) => new URL(r.url()).pathname === '/notes'),
        page.locator(`${hook} .try-send`).click(),
      ]);
      expect(new URLSearchParams(request.postData()!)).toEqual(
        new URLSearchParams("note=x+y%27s&tags=it's,b%20c"),
      );
      await page.close();
    });
  },
);
