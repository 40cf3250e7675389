/** What the docs pages are organised by: families (tags) in spec order, each with its operations. */
import type { ApiIr, OperationIr, TaskFamilyIr } from '../../ir/types.js';
import { codePointStem, slugify } from './html.js';
import { SchemaIndex } from './schema-info.js';
import { plainText } from './markdown-inline.js';
import { compareCodePoints } from '../../util/compare.js';

export interface Family {
  /** Tag name ('' for untagged operations). */
  tag: string;
  displayName: string;
  titleZh?: string;
  description?: string;
  descriptionZh?: string;
  /** File-name slug, unique. */
  slug: string;
  operations: OperationIr[];
}

export interface DocsModel {
  ir: ApiIr;
  families: Family[];
  familyOf: ReadonlyMap<string, Family>;
  ops: ReadonlyMap<string, OperationIr>;
  taskFamilies: ReadonlyMap<string, TaskFamilyIr>;
  schemas: SchemaIndex;
  /** operationId → file stem of its own page (HTML and Markdown). */
  opStem: ReadonlyMap<string, string>;
  /** Schema name → file stem of its own page (HTML and Markdown). */
  schemaStem: ReadonlyMap<string, string>;
  /** The spec gives Chinese titles (`x-title-zh` on tags or operations): only then a 中文 column and language toggle. */
  zh: boolean;
}

const RESERVED_SLUGS = new Set([
  'index',
  'search-index',
  'assets',
  'markdown',
  'schemas',
  'operations',
  'families',
]);

export function buildModel(ir: ApiIr): DocsModel {
  const byTag = new Map<string, Family>();
  const families: Family[] = [];
  const usedSlugs = new Set<string>(RESERVED_SLUGS);
  const uniqueSlug = (text: string): string => {
    const base = slugify(text);
    let slug = base;
    for (let n = 2; usedSlugs.has(slug); n++) slug = `${base}-${n}`;
    usedSlugs.add(slug);
    return slug;
  };
  const addFamily = (tag: string): Family => {
    const meta = ir.tags.find((t) => t.name === tag);
    const displayName = meta?.displayName ?? (tag || 'Other');
    // A Chinese title that only repeats the name (`Kling`, `Midjourney`) is not shown twice.
    const titleZh = meta?.titleZh !== displayName ? meta?.titleZh : undefined;
    const family: Family = {
      tag,
      displayName,
      slug: uniqueSlug(tag || 'other'),
      operations: [],
      ...(titleZh !== undefined ? { titleZh } : {}),
      ...(meta?.description !== undefined ? { description: meta.description } : {}),
      ...(meta?.descriptionZh !== undefined ? { descriptionZh: meta.descriptionZh } : {}),
    };
    byTag.set(tag, family);
    families.push(family);
    return family;
  };
  // Declared tags first (spec order), then tags only operations mention, in order of appearance.
  for (const tag of ir.tags) if (!byTag.has(tag.name)) addFamily(tag.name);
  const familyOf = new Map<string, Family>();
  for (const op of ir.operations) {
    const family = byTag.get(op.tag) ?? addFamily(op.tag);
    family.operations.push(op);
    familyOf.set(op.operationId, family);
  }
  return {
    ir,
    families: families.filter((f) => f.operations.length > 0),
    familyOf,
    ops: new Map(ir.operations.map((op) => [op.operationId, op])),
    taskFamilies: new Map(ir.taskFamilies.map((t) => [t.name, t])),
    schemas: new SchemaIndex(ir),
    opStem: fileStems(ir.operations.map((op) => op.operationId)),
    schemaStem: fileStems(ir.schemas.map((s) => s.name)),
    zh: ir.tags.some((t) => t.titleZh) || ir.operations.some((op) => op.titleZh),
  };
}

/**
 * Name → file stem, one file per operation or schema (a stable rule: adding or removing one never
 * moves another). Letters and digits of any script stay (`価格一覧`), other characters become
 * `_`, a name with no letter or digit gets its code points (`codePointStem`); stems that collide
 * ignoring case (file systems that fold case) get `-2`, `-3`… in code-point order of the names.
 */
export function fileStems(names: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const name of [...names].sort(compareCodePoints)) {
    const kept = name
      .normalize('NFC')
      .replace(/[^\p{L}\p{M}\p{N}_.-]/gu, '_')
      .replace(/^\./, '_');
    const base = /[\p{L}\p{N}]/u.test(kept) ? kept : codePointStem(name);
    let stem = base;
    for (let n = 2; used.has(stem.toLowerCase()); n++) stem = `${base}-${n}`;
    used.add(stem.toLowerCase());
    out.set(name, stem);
  }
  return out;
}

const titleCache = new WeakMap<OperationIr, string>();

/**
 * The operation's heading, one line of plain text: its summary, unless that is missing or is
 * really a paragraph (some specs put the description there); then the operationId in words.
 */
export function opTitle(op: OperationIr): string {
  let title = titleCache.get(op);
  if (title === undefined) {
    const summary = plainText(op.summary, 1000);
    title = summary && summary.length <= 90 ? summary : humanize(op.operationId);
    titleCache.set(op, title);
  }
  return title;
}

/** A summary too long to be the heading, when the description does not already say it. */
export function longSummary(op: OperationIr): string | undefined {
  const summary = op.summary?.trim();
  if (!summary || opTitle(op) === plainText(summary, 1000)) return undefined;
  return op.description?.includes(summary) ? undefined : summary;
}

/** `createChatCompletion` → `Create chat completion`. */
export function humanize(identifier: string): string {
  const words = identifier
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w, i) => (i > 0 && /^[A-Z][a-z]/.test(w) ? w.toLowerCase() : w));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Env var the samples read the key from: `Shell API` → `SHELL_API_KEY`, `OpenAI API` → `OPENAI_API_KEY`. */
export function apiKeyEnvName(ir: ApiIr): string {
  const words = ir.info.title
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toUpperCase());
  const stem =
    words
      .join('_')
      .replace(/_?API$/, '')
      .replace(/^OPEN_AI$/, 'OPENAI') || 'API';
  return `${stem}_API_KEY`;
}
