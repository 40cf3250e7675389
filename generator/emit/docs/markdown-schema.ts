/**
 * Schemas as Markdown tables. Tables cannot nest, so nested fields become dotted rows
 * (`messages[].content`) and each union gets a short block after the table with one table
 * per variant. Named schemas expand inline once per operation (never inside themselves);
 * otherwise the type links to its entry in `schemas.md`.
 */
import type { Json, PropertyIr, SchemaIr, UnionSchema } from '../../ir/types.js';
import * as schemaInfo from './schema-info.js';
import type { Direction } from '../../ir/directions.js';
import { keepAbsoluteLinks } from './markdown-inline.js';

export interface MdSchemaContext {
  index: schemaInfo.SchemaIndex;
  expanded: Set<string>;
  maxDepth: number;
  /** Named-schema expansions left (see the HTML renderer's budget). */
  budget: { left: number };
  /** Link to a schema's entry (relative to the current Markdown file), or undefined for plain names. */
  schemaLink: (name: string) => string | undefined;
  /** Which way the value travels (a request or response body): what is required there. */
  direction?: Direction;
}

/** What `cell` rewrites: line breaks and pipes (edge spaces are checked apart). */
const CELL_SPECIAL = /[\r\n|]/;

/** Escapes text for a table cell: pipes escaped, line breaks as `<br>`. */
export function cell(text: string): string {
  // Most cells (a type label, a short description) need nothing: no five replaces for them.
  if (!CELL_SPECIAL.test(text) && text.trim() === text) return text;
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

/** What a Markdown type label escapes. */
const MD_LABEL_SPECIAL = /[<>[\]]/;

export function mdLabel(ctx: MdSchemaContext): schemaInfo.LabelStyle {
  return {
    name: (n) => {
      const link = ctx.schemaLink(n);
      return link ? `[${n}](${link})` : n;
    },
    text: (t) => (MD_LABEL_SPECIAL.test(t) ? t.replace(/([<>[\]])/g, '\\$1') : t),
  };
}

/**
 * A schema position's cell, by index then schema: a named schema's fields are written wherever it
 * expands (its own file, each operation that shows it), the same cell each time.
 */
const schemaCells = new WeakMap<schemaInfo.SchemaIndex, WeakMap<SchemaIr, string>>();

/** Description, facts and doubts of a schema position, for one cell. */
export function detailsCell(
  schema: SchemaIr,
  ctx: MdSchemaContext,
  description?: string,
  descriptionZh?: string,
): string {
  if (description !== undefined) return positionCell(schema, ctx, description, descriptionZh);
  let cells = schemaCells.get(ctx.index);
  if (!cells) schemaCells.set(ctx.index, (cells = new WeakMap()));
  let text = cells.get(schema);
  if (text === undefined) cells.set(schema, (text = positionCell(schema, ctx)));
  return text;
}

function positionCell(
  schema: SchemaIr,
  ctx: MdSchemaContext,
  description?: string,
  descriptionZh?: string,
): string {
  const parts: string[] = [];
  const texts =
    description !== undefined
      ? { en: description, zh: descriptionZh }
      : schemaInfo.descriptionTextsOf(schema, ctx.index);
  if (texts.en) parts.push(keepAbsoluteLinks(texts.en));
  if (texts.zh) parts.push(`中文：${keepAbsoluteLinks(texts.zh)}`);
  const facts = schemaInfo
    .factsOf(schema, ctx.index)
    .map((f) =>
      f.values
        ? `${f.label}: ${f.values.map((v) => inlineCode(jsonText(v))).join(', ')}`
        : `${f.label}: ${f.text ?? ''}`,
    );
  if (schema.deprecated) facts.unshift('**deprecated**');
  if (facts.length) parts.push(facts.join(' · '));
  for (const d of schemaInfo.doubtsOf(schema)) parts.push(`⚠ open question: ${d}`);
  return cell(parts.join('\n\n'));
}

interface Row {
  path: string;
  type: string;
  required: boolean;
  details: string;
}

interface Deferred extends Position {
  union: UnionSchema;
}

/** Markdown for a schema: a head line, a field table, then one block per union found inside. */
export function schemaMarkdown(schema: SchemaIr, ctx: MdSchemaContext, heading = 'Schema'): string {
  const label = mdLabel(ctx);
  const out: string[] = [`${heading}: ${typeLabelCode(schema, label)}`];
  const rows: Row[] = [];
  const deferred: Deferred[] = [];
  walk(schema, { path: '', depth: 0, ancestors: [] }, { rows, deferred, ctx }, true);
  if (rows.length) out.push(rowsTable(rows));
  out.push(...deferredBlocks(deferred, ctx));
  return out.join('\n\n');
}

function typeLabelCode(schema: SchemaIr, label: schemaInfo.LabelStyle): string {
  return schemaInfo.typeLabel(schema, label);
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
    const titles = schemaInfo.variantTitles(d.union, ctx.index);
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
      walk(variant, { ...d, depth: d.depth + 1 }, { rows, deferred: nested, ctx }, true);
      if (seenBefore) ctx.expanded.add((variant as { name: string }).name);
      const head = `- **${titles[i]}** — ${schemaInfo.typeLabel(variant, label)}`;
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

/** Where a walk stands: the dotted path of the current value, its depth and the named schemas above it. */
interface Position {
  path: string;
  depth: number;
  ancestors: string[];
}

/** What a walk fills in: the table rows and the unions left for blocks after the table. */
interface Collected {
  rows: Row[];
  deferred: Deferred[];
  ctx: MdSchemaContext;
}

/** Collects rows for the fields under `schema`, whose own position is `at`. */
function walk(schema: SchemaIr, at: Position, into: Collected, top: boolean): void {
  const { path, depth, ancestors } = at;
  const { ctx } = into;
  if (schema.kind === 'ref') {
    if (!schemaInfo.isComplex(schema, ctx.index)) return;
    const stop =
      ancestors.includes(schema.name) ||
      depth >= ctx.maxDepth ||
      (!top && ctx.expanded.has(schema.name));
    if (stop || ctx.budget.left <= 0) return;
    const target = ctx.index.get(schema.name);
    if (!target) return;
    ctx.budget.left -= 1;
    ctx.expanded.add(schema.name);
    walk(target.schema, { ...at, ancestors: [...ancestors, schema.name] }, into, false);
    return;
  }
  switch (schema.kind) {
    case 'object':
      for (const p of schema.properties) propertyRow(p, at, into);
      for (const p of schema.patternProperties ?? []) {
        const key = `${path}${path ? '.' : ''}/${p.pattern}/`;
        into.rows.push({
          path: key,
          type: schemaInfo.typeLabel(p.schema, mdLabel(ctx)),
          required: false,
          details: cell('Any key matching this pattern.'),
        });
        if (schemaInfo.isComplex(p.schema, ctx.index))
          walk(p.schema, { ...at, path: key, depth: depth + 1 }, into, false);
      }
      if (typeof schema.additionalProperties === 'object') {
        const key = `${path}${path ? '.' : ''}<key>`;
        into.rows.push({
          path: key,
          type: schemaInfo.typeLabel(schema.additionalProperties, mdLabel(ctx)),
          required: false,
          details: cell('Any other key.'),
        });
        if (schemaInfo.isComplex(schema.additionalProperties, ctx.index))
          walk(schema.additionalProperties, { ...at, path: key, depth: depth + 1 }, into, false);
      }
      return;
    case 'array':
      if (schemaInfo.isComplex(schema.items, ctx.index))
        walk(schema.items, { ...at, path: `${path}[]` }, into, false);
      return;
    case 'union':
      into.deferred.push({ ...at, union: schema });
      return;
    case 'intersection': {
      const merged = schemaInfo.mergedProperties(schema.parts, ctx.index);
      if (merged) {
        for (const p of merged) propertyRow(p, at, into);
      } else {
        for (const part of schema.parts) walk(part, { ...at, depth: depth + 1 }, into, false);
      }
      return;
    }
    default:
  }
}

function propertyRow(p: PropertyIr, at: Position, into: Collected): void {
  const { path } = at;
  const own = `${path}${path && !path.endsWith('.') ? '.' : ''}${p.name}`;
  into.rows.push({
    path: own,
    type: schemaInfo.typeLabel(p.schema, mdLabel(into.ctx)),
    required: schemaInfo.requiredIn(p, into.ctx.direction),
    details: detailsCell(p.schema, into.ctx),
  });
  if (schemaInfo.isComplex(p.schema, into.ctx.index))
    walk(p.schema, { ...at, path: own, depth: at.depth + 1 }, into, false);
}
