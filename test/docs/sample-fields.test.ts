/**
 * The console's optional-field samples (sample-fields.ts) read each field's piece from two prints;
 * here what the console draws is checked against the printers: no field, each field alone, every
 * field but one, and every field give exactly what samples.ts prints for that request.
 */
import { describe, expect, it } from 'vitest';
import { drawnText, fieldSamples, fieldVariants } from '../../generator/emit/docs/sample-fields.js';
import { buildSamples, type SampleLang } from '../../generator/emit/docs/samples.js';
import { requestContents } from '../../generator/ir/operations.js';
import { FEATURES_SPEC, SHELL_SPEC, irFor } from './helpers.js';

describe.each([
  ['features', FEATURES_SPEC],
  ['shell', SHELL_SPEC],
])('optional-field samples of the %s spec', (_name, spec) => {
  it('no field, each alone, all but one, and all print as the printers print that request', async () => {
    const ir = await irFor(spec);
    let checked = 0;
    for (const op of ir.operations) {
      const contents = requestContents(op);
      const variants = contents.length < 2 ? [undefined] : contents.map((c) => c.mediaType);
      for (const mediaType of variants) {
        const opts = { packageName: 'pkg', ...(mediaType ? { mediaType } : {}) };
        const found = fieldSamples(ir, op, opts, buildSamples(ir, op, opts));
        if (!found) continue;
        const variant = fieldVariants(ir, op, opts);
        // None, each alone, each left out (every separator a query piece takes along), and all.
        const each = found.fields.map((f) => [f]);
        const allBut = found.fields.map((f) => found.fields.filter((g) => g !== f));
        const sets = [[], ...each, ...(found.fields.length > 2 ? allBut : []), found.fields];
        for (const present of sets) {
          const printed = buildSamples(ir, variant(present), opts);
          for (const [lang, texts] of Object.entries(found.langs)) {
            expect(
              drawnText(texts, found.fields, new Set(present)),
              `${op.operationId} ${lang} ${present}`,
            ).toBe(printed[lang as SampleLang]);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});
