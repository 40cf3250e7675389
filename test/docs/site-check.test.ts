/**
 * Whole-site checks on real specs: every internal link and anchor resolves (Shell spec and
 * openai.yaml), and a ~300-operation spec is a set of modest pages, one per operation.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from './link-check.js';
import { docsSite } from '../helpers/docs-site.js';
import { REPO, SHELL_SPEC } from './helpers.js';

// The generality specs (petstore 3.0, museum 3.1, openai 3.1) live beside the repository in the
// shared reference set; DOCS_SPECS_DIR points at another copy. Missing specs skip their test.
const SPECS_DIR = process.env.DOCS_SPECS_DIR ?? path.resolve(REPO, '..', 'shared', 'specs');
const OPENAI_SPEC = path.join(SPECS_DIR, 'openai.yaml');

function siteMap(files: { path: string; contents: string }[]): Map<string, string> {
  return new Map(files.map((f) => [f.path.replace(/^docs\//, ''), f.contents]));
}

describe('the Shell spec docs', () => {
  it('resolve every internal link and anchor (HTML and Markdown)', async () => {
    const { ir, files } = await docsSite(SHELL_SPEC);
    const site = siteMap(files);
    expect(checkLinks(site)).toEqual([]);
    // Every operation is reachable from the index and has its anchor on exactly one page.
    const index = site.get('index.html')!;
    for (const op of ir.operations) {
      expect(index, op.operationId).toContain(`#${op.operationId}"`);
      const holders = [...site].filter(
        ([p, body]) =>
          p.endsWith('.html') && body.includes(`<section class="op" id="${op.operationId}"`),
      );
      expect(holders.length, op.operationId).toBe(1);
    }
  });
});

describe.skipIf(!existsSync(OPENAI_SPEC))('a large spec (openai.yaml)', () => {
  it('has one page per operation, none of them huge, with every link resolving', async () => {
    const { ir, files } = await docsSite(OPENAI_SPEC);
    const site = siteMap(files);
    const html = [...site].filter(([p]) => p.endsWith('.html'));
    const largest = Math.max(...html.map(([, body]) => Buffer.byteLength(body)));
    expect(ir.operations.length).toBeGreaterThan(200);
    expect(largest).toBeLessThan(1_000_000);
    // Every operation has a page of its own, whatever its family's size (a stable rule).
    const opPages = html.filter(([p]) => p.startsWith('operations/'));
    expect(opPages.length).toBe(ir.operations.length);
    // Family pages only list their operations: no operation section on them.
    for (const [p, body] of html.filter(([p]) => p.startsWith('families/')))
      expect(body, p).not.toContain('<section class="op"');
    expect(checkLinks(site)).toEqual([]);
  });
});

describe.each(['petstore.yaml', 'museum.yaml'])('a general spec (%s)', (file) => {
  const spec = path.join(SPECS_DIR, file);
  it.skipIf(!existsSync(spec))(
    'gives a site whose links all resolve, listing every operation and webhook',
    async () => {
      const { ir, files } = await docsSite(spec);
      const site = siteMap(files);
      expect(checkLinks(site)).toEqual([]);
      const index = site.get('index.html')!;
      for (const op of ir.operations) expect(index).toContain(`#${op.operationId}"`);
      for (const hook of ir.webhooks) expect(index).toContain(`id="webhook-${hook.name}"`);
    },
  );
});
