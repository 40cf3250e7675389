/** Whole pages: the shell filled with navigation and content (index, family, operation, schema pages). */
import type {
  CallbackIr,
  NamedSchemaIr,
  OperationIr,
  SchemaIr,
  UnionSchema,
} from '../../ir/types.js';
import { anchorId, biTitle, code, codeBlock, esc, methodBadge, pathHtml } from './html.js';
import { highlightJson } from './json-html.js';
import { callbackExample } from './callback-example.js';
import { opHref, pageHref, schemaHref } from './links.js';
import { bilingualHtml, markdownToHtml, plainText } from './markdown-inline.js';
import { fileStems, opTitle, type DocsModel, type Family } from './model.js';
import { statesTableHtml } from './operation-html.js';
import { pageAnchor } from './example-anchors.js';
import { schemesHtml } from './security.js';
import {
  doubtMarks,
  factsHtml,
  HTML_LABEL,
  namedSchemaBodyHtml,
  splitVariants,
  topSchemaHtml,
  variantBodyHtml,
  type SchemaHtmlContext,
} from './schema-html.js';
import { doubtsOf, isComplex, typeLabel, variantTitles } from './schema-info.js';
import { familyMembers, seconds } from './lifecycle.js';
import { answerHtml, hookIntro, payloadTypesLine } from './callback-answer.js';

export function familyPage(family: Family): string {
  return `families/${family.slug}.html`;
}

export function operationPage(model: DocsModel, op: OperationIr): string {
  return `operations/${model.opStem.get(op.operationId)!}.html`;
}

/** One page per root webhook name (its methods together): `webhooks/<stem>.html`. */
export function webhookPages(model: DocsModel): Map<string, string> {
  const stems = fileStems([...new Set(model.ir.webhooks.map((h) => h.name))]);
  return new Map([...stems].map(([name, stem]) => [name, `webhooks/${stem}.html`]));
}

export function schemaPage(model: DocsModel, name: string): string {
  return `schemas/${model.schemaStem.get(name)!}.html`;
}

/**
 * The page of variant `i` (0-based) of a named union schema (splitVariants): a folder per schema
 * under `schemas/variants/`, so no name of a schema's own page can take its place.
 */
export function schemaVariantPage(model: DocsModel, name: string, i: number): string {
  return `schemas/variants/${model.schemaStem.get(name)!}/${i + 1}.html`;
}

/** The shell last split into text and placeholder names (every page of a site shares one shell). */
let splitShell: { shell: string; parts: string[] } | undefined;

/**
 * Fills the page shell template in one pass over the shell's own placeholders (odd parts), so a
 * page's content is copied once and never searched for placeholders (nor changed by text in it
 * that looks like one). A placeholder without a field stays as it is.
 */
export function fillShell(shell: string, fields: Record<string, string>): string {
  if (splitShell?.shell !== shell) splitShell = { shell, parts: shell.split(/\{\{(\w+)\}\}/) };
  const parts = splitShell.parts;
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i]!;
    out += (Object.hasOwn(fields, key) ? fields[key] : `{{${key}}}`) + parts[i + 1]!;
  }
  return out;
}

// ───────────────────────────── navigation ─────────────────────────────

/**
 * The sidebar as written into every page: only the overview links, so a page never changes when
 * an operation elsewhere is added or removed. app.js draws the full navigation from nav.js.
 */
export function navFallbackHtml(page: string): string {
  const links = [
    ['index.html', 'Overview', 'nav.overview'],
    ['schemas/index.html', 'Schemas', 'nav.schemas'],
  ]
    .map(
      ([target, label, key]) =>
        `<li><a href="${pageHref(target!)}"${page === target ? ' aria-current="page"' : ''} data-i18n="${key}">${label}</a></li>`,
    )
    .join('');
  return `<p class="nav-section" data-i18n="nav.api">API</p><ul class="nav-static">${links}</ul><div class="nav-tree"></div>`;
}

