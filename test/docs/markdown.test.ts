/**
 * Structure of the Markdown output (goldens come with the lead's harness): anchors, tables with
 * consistent columns, balanced fences, resolvable links — as written and after a prettier pass.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiIr } from '../../generator/ir/types.js';
import type { VirtualFile } from '../../generator/emit/types.js';
import { formatFiles } from '../../generator/format/index.js';
import { tidy } from '../../generator/emit/docs/markdown.js';
import { checkLinks } from './link-check.js';
import { docsFor, FEATURES_SPEC, text } from './helpers.js';

let ir: ApiIr;
let raw: Map<string, string>;
let formatted: Map<string, string>;

function markdownOf(files: VirtualFile[]): Map<string, string> {
  return new Map(
    files
      .filter((f) => f.path.endsWith('.md'))
      .map((f) => [f.path.replace(/^docs\/markdown\//, ''), text(f)]),
  );
}

/** Cells of a table row, honouring `\|` escapes. */
function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/);
}

/** Every GFM table (header, delimiter, rows) outside fenced code. */
function tables(md: string): string[][] {
  const out: string[][] = [];
  let inFence = false;
  let current: string[] | undefined;
  for (const line of md.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (!inFence && /^\s*\|/.test(line)) {
      current ??= [];
      current.push(line);
    } else if (current) {
      out.push(current);
      current = undefined;
    }
  }
  if (current) out.push(current);
  return out;
}

beforeAll(async () => {
  const built = await docsFor(FEATURES_SPEC);
  ir = built.ir;
  const md = built.files.filter((f) => f.path.endsWith('.md'));
  expect(md.every((f) => f.format === 'none')).toBe(true);
  raw = markdownOf(md);
  // Written without prettier; it must still be valid input for it (and keep its links and tables).
  formatted = markdownOf(await formatFiles(md.map((f) => ({ ...f, format: 'markdown' as const }))));
});

describe('Markdown docs of the features fixture', () => {
  it('is split like the site: api.md, a file per family, per operation and per schema, and schemas.md', () => {
    const expected = [
      'api.md',
      'chat.md',
      'files.md',
      'render.md',
      'schemas.md',
      ...ir.operations.map((op) => `operations/${op.operationId}.md`),
      ...ir.schemas.map((s) => `schemas/${s.name}.md`),
    ].sort();
    expect([...raw.keys()].sort()).toEqual(expected);
    // A family file lists its operations and links to their files (no operation body in it).
    const chat = raw.get('chat.md')!;
    expect(chat).toContain('(operations/createChatCompletion.md#createChatCompletion)');
    expect(chat).not.toContain('```');
  });

  it('api.md gives the overview: families, task lifecycle and an index of every operation', () => {
    const api = raw.get('api.md')!;
    expect(api).toMatch(/^<!-- .*DO NOT EDIT.* -->\n# Features Fixture \(v0\.0\.1\)/);
    expect(api).toContain('| [Chat](chat.md) | 聊天 | 1 |');
    expect(api).toContain('## Async tasks');
    expect(api).toContain('| `succeeded` | `done` |');
    for (const op of ir.operations)
      expect(api).toContain(`(operations/${op.operationId}.md#${op.operationId})`);
  });

  it('anchors each operation by its operationId and shows samples, schema tables and examples', () => {
    const chat = raw.get('operations/createChatCompletion.md')!;
    expect(chat).toContain('<a id="createChatCompletion"></a>');
    expect(chat).toContain('# Create a chat completion');
    expect(chat).toContain('**`POST /v1/chat/completions`** · `createChatCompletion` · 聊天接口');
    for (const lang of ['bash', 'ts', 'python', 'json', 'text'])
      expect(chat).toContain('```' + lang + '\n');
    // A named body schema is linked, not expanded again: its table lives in its own file once.
    expect(chat).toContain(
      'Schema: [ChatRequest](../schemas/ChatRequest.md#ChatRequest) (fields in its own file)',
    );
    expect(chat).not.toContain('| `messages` |');
    expect(raw.get('schemas/ChatRequest.md')).toContain(
      '| `messages` | [ChatMessage](ChatMessage.md#ChatMessage)\\[\\] | yes |',
    );
    // The union gets one table per variant, in the union's file.
    const message = raw.get('schemas/ChatMessage.md')!;
    expect(message).toMatch(
      /exactly one of 3 shapes, chosen by `role` \(`system` → \[SystemMessage\]/,
    );
    expect(message).toContain('- **user · UserMessage**');
    expect(chat).toContain('data: [DONE]');
    const render = raw.get('operations/submitRender.md')!;
    expect(render).toContain('### Async task lifecycle · Render task');
    expect(render).toContain('client.render.tasks.createAndWait(');
  });

  it('keeps every table rectangular and every fence closed', () => {
    for (const [file, md] of [...raw, ...formatted]) {
      const fences = md.split('\n').filter((l) => /^\s*```/.test(l)).length;
      expect(fences % 2, `${file}: unbalanced fences`).toBe(0);
      for (const table of tables(md)) {
        const width = cells(table[0]!).length;
        expect(table[1], `${file}: delimiter row`).toMatch(/^\s*\|(\s*:?-+:?\s*\|)+\s*$/);
        for (const row of table) expect(cells(row).length, `${file}: ${row}`).toBe(width);
      }
    }
  });

  it('resolves every link and anchor, before and after formatting', () => {
    expect(checkLinks(raw)).toEqual([]);
    expect(checkLinks(formatted)).toEqual([]);
  });

  it('is tidy as written: no trailing spaces, no runs of blank lines, one final newline', () => {
    for (const [file, md] of raw) {
      expect(md, file).not.toMatch(/[ \t]+\n/);
      expect(md, file).not.toMatch(/\n\n\n/);
      expect(md.endsWith('\n') && !md.endsWith('\n\n'), file).toBe(true);
    }
  });

  it('tidies a blank run before every line end the m flag knows (\\r, U+2028, U+2029, the end), skipping clean text', () => {
    // The scan that skips the replace must see every place the replace would change.
    const cases = ['a \nb', 'a\t\rb', 'a \u2028b', 'a  \u2029b', 'a b ', 'a b', 'a\n\n\n\nb  '];
    const reference = (text: string): string =>
      `${text
        .replace(/[ \t]+$/gm, '')
        .replace(/\n{3,}/g, '\n\n')
        .trimEnd()}\n`;
    for (const text of cases) expect(tidy(text), JSON.stringify(text)).toBe(reference(text));
    expect(tidy('a \u2028b')).toBe('a\u2028b\n');
  });
});
