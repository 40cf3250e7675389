/**
 * Schemas as nested, readable tables. Objects become field tables; nested objects, arrays of
 * objects and unions open in a nested row; oneOf/anyOf become real variant tabs with the
 * discriminator mapping above them. A named schema's tree is rendered once, on its own page;
 * elsewhere it is a link plus a closed `<details>` that app.js fills from that page on demand
 * (served over HTTP) — so no page grows with how often, or how deeply, a shared schema is used.
 * A named schema that is itself a union keeps only its first variant's fields on its page; every
 * other inline variant's fields are a page of their own (`variantPagePath`), loaded the same way
 * when its tab is shown — so the first screen of a 60-event union stays small.
 */
import { concatJoin } from '../../util/concat.js';
import type { PatternPropertyIr, PropertyIr, SchemaIr, UnionSchema } from '../../ir/types.js';
import { anchorId, esc, tabs } from './html.js';
import type { Direction } from '../../ir/directions.js';
import { schemaHref } from './links.js';
import { bilingualHtml } from './markdown-inline.js';
import { prettyJson } from './json-html.js';
import {
  descriptionTextsOf,
  directionNote,
  doubtsOf,
  factsOf,
  isComplex,
  memoLabels,
  mergedProperties,
  requiredIn,
  typeLabel,
  variantTitles,
  type LabelStyle,
  type SchemaIndex,
} from './schema-info.js';

export interface SchemaHtmlContext {
  index: SchemaIndex;
  /** Prefix of generated ids (tabs), unique per page section. */
  idPrefix: string;
  /** Running counter for ids inside the section. */
  counter: { n: number };
  /** Example blocks already on the page (highlighted body → its panel id), linked when repeated. */
  shownExamples?: Map<string, string>;
  /** On a named schema's own page: the page of its top-level union's variant `i`, if it has one. */
  variantPage?: (i: number) => string | undefined;
  /** Which way the value travels (a request or response body): what is required there. */
  direction?: Direction;
}

export const HTML_LABEL: LabelStyle = memoLabels({
  name: (n) => `<a href="${schemaHref(n)}">${esc(n)}</a>`,
  text: (t) => esc(t),
});

function nextId(ctx: SchemaHtmlContext, kind: string): string {
  ctx.counter.n += 1;
  return anchorId(ctx.idPrefix, `${kind}${ctx.counter.n}`);
}

/** Facts and doubts below a description, as a compact list. */
export function factsHtml(schema: SchemaIr, index: SchemaIndex): string {
  const items = factsOf(schema, index).map((f) => {
    const value = f.values
      ? f.values
          .map((v) => `<code>${esc(typeof v === 'string' ? v : prettyJson(v))}</code>`)
          .join(' ')
      : esc(f.text ?? '');
    return `<li><span class="k">${esc(f.label)}:</span> ${value}</li>`;
  });
  return items.length ? `<ul class="facts">${items.join('')}</ul>` : '';
}

export function doubtMarks(schema: SchemaIr): string {
  return doubtsOf(schema)
    .map(
      (d) =>
        `<span class="doubt" title="${esc(`Open question: ${d}`)}" aria-hidden="true">?</span><span class="visually-hidden">Open question: ${esc(d)}</span>`,
    )
    .join('');
}

/**
 * The schema at the top of a request body, response or event: a head line with the type label,
 * then its block. `open`: a named schema's fields load at once (operation pages) rather than
 * when the reader opens them.
 */
export function topSchemaHtml(schema: SchemaIr, ctx: SchemaHtmlContext, open = false): string {
  const head = `<div class="schema-head">Schema: <code>${typeLabel(schema, HTML_LABEL)}</code>${doubtMarks(schema)}</div>`;
  if (schema.kind === 'ref') {
    const target = ctx.index.get(schema.name);
    const desc = target
      ? bilingualHtml(target.schema.description, target.schema.descriptionZh)
      : '';
    const more = isComplex(schema, ctx.index)
      ? onDemandHtml(schemaHref(schema.name), schema.name, `Fields of ${schema.name}`, open)
      : '';
    const note = directionNote(schema, ctx.index, ctx.direction);
    const noted = note
      ? `<p class="note">${esc(note.charAt(0).toUpperCase() + note.slice(1))}.</p>`
      : '';
    return `<div class="schema">${head}${desc}${noted}${more}</div>`;
  }
  const desc = bilingualHtml(schema.description, schema.descriptionZh);
  const facts = isComplex(schema, ctx.index) ? '' : factsHtml(schema, ctx.index);
  return `<div class="schema">${head}${desc}${facts}${blockHtml(schema, ctx, 0)}</div>`;
}

/**
 * A tree shown on demand: a `<details>` whose content is a link to the page that renders it (a
 * named schema's, or a union variant's) until app.js fetches that page's tree into it (when the
 * reader opens it, or for an open one when it is first shown).
 */
