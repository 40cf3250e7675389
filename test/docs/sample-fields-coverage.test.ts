/**
 * Which languages' optional-field samples fall back to their static template (sample-fields.ts
 * drops a language whose splice check fails, silently: the console then shows the page's sample
 * whatever the form holds). Review 7 F1: openai.yaml createChatCompletion's curl sample, the tab
 * shown first, fell back because its last body field owns the comma before it. The known gaps are
 * counted so a new one fails here instead of going unseen.
 */
import { describe, expect, it } from 'vitest';
import { requestContents } from '../../generator/ir/operations.js';
import { buildSamples } from '../../generator/emit/docs/samples.js';
import { fieldSamples } from '../../generator/emit/docs/sample-fields.js';
import { SHELL_SPEC, irFor } from './helpers.js';

const OPENAI = new URL('../../../shared/specs/openai.yaml', import.meta.url).pathname;
const LANGS = ['curl', 'typescript', 'python', 'pythonHttp'] as const;

async function fallbacks(spec: string): Promise<Map<string, string[]>> {
  const ir = await irFor(spec);
  const out = new Map<string, string[]>();
  for (const op of ir.operations) {
    const contents = requestContents(op);
    const variants = contents.length < 2 ? [undefined] : contents.map((c) => c.mediaType);
    for (const mediaType of variants) {
      const opts = { packageName: 'pkg', ...(mediaType ? { mediaType } : {}) };
      const found = fieldSamples(ir, op, opts, buildSamples(ir, op, opts));
      const missing = LANGS.filter((l) => found && !found.langs[l]);
      if (missing.length) out.set(`${op.operationId} ${mediaType ?? ''}`.trim(), missing);
    }
  }
  return out;
}

describe('optional-field samples per language', () => {
  it('openai.yaml createChatCompletion has them in every language, curl included', async () => {
    const gaps = await fallbacks(OPENAI);
    expect(gaps.get('createChatCompletion')).toBeUndefined();
    // Known gaps (list operations' query parameters outside Python, review 7 F1 follow-up): no more.
    expect([...gaps].map(([k, v]) => `${k}: ${v.join(',')}`).length).toBeLessThanOrEqual(44);
  }, 120_000);

  it('the Shell spec falls back no more than it did', async () => {
    const gaps = await fallbacks(SHELL_SPEC);
    expect([...gaps].map(([k, v]) => `${k}: ${v.join(',')}`)).toHaveLength(11);
  }, 120_000);
});