export interface NavOp {
  /** operationId */
  id: string;
  m: string;
  t: string;
  z?: string;
  /** Page relative to the docs root. */
  u: string;
  /** Documented pages of the seed: [Chinese title, anchor]. */
  p?: [string, string][];
}

export interface NavFamily {
  t: string;
  z?: string;
  u: string;
  ops: NavOp[];
}

/** The data app.js renders the sidebar from (loaded once per site as nav.js). */
export function navData(model: DocsModel): NavFamily[] {
  const hooks = webhookPages(model);
  const webhooks: NavFamily[] = hooks.size
    ? [
        {
          t: 'Webhooks',
          u: 'index.html#webhooks',
          ops: model.ir.webhooks.map((h) => ({
            id: `webhook:${h.name}:${h.method}`,
            m: h.method.toUpperCase(),
            t: h.name,
            u: hooks.get(h.name)!,
          })),
        },
      ]
    : [];
  return [...families(model), ...webhooks];
}

function families(model: DocsModel): NavFamily[] {
  return model.families.map((f) => ({
    t: f.displayName,
    ...(f.titleZh ? { z: f.titleZh } : {}),
    u: familyPage(f),
    ops: f.operations.map((op) => {
      const pages = op.pages.filter((p) => p.example || p.titleZh !== op.titleZh);
      const list =
        op.pages.length > 1 || pages.length > 0
          ? op.pages.map((p): [string, string] => [p.titleZh, pageAnchor(op, p)])
          : undefined;
      return {
        id: op.operationId,
        m: op.method.toUpperCase(),
        t: opTitle(op),
        ...(op.titleZh ? { z: op.titleZh } : {}),
        u: operationPage(model, op),
        ...(list ? { p: list } : {}),
      };
    }),
  }));
}

/** nav.js: one family per line, so removing an operation changes one line. */
export function navScript(families: NavFamily[], header: string): string {
  const lines = families.map((f) => JSON.stringify(f).replace(/</g, '\\u003c'));
  return `${header}window.DOCS_NAV = [\n  ${lines.join(',\n  ')}\n];\n`;
}

// ───────────────────────────── index ─────────────────────────────

export function indexContent(model: DocsModel): string {
  const { ir } = model;
  const out: string[] = [];
  out.push(`<h1>${esc(ir.info.title)} <span class="badge">v${esc(ir.info.version)}</span></h1>`);
  if (ir.info.summary) out.push(`<p>${esc(ir.info.summary)}</p>`);
  out.push(markdownToHtml(ir.info.description));
  if (ir.servers.length) {
    out.push('<h2 id="servers" data-i18n="h.servers">Base URL</h2><ul>');
    for (const s of ir.servers) {
      const vars = Object.entries(s.variables)
        .map(
          ([name, v]) =>
            `<li>${code(`{${name}}`)}: default ${code(v.default)}${v.description ? ` — ${esc(v.description)}` : ''}</li>`,
        )
        .join('');
      out.push(
        `<li>${code(s.url)}${s.description ? ` — ${esc(s.description)}` : ''}${vars ? `<ul>${vars}</ul>` : ''}</li>`,
      );
    }
    out.push('</ul>');
  }
  if (ir.securitySchemes.length) {
    out.push(
      '<h2 id="authentication" data-i18n="h.auth">Authentication</h2>',
      schemesHtml(ir.securitySchemes),
    );
  }
  out.push('<h2 id="families" data-i18n="h.families">Families</h2><ul class="cards">');
  for (const f of model.families) {
    const zh = f.titleZh ? `<span class="zh" lang="zh">${esc(f.titleZh)}</span>` : '';
    out.push(
      `<li><a href="${pageHref(familyPage(f))}"><strong>${esc(f.displayName)}</strong>${zh}<span class="count">${f.operations.length} operation${f.operations.length === 1 ? '' : 's'}</span></a></li>`,
    );
  }
  out.push('</ul>');
  if (ir.taskFamilies.length) out.push(taskFamiliesHtml(model));
  const streaming = ir.operations.filter((o) => o.stream);
  if (streaming.length) {
    out.push(
      '<h2 id="streaming" data-i18n="h.streaming">Streaming operations</h2><p>These send Server-Sent Events when the request sets the stream flag; each page shows the events as they arrive and how to read them.</p><ul>',
    );
    for (const op of streaming)
      out.push(
        `<li><a href="${opHref(op.operationId, anchorId(op.operationId, 'stream'))}">${esc(opTitle(op))}</a> ${code(op.operationId)}</li>`,
      );
    out.push('</ul>');
  }
  out.push('<h2 id="all-operations" data-i18n="h.operations">All operations</h2>');
  for (const f of model.families) {
    const zh = f.titleZh ? ` <span class="zh" lang="zh">${esc(f.titleZh)}</span>` : '';
    out.push(
      `<h3><a href="${pageHref(familyPage(f))}">${esc(f.displayName)}</a>${zh}</h3><ul class="tree">`,
    );
    for (const op of f.operations) {
      const zhOp = op.titleZh ? ` <span class="zh" lang="zh">${esc(op.titleZh)}</span>` : '';
      const pages = op.pages.length
        ? `<ul class="pages">${op.pages
            .map(
              (p) =>
                `<li><a href="${opHref(op.operationId, pageAnchor(op, p))}" lang="zh">${esc(p.titleZh)}</a>${p.titleEn ? ` — ${esc(p.titleEn)}` : ''}</li>`,
            )
            .join('')}</ul>`
        : '';
      out.push(
        `<li>${methodBadge(op.method)} <a href="${opHref(op.operationId)}">${esc(opTitle(op))}</a>${zhOp} <code>${pathHtml(op.path)}</code>${pages}</li>`,
      );
    }
    out.push('</ul>');
  }
  if (ir.webhooks.length) out.push(webhooksHtml(model));
  out.push(
    `<p>Also as Markdown: <a href="${pageHref('markdown/api.md')}">markdown/api.md</a>.</p>`,
  );
  return out.join('\n');
}