function onDemandHtml(href: string, linkText: string, summary: string, open: boolean): string {
  return `<details class="sub on-demand" data-src="${href}"${open ? ' open' : ''}><summary>${esc(summary)}</summary><p class="on-demand-link"><a href="${href}">${esc(linkText)}</a></p></details>`;
}

const refOnDemand = (name: string, summary: string): string =>
  onDemandHtml(schemaHref(name), name, summary, false);

/**
 * The variants of a named union schema whose fields get a page of their own: every variant that
 * renders fields here, except the first (the one shown when the page opens). A rule on the schema
 * alone, so a variant's page never moves when another schema changes.
 */
export function splitVariants(schema: SchemaIr, index: SchemaIndex): number[] {
  if (schema.kind !== 'union') return [];
  const out: number[] = [];
  schema.variants.forEach((v, i) => {
    if (i > 0 && rendersFields(v, index)) out.push(i);
  });
  return out;
}

/** Whether a schema's block holds fields of its own, not only a link to a named schema's tree. */
function rendersFields(schema: SchemaIr, index: SchemaIndex, depth = 0): boolean {
  if (schema.kind === 'ref' || depth > 8) return false;
  if (schema.kind === 'array') return rendersFields(schema.items, index, depth + 1);
  return isComplex(schema, index);
}

/** The fields of variant `i` of a named union schema, as its own page renders them. */
export function variantBodyHtml(
  name: string,
  union: UnionSchema,
  i: number,
  ctx: SchemaHtmlContext,
): string {
  return `<div class="schema-body" data-schema="${esc(name)}">${blockHtml(union.variants[i]!, ctx, 1)}</div>`;
}

/** The body of a named schema on its own page: the one place its tree is rendered. */
export function namedSchemaBodyHtml(
  name: string,
  schema: SchemaIr,
  ctx: SchemaHtmlContext,
): string {
  return `<div class="schema-body" data-schema="${esc(name)}">${bodyHtml(schema, ctx, 0)}</div>`;
}

/** The content of a schema below its label, or '' when there is nothing more to show. */
function blockHtml(schema: SchemaIr, ctx: SchemaHtmlContext, depth: number): string {
  if (schema.kind === 'ref')
    return isComplex(schema, ctx.index) ? refOnDemand(schema.name, `Fields of ${schema.name}`) : '';
  return bodyHtml(schema, ctx, depth);
}

function bodyHtml(schema: SchemaIr, ctx: SchemaHtmlContext, depth: number): string {
  switch (schema.kind) {
    case 'object':
      return objectHtml(
        schema.properties,
        schema.additionalProperties,
        ctx,
        depth,
        schema.patternProperties,
      );
    case 'array': {
      if (!isComplex(schema.items, ctx.index)) return '';
      const inner = blockHtml(schema.items, ctx, depth);
      return inner
        ? `<div class="schema-head">Each item: <code>${typeLabel(schema.items, HTML_LABEL)}</code></div>${inner}`
        : '';
    }
    case 'union':
      return unionHtml(schema, ctx, depth);
    case 'intersection': {
      const merged = mergedProperties(schema.parts, ctx.index);
      if (merged) {
        const names = schema.parts
          .filter((p) => p.kind === 'ref')
          .map((p) => HTML_LABEL.name((p as { name: string }).name));
        const note = names.length
          ? `<div class="schema-head">All of ${names.join(', ')} (fields merged)</div>`
          : '';
        return note + objectHtml(merged, true, ctx, depth);
      }
      const parts = schema.parts
        .map(
          (p) =>
            `<div class="schema-head">Part: <code>${typeLabel(p, HTML_LABEL)}</code></div>${blockHtml(p, ctx, depth + 1)}`,
        )
        .join('');
      return `<div class="schema-head">All of:</div>${parts}`;
    }
    default:
      return '';
  }
}

function objectHtml(
  properties: PropertyIr[],
  additional: boolean | SchemaIr | undefined,
  ctx: SchemaHtmlContext,
  depth: number,
  patterns: readonly PatternPropertyIr[] = [],
): string {
  const rows =
    concatJoin(
      properties.map((p) => propertyRows(p, ctx, depth)),
      '',
    ) +
    concatJoin(
      patterns.map((p) => patternRow(p, ctx, depth)),
      '',
    );
  let extra = '';
  if (typeof additional === 'object') {
    const nested = isComplex(additional, ctx.index) ? blockHtml(additional, ctx, depth + 1) : '';
    extra = `<div class="schema-head">Other keys: values of type <code>${typeLabel(additional, HTML_LABEL)}</code></div>${nested}`;
  }
  if (!rows) return extra;
  // A nested table scrolls with the table around it: only the outermost one needs a wrapper.
  const table = `<table class="rows props"><thead><tr><th data-i18n="th.field">Field</th><th data-i18n="th.type">Type</th><th data-i18n="th.description">Description</th></tr></thead><tbody>${rows}</tbody></table>`;
  return (depth > 0 ? table : `<div class="table-wrap">${table}</div>`) + extra;
}

