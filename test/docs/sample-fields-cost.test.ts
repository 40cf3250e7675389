/**
 * What the console's optional-field samples cost (sample-fields.ts): on a Stripe-sized spec they
 * were most of the docs' CPU. Each set of fields is printed once (with one field, the prints lacking
 * every other field are the all and none prints again, and the set the examples hold is the page's
 * own samples, already templated; with two, each print lacking the other is marked only), and a print of an example copy reuses its
 * operation's client plan instead of planning it again.
 */
import { describe, expect, it, vi } from 'vitest';
import { requestContents } from '../../generator/ir/operations.js';
import { FEATURES_SPEC, SHELL_SPEC, irFor } from './helpers.js';

const calls = vi.hoisted(() => ({ prints: 0, plans: [] as unknown[] }));

vi.mock('../../generator/emit/docs/samples.js', async (original) => {
  const mod = await original<typeof import('../../generator/emit/docs/samples.js')>();
  return {
    ...mod,
    printSamples: (...args: Parameters<typeof mod.printSamples>) => {
      calls.prints++;
      return mod.printSamples(...args);
    },
  };
});

vi.mock('../../generator/emit/surface/plan.js', async (original) => {
  const mod = await original<typeof import('../../generator/emit/surface/plan.js')>();
  return {
    ...mod,
    operationPlan: (...args: Parameters<typeof mod.operationPlan>) => {
      calls.plans.push(args[1]);
      return mod.operationPlan(...args);
    },
  };
});

const { fieldSamples } = await import('../../generator/emit/docs/sample-fields.js');
const { buildSamples } = await import('../../generator/emit/docs/samples.js');
const { ownTemplates } = await import('../../generator/emit/docs/sample-slots.js');

describe.each([
  ['features', FEATURES_SPEC],
  ['shell', SHELL_SPEC],
])('optional-field samples of the %s spec', (_name, spec) => {
  it('print each set of fields once and plan only the IR operations', async () => {
    const ir = await irFor(spec);
    calls.plans = [];
    let fewFields = 0;
    for (const op of ir.operations) {
      const contents = requestContents(op);
      const variants = contents.length < 2 ? [undefined] : contents.map((c) => c.mediaType);
      for (const mediaType of variants) {
        const opts = { packageName: 'pkg', ...(mediaType ? { mediaType } : {}) };
        const plain = buildSamples(ir, op, opts);
        // The page makes the templates of its own samples first.
        ownTemplates(ir, op, opts);
        calls.prints = 0;
        const found = fieldSamples(ir, op, opts, plain);
        const count = found?.fields.length;
        if (count !== 1 && count !== 2) continue;
        // One field: one of all and none is the page's own samples; the other is printed plain
        // (all only), then marked with and without the root URL. Two: besides, each print lacking
        // the other field, marked only (its slots' encodings known from all).
        expect(calls.prints, op.operationId).toBeLessThanOrEqual(count === 1 ? 3 : 7);
        fewFields++;
      }
    }
    expect(fewFields).toBeGreaterThan(0);
    const own = new Set(ir.operations);
    expect(calls.plans.filter((op) => !own.has(op as never))).toEqual([]);
  });
});