/** Root `webhooks`: requests the API sends to you, each linked to its own page. */
function webhooksHtml(model: DocsModel): string {
  const pages = webhookPages(model);
  const out = [
    '<h2 id="webhooks" data-i18n="h.webhooks">Webhooks</h2><p>Requests the API sends to an endpoint you register.</p>',
  ];
  for (const hook of model.ir.webhooks)
    out.push(
      `<h3 id="${esc(anchorId('webhook', hook.name))}"><a href="${pageHref(pages.get(hook.name)!)}">${code(hook.name)}</a></h3><p>${methodBadge(hook.method)}${hookLine(hook)}</p>`,
    );
  return out.join('\n');
}

/** A webhook's page: each request the API sends under that name, its payload schema. */
export function webhookPageContent(model: DocsModel, name: string): string {
  const out = [
    `<p class="breadcrumb"><a href="${pageHref('index.html', 'webhooks')}" data-i18n="h.webhooks">Webhooks</a></p>`,
    `<h1>${code(name)}</h1>`,
    '<p>A request the API sends to the endpoint you register.</p>',
  ];
  for (const hook of model.ir.webhooks.filter((h) => h.name === name)) {
    const content = hook.body?.contents[0];
    const ctx: SchemaHtmlContext = {
      index: model.schemas,
      idPrefix: anchorId('webhook', `${hook.name}-${hook.method}`),
      counter: { n: 0 },
    };
    const schema = content?.schema ? topSchemaHtml(content.schema, ctx) : '';
    const example = callbackExample(model.ir, undefined, hook);
    const exampleHtml = example
      ? `<h3>Example payload</h3><p class="${example.generated ? 'generated-note' : 'example-meta'}">${esc(example.origin)}</p>${codeBlock(highlightJson(example.value), 'json')}`
      : '';
    out.push(
      `<h2 id="${esc(hook.method)}">${methodBadge(hook.method)} payload${content ? ` (${code(content.mediaType)})` : ''}</h2>${markdownToHtml(hookIntro(hook))}${markdownToHtml(hook.body?.description)}${schema || '<p>No body.</p>'}${markdownToHtml(payloadTypesLine(model.ir, hook))}${exampleHtml}`,
      answerHtml(hook, ctx, 3),
    );
  }
  return out.join('\n');
}

