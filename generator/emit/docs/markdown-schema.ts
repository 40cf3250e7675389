/**
 * Schemas as Markdown tables. Tables cannot nest, so nested fields become dotted rows
 * (`messages[].content`) and each union gets a short block after the table with one table
 * per variant. Named schemas expand inline once per operation (never inside themselves);
 * otherwise the type links to its entry in `schemas.md`.
 */
import type { Json, PropertyIr, SchemaIr, UnionSchema } from '../../ir/types.js';
import {
  descriptionTextsOf,
  doubtsOf,
  factsOf,
  isComplex,
  mergedProperties,
  typeLabel,
  variantTitles,
  type LabelStyle,
  type SchemaIndex,
} from './schema-info.js';
import { keepAbsoluteLinks } from './markdown-inline.js';

export interface MdSchemaContext {
  index: SchemaIndex;
  expanded: Set<string>;
  maxDepth: number;
  /** Named-schema expansions left (see the HTML renderer's budget). */
  budget: { left: number };
  /** Link to a schema's entry (relative to the current Markdown file), or undefined for plain names. */
  schemaLink: (name: string) => string | undefined;
}

/** Escapes text for a table cell: pipes escaped, line breaks as `<br>`. */
export function cell(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .replace(/\|/g, '\\|')
    .replace(/\n{2,}/g, '<br><br>')
    .replace(/\n/g, ' ');
}

