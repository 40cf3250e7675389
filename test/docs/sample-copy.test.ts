/**
 * The console data's field samples copy what they share with the page's static samples
 * (templates/docs/sample-copy.ts): read back against the static sample as the page's HTML holds
 * it, each language's texts draw what the generator's own texts draw for every field set checked,
 * and the copies are most of what an operation's samples used to repeat.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  drawnText,
  fieldSamples,
  type ConsoleFieldPart,
  type FieldPart,
} from '../../generator/emit/docs/sample-fields.js';
import { buildSamples } from '../../generator/emit/docs/samples.js';
import { requestContents } from '../../generator/ir/operations.js';
import { expandCopies, type StaticPart } from '../../templates/docs/sample-copy.js';
import { stripeShapedSpec } from '../helpers/stripe-shaped.js';
import { FEATURES_SPEC, docsFor, text } from './helpers.js';

const unescape = (html: string): string =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** A static sample block's parts as the page's HTML holds them (texts, and slot spans). */
function staticParts(html: string): StaticPart[] {
  const out: StaticPart[] = [];
  const slot = /<span class="slot" data-slot="([^"]*)" data-enc="([^"]*)">([^<]*)<\/span>/g;
  let at = 0;
  for (const m of html.matchAll(slot)) {
    if (m.index > at) out.push([unescape(html.slice(at, m.index))]);
    out.push([unescape(m[1]!), unescape(m[2]!), unescape(m[3]!)]);
    at = m.index + m[0].length;
  }
  if (at < html.length) out.push([unescape(html.slice(at))]);
  expect(out.every((p) => p.length > 1 || !p[0].includes('<'))).toBe(true);
  return out;
}

/** The page's request sample block of `lang` (one media type: the first `samples` div's). */
function pageBlock(page: string, lang: string): string {
  const samples = page.indexOf('<div class="samples">');
  const open = `data-sample="${lang}">`;
  const start = page.indexOf(open, samples) + open.length;
  return page.slice(start, page.indexOf('</code>', start));
}

const specs: [string, () => Promise<string>][] = [
  ['features', async () => FEATURES_SPEC],
  [
    'Stripe-shaped',
    async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'sample-copy-'));
      const file = path.join(dir, 'openapi.json');
      await writeFile(file, JSON.stringify(stripeShapedSpec(6)));
      return file;
    },
  ],
];

describe.each(specs)('field samples of the %s spec in the console data', (_name, specFile) => {
  it('read back against the page HTML, draw what the generator drew, and copy most of it', async () => {
    const { ir, files } = await docsFor(await specFile());
    const byPath = new Map(files.map((f) => [f.path, text(f)]));
    const window: { ShellConsoleOps?: Record<string, { samples?: Record<string, unknown> }> } = {};
    for (const [p, body] of byPath)
      if (p.startsWith('docs/assets/console/')) runInNewContext(body, { window });
    let checked = 0;
    let copied = 0;
    let whole = 0;
    for (const op of ir.operations) {
      if (requestContents(op).length > 1) continue;
      const opts = { packageName: '@shellapi/sdk' };
      const found = fieldSamples(ir, op, opts, buildSamples(ir, op, opts));
      const data = window.ShellConsoleOps![op.operationId]!.samples?.[''] as
        | {
            fields: string[];
            langs: Record<string, { all: ConsoleFieldPart[]; none?: ConsoleFieldPart[] }>;
          }
        | undefined;
      expect(data === undefined, op.operationId).toBe(found === undefined);
      if (!found || !data) continue;
      const page = byPath.get(`docs/operations/${op.operationId}.html`)!;
      for (const [lang, texts] of Object.entries(found.langs)) {
        const statics = staticParts(pageBlock(page, lang));
        const compact = data.langs[lang]!;
        const read = (parts: ConsoleFieldPart[]): FieldPart[] =>
          expandCopies(parts, statics) as FieldPart[];
        const back = {
          all: read(compact.all),
          ...(compact.none ? { none: read(compact.none) } : {}),
        };
        for (const present of [[], ...found.fields.map((f) => [f]), found.fields]) {
          const want = drawnText(texts, found.fields, new Set(present));
          expect(drawnText(back, found.fields, new Set(present)), `${op.operationId} ${lang}`).toBe(
            want,
          );
          checked++;
        }
        copied += JSON.stringify(compact).length;
        whole += JSON.stringify(texts).length;
        expect(
          compact.all.some((p) => typeof p === 'number'),
          `${op.operationId} ${lang}`,
        ).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(10);
    // The copies hold the imports, the client and the lines around the call once, on the page.
    expect(copied).toBeLessThan(whole * 0.6);
  });
});
