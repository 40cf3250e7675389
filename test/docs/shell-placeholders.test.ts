/**
 * The page shell's placeholders (`{{nav}}`, `{{console}}`, … in templates/docs/page.html) are filled
 * once, in the shell only: the same words inside a spec's title or descriptions are text of the
 * page, never replaced by navigation, scripts or stylesheet links.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docsFor, text } from './helpers.js';

const SPEC = `openapi: 3.1.0
info: { title: 'Curly {{nav}} API', version: '1' }
paths:
  /notes:
    get:
      operationId: listNotes
      summary: List notes
      description: 'Use {{console}} or {{styleLinks}} and {{content}}.'
      responses:
        '200':
          description: The notes.
          content:
            application/json:
              schema: { type: array, items: { type: string } }
`;

describe('page shell placeholders in spec text', () => {
  it('stay as written in titles and descriptions', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'docs-curly-'));
    const file = path.join(dir, 'openapi.yaml');
    await writeFile(file, SPEC);
    const { files } = await docsFor(file);
    const pages = files.filter((f) => f.path.endsWith('.html'));
    const operation = pages.find((f) => /listNotes/i.test(f.path));
    expect(operation).toBeDefined();
    const html = text(operation!);
    expect(html).toContain('Use {{console}} or {{styleLinks}} and {{content}}.');
    // The title shows the braces, and holds no navigation.
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
    expect(title).toContain('Curly {{nav}} API');
    // Each shell part is there once: no second console script or stylesheet link from the description.
    for (const page of pages) {
      const body = text(page);
      expect(body.match(/<title>/g)?.length ?? 0).toBe(1);
      expect(body.match(/console\.js/g)?.length ?? 0).toBeLessThanOrEqual(1);
    }
  });
});
