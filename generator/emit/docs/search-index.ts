/**
 * The search index, built at generation time and shipped as a script that assigns a global
 * (`window.DOCS_SEARCH_INDEX`), so it loads from file:// where fetch() of local files is blocked.
 * One entry per line keeps diffs readable.
 */
import type { OperationIr } from '../../ir/types.js';
import { relativeHref, type Layout } from './links.js';
import { plainText } from './markdown-inline.js';
import { opTitle, type DocsModel } from './model.js';
import { pageAnchor } from './example-anchors.js';
import { familyPage, webhookPages } from './pages-html.js';

export interface SearchEntry {
  /** op | page | family | schema */
  k: 'op' | 'page' | 'family' | 'schema';
  t: string;
  z?: string;
  s?: string;
  id?: string;
  /** URL relative to the docs root. */
  u: string;
  w?: string;
}

function opWords(op: OperationIr, model: DocsModel): string {
  const words = new Set<string>();
  words.add(op.tag);
  words.add([...op.names.resource, op.names.method].join('.'));
  for (const p of op.parameters) words.add(p.name);
  for (const c of op.requestBody?.contents ?? []) {
    const s = c.schema ? model.schemas.resolve(c.schema) : undefined;
    if (s?.kind === 'object') for (const p of s.properties) words.add(p.name);
    if (c.schema?.kind === 'ref') words.add(c.schema.name);
  }
  for (const r of op.responses) {
    for (const c of r.contents) if (c.schema?.kind === 'ref') words.add(c.schema.name);
  }
  if (op.stream) words.add('stream sse');
  if (op.task) words.add(`task ${op.task.family}`);
  words.delete('');
  return [...words].join(' ');
}

export function buildSearchEntries(model: DocsModel, layout: Layout): SearchEntry[] {
  const url = (page: string, anchor = ''): string => relativeHref('', page, anchor);
  const entries: SearchEntry[] = [];
  for (const f of model.families) {
    entries.push({
      k: 'family',
      t: f.displayName,
      ...(f.titleZh ? { z: f.titleZh } : {}),
      s: `${f.operations.length} operation${f.operations.length === 1 ? '' : 's'}`,
      u: url(familyPage(f)),
    });
  }
  for (const op of model.ir.operations) {
    const page = layout.opPage.get(op.operationId)!;
    entries.push({
      k: 'op',
      t: opTitle(op),
      ...(op.titleZh ? { z: op.titleZh } : {}),
      s: `${op.method.toUpperCase()} ${op.path}`,
      id: op.operationId,
      u: url(page, op.operationId),
      w: opWords(op, model),
    });
    for (const p of op.pages) {
      if (op.pages.length === 1 && p.titleZh === op.titleZh && !p.example) continue;
      entries.push({
        k: 'page',
        t: p.titleEn ?? p.titleZh,
        z: p.titleZh,
        s: `${p.id} · ${op.method.toUpperCase()} ${op.path}`,
        u: url(page, pageAnchor(op, p)),
        w: op.operationId,
      });
    }
  }
  const hooks = webhookPages(model);
  for (const h of model.ir.webhooks)
    entries.push({
      k: 'op',
      t: h.name,
      s: `Webhook · ${h.method.toUpperCase()}`,
      id: h.name,
      u: url(hooks.get(h.name)!),
      w: `webhook ${h.typeName}`,
    });
  for (const s of model.ir.schemas) {
    const resolved = s.schema;
    const props =
      resolved.kind === 'object' ? resolved.properties.map((p) => p.name).join(' ') : '';
    const desc = plainText(s.schema.description, 90);
    entries.push({
      k: 'schema',
      t: s.name,
      id: s.name,
      ...(desc ? { s: desc } : {}),
      u: url(layout.schemaPage.get(s.name)!, s.name),
      ...(props ? { w: props } : {}),
    });
  }
  return entries;
}

export function searchIndexScript(entries: SearchEntry[], header: string): string {
  // JSON is valid JS; escaping `<` keeps a stray `</script>` harmless if the file is ever inlined.
  const lines = entries.map((e) => JSON.stringify(e).replace(/</g, '\\u003c'));
  return `${header}window.DOCS_SEARCH_INDEX = {\n  "version": 1,\n  "entries": [\n    ${lines.join(',\n    ')}\n  ]\n};\n`;
}