/** The webhook's line in the index: its summary, else the first sentence of its description or body's. */
function hookLine(hook: CallbackIr): string {
  const text = hook.summary ?? hook.description ?? hook.body?.description;
  return text ? ` ${esc(firstSentence(text))}` : '';
}

function firstSentence(text: string): string {
  return (text.trim().split(/\n/)[0] ?? '').replace(/^(.*?[.!?])\s.*$/, '$1');
}

function taskFamiliesHtml(model: DocsModel): string {
  const out = [
    '<h2 id="async-tasks" data-i18n="h.tasks">Async tasks</h2>',
    '<p>Several operations start paid work and return at once with a task id. You then poll until the task reaches a final state. Every vendor names its statuses differently; this reference maps them onto one lifecycle:</p>',
  ];
  for (const family of model.ir.taskFamilies) {
    const m = familyMembers(family, model.ops);
    const link = (op: OperationIr): string =>
      `<a href="${opHref(op.operationId)}">${esc(opTitle(op))}</a>`;
    const facts = [
      `<li>Submitted by: ${m.submits.map(link).join(', ') || '—'}</li>`,
      m.poll
        ? `<li>Polled with: ${link(m.poll)}, every ${esc(seconds(family.intervalMs))}, for up to ${esc(seconds(family.timeoutMs))}</li>`
        : '',
      m.cancel ? `<li>Cancelled with: ${link(m.cancel)}</li>` : '',
      m.lists.length ? `<li>Listed with: ${m.lists.map(link).join(', ')}</li>` : '',
    ].join('');
    out.push(
      `<h3 id="${esc(anchorId('task', family.name))}">${esc(family.title ?? family.name)}</h3>${markdownToHtml(family.description)}<ul>${facts}</ul>${statesTableHtml(family)}`,
    );
  }
  return out.join('\n');
}

// ───────────────────────────── family and operation pages ─────────────────────────────

/**
 * A family page: its operations as a table linking to their pages. Rows keep the operation's id,
 * so links of the one-page-per-family layout (`families/x.html#operationId`) still land (app.js
 * then follows the row's link).
 */
export function familyContent(family: Family): string {
  const rows = family.operations
    .map(
      (op) =>
        `<tr id="${esc(op.operationId)}" data-moved-to="${opHref(op.operationId)}"><td>${methodBadge(op.method)}</td><td><a href="${opHref(op.operationId)}">${esc(opTitle(op))}</a>${op.titleZh ? `<br><span class="zh" lang="zh">${esc(op.titleZh)}</span>` : ''}</td><td><code>${pathHtml(op.path)}</code></td></tr>`,
    )
    .join('');
  const table = `<div class="table-wrap"><table class="rows op-index"><thead><tr><th data-i18n="th.method">Method</th><th data-i18n="th.operation">Operation</th><th data-i18n="th.path">Path</th></tr></thead><tbody>${rows}</tbody></table></div>`;
  const head = `<header class="family-head"><h1>${biTitle(family.displayName, family.titleZh)}</h1>${bilingualHtml(family.description, family.descriptionZh)}</header>`;
  return [head, table].join('\n');
}

export function operationPageContent(family: Family, section: string): string {
  const zh = family.titleZh ? ` <span class="zh" lang="zh">${esc(family.titleZh)}</span>` : '';
  return `<p class="breadcrumb"><a href="${pageHref(familyPage(family))}">${esc(family.displayName)}</a>${zh}</p>\n${section}`;
}

// ───────────────────────────── schemas ─────────────────────────────

