/**
 * A parameter's serialisation style, where it is not its location's default, is shown in the HTML
 * parameter table (a badge), the Markdown one (the In column) and the try-it form (the console's
 * operation data; the label itself is checked in chromium by console-query-styles.test.ts).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docsFor, text } from './helpers.js';

const spec = `openapi: 3.1.0
info: { title: Styles, version: '1' }
paths:
  /q:
    get:
      operationId: readQ
      parameters:
        - { name: d, in: query, style: deepObject, explode: true, schema: { type: object } }
        - { name: p, in: query, style: pipeDelimited, explode: false, schema: { type: array, items: { type: integer } } }
        - { name: s, in: query, style: spaceDelimited, explode: false, schema: { type: array, items: { type: integer } } }
        - { name: c, in: query, explode: false, schema: { type: array, items: { type: string } } }
        - { name: plain, in: query, schema: { type: array, items: { type: string } } }
        - { name: X-Ids, in: header, explode: true, schema: { type: array, items: { type: string } } }
        - { name: X-Plain, in: header, schema: { type: string } }
      responses:
        '204': { description: ok }
`;

/** What each parameter's style shows as; undefined: nothing (the location's default). */
const EXPECTED: Record<string, string | undefined> = {
  d: 'deepObject',
  p: 'pipeDelimited',
  s: 'spaceDelimited',
  c: 'form, explode=false',
  plain: undefined,
  'X-Ids': 'simple, explode=true',
  'X-Plain': undefined,
};

describe('parameter styles in the docs', () => {
  let dir: string;
  let files: Map<string, string>;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'docs-param-styles-'));
    const file = path.join(dir, 'openapi.yaml');
    await writeFile(file, spec);
    files = new Map((await docsFor(file)).files.map((f) => [f.path, text(f)]));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  function only(pattern: RegExp): string {
    const found = [...files].filter(([p]) => pattern.test(p));
    expect(found.map(([p]) => p)).toHaveLength(1);
    return found[0]![1];
  }

  it('HTML: a badge beside the location', () => {
    const html = only(/^docs\/operations\/readQ\.html$/);
    const table = html.slice(html.indexOf('<table class="rows params">'));
    for (const [name, style] of Object.entries(EXPECTED)) {
      const row = /^.*?<\/tr>/.exec(table.slice(table.indexOf(`<td><code>${name}</code>`)))![0];
      const badges = [...row.matchAll(/<span class="badge"[^>]*>([^<]*)<\/span>/g)].map(
        (m) => m[1],
      );
      expect(badges, name).toEqual(style ? [expect.any(String), style] : [expect.any(String)]);
    }
  });

  it('Markdown: in the In column', () => {
    const md = only(/^docs\/markdown\/.*readQ.*\.md$|^docs\/markdown\/operations\/readQ\.md$/);
    for (const [name, style] of Object.entries(EXPECTED)) {
      const row = md.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
      const where = row?.split(' | ')[1];
      const location = name.startsWith('X-') ? 'header' : 'query';
      expect(where, name).toBe(style ? `${location} (${style})` : location);
    }
  });

  it('try-it form: the console data names the non-default styles', () => {
    const data = only(/^docs\/assets\/console\/.*\.js$/);
    const json = JSON.parse(data.slice(data.indexOf('] = ') + 4, data.lastIndexOf(';'))) as {
      styles?: Record<string, string>;
    };
    const expected = Object.fromEntries(
      Object.entries(EXPECTED)
        .filter(([, style]) => style)
        .map(([name, style]) => [`${name.startsWith('X-') ? 'header' : 'query'}:${name}`, style]),
    );
    expect(json.styles).toEqual(expected);
  });
});
