/** Samples as templates (sample-slots.ts): slots never change the static text, and every sample has them where it can. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiIr } from '../../generator/ir/types.js';
import { buildSamples, SAMPLE_LANGS } from '../../generator/emit/docs/samples.js';
import { fillTemplate, sampleTemplates } from '../../generator/emit/docs/sample-slots.js';
import { FEATURES_SPEC, irFor, SHELL_SPEC } from './helpers.js';
import { sampledContents } from '../../generator/emit/docs/sample-media.js';

describe('sample templates', () => {
  let ir: ApiIr;
  beforeAll(async () => {
    ir = await irFor(SHELL_SPEC);
  });

  it('refilled with the examples they are the plain samples, with a base URL slot in curl and Python (HTTP)', () => {
    let typescriptSlots = 0;
    let pythonSlots = 0;
    for (const op of ir.operations) {
      const plain = buildSamples(ir, op);
      const templates = sampleTemplates(ir, op, {}, plain);
      for (const { key } of SAMPLE_LANGS) expect(fillTemplate(templates[key])).toBe(plain[key]);
      for (const lang of ['curl', 'pythonHttp'] as const)
        expect(templates[lang].slots.map((s) => s.key)).toContain('base:');
      if (templates.typescript.slots.length) typescriptSlots++;
      if (templates.python.slots.length) pythonSlots++;
    }
    expect(pythonSlots).toBeGreaterThan(ir.operations.length / 2);
    // Most TypeScript calls carry at least one example string the form can change.
    expect(typescriptSlots).toBeGreaterThan(ir.operations.length / 2);
  });

  it('are exact for every media type of the features spec (query objects, forms, multipart): a template is kept only when it refills to the plain sample', async () => {
    const features = await irFor(FEATURES_SPEC);
    let slotted = 0;
    for (const op of features.operations)
      for (const c of sampledContents(op)) {
        const opts = { mediaType: c.mediaType };
        const plain = buildSamples(features, op, opts);
        const templates = sampleTemplates(features, op, opts, plain);
        for (const { key } of SAMPLE_LANGS) {
          expect(fillTemplate(templates[key])).toBe(plain[key]);
          if (templates[key].slots.length) slotted++;
        }
      }
    expect(slotted).toBeGreaterThan(features.operations.length);
  });

  it('marks body strings by JSON pointer and parameters by location and name', () => {
    const poll = ir.operations.find((o) => o.parameters.some((p) => p.in === 'path'))!;
    const param = poll.parameters.find((p) => p.in === 'path')!;
    const t = sampleTemplates(ir, poll, {}, buildSamples(ir, poll));
    // The Shell spec names no host: curl's URL is one double-quoted word (the root URL from the
    // environment), its values percent-encoded as they are (a `'` stays).
    expect(t.curl.slots).toContainEqual(
      expect.objectContaining({ key: `param:path:${param.name}`, enc: 'url' }),
    );
    expect(t.curl.slots).toContainEqual(
      expect.objectContaining({ key: 'base:', enc: 'env-sh:SHELLAPI_BASE_URL', value: '' }),
    );
    // In Python's f-string as it is.
    expect(t.pythonHttp.slots).toContainEqual(
      expect.objectContaining({ key: `param:path:${param.name}`, enc: 'url' }),
    );
    const embed = ir.operations.find((o) => o.operationId === 'createEmbedding')!;
    const e = sampleTemplates(ir, embed, {}, buildSamples(ir, embed));
    expect(e.curl.slots).toContainEqual(
      expect.objectContaining({ key: 'body:/input', enc: 'json-sh' }),
    );
    for (const lang of ['python', 'pythonHttp'] as const)
      expect(e[lang].slots).toContainEqual(
        expect.objectContaining({ key: 'body:/input', enc: 'json' }),
      );
    // The SDK call passes the path value as a string argument, not inside a URL.
    expect(t.python.slots).toContainEqual(
      expect.objectContaining({ key: `param:path:${param.name}`, enc: 'json' }),
    );
  });

  it('marks numbers and booleans too: as literals where the printer writes literals, as text in form fields', () => {
    const flux = ir.operations.find((o) => o.operationId === 'fluxCreateDev')!;
    const t = sampleTemplates(ir, flux, {}, buildSamples(ir, flux));
    for (const lang of ['curl', 'typescript'] as const)
      expect(t[lang].slots).toContainEqual({ key: 'body:/steps', enc: 'lit', value: '28' });
    for (const lang of ['python', 'pythonHttp'] as const)
      expect(t[lang].slots).toContainEqual({ key: 'body:/steps', enc: 'py', value: '28' });
    const luma = ir.operations.find((o) => o.operationId === 'lumaCreateGeneration')!;
    const l = sampleTemplates(ir, luma, {}, buildSamples(ir, luma));
    expect(l.python.slots).toContainEqual({ key: 'body:/loop', enc: 'py', value: 'false' });
    expect(fillTemplate(l.python)).toContain('loop=False');
    // A multipart field is text: the number keeps its quotes and is written as a string.
    const ultra = ir.operations.find((o) => o.operationId === 'stabilityGenerateUltra')!;
    const u = sampleTemplates(ir, ultra, {}, buildSamples(ir, ultra));
    expect(u.pythonHttp.slots).toContainEqual({ key: 'body:/seed', enc: 'json', value: '0' });
  });
});
