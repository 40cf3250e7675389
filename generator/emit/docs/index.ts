/**
 * The docs emitter: a static reference site (works from file:// and any static host, offline)
 * plus Markdown for code hosts.
 *
 *   docs/index.html                      overview, families, async task lifecycles, every operation
 *   docs/families/<family>.html          one page per family (tag): its operations, linked
 *   docs/operations/<operationId>.html   one page per operation (a stable rule, never by a count)
 *   docs/schemas/index.html, <name>.html one page per named schema, the index by initial
 *   docs/schemas/by-initial/<a-z|other>.html  the names starting with that initial
 *   docs/schemas/variants/<name>/<n>.html  a union schema's variant n (its fields; splitVariants)
 *   docs/assets/{style.css,app.js}       from templates/docs/ (how a page takes its styles: page-style.ts)
 *   docs/nav.js                          the sidebar's data, loaded once per site (app.js draws it)
 *   docs/search-index.js                 the search index as a script (no fetch needed)
 *   docs/markdown/…                      the same split in Markdown
 *
 * Every operation is rendered exactly once, onto its own page. A page holds no list of the whole
 * site, so removing an operation rewrites only its page, its family's, the index and the shared
 * data files.
 */
import type { Emitter, EmitContext, VirtualFile } from '../types.js';
import type { ApiIr } from '../../ir/types.js';
import { generatedHeader } from './header.js';
import { flatString } from '../../util/flat-string.js';
import { esc } from './html.js';
import { resolveLinks, rootPrefix, type Layout } from './links.js';
import { buildMarkdown } from './markdown.js';
import { pageStyles } from './page-style.js';
import { buildModel, opTitle, type DocsModel } from './model.js';
import { operationHtml } from './operation-html.js';
import {
  familyContent,
  familyPage,
  fillShell,
  indexContent,
  navData,
  navFallbackHtml,
  navScript,
  operationPage,
  operationPageContent,
  schemaEntryHtml,
  schemaIndexContent,
  schemaInitialContent,
  schemaInitialPage,
  schemaInitials,
  schemaPage,
  schemaUsage,
  schemaVariantContent,
  schemaVariantPage,
  webhookPageContent,
  webhookPages,
} from './pages-html.js';
import { splitVariants } from './schema-html.js';
import {
  consoleDataScript,
  consoleOperationPath,
  consoleOperationScript,
  sharedValidatorScript,
  STATIC_CONSOLE_ENV,
} from './console-assets.js';
import { sharedMockRoutes } from '../surface/mock-routes.js';
import { buildSearchEntries, searchIndexScript } from './search-index.js';
import { docsMemo, type DocsMemo } from '../../incremental/docs-memo.js';

const TEMPLATE_FILES = [
  'docs/page.html',
  'docs/style.css',
  'docs/critical.css',
  'docs/app.js',
  'docs/boot.js',
  'docs/console.js',
  'docs/console.css',
] as const;

function template(ctx: EmitContext, name: (typeof TEMPLATE_FILES)[number]): string {
  const text = ctx.templates.get(name);
  if (text === undefined)
    throw new Error(`docs emitter: template ${name} is missing (templates/${name})`);
  return text;
}

/** Source text as written inline into a page's head: indentation and blank lines dropped. */
function compactLines(source: string, keep: (line: string) => boolean = () => true): string {
  return source
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && keep(line))
    .join('\n');
}

/**
 * The boot script as written into every page's head (an inline script runs with no request, and
 * ahead of the inline styles it waits for nothing): its comment lines dropped, one statement a
 * line kept, so the few hundred bytes repeated per page stay few.
 */
const inlineScript = (source: string): string =>
  compactLines(source, (line) => !/^(\/\/|\/\*|\*)/.test(line));

interface PagePlan {
  path: string;
  title: string;
  content: () => string;
  /**
   * The whole stylesheet inline rather than the first paint's part (page-style.ts): only the
   * entry page, every other page shares the cached file.
   */
  inlineStyle?: boolean;
  /** What the page reads, for a watch session's memo (pages without one are built every run). */
  key?: string;
}

