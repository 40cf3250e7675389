/**
 * Which languages' optional-field samples fall back to their static template (sample-fields.ts
 * drops a language whose splice check fails, silently: the console then shows the page's sample
 * whatever the form holds). Review 7 F1: openai.yaml createChatCompletion's curl sample, the tab
 * shown first, fell back because its last body field owns the comma before it. List operations
 * with two or more optional query parameters fell back in curl, TypeScript and Python (HTTP): a
 * query piece's `?`/`&` (`, ` in requests' `params`) depends on which fields are there (now the
 * shared rule of templates/docs/query-gap.ts). So did JSON bodies with several optional members in
 * curl (20 openai.yaml operations, 1 of the Shell spec's): the `,` between members
 * has the same present/absent problem, now the same rule's. The known gap (a multipart upload) is
 * counted so a new one fails here instead of going unseen.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { requestContents } from '../../generator/ir/operations.js';
import { buildSamples } from '../../generator/emit/docs/samples.js';
import {
  drawnText,
  fieldSamples,
  fieldVariants,
  optionalFieldKeys,
} from '../../generator/emit/docs/sample-fields.js';
import { stripeShapedSpec } from '../helpers/stripe-shaped.js';
import { SHELL_SPEC, irFor } from './helpers.js';

const OPENAI = new URL('../../../shared/specs/openai.yaml', import.meta.url).pathname;
/** Loaded once for both openai.yaml tests (a 3 MB spec). */
let openaiIr: ReturnType<typeof irFor> | undefined;
const openai = (): ReturnType<typeof irFor> => (openaiIr ??= irFor(OPENAI));
const LANGS = ['curl', 'typescript', 'python', 'pythonHttp'] as const;