export function inlineCode(text: string): string {
  const ticks = text.includes('`') ? '``' : '`';
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${text}${pad}${ticks}`;
}

function jsonText(v: Json): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

export function mdLabel(ctx: MdSchemaContext): LabelStyle {
  return {
    name: (n) => {
      const link = ctx.schemaLink(n);
      return link ? `[${n}](${link})` : n;
    },
    text: (t) => t.replace(/([<>[\]])/g, '\\$1'),
  };
}

/** Description, facts and doubts of a schema position, for one cell. */
export function detailsCell(
  schema: SchemaIr,
  ctx: MdSchemaContext,
  description?: string,
  descriptionZh?: string,
): string {
  const parts: string[] = [];
  const texts =
    description !== undefined
      ? { en: description, zh: descriptionZh }
      : descriptionTextsOf(schema, ctx.index);
  if (texts.en) parts.push(keepAbsoluteLinks(texts.en));
  if (texts.zh) parts.push(`中文：${keepAbsoluteLinks(texts.zh)}`);
  const facts = factsOf(schema, ctx.index).map((f) =>
    f.values
      ? `${f.label}: ${f.values.map((v) => inlineCode(jsonText(v))).join(', ')}`
      : `${f.label}: ${f.text ?? ''}`,
  );
  if (schema.deprecated) facts.unshift('**deprecated**');
  if (facts.length) parts.push(facts.join(' · '));
  for (const d of doubtsOf(schema)) parts.push(`⚠ open question: ${d}`);
  return cell(parts.join('\n\n'));
}

interface Row {
  path: string;
  type: string;
  required: boolean;
  details: string;
}

interface Deferred {
  path: string;
  union: UnionSchema;
  depth: number;
  ancestors: string[];
}

/** Markdown for a schema: a head line, a field table, then one block per union found inside. */
export function schemaMarkdown(schema: SchemaIr, ctx: MdSchemaContext, heading = 'Schema'): string {
  const label = mdLabel(ctx);
  const out: string[] = [`${heading}: ${typeLabelCode(schema, label)}`];
  const rows: Row[] = [];
  const deferred: Deferred[] = [];
  walk(schema, '', 0, [], rows, deferred, ctx, true);
  if (rows.length) out.push(rowsTable(rows));
  out.push(...deferredBlocks(deferred, ctx));
  return out.join('\n\n');
}

function typeLabelCode(schema: SchemaIr, label: LabelStyle): string {
  return typeLabel(schema, label);
}

function rowsTable(rows: Row[]): string {
  const lines = ['| Field | Type | Required | Description |', '| --- | --- | --- | --- |'];
  for (const r of rows)
    lines.push(
      `| ${inlineCode(r.path)} | ${cell(r.type)} | ${r.required ? 'yes' : 'no'} | ${r.details} |`,
    );
  return lines.join('\n');
}

function deferredBlocks(deferred: Deferred[], ctx: MdSchemaContext): string[] {
  const out: string[] = [];
  const label = mdLabel(ctx);
  for (const d of deferred) {
    const titles = variantTitles(d.union, ctx.index);
    const at = d.path ? inlineCode(d.path) : 'The value';
    const how = d.union.discriminator
      ? `, chosen by ${inlineCode(d.union.discriminator.propertyName)} (${Object.entries(
          d.union.discriminator.mapping,
        )
          .map(([v, n]) => `${inlineCode(v)} → ${label.name(n)}`)
          .join(', ')})`
      : '';
    out.push(
      `${at} is ${d.union.mode === 'oneOf' ? 'exactly one' : 'any'} of ${d.union.variants.length} shapes${how}:`,
    );
    d.union.variants.forEach((variant, i) => {
      const rows: Row[] = [];
      const nested: Deferred[] = [];
      const seenBefore = variant.kind === 'ref' && ctx.expanded.has(variant.name);
      if (seenBefore) ctx.expanded.delete((variant as { name: string }).name);
      walk(variant, d.path, d.depth + 1, d.ancestors, rows, nested, ctx, true);
      if (seenBefore) ctx.expanded.add((variant as { name: string }).name);
      const head = `- **${titles[i]}** — ${typeLabel(variant, label)}`;
      out.push(rows.length ? `${head}\n\n${indent(rowsTable(rows))}` : head);
      out.push(...deferredBlocks(nested, ctx).map(indent));
    });
  }
  return out;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => (l ? `  ${l}` : l))
    .join('\n');
}

/** Collects rows for the fields under `schema`, whose own path is `path`. */
function walk(
  schema: SchemaIr,
  path: string,
  depth: number,
  ancestors: string[],
  rows: Row[],
  deferred: Deferred[],
  ctx: MdSchemaContext,
  top: boolean,
): void {
  if (schema.kind === 'ref') {
    if (!isComplex(schema, ctx.index)) return;
    const stop =
      ancestors.includes(schema.name) ||
      depth >= ctx.maxDepth ||
      (!top && ctx.expanded.has(schema.name));
    if (stop || ctx.budget.left <= 0) return;
    const target = ctx.index.get(schema.name);
    if (!target) return;
    ctx.budget.left -= 1;
    ctx.expanded.add(schema.name);
    walk(target.schema, path, depth, [...ancestors, schema.name], rows, deferred, ctx, false);
    return;
  }
  switch (schema.kind) {
    case 'object':
      for (const p of schema.properties)
        propertyRow(p, path, depth, ancestors, rows, deferred, ctx);
      if (typeof schema.additionalProperties === 'object') {
        const key = `${path}${path ? '.' : ''}<key>`;
        rows.push({
          path: key,
          type: typeLabel(schema.additionalProperties, mdLabel(ctx)),
          required: false,
          details: cell('Any other key.'),
        });
        if (isComplex(schema.additionalProperties, ctx.index))
          walk(schema.additionalProperties, key, depth + 1, ancestors, rows, deferred, ctx, false);
      }
      return;
    case 'array':
      if (isComplex(schema.items, ctx.index))
        walk(schema.items, `${path}[]`, depth, ancestors, rows, deferred, ctx, false);
      return;
    case 'union':
      deferred.push({ path, union: schema, depth, ancestors });
      return;
    case 'intersection': {
      const merged = mergedProperties(schema.parts, ctx.index);
      if (merged) {
        for (const p of merged) propertyRow(p, path, depth, ancestors, rows, deferred, ctx);
      } else {
        for (const part of schema.parts)
          walk(part, path, depth + 1, ancestors, rows, deferred, ctx, false);
      }
      return;
    }
    default:
  }
}

function propertyRow(
  p: PropertyIr,
  path: string,
  depth: number,
  ancestors: string[],
  rows: Row[],
  deferred: Deferred[],
  ctx: MdSchemaContext,
): void {
  const own = `${path}${path && !path.endsWith('.') ? '.' : ''}${p.name}`;
  rows.push({
    path: own,
    type: typeLabel(p.schema, mdLabel(ctx)),
    required: p.required,
    details: detailsCell(p.schema, ctx),
  });
  if (isComplex(p.schema, ctx.index))
    walk(p.schema, own, depth + 1, ancestors, rows, deferred, ctx, false);
}
