/**
 * The console's optional-field samples (sample-fields.ts) read each field's piece from two prints;
 * here every combination the console draws with one field is checked against the printers: each
 * field alone, and every field, give exactly what samples.ts prints for that request.
 */
import { describe, expect, it } from 'vitest';
import {
  fieldSamples,
  fieldVariants,
  type FieldPart,
} from '../../generator/emit/docs/sample-fields.js';
import { buildSamples, type SampleLang } from '../../generator/emit/docs/samples.js';
import { requestContents } from '../../generator/ir/operations.js';
import { FEATURES_SPEC, SHELL_SPEC, irFor } from './helpers.js';

/** The text the console draws when exactly `present` are filled (the `all` text less the others). */
function drawn(parts: FieldPart[], fields: string[], present: ReadonlySet<string>): string {
  return parts
    .map((p) => {
      const field = p.length === 2 || p.length === 4 ? fields[p[p.length - 1] as number]! : '';
      if (field && !present.has(field)) return '';
      return p.length >= 3 ? p[2]! : p[0];
    })
    .join('');
}

describe.each([
  ['features', FEATURES_SPEC],
  ['shell', SHELL_SPEC],
])('optional-field samples of the %s spec', (_name, spec) => {
  it('each field alone, and all of them, print as the printers print that request', async () => {
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
        const sets = [...found.fields.map((f) => [f]), found.fields];
        for (const present of sets) {
          const printed = buildSamples(ir, variant(present), opts);
          for (const [lang, texts] of Object.entries(found.langs)) {
            expect(
              drawn(texts.all, found.fields, new Set(present)),
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
