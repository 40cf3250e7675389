/** What the docs pages are organised by: families (tags) in spec order, each with its operations. */
import type { ApiIr, OperationIr, TaskFamilyIr } from '../../ir/types.js';
import { slugify } from './html.js';
import { SchemaIndex } from './schema-info.js';

export interface Family {
  /** Tag name ('' for untagged operations). */
  tag: string;
  displayName: string;
  titleZh?: string;
  description?: string;
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
}

const RESERVED_SLUGS = new Set(['index', 'search-index', 'assets', 'markdown', 'schemas', 'operations', 'families']);

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
    const family: Family = {
      tag,
      displayName: meta?.displayName ?? (tag || 'Other'),
      slug: uniqueSlug(tag || 'other'),
      operations: [],
      ...(meta?.titleZh !== undefined ? { titleZh: meta.titleZh } : {}),
      ...(meta?.description !== undefined ? { description: meta.description } : {}),
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
  };
}

/** Schema pages are grouped by first letter, so no page grows with the whole spec. */
export function schemaBucket(name: string): string {
  const first = name.charAt(0).toLowerCase();
  return /[a-z]/.test(first) ? first : '_';
}

/** The operation's heading: summary, else operationId. */
export function opTitle(op: OperationIr): string {
  return op.summary?.trim() || op.operationId;
}

/** Env var the samples read the key from: `Shell API` → `SHELL_API_KEY`, `OpenAI API` → `OPENAI_API_KEY`. */
export function apiKeyEnvName(ir: ApiIr): string {
  const words = ir.info.title
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toUpperCase());
  const stem = words.join('_').replace(/_?API$/, '').replace(/^OPEN_AI$/, 'OPENAI') || 'API';
  return `${stem}_API_KEY`;
}
