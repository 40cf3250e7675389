/**
 * `x-description-zh` on parameters, responses and tags (spec/EXTENSIONS.md): the load rule, the
 * IR pairing it with `description`, the pages showing the reader's language and the Markdown both.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/index.js';
import { docsFor, text } from './helpers.js';

const spec = (zhOfLimit: string): string => `openapi: 3.1.0
info: { title: Notes, version: '1' }
tags:
  - name: notes
    description: Your notes.
    x-description-zh: 你的笔记。
paths:
  /notes:
    get:
      operationId: listNotes
      tags: [notes]
      parameters:
        - name: limit
          in: query
          description: How many to list.
          x-description-zh: ${zhOfLimit}
          schema: { type: integer }
      responses:
        '200':
          description: The notes.
          x-description-zh: 笔记列表。
          content:
            application/json:
              schema: { type: array, items: { type: string } }
`;

async function write(yaml: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'docs-zh-'));
  const file = path.join(dir, 'openapi.yaml');
  await writeFile(file, yaml);
  return file;
}

describe('x-description-zh on parameters, responses and tags', () => {
  it('must be a string (located load error)', async () => {
    const loaded = await loadSpec(await write(spec('[not, text]')));
    const problems = loaded.problems.filter((p) => p.code === 'extension-invalid');
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        pointer: '/paths/~1notes/get/parameters/0/x-description-zh',
        line: 16,
        col: 11,
      }),
    ]);
  });

  it('is paired with the description in the IR and shown in both languages', async () => {
    const { ir, files } = await docsFor(await write(spec('列出多少条。')));
    const op = ir.operations[0]!;
    expect(op.parameters[0]).toMatchObject({
      description: 'How many to list.',
      descriptionZh: '列出多少条。',
    });
    expect(op.responses[0]).toMatchObject({
      description: 'The notes.',
      descriptionZh: '笔记列表。',
    });
    expect(ir.tags[0]).toMatchObject({ description: 'Your notes.', descriptionZh: '你的笔记。' });

    const file = (p: string): string => text(files.find((f) => f.path === `docs/${p}`)!);
    // Pages hold both texts, each marked with its language; the stylesheet shows the reader's.
    const page = file('operations/listNotes.html');
    expect(page).toContain(
      '<div class="bi-desc"><div class="en" lang="en"><p>How many to list.</p></div><div class="zh" lang="zh"><p>列出多少条。</p></div></div>',
    );
    expect(page).toContain(
      '<span class="bi-desc"><span class="en" lang="en">The notes.</span><span class="zh" lang="zh">笔记列表。</span></span>',
    );
    expect(file('families/notes.html')).toContain(
      '<div class="zh" lang="zh"><p>你的笔记。</p></div>',
    );
    // Markdown carries both, the Chinese marked as such.
    const md = file('markdown/operations/listNotes.md');
    expect(md).toMatch(
      /How many to list\.\s*<br>\s*<br>\s*中文：列出多少条。|How many to list\.[^|]*中文：列出多少条。/,
    );
    expect(md).toContain('> 中文：笔记列表。');
    expect(file('markdown/notes.md')).toContain('> 中文：你的笔记。');
  });
});