export const emitDocs: Emitter = (ir: ApiIr, ctx: EmitContext): VirtualFile[] => {
  const model = buildModel(ir);
  const generator = ctx.generator.name;
  const env = { model, packageName: ctx.packageName };

  const opPage = new Map(ir.operations.map((op) => [op.operationId, operationPage(model, op)]));
  const schemaPageOf = new Map(ir.schemas.map((s) => [s.name, schemaPage(model, s.name)]));
  const layout: Layout = { opPage, schemaPage: schemaPageOf };

  const memo = docsMemo(ctx, model);
  const pages: PagePlan[] = [
    {
      path: 'index.html',
      title: ir.info.title,
      content: () => indexContent(model),
      inlineStyle: true,
    },
  ];
  for (const f of model.families) {
    pages.push({
      path: familyPage(f),
      title: `${f.displayName} · ${ir.info.title}`,
      content: () => familyContent(f),
    });
    for (const op of f.operations) {
      pages.push({
        path: opPage.get(op.operationId)!,
        title: `${opTitle(op)} · ${ir.info.title}`,
        content: () => operationPageContent(f, operationHtml(op, env, 1)),
        key: memo.operation(op),
      });
    }
  }
  for (const [name, page] of webhookPages(model))
    pages.push({
      path: page,
      title: `${name} · Webhooks · ${ir.info.title}`,
      content: () => webhookPageContent(model, name),
    });
  const initials = schemaInitials(model);
  pages.push({
    path: 'schemas/index.html',
    title: `Schemas · ${ir.info.title}`,
    content: () => schemaIndexContent(initials.keys()),
  });
  for (const [initial, schemas] of initials) {
    pages.push({
      path: schemaInitialPage(initial),
      title: `Schemas: ${initial} · ${ir.info.title}`,
      content: () => schemaInitialContent(initials.keys(), initial, schemas),
    });
  }
  const usage = schemaUsage(model);
  for (const s of ir.schemas) {
    pages.push({
      path: schemaPageOf.get(s.name)!,
      title: `${s.name} · ${ir.info.title}`,
      content: () => schemaEntryHtml(s, model, usage),
      key: memo.schema(s.name, usage),
    });
    for (const i of splitVariants(s.schema, model.schemas)) {
      pages.push({
        path: schemaVariantPage(model, s.name, i),
        title: `${s.name} · variant ${i + 1} · ${ir.info.title}`,
        content: () => schemaVariantContent(s, model, i),
        key: memo.schema(s.name, usage),
      });
    }
  }

  const shell = template(ctx, 'docs/page.html');
  const boot = inlineScript(template(ctx, 'docs/boot.js'));
  const style = template(ctx, 'docs/style.css');
  const stylesOf = pageStyles({ style, critical: template(ctx, 'docs/critical.css') });
  const htmlHeader = (module: string): string => generatedHeader('html', module, generator);
  const unresolved: string[] = [];
  const render = (page: PagePlan): string => {
    const root = rootPrefix(page.path);
    // Links are resolved in the parts that hold them, not in the whole page: most of a page's
    // bytes are the shell's head (boot script, first-paint styles), the same on every page.
    const nav = resolveLinks(navFallbackHtml(page.path), page.path, layout, unresolved);
    const raw = page.content();
    // Only pages with a try-it console load its style and script (less to fetch before first paint).
    const hasConsole = raw.includes(' data-try=');
    const content = resolveLinks(raw, page.path, layout, unresolved);
    const styles = stylesOf({ root, inlineAll: page.inlineStyle === true, console: hasConsole });
    const filled = fillShell(shell, {
      root,
      // A spec without Chinese titles: English only, no language toggle (boot.js, app.js).
      langs: model.zh ? '' : ' data-lang-only="en"',
      title: esc(page.title),
      brand: `${esc(ir.info.title)}<span class="version">v${esc(ir.info.version)}</span>`,
      boot,
      style: styles.head,
      nav,
      content,
      console: hasConsole ? `<script src="${root}assets/console.js" defer></script>\n` : '',
      styleLinks: styles.bodyEnd,
    });
    // One flat string per page as soon as it is built (util/flat-string.ts): less held until the write.
    return flatString(htmlHeader(moduleFor(page.path)) + filled);
  };
  const files: VirtualFile[] = pages.map((page) => ({
    path: `docs/${page.path}`,
    contents: memo.file(page.key, `${page.path}\0${page.title}`, () => render(page)),
    format: 'none',
  }));
  if (unresolved.length) {
    throw new Error(
      `docs emitter: links to unknown targets: ${[...new Set(unresolved)].sort().join(', ')}`,
    );
  }

  files.push(
    {
      path: 'docs/assets/style.css',
      contents: generatedHeader('css', 'templates/docs/style.css', generator) + style,
      format: 'none',
    },
    {
      path: 'docs/assets/app.js',
      contents:
        generatedHeader('js', 'templates/docs/app.js', generator) + template(ctx, 'docs/app.js'),
      format: 'none',
    },
    ...consoleFiles(model, ctx, memo),
    {
      path: 'docs/nav.js',
      contents: navScript(
        navData(model),
        generatedHeader('js', 'generator/emit/docs/pages-html.ts', generator),
      ),
      format: 'none',
    },
    {
      path: 'docs/search-index.js',
      contents: searchIndexScript(
        buildSearchEntries(model, layout),
        generatedHeader('js', 'generator/emit/docs/search-index.ts', generator),
      ),
      format: 'none',
    },
    ...buildMarkdown(model, { packageName: ctx.packageName, generator }, memo),
  );
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
};