/** Named schemas referenced directly by each operation and by each schema (refs not followed). */
export function schemaUsage(model: DocsModel): {
  byOps: Map<string, string[]>;
  bySchemas: Map<string, string[]>;
} {
  const byOps = new Map<string, string[]>();
  const bySchemas = new Map<string, string[]>();
  const collect = (schema: SchemaIr, into: Set<string>, depth: number): void => {
    if (depth > 32) return;
    switch (schema.kind) {
      case 'ref':
        into.add(schema.name);
        return;
      case 'object':
        for (const p of schema.properties) collect(p.schema, into, depth + 1);
        if (typeof schema.additionalProperties === 'object')
          collect(schema.additionalProperties, into, depth + 1);
        return;
      case 'array':
        collect(schema.items, into, depth + 1);
        return;
      case 'union':
        for (const v of schema.variants) collect(v, into, depth + 1);
        return;
      case 'intersection':
        for (const p of schema.parts) collect(p, into, depth + 1);
        return;
      default:
    }
  };
  const add = (map: Map<string, string[]>, names: Set<string>, user: string): void => {
    for (const n of names) {
      const list = map.get(n) ?? [];
      if (list[list.length - 1] !== user) list.push(user);
      map.set(n, list);
    }
  };
  for (const op of model.ir.operations) {
    const names = new Set<string>();
    for (const p of op.parameters) collect(p.schema, names, 0);
    for (const c of op.requestBody?.contents ?? []) if (c.schema) collect(c.schema, names, 0);
    for (const r of op.responses)
      for (const c of r.contents) if (c.schema) collect(c.schema, names, 0);
    if (op.stream) collect(op.stream.itemSchema, names, 0);
    add(byOps, names, op.operationId);
  }
  for (const s of model.ir.schemas) {
    const names = new Set<string>();
    collect(s.schema, names, 0);
    names.delete(s.name);
    add(bySchemas, names, s.name);
  }
  return { byOps, bySchemas };
}

export function schemaEntryHtml(
  named: NamedSchemaIr,
  model: DocsModel,
  usage: { byOps: Map<string, string[]>; bySchemas: Map<string, string[]> },
): string {
  const split = new Set(splitVariants(named.schema, model.schemas));
  const ctx: SchemaHtmlContext = {
    index: model.schemas,
    idPrefix: anchorId('schema', named.name),
    counter: { n: 0 },
    variantPage: (i) =>
      split.has(i) ? pageHref(schemaVariantPage(model, named.name, i)) : undefined,
  };
  const s = named.schema;
  const label = `<div class="schema-head">Type: <code>${typeLabel(s, HTML_LABEL)}</code>${doubtMarks(s)}</div>`;
  const facts = isComplex(s, model.schemas) ? '' : factsHtml(s, model.schemas);
  const body = namedSchemaBodyHtml(named.name, s, ctx);
  const doubts = doubtsOf(s);
  const notes = doubts.length
    ? `<details class="maint"><summary>For maintainers · ${doubts.length} open question${doubts.length > 1 ? 's' : ''}</summary><ul>${doubts.map((d) => `<li>${esc(d)}</li>`).join('')}<li>Spec node: ${code(named.source)}</li></ul></details>`
    : '';
  const ops = usage.byOps.get(named.name) ?? [];
  const schemas = usage.bySchemas.get(named.name) ?? [];
  const used: string[] = [];
  if (ops.length) {
    used.push(
      `Operations: ${ops
        .map((id) => {
          const op = model.ops.get(id)!;
          return `<a href="${opHref(id)}">${esc(opTitle(op))}</a>`;
        })
        .join(', ')}`,
    );
  }
  if (schemas.length)
    used.push(
      `Schemas: ${schemas.map((n) => `<a href="${schemaHref(n)}">${esc(n)}</a>`).join(', ')}`,
    );
  const usedHtml = used.length
    ? `<p class="used-by"><span data-i18n="schema.usedBy">Used by</span> — ${used.join(' · ')}</p>`
    : '';
  const initial = initialOf(named.name);
  return `<p class="breadcrumb"><a href="${pageHref('schemas/index.html')}" data-i18n="nav.schemas">Schemas</a> › <a href="${pageHref(schemaInitialPage(initial))}">${esc(initial)}</a></p><section class="schema-entry" id="${esc(named.name)}"><h1>${esc(named.name)}</h1>${markdownToHtml(s.description)}${label}${facts}${body}${usedHtml}${notes}</section>`;
}

