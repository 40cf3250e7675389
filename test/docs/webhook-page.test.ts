/**
 * A webhook's page (HTML and Markdown) tells the receiver what the event is and what it looks like:
 * the request's own summary and description (kept in the IR), its declared example payload, and the
 * payload's type in each SDK — the TypeScript alias, and the Python model of a named body schema
 * (the Python SDK has no alias; the real package is imported to check the name exists and reads the
 * example). Museum (a public spec) declares all three; a small spec has an inline body and no example.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../generator/pipeline.js';
import { loadSpec } from '../../generator/load/index.js';
import { buildIr } from '../../generator/ir/index.js';
import { pythonEnv } from '../python/venv.js';

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
        '200': { description: ok }
`;

const work = mkdtempSync(path.join(os.tmpdir(), 'shellapi-webhook-page-'));
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
    const result = await runPipeline({ spec, out, only: ['docs', 'python'] });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  }
}, 240_000);

describe('webhook pages', () => {
  it('the IR keeps the webhook request’s summary and description', async () => {
    const { ir } = buildIr(await loadSpec(MUSEUM));
    const hook = ir.webhooks.find((h) => h.name === 'publishNewEvent')!;
    expect([hook.summary, hook.description]).toEqual([
      'New special event added',
      'Publish details of a new or updated event.',
    ]);
  });

  it('the HTML page shows the summary, description and declared example payload', () => {
    const page = read(outs.museum, 'docs/webhooks/publishNewEvent.html');
    expect(page).toContain('<strong>New special event added</strong>');
    expect(page).toContain('<p>Publish details of a new or updated event.</p>');
    expect(page).toContain('<h3>Example payload</h3>');
    expect(page).toContain('The webhook&#39;s example “Get special event”.');
    expect(page).toContain('Time Traveler Tea Party');
    // The webhooks index leads with the summary.
    expect(read(outs.museum, 'docs/index.html')).toMatch(
      /publishNewEvent<\/code><\/a><\/h3><p><span[^>]*>POST<\/span> New special event added<\/p>/,
    );
  });

  it('the Markdown page shows the summary, description and declared example payload', () => {
    const page = read(outs.museum, 'docs/markdown/webhooks/publishNewEvent.md');
    expect(page).toContain(
      '**New special event added**\n\nPublish details of a new or updated event.',
    );
    expect(page).toMatch(
      /\*\*Example payload\.\*\* The webhook's example “Get special event”\.\n\n```json\n\{\n {2}"eventId": "6744a0da-4121-49cd-8479-f8cc20526495",\n {2}"name": "Time Traveler Tea Party"/,
    );
  });

  it('both pages name each SDK’s payload type, and the Python one exists and reads the example', () => {
    const line =
      'TypeScript type: `PublishNewEventWebhookPayload`. Python: the model `types.SpecialEvent` (the Python SDK has no webhook payload type of its own).';
    const md = read(outs.museum, 'docs/markdown/webhooks/publishNewEvent.md');
    expect(md).toContain(line);
    expect(md).not.toContain('Type: `PublishNewEventWebhookPayload`');
    expect(read(outs.museum, 'docs/webhooks/publishNewEvent.html')).toContain(
      'TypeScript type: <code>PublishNewEventWebhookPayload</code>. Python: the model <code>types.SpecialEvent</code>',
    );
    const example = /```json\n([\s\S]*?)\n```/.exec(md)![1]!;
    const script = [
      'import json, sys',
      'from redocly_museum import types',
      'event = types.SpecialEvent.model_validate(json.loads(sys.stdin.read()))',
      'print(event.name)',
    ].join('\n');
    const python = path.join(outs.museum, 'python');
    const run = spawnSync(pythonEnv(), ['-c', script], {
      cwd: python,
      input: example,
      encoding: 'utf8',
      env: { ...process.env, PYTHONPATH: python, PYTHONDONTWRITEBYTECODE: '1' },
    });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('Time Traveler Tea Party');
  });

  it('an inline payload has no Python type, and the page says so', () => {
    const md = read(outs.small, 'docs/markdown/webhooks/orderPaid.md');
    expect(md).toContain(
      'TypeScript type: `OrderPaidWebhookPayload`. The Python SDK has no type for this payload.',
    );
    expect(md).toContain('**Example payload.** Generated from the schema');
  });
});
