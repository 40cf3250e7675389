import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiIr } from '../../generator/ir/types.js';
import type { VirtualFile } from '../../generator/emit/types.js';
import { emitDocs } from '../../generator/emit/docs/index.js';
import { minifyCss } from '../../generator/emit/docs/page-style.js';
import { checkLinks, idsOf } from './link-check.js';
import { docsFor, emitContext, FEATURES_SPEC, REPO, text } from './helpers.js';

let ir: ApiIr;
let files: VirtualFile[];
let byPath: Map<string, string>;

function page(path: string): string {
  const body = byPath.get(path);
  if (body === undefined) throw new Error(`no file ${path}; have ${[...byPath.keys()].join(', ')}`);
  return body;
}

/** The page of one operation (one page per operation). */
function opPage(operationId: string): string {
  return page(`operations/${operationId}.html`);
}

/** The HTML of one operation's section (from its opening tag to the matching close). */
function section(html: string, operationId: string): string {
  const start = html.indexOf(`<section class="op" id="${operationId}"`);
  expect(start, `section ${operationId}`).toBeGreaterThanOrEqual(0);
  const end = html.indexOf('\n</section>', start);
  return html.slice(start, end);
}

/** Visible text of an HTML fragment (tags dropped, entities decoded). */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

beforeAll(async () => {
  ({ ir, files } = await docsFor(FEATURES_SPEC));
  byPath = new Map(files.map((f) => [f.path.replace(/^docs\//, ''), text(f)]));
});

describe('docs site for the features fixture', () => {
  it('emits the index, one page per family, schema pages, assets, search index and Markdown', () => {
    const paths = [...byPath.keys()];
    expect(paths).toEqual(
      expect.arrayContaining([
        'index.html',
        'families/chat.html',
        'families/render.html',
        'families/files.html',
        'operations/createChatCompletion.html',
        'operations/submitRender.html',
        'schemas/index.html',
        'schemas/RenderTask.html',
        'nav.js',
        'assets/style.css',
        'assets/app.js',
        'search-index.js',
        'markdown/api.md',
        'markdown/chat.md',
        'markdown/render.md',
        'markdown/files.md',
        'markdown/schemas.md',
        'markdown/operations/createChatCompletion.md',
        'markdown/schemas/RenderTask.md',
      ]),
    );
    expect(files.every((f) => f.path.startsWith('docs/'))).toBe(true);
    // Sorted by code point, no duplicates.
    const sorted = [...files.map((f) => f.path)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(files.map((f) => f.path)).toEqual(sorted);
    expect(new Set(sorted).size).toBe(sorted.length);
  });

  it('starts every file with a DO NOT EDIT header naming the module to edit', () => {
    for (const [path, body] of byPath) {
      const first = body.split('\n', 1)[0]!;
      expect(first, path).toMatch(/DO NOT EDIT/);
      expect(first, path).toMatch(/(generator\/emit\/docs\/[\w-]+\.ts|templates\/docs\/[\w.-]+)/);
      if (path.endsWith('.html') || path.endsWith('.md'))
        expect(first, path).toMatch(/^<!-- .* -->$/);
      else expect(first, path).toMatch(/^\/\* .* \*\/$/);
    }
  });

  it('is deterministic and names no machine path', async () => {
    const again = await emitDocs(ir, await emitContext());
    expect(again.map((f) => [f.path, text(f)])).toEqual(files.map((f) => [f.path, text(f)]));
    for (const [path, body] of byPath) {
      expect(body.includes(REPO), path).toBe(false);
      expect(/\/(tmp|work|home|Users)\//.test(body.replace(/https?:\/\/\S+/g, '')), path).toBe(
        false,
      );
    }
  });

  it('loads nothing from the network (no CDN, fonts or scripts from elsewhere)', () => {
    for (const [path, body] of byPath) {
      if (!path.endsWith('.html') && !path.endsWith('.css')) continue;
      expect(body, path).not.toMatch(/<(script|link|img)[^>]+(src|href)="(https?:)?\/\//);
      expect(body, path).not.toMatch(/@import|url\(\s*['"]?(https?:)?\/\//);
    }
  });

  it('resolves every internal link and anchor, with no duplicate ids', () => {
    expect(checkLinks(byPath)).toEqual([]);
  });

  it('gives every operation its own page, listed and anchored on its family page', () => {
    for (const op of ir.operations) {
      const family = op.tag;
      const html = page(`families/${family}.html`);
      // The family page keeps the operation's id (old links land) and links to its page.
      expect(idsOf(html)).toContain(op.operationId);
      expect(html).toContain(
        `data-moved-to="../operations/${op.operationId}.html#${op.operationId}"`,
      );
      expect(html).not.toContain(`<section class="op" id="${op.operationId}"`);
      const s = section(opPage(op.operationId), op.operationId);
      expect(s).toContain(op.method.toUpperCase());
      expect(textOf(s)).toContain(op.path);
    }
  });

  it('lists families with their display name and Chinese title, and every operation with summary and Chinese title', () => {
    const index = page('index.html');
    for (const tag of ir.tags) {
      expect(index).toContain(tag.displayName);
      if (tag.titleZh) expect(index).toContain(tag.titleZh);
    }
    // The sidebar's data is one shared file; each page only carries the overview links.
    const script = page('nav.js');
    const nav = JSON.parse(script.slice(script.indexOf('['), script.lastIndexOf(']') + 1)) as {
      t: string;
      u: string;
      ops: { id: string; t: string; z?: string; u: string; p?: [string, string][] }[];
    }[];
    const chat = nav.find((f) => f.u === 'families/chat.html')!;
    const op = chat.ops.find((o) => o.id === 'createChatCompletion')!;
    expect(op).toMatchObject({
      t: 'Create a chat completion',
      z: '聊天接口',
      u: 'operations/createChatCompletion.html',
    });
    // Each documented page sharing the operation links to its example.
    expect(op.p).toEqual(
      expect.arrayContaining([
        expect.arrayContaining(['createChatCompletion-ex-basic']),
        ['图片分析', 'createChatCompletion-ex-vision'],
      ]),
    );
    expect(nav.flatMap((f) => f.ops.map((o) => o.id)).sort()).toEqual(
      ir.operations.map((o) => o.operationId).sort(),
    );
    const chatPage = opPage('createChatCompletion');
    const pageNav = chatPage.slice(chatPage.indexOf('<nav'), chatPage.indexOf('</nav>'));
    expect(pageNav).not.toContain('Create a chat completion');
    expect(pageNav).toContain('href="../index.html"');
    expect(idsOf(chatPage)).toEqual(
      expect.arrayContaining(['createChatCompletion-ex-basic', 'createChatCompletion-ex-vision']),
    );
  });

  it('shows parameters with type, required, default, enum and range', () => {
    const s = section(opPage('listRenderTasks'), 'listRenderTasks');
    const t = textOf(s);
    expect(t).toContain('limit');
    expect(t).toMatch(/range:\s*≥ 1, ≤ 100/);
    expect(t).toMatch(/default:\s*20/);
    expect(t).toMatch(/one of:\s*waiting\s+working\s+done\s+error\s+stopped/);
    const get = textOf(section(opPage('getRenderTask'), 'getRenderTask'));
    expect(get).toMatch(/task_id\s*pathrequired/);
  });

  it('renders unions as variant tabs with the discriminator mapping', () => {
    // The union's tree is on its own page; the operation links it and loads it on demand.
    expect(section(opPage('createChatCompletion'), 'createChatCompletion')).toContain(
      'data-src="../schemas/ChatRequest.html#ChatRequest"',
    );
    const s = page('schemas/ChatMessage.html');
    expect(s).toContain('data-union');
    expect(textOf(s)).toContain('Chosen by the field role');
    // inferred mapping: value → schema
    expect(s).toMatch(
      /<td><code>system<\/code><\/td><td><a href="[^"]*#SystemMessage">SystemMessage<\/a>/,
    );
    const tabs = [...s.matchAll(/role="tab"[^>]*aria-selected="(true|false)"[^>]*>([^<]*)</g)].map(
      (m) => [m[1], m[2]],
    );
    expect(tabs).toEqual(
      expect.arrayContaining([
        ['true', 'system · SystemMessage'],
        ['false', 'user · UserMessage'],
        ['false', 'assistant · AssistantMessage'],
      ]),
    );
    // Only the first variant's panel is shown at load.
    const panels = [
      ...s.matchAll(/<div role="tabpanel" id="(schema-ChatMessage-u\d+-\d)"[^>]*?( hidden)?>/g),
    ];
    expect(panels.length).toBeGreaterThanOrEqual(3);
    expect(panels[0]![2]).toBeUndefined();
    expect(panels[1]![2]).toBe(' hidden');
  });

  it('shows every named example and every error response', () => {
    for (const op of ir.operations) {
      const s = section(opPage(op.operationId), op.operationId);
      for (const r of op.responses) {
        expect(s, `${op.operationId} ${r.status}`).toContain(
          `id="${op.operationId}-response-${r.status}"`,
        );
        for (const c of r.contents)
          for (const e of c.examples)
            expect(s).toContain(`${op.operationId}-response-${r.status}-ex-${e.name}`);
      }
      for (const c of op.requestBody?.contents ?? [])
        for (const e of c.examples) expect(s).toContain(`id="${op.operationId}-ex-${e.name}"`);
    }
    const get = textOf(section(opPage('getRenderTask'), 'getRenderTask'));
    expect(get).toContain('content policy'); // the failure example's reason
  });

  it('shows the event stream as data lines ending in [DONE] for streaming operations', () => {
    const html = section(opPage('createChatCompletion'), 'createChatCompletion');
    const callout = html.slice(html.indexOf('id="createChatCompletion-stream"'));
    const transcript = textOf(callout.slice(callout.indexOf('<pre'), callout.indexOf('</pre>')));
    const lines = transcript.split('\n').filter(Boolean);
    const s = textOf(html);
    expect(lines.length).toBe(4);
    expect(JSON.parse(lines[1]!.slice(6))).toMatchObject({
      choices: [{ delta: { content: 'Hello' } }],
    });
    expect(lines[3]).toBe('data: [DONE]');
    expect(s).toContain('"stream": true');
  });

  it('explains the task lifecycle: states table, which call polls, interval and timeout, and …AndWait', () => {
    const s = section(opPage('submitRender'), 'submitRender');
    const t = textOf(s);
    expect(t).toContain('Async task lifecycle');
    expect(s).toContain('href="getRenderTask.html#getRenderTask"');
    expect(t).toMatch(/every 2 s \(give up after 5 min\)/);
    const states = s.slice(
      s.indexOf('<table class="states"'),
      s.indexOf('</table>', s.indexOf('<table class="states"')),
    );
    for (const [state, vendor] of [
      ['queued', 'waiting'],
      ['running', 'working'],
      ['succeeded', 'done'],
      ['failed', 'error'],
      ['cancelled', 'stopped'],
    ]) {
      expect(states).toMatch(
        new RegExp(`state-${state}">${state}</span></td><td><code>${vendor}</code>`),
      );
    }
    expect(t).toContain('client.render.tasks.createAndWait(');
    // The poll operation points back to its submit.
    expect(section(opPage('getRenderTask'), 'getRenderTask')).toContain(
      'href="submitRender.html#submitRender"',
    );
  });

  it('shows each callback with an example payload and a receiving endpoint in TypeScript', () => {
    const s = section(opPage('submitRender'), 'submitRender');
    const callbacks = textOf(s.slice(s.indexOf('<h3 data-i18n="h.callbacks">Callbacks</h3>')));
    expect(callbacks).toContain('Example payload');
    // The body is the poll's RenderTask and the callback has no example: the poll's finished example stands in.
    const payload = JSON.parse(
      /Example payload.*?\n?Copy(\{[\s\S]*?\n\})/.exec(callbacks)![1]!,
    ) as Record<string, unknown>;
    expect(payload).toMatchObject({ status: 'done', output: expect.stringMatching(/^https:/) });
    expect(callbacks).toContain('Receiving it with the TypeScript client');
    expect(callbacks).toContain(
      'export async function POST(request: Request): Promise<Response> {',
    );
    expect(callbacks).toContain('client.render.tasks.parseCallback(await request.text())');
    expect(callbacks).toContain('RenderTasksCreateNotifyHookPayload');
    // Operations without callbacks have no such section.
    expect(section(opPage('getRenderTask'), 'getRenderTask')).not.toContain('Callbacks</h3>');
    const md = page('markdown/operations/submitRender.md');
    expect(md).toContain('**Example payload.**');
    expect(md).toContain('client.render.tasks.parseCallback(await request.text())');
  });

  it('gives maintainers provenance and open questions without cluttering the page', () => {
    const s = section(opPage('createChatCompletion'), 'createChatCompletion');
    expect(s).toMatch(
      /<details class="maint"><summary>For maintainers<\/summary>.*Source: fixture · confidence <strong class="confidence-high">high/,
    );
  });

  it('ships samples in four tabs (curl, TypeScript SDK, Python SDK, Python HTTP) with copy buttons for every operation', () => {
    for (const op of ir.operations) {
      const s = section(opPage(op.operationId), op.operationId);
      for (const lang of ['curl', 'typescript', 'python', 'pythonHttp'])
        expect(s, `${op.operationId} ${lang}`).toContain(`id="${op.operationId}-samples-${lang}"`);
      expect(s).toContain('<button class="copy"');
    }
  });

  it('builds a search index over operations, both titles, parameters and schema names', () => {
    const script = page('search-index.js');
    const json = script.slice(script.indexOf('{'), script.lastIndexOf('}') + 1);
    const index = JSON.parse(json) as {
      entries: { k: string; t: string; z?: string; u: string; w?: string; id?: string }[];
    };
    const op = index.entries.find((e) => e.id === 'createChatCompletion')!;
    expect(op).toMatchObject({
      k: 'op',
      t: 'Create a chat completion',
      z: '聊天接口',
      u: 'operations/createChatCompletion.html#createChatCompletion',
    });
    expect(op.w).toContain('messages');
    expect(index.entries.find((e) => e.k === 'page' && e.z === '图片分析')?.u).toBe(
      'operations/createChatCompletion.html#createChatCompletion-ex-vision',
    );
    expect(index.entries.find((e) => e.id === 'listRenderTasks')?.w).toContain('limit');
    expect(index.entries.find((e) => e.k === 'schema' && e.t === 'RenderTask')?.u).toBe(
      'schemas/RenderTask.html#RenderTask',
    );
  });

  it('puts no stylesheet request before the first paint: critical CSS inline, style.css at the end of the body', () => {
    const head = (html: string): string => html.slice(0, html.indexOf('</head>'));
    for (const [p, html] of byPath) {
      if (!p.endsWith('.html')) continue;
      expect(head(html), p).not.toContain('rel="stylesheet"');
      expect(head(html), p).toMatch(/<style>[^<]+<\/style>/);
      if (p === 'index.html') continue;
      const tail = html.slice(html.indexOf('</main>'));
      expect(tail, p).toMatch(
        /<link rel="stylesheet" href="(\.\.\/)*assets\/style\.css\?v=[0-9a-f]{10}" onerror="[^"]+">\n/,
      );
    }
    // The index carries the whole stylesheet, every other page the same few kilobytes.
    expect(byPath.get('index.html')).toContain('.search-results{');
    expect(byPath.get('operations/createChatCompletion.html')).not.toContain('.search-results{');
  });

  it('keeps what CSS means when it drops its spaces', () => {
    expect(
      minifyCss(
        '/* note */\n.content :is(p, li) > a ~ b {\n  width: calc(100vh - var(--h));\n  margin: 0 auto;\n}\n',
      ),
    ).toBe('.content :is(p,li)>a~b{width:calc(100vh - var(--h));margin:0 auto}');
  });
});