/**
 * The page of one variant of a named union schema: what its tab shows, then its fields (the part
 * the schema's page loads into the tab), and the way back to the other variants.
 */
export function schemaVariantContent(named: NamedSchemaIr, model: DocsModel, i: number): string {
  const union = named.schema as UnionSchema;
  const variant = union.variants[i]!;
  const title = variantTitles(union, model.schemas)[i]!;
  const ctx: SchemaHtmlContext = {
    index: model.schemas,
    idPrefix: anchorId('schema', named.name, `v${i + 1}`),
    counter: { n: 0 },
  };
  // The tab's panel on the schema's page (tabs() ids: the union is the page's first id, `u1`).
  const panel = anchorId('schema', named.name, `u1-${i}`);
  const back = `<a href="${schemaHref(named.name)}">${esc(named.name)}</a>`;
  return `<p class="breadcrumb"><a href="${pageHref('schemas/index.html')}" data-i18n="nav.schemas">Schemas</a> › ${back}</p><section class="schema-entry"><h1>${esc(named.name)} · ${esc(title)}</h1><p>Variant ${i + 1} of ${union.variants.length} of ${back} (<a href="${pageHref(schemaPage(model, named.name), panel)}">all variants</a>).</p><div class="schema-head"><code>${typeLabel(variant, HTML_LABEL)}</code>${doubtMarks(variant)}</div>${variantBodyHtml(named.name, union, i, ctx)}</section>`;
}

/**
 * The schema index is split by initial (A–Z, then "#" for any other first character), one page
 * per initial: a stable rule (a schema added or removed rewrites its initial's page only; the
 * index lists initials, not names or counts), and no page lists every schema.
 */
export function schemaInitials(model: DocsModel): Map<string, NamedSchemaIr[]> {
  const groups = new Map<string, NamedSchemaIr[]>();
  for (const s of model.ir.schemas) {
    const key = initialOf(s.name);
    const group = groups.get(key);
    if (group) group.push(s);
    else groups.set(key, [s]);
  }
  return new Map([...groups].sort(([a], [b]) => compareInitials(a, b)));
}

/** Page of the schemas whose names start with `initial` (a folder of its own: no schema stem can take its name). */
export function schemaInitialPage(initial: string): string {
  return `schemas/by-initial/${initial === '#' ? 'other' : initial.toLowerCase()}.html`;
}

function initialsNav(initials: Iterable<string>, current?: string): string {
  const items = [...initials]
    .map(
      (k) =>
        `<li><a href="${pageHref(schemaInitialPage(k))}"${k === current ? ' aria-current="page"' : ''}>${esc(k)}</a></li>`,
    )
    .join('');
  return `<nav aria-label="Schemas by initial"><ul class="schema-letters">${items}</ul></nav>`;
}

export function schemaIndexContent(initials: Iterable<string>): string {
  return `<h1 data-i18n="nav.schemas">Schemas</h1><p>Named schemas by the initial of their name; the search box finds any of them by name.</p>${initialsNav(initials)}`;
}

export function schemaInitialContent(
  initials: Iterable<string>,
  initial: string,
  schemas: readonly NamedSchemaIr[],
): string {
  const items = schemas
    .map(
      (s) =>
        `<li><a href="${schemaHref(s.name)}" title="${esc(plainText(s.schema.description, 120))}">${esc(s.name)}</a></li>`,
    )
    .join('');
  return `<p class="breadcrumb"><a href="${pageHref('schemas/index.html')}" data-i18n="nav.schemas">Schemas</a></p><h1>${esc(initial)}</h1>${initialsNav(initials, initial)}<ul class="schema-list">${items}</ul>`;
}

function initialOf(name: string): string {
  const first = name.charAt(0).toUpperCase();
  return first >= 'A' && first <= 'Z' ? first : '#';
}

function compareInitials(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '#') return 1;
  if (b === '#') return -1;
  return a < b ? -1 : 1;
}