/** The languages falling back, by operation (and media type), with the operation's optional fields. */
async function fallbacks(
  ir: Awaited<ReturnType<typeof irFor>>,
): Promise<Map<string, { missing: string[]; fields: string[]; json: boolean }>> {
  const out = new Map<string, { missing: string[]; fields: string[]; json: boolean }>();
  for (const op of ir.operations) {
    const contents = requestContents(op);
    const variants = contents.length < 2 ? [undefined] : contents.map((c) => c.mediaType);
    for (const mediaType of variants) {
      const opts = { packageName: 'pkg', ...(mediaType ? { mediaType } : {}) };
      const fields = optionalFieldKeys(ir, op, opts);
      if (fields.length === 0) continue;
      // No texts at all (fieldSamples undefined) is every language falling back. Where the SDKs
      // send another media type the page shows their tabs a note, not a sample to redraw.
      const plain = buildSamples(ir, op, opts);
      const found = fieldSamples(ir, op, opts, plain);
      const shown = plain.sdkMediaType
        ? LANGS.filter((l) => l === 'curl' || l === 'pythonHttp')
        : LANGS;
      const missing = shown.filter((l) => !found?.langs[l]);
      const json = contents.find((c) => !mediaType || c.mediaType === mediaType)?.kind === 'json';
      if (missing.length)
        out.set(`${op.operationId} ${mediaType ?? ''}`.trim(), { missing, fields, json });
    }
  }
  return out;
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
      expect(drawnText(curl, found.fields, new Set(present)), String(present)).toBe(
        buildSamples(ir, variant(present), opts).curl,
      );
  }, 120_000);

  it('openai.yaml createChatCompletion has them in every language, curl included', async () => {
    const gaps = await fallbacks(await openai());
    expect(gaps.get('createChatCompletion')).toBeUndefined();
    // No operation with optional query parameters falls back (39 list operations did).
    expect(withQueryFields(gaps)).toEqual([]);
    // No JSON body's members make one fall back (20 operations' curl samples did).
    expect(withJsonMembers(gaps)).toEqual([]);
    // None (CreateContainerFile's multipart upload fell back: its file part, printed as a file
    // read, holds no slot to place it by). createImageEdit, createVideo and CreateSkillVersion's
    // JSON bodies counted the SDK tabs, which show a note there.
    expect([...gaps.keys()]).toEqual([]);
  }, 120_000);

  it('openai.yaml: no SDK texts where the SDKs send another media type (their tabs show a note)', async () => {
    const ir = await openai();
    const op = ir.operations.find((o) => o.operationId === 'createImageEdit')!;
    const opts = { packageName: 'pkg', mediaType: 'application/json' };
    const plain = buildSamples(ir, op, opts);
    expect(plain.sdkMediaType).toBe('multipart/form-data');
    const found = fieldSamples(ir, op, opts, plain)!;
    expect(Object.keys(found.langs).sort()).toEqual(['curl', 'pythonHttp']);
  }, 120_000);

  it('the Shell spec falls back no more than it did', async () => {
    const gaps = await fallbacks(await irFor(SHELL_SPEC));
    expect(withQueryFields(gaps)).toEqual([]);
    expect(withJsonMembers(gaps)).toEqual([]);
    expect([...gaps.keys()]).toEqual([]);
  }, 120_000);

  it('a multipart body places an optional file part (no slot: a file read) by the print lacking only it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-fields-'));
    try {
      const file = path.join(dir, 'openapi.yaml');
      await writeFile(
        file,
        `openapi: 3.1.0
info: { title: Uploads, version: '1' }
paths:
  /uploads:
    post:
      operationId: upload
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              properties:
                file: { type: string, format: binary }
                note: { type: string }
                tags: { type: array, items: { type: string } }
            example: { file: x, note: hi }
      responses:
        '204': { description: ok }
`,
      );
      const ir = await irFor(file);
      const op = ir.operations[0]!;
      const opts = { packageName: 'pkg' };
      const found = fieldSamples(ir, op, opts, buildSamples(ir, op, opts))!;
      expect(found.fields).toEqual(['body:/file', 'body:/note', 'body:/tags']);
      // TypeScript's file part takes its `fs` import along (two runs): that one keeps its template.
      expect(Object.keys(found.langs)).toEqual(
        expect.arrayContaining(['curl', 'python', 'pythonHttp']),
      );
      const variant = fieldVariants(ir, op, opts);
      const subsets = found.fields.reduce<string[][]>(
        (sets, f) => [...sets, ...sets.map((set) => [...set, f])],
        [[]],
      );
      for (const present of subsets) {
        const printed = buildSamples(ir, variant(present), opts);
        for (const lang of Object.keys(found.langs) as (typeof LANGS)[number][])
          expect(
            drawnText(found.langs[lang]!, found.fields, new Set(present)),
            `${lang} ${present}`,
          ).toBe(printed[lang]);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('a Stripe-shaped spec has them for every operation, each set of list query fields as printed', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'shellapi-fields-'));
    try {
      const file = path.join(dir, 'openapi.json');
      await writeFile(file, JSON.stringify(stripeShapedSpec(6)));
      const ir = await irFor(file);
      expect([...(await fallbacks(ir)).keys()]).toEqual([]);
      const lists = ir.operations.filter(
        (op) => op.parameters.filter((p) => p.in === 'query' && !p.required).length >= 2,
      );
      expect(lists.length).toBeGreaterThan(2);
      const opts = { packageName: 'pkg' };
      for (const op of lists) {
        const found = fieldSamples(ir, op, opts, buildSamples(ir, op, opts))!;
        const variant = fieldVariants(ir, op, opts);
        // Every subset: the `?` and `&` of each.
        const subsets = found.fields.reduce<string[][]>(
          (sets, f) => [...sets, ...sets.map((set) => [...set, f])],
          [[]],
        );
        for (const present of subsets) {
          const printed = buildSamples(ir, variant(present), opts);
          for (const lang of LANGS)
            expect(
              drawnText(found.langs[lang]!, found.fields, new Set(present)),
              `${op.operationId} ${lang} ${present}`,
            ).toBe(printed[lang]);
        }
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

/** The gaps of operations offering an optional query field. */
function withQueryFields(gaps: Awaited<ReturnType<typeof fallbacks>>): string[] {
  return [...gaps]
    .filter(([, g]) => g.fields.some((f) => f.startsWith('param:query:')))
    .map(([k, g]) => `${k}: ${g.missing.join(',')}`);
}

/**
 * The gaps of JSON bodies with optional members in the samples that print the members themselves
 * (curl's JSON, Python HTTP's `json=` dict), where the separators between them are the cause.
 */
function withJsonMembers(gaps: Awaited<ReturnType<typeof fallbacks>>): string[] {
  return [...gaps]
    .filter(([, g]) => g.json && g.fields.some((f) => f.startsWith('body:/')))
    .filter(([, g]) => g.missing.includes('curl') || g.missing.includes('pythonHttp'))
    .map(([k, g]) => `${k}: ${g.missing.join(',')}`);
}
