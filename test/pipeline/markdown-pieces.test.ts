/**
 * A watch session formats large Markdown files section by section (generator/incremental/
 * markdown-pieces.ts): the sections formatted alone and joined equal the file formatted whole.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatStage } from '../../generator/format/index.js';
import {
  cutMarkdownSections,
  formatMarkdownSections,
} from '../../generator/incremental/markdown-pieces.js';

const REPO = path.resolve(import.meta.dirname, '../..');

async function whole(text: string): Promise<string> {
  const { files } = await formatStage([{ path: 'x.md', contents: text, format: 'markdown' }], {
    cache: new Map(),
  });
  return files[0]!.contents as string;
}

async function bySections(text: string): Promise<{ text: string; formatted: string[] }> {
  const sections = cutMarkdownSections(text);
  expect(sections).toBeDefined();
  const formatted: string[] = [];
  const joined = await formatMarkdownSections('x.md', sections!, new Map(), new Set(), (s) =>
    formatted.push(s),
  );
  return { text: joined, formatted };
}

/** Unformatted on purpose: unaligned tables, `*` bullets, a fence holding heading-like lines. */
const SAMPLE = [
  '<!-- generated -->',
  '# Title',
  'Intro   text *emphasis*',
  '* one',
  '* two',
  '## Tables',
  '| A | B |',
  '|---|:-:|',
  '| long cell text | x |',
  '',
  '### `client.files`',
  '',
  '| Method | HTTP |',
  '| --- | --- |',
  '| `client.files.list()` | `GET /files` |',
  '',
  '## Code',
  '',
  '```ts',
  '## not a heading',
  'const x   =  1;',
  '```',
  '',
  '~~~',
  '### nor this',
  '~~~',
  '1. first',
  '1. second',
  '',
  '## Last',
  '',
  '- a',
  '- b',
  '',
].join('\n');

describe('Markdown formatted in sections', () => {
  it('cuts at level-2 and level-3 headings after a blank line (`## Tables` has none), never inside a fence', () => {
    const sections = cutMarkdownSections(SAMPLE)!;
    expect(sections.map((s) => s.split('\n')[0])).toEqual([
      '<!-- generated -->',
      '### `client.files`',
      '## Code',
      '## Last',
    ]);
  });

  it('joins to what prettier makes of the whole file', async () => {
    expect((await bySections(SAMPLE)).text).toBe(await whole(SAMPLE));
  });

  it("this spec's SDK README, sections and whole, agree", async () => {
    const readme = readFileSync(path.join(REPO, 'generated/sdk/README.md'), 'utf8');
    // Unaligned again (as the emitter writes it) so prettier has real work in both.
    const raw = readme.replace(/ {2,}\|/g, ' |').replace(/\| -{3,}/g, '| ---');
    const { text, formatted } = await bySections(raw);
    expect(formatted.length).toBeGreaterThan(3);
    expect(text).toBe(await whole(raw));
    expect(text).toBe(readme);
  });

  it('a reference-style link definition keeps the file whole', () => {
    expect(cutMarkdownSections('# A\n\n## B\n\n[x][y]\n\n## C\n\n[y]: https://example.com\n')).toBe(
      undefined,
    );
  });
});