/** The try-it console: its script and style, the mock's validator, the operations' data, the mock's override point. */
function consoleFiles(model: DocsModel, ctx: EmitContext, memo: DocsMemo): VirtualFile[] {
  const { ir } = model;
  const generator = ctx.generator.name;
  const module = 'generator/emit/docs/console-assets.ts';
  const routes = sharedMockRoutes(ir);
  const routesById = new Map(routes.operations.map((o) => [o.operationId, o]));
  return [
    {
      path: 'docs/assets/console.js',
      contents:
        generatedHeader('js', 'templates/docs/console.js', generator) +
        template(ctx, 'docs/console.js'),
    },
    {
      path: 'docs/assets/console.css',
      contents:
        generatedHeader('css', 'templates/docs/console.css', generator) +
        template(ctx, 'docs/console.css'),
    },
    {
      path: 'docs/assets/shared-validator.js',
      contents:
        generatedHeader('js', module, generator) + sharedValidatorScript(ctx, ir.errorClassName),
    },
    {
      path: 'docs/assets/console-data.js',
      contents: generatedHeader('js', module, generator) + consoleDataScript(routes),
    },
    ...ir.operations.map((op) => ({
      path: `docs/${consoleOperationPath(model.opStem.get(op.operationId)!)}`,
      contents: memo.file(
        memo.operation(op),
        'console',
        () =>
          generatedHeader('js', module, generator) +
          consoleOperationScript(ir, routes, routesById, op, ctx.packageName),
      ),
    })),
    {
      path: 'docs/assets/console-env.js',
      contents: generatedHeader('js', module, generator) + STATIC_CONSOLE_ENV,
    },
  ].map((f) => ({ ...f, format: 'none' as const }));
}

function moduleFor(page: string): string {
  if (page.startsWith('schemas/')) return 'generator/emit/docs/schema-html.ts';
  if (page === 'index.html') return 'generator/emit/docs/pages-html.ts';
  return 'generator/emit/docs/operation-html.ts';
}

export type { DocsModel };
export { buildSamples } from './samples.js';
