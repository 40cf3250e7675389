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
import {
  fieldSamples,
  fieldVariants,
  type FieldPart,
} from '../../generator/emit/docs/sample-fields.js';
import { SHELL_SPEC, irFor } from './helpers.js';

const OPENAI = new URL('../../../shared/specs/openai.yaml', import.meta.url).pathname;
/** Loaded once for both openai.yaml tests (a 3 MB spec). */
let openaiIr: ReturnType<typeof irFor> | undefined;
const openai = (): ReturnType<typeof irFor> => (openaiIr ??= irFor(OPENAI));
const LANGS = ['curl', 'typescript', 'python', 'pythonHttp'] as const;

async function fallbacks(ir: Awaited<ReturnType<typeof irFor>>): Promise<Map<string, string[]>> {
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

/** The text the console draws when exactly `present` are filled (as sample-fields.test.ts reads it). */
function drawn(parts: FieldPart[], fields: string[], present: ReadonlySet<string>): string {
  return parts
    .map((p) => {
      const field = p.length === 2 || p.length === 4 ? fields[p[p.length - 1] as number]! : '';
      if (field && !present.has(field)) return '';
      return p.length >= 3 ? p[2]! : p[0];
    })
    .join('');
}

describe('optional-field samples per language', () => {
  it('openai.yaml createChatCompletion curl draws each field alone as curl prints it', async () => {
    const ir = await openai();
    const op = ir.operations.find((o) => o.operationId === 'createChatCompletion')!;
    const opts = { packageName: 'pkg' };
    const found = fieldSamples(ir, op, opts, buildSamples(ir, op, opts))!;
    const curl = found.langs.curl!;
    const variant = fieldVariants(ir, op, opts);
    for (const present of [...found.fields.map((f) => [f]), found.fields])
      expect(drawn(curl.all, found.fields, new Set(present)), String(present)).toBe(
        buildSamples(ir, variant(present), opts).curl,
      );
  }, 120_000);

  it('openai.yaml createChatCompletion has them in every language, curl included', async () => {
    const gaps = await fallbacks(await openai());
    expect(gaps.get('createChatCompletion')).toBeUndefined();
    // Known gaps (list operations' query parameters outside Python, review 7 F1 follow-up, and
    // bodies whose example is empty, which array and object fields now reach too): no more.
    expect([...gaps].map(([k, v]) => `${k}: ${v.join(',')}`).length).toBeLessThanOrEqual(47);
  }, 120_000);

  it('the Shell spec falls back no more than it did', async () => {
    const gaps = await fallbacks(await irFor(SHELL_SPEC));
    expect([...gaps].map(([k, v]) => `${k}: ${v.join(',')}`)).toHaveLength(1);
  }, 120_000);
});