/** A `patternProperties` entry: the keys it matches (`/^x-/`) and their values' type. */
function patternRow(p: PatternPropertyIr, ctx: SchemaHtmlContext, depth: number): string {
  const nested = isComplex(p.schema, ctx.index) ? blockHtml(p.schema, ctx, depth + 1) : '';
  const row = `<tr><td><code>/${esc(p.pattern)}/</code></td><td>${typeLabel(p.schema, HTML_LABEL)}</td><td>Any key matching this pattern.${factsHtml(p.schema, ctx.index)}</td></tr>`;
  return nested ? `${row}<tr class="nest"><td colspan="3">${nested}</td></tr>` : row;
}

function propertyRows(p: PropertyIr, ctx: SchemaHtmlContext, depth: number): string {
  const badges = [
    requiredIn(p, ctx.direction) ? '<span class="badge req">required</span>' : '',
    p.schema.deprecated ? '<span class="badge deprecated">deprecated</span>' : '',
  ].join('');
  const texts = descriptionTextsOf(p.schema, ctx.index);
  const desc = bilingualHtml(texts.en, texts.zh);
  const row = `<tr><td><code>${esc(p.name)}</code>${badges}${doubtMarks(p.schema)}</td><td>${typeLabel(p.schema, HTML_LABEL)}</td><td>${desc}${factsHtml(p.schema, ctx.index)}</td></tr>`;
  if (!isComplex(p.schema, ctx.index)) return row;
  const summary = `${p.name}: ${nestedSummary(p.schema, ctx.index)}`;
  const nest = (inner: string): string =>
    `${row}<tr class="nest"><td colspan="3">${inner}</td></tr>`;
  if (p.schema.kind === 'ref') return nest(refOnDemand(p.schema.name, summary));
  const nested = blockHtml(p.schema, ctx, depth + 1);
  if (!nested) return row;
  const open = depth < 1 ? ' open' : '';
  return nest(`<details class="sub"${open}><summary>${esc(summary)}</summary>${nested}</details>`);
}

function nestedSummary(schema: SchemaIr, index: SchemaIndex): string {
  const s = index.resolve(schema);
  if (s.kind === 'array') {
    const item = index.resolve(s.items);
    return item.kind === 'union'
      ? `each item is ${item.mode === 'oneOf' ? 'one' : 'any'} of ${item.variants.length} shapes`
      : 'fields of each item';
  }
  if (s.kind === 'union')
    return `${s.mode === 'oneOf' ? 'one of' : 'any of'} ${s.variants.length} shapes`;
  return 'fields';
}

function unionHtml(union: UnionSchema, ctx: SchemaHtmlContext, depth: number): string {
  const titles = variantTitles(union, ctx.index);
  const groupId = nextId(ctx, 'u');
  const lead =
    union.mode === 'oneOf'
      ? `Exactly one of ${union.variants.length} shapes`
      : `Any of ${union.variants.length} shapes`;
  let mapping = '';
  if (union.discriminator) {
    const d = union.discriminator;
    const rows = Object.entries(d.mapping)
      .map(
        ([value, name]) =>
          `<tr><td><code>${esc(value)}</code></td><td>${HTML_LABEL.name(name)}</td></tr>`,
      )
      .join('');
    const how = d.inferred ? ' (mapping inferred from each variant’s constant value)' : '';
    mapping = `<div class="union-head">Chosen by the field <code>${esc(d.propertyName)}</code>${how}:</div>`;
    if (rows)
      mapping += `<table class="mapping"><thead><tr><th>${esc(d.propertyName)}</th><th>Shape</th></tr></thead><tbody>${rows}</tbody></table>`;
  }
  const panels = union.variants.map((variant, i) => {
    // A named variant's tab shows its label (a link) and its fields on demand; so does a variant
    // with a page of its own (open: its fields load when its tab is first shown).
    const page = depth === 0 ? ctx.variantPage?.(i) : undefined;
    const body = page
      ? onDemandHtml(page, `${titles[i]!} (variant ${i + 1})`, `Fields of ${titles[i]!}`, true)
      : blockHtml(variant, ctx, depth + 1);
    const label = `<div class="schema-head"><code>${typeLabel(variant, HTML_LABEL)}</code>${doubtMarks(variant)}</div>`;
    const texts = descriptionTextsOf(variant, ctx.index);
    const desc = bilingualHtml(texts.en, texts.zh);
    const facts = isComplex(variant, ctx.index) ? '' : factsHtml(variant, ctx.index);
    return {
      key: String(i),
      label: esc(titles[i]!),
      id: `${groupId}-${i}`,
      body: label + desc + facts + body,
    };
  });
  return `<div class="union" data-union><div class="union-head">${lead}:</div>${mapping}${tabs(panels, { label: lead, className: 'tabs variants' })}</div>`;
}
