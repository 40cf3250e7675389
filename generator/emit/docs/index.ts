/**
 * The docs emitter: a static reference site (works from file:// and any static host, offline)
 * plus Markdown for code hosts.
 *
 *   docs/index.html                   overview, families, async task lifecycles, every operation
 *   docs/families/<family>.html       one page per family (tag) with its operations
 *   docs/operations/<operationId>.html  only for families too large for one page
 *   docs/schemas/index.html, <letter>.html   named schemas
 *   docs/assets/{style.css,app.js}    from templates/docs/
 *   docs/search-index.js              the search index as a script (no fetch needed)
 *   docs/markdown/api.md, <family>.md
 *
 * Sections are rendered once with link markers; the layout (which page holds which operation)
 * is decided from their sizes, then the markers become relative hrefs.
 */
import type { Emitter, EmitContext, VirtualFile } from '../types.js';
import type { ApiIr } from '../../ir/types.js';
import { generatedHeader } from './header.js';
import { esc } from './html.js';
import { resolveLinks, rootPrefix, type Layout } from './links.js';
import { buildMarkdown } from './markdown.js';
import { buildModel, opTitle, schemaBuckets, type DocsModel, type Family } from './model.js';
import { operationHtml } from './operation-html.js';
import {
  familyContent,
  familyPage,
  fillShell,
  indexContent,
  navHtml,
  operationPage,
  operationPageContent,
  schemaBucketContent,
  schemaEntryHtml,
  schemaIndexContent,
  schemaPage,
  schemaUsage,
} from './pages-html.js';
import { consoleDataScript, sharedValidatorScript, STATIC_CONSOLE_ENV } from './console-assets.js';
import { buildSearchEntries, searchIndexScript } from './search-index.js';

/** A family page larger than this (characters of operation sections) is split into one page per operation. */
export const FAMILY_PAGE_BUDGET = 600_000;
/** Nesting depth up to which named schemas are expanded inside an operation. */
export const INLINE_SCHEMA_DEPTH = 4;
/** Named schemas expanded inline per operation; further ones are links (keeps huge operations readable and small). */
export const INLINE_SCHEMA_BUDGET = 40;

const TEMPLATE_FILES = [
  'docs/page.html',
  'docs/style.css',
  'docs/app.js',
  'docs/console.js',
  'docs/console.css',
] as const;

function template(ctx: EmitContext, name: (typeof TEMPLATE_FILES)[number]): string {
  const text = ctx.templates.get(name);
  if (text === undefined)
    throw new Error(`docs emitter: template ${name} is missing (templates/${name})`);
  return text;
}

interface PagePlan {
  path: string;
  title: string;
  content: string;
  family?: Family;
}

