/**
 * A webhook's declared responses are in the IR (`CallbackIr.responses`) and both docs say what the
 * receiver answers: the HTML webhook page and a Markdown page per webhook (linked from
 * `markdown/api.md`). Museum (a public spec) declares `202 Data accepted.`; a small spec declares two
 * statuses, one with a JSON answer body.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../generator/pipeline.js';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';

const MUSEUM = new URL('../../../shared/specs/museum.yaml', import.meta.url).pathname;
const SMALL = `openapi: 3.1.0
info: { title: Hooks, version: '1' }
paths: {}
webhooks:
  orderPaid:
    post:
      requestBody:
        content: { application/json: { schema: { type: object, properties: { id: { type: string } } } } }
      responses:
        '200':
          description: Acknowledged; say whether to retry.
          content:
            application/json:
              schema: { type: object, required: [received], properties: { received: { type: boolean } } }
        '410':
          description: Stop sending.
`;

const work = mkdtempSync(path.join(os.tmpdir(), 'shellapi-webhook-answer-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const outs = { museum: path.join(work, 'museum'), small: path.join(work, 'small') };
const small = path.join(work, 'hooks.yaml');
const read = (out: string, file: string): string => readFileSync(path.join(out, file), 'utf8');

beforeAll(async () => {
  writeFileSync(small, SMALL);
  for (const [spec, out] of [
    [MUSEUM, outs.museum],
    [small, outs.small],
  ] as const) {
    const result = await runPipeline({ spec, out, only: ['docs'] });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  }
}, 180_000);

describe('webhook answers', () => {
  it('the IR keeps each webhook’s declared responses', async () => {
    const { ir } = buildIr(await loadSpec(small));
    const facts = ir.webhooks.map((h) => [h.name, h.responses.map((r) => r.status)]);
    expect(facts).toEqual([['orderPaid', ['200', '410']]]);
    expect(ir.webhooks[0]!.responses[0]!.contents[0]!.mediaType).toBe('application/json');
  });

  it('the HTML webhook page says what to answer', () => {
    const museum = read(outs.museum, 'docs/webhooks/publishNewEvent.html');
    expect(museum).toContain(
      '<h3>Your answer</h3><p>Answer with the status the spec declares: 202.</p>',
    );
    expect(museum).toContain('<strong>202 Accepted</strong></p><p>Data accepted.</p>');
    const order = read(outs.small, 'docs/webhooks/orderPaid.html');
    expect(order).toContain('one of the statuses the spec declares: 200, 410.');
    expect(order).toContain('<p>Body <code>application/json</code></p>');
    expect(order).toContain('received');
  });

  it('each webhook has a Markdown page, linked from the Markdown index', () => {
    const api = read(outs.museum, 'docs/markdown/api.md');
    expect(api).toContain('| [`publishNewEvent`](webhooks/publishNewEvent.md#publishNewEvent) |');
    const page = read(outs.museum, 'docs/markdown/webhooks/publishNewEvent.md');
    expect(page).toContain('# `publishNewEvent`');
    expect(page).toContain('[SpecialEvent](../schemas/SpecialEvent.md#SpecialEvent)');
    expect(page).toMatch(
      /### Your answer\n\nAnswer with the status the spec declares: 202\.\n\n#### 202 Accepted\n\nData accepted\./,
    );
    const order = read(outs.small, 'docs/markdown/webhooks/orderPaid.md');
    expect(order).toContain('#### 410\n\nStop sending.');
    expect(order).toMatch(/#### 200 OK[\s\S]*Media type `application\/json`[\s\S]*received/);
  });
});