export const emitDocs: Emitter = (ir: ApiIr, ctx: EmitContext): VirtualFile[] => {
  const model = buildModel(ir);
  const generator = ctx.generator.name;
  const env = {
    model,
    packageName: ctx.packageName,
    maxDepth: INLINE_SCHEMA_DEPTH,
    expansionBudget: INLINE_SCHEMA_BUDGET,
  };

  // 1. Render every operation once (level-2 headings; pages of their own get level 1 below).
  const sections = new Map<string, string>();
  for (const op of ir.operations) sections.set(op.operationId, operationHtml(op, env, 2));

  // 2. Layout: families over budget move their operations to pages of their own.
  const opPage = new Map<string, string>();
  const split = new Set<Family>();
  for (const f of model.families) {
    const size = f.operations.reduce((n, op) => n + sections.get(op.operationId)!.length, 0);
    if (size > FAMILY_PAGE_BUDGET && f.operations.length > 1) split.add(f);
    for (const op of f.operations)
      opPage.set(op.operationId, split.has(f) ? operationPage(op) : familyPage(f));
  }
  const bucketOf = schemaBuckets(ir.schemas.map((s) => s.name));
  const schemaPageOf = new Map(ir.schemas.map((s) => [s.name, schemaPage(bucketOf.get(s.name)!)]));
  const layout: Layout = { opPage, schemaPage: schemaPageOf };

  // 3. Pages.
  const pages: PagePlan[] = [
    { path: 'index.html', title: ir.info.title, content: indexContent(model) },
  ];
  for (const f of model.families) {
    const own = split.has(f) ? undefined : f.operations.map((op) => sections.get(op.operationId)!);
    pages.push({
      path: familyPage(f),
      title: `${f.displayName} · ${ir.info.title}`,
      content: familyContent(f, own),
      family: f,
    });
    if (!split.has(f)) continue;
    for (const op of f.operations) {
      const section = operationHtml(op, env, 1);
      pages.push({
        path: operationPage(op),
        title: `${opTitle(op)} · ${ir.info.title}`,
        content: operationPageContent(f, section),
        family: f,
      });
    }
  }
  const usage = schemaUsage(model);
  const buckets = new Map<string, string[]>();
  for (const s of ir.schemas) {
    const bucket = bucketOf.get(s.name)!;
    buckets.set(bucket, [...(buckets.get(bucket) ?? []), schemaEntryHtml(s, model, usage)]);
  }
  pages.push({
    path: 'schemas/index.html',
    title: `Schemas · ${ir.info.title}`,
    content: schemaIndexContent(model),
  });
  for (const [bucket, entries] of [...buckets].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    pages.push({
      path: schemaPage(bucket),
      title: `Schemas ${bucket.toUpperCase()} · ${ir.info.title}`,
      content: schemaBucketContent(bucket, entries),
    });
  }

  const shell = template(ctx, 'docs/page.html');
  const htmlHeader = (module: string): string => generatedHeader('html', module, generator);
  const unresolved: string[] = [];
  const files: VirtualFile[] = pages.map((page) => {
    const root = rootPrefix(page.path);
    const nav = navHtml(model, {
      page: page.path,
      ...(page.family ? { family: page.family } : {}),
    });
    const filled = fillShell(shell, {
      root,
      title: esc(page.title),
      brand: `${esc(ir.info.title)}<span class="version">v${esc(ir.info.version)}</span>`,
      nav,
      content: page.content,
    });
    const html = resolveLinks(filled, page.path, layout, unresolved);
    return {
      path: `docs/${page.path}`,
      contents: htmlHeader(moduleFor(page.path)) + html,
      format: 'none',
    };
  });
  if (unresolved.length) {
    throw new Error(
      `docs emitter: links to unknown targets: ${[...new Set(unresolved)].sort().join(', ')}`,
    );
  }

  files.push(
    {
      path: 'docs/assets/style.css',
      contents:
        generatedHeader('css', 'templates/docs/style.css', generator) +
        template(ctx, 'docs/style.css'),
      format: 'none',
    },
    {
      path: 'docs/assets/app.js',
      contents:
        generatedHeader('js', 'templates/docs/app.js', generator) + template(ctx, 'docs/app.js'),
      format: 'none',
    },
    ...consoleFiles(ir, ctx),
    {
      path: 'docs/search-index.js',
      contents: searchIndexScript(
        buildSearchEntries(model, layout),
        generatedHeader('js', 'generator/emit/docs/search-index.ts', generator),
      ),
      format: 'none',
    },
    ...buildMarkdown(model, { packageName: ctx.packageName, generator }),
  );
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
};

/** The try-it console: its script and style, the mock's validator, the operations' data, the mock's override point. */
function consoleFiles(ir: ApiIr, ctx: EmitContext): VirtualFile[] {
  const generator = ctx.generator.name;
  const module = 'generator/emit/docs/console-assets.ts';
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
      contents: generatedHeader('js', module, generator) + sharedValidatorScript(ctx),
    },
    {
      path: 'docs/assets/console-data.js',
      contents: generatedHeader('js', module, generator) + consoleDataScript(ir),
    },
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
