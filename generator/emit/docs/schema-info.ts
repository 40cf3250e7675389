/**
 * Reading schemas for display: resolving refs, one-line type labels, the facts a reader needs
 * (enum, default, bounds, format) and variant titles. Shared by the HTML and Markdown renderers.
 */
import type {
  ApiIr,
  Json,
  NamedSchemaIr,
  PropertyIr,
  SchemaIr,
  UnionSchema,
} from '../../ir/types.js';
import { directedTypeName, hiddenIn, type Direction } from '../../ir/directions.js';
import { namedSchemas } from '../../ir/schema-path.js';
import { extraKeysOf } from '../../ir/object-shape.js';

export class SchemaIndex {
  private readonly byName: ReadonlyMap<string, NamedSchemaIr>;

  constructor(ir: ApiIr) {
    this.byName = namedSchemas(ir);
  }

  get(name: string): NamedSchemaIr | undefined {
    return this.byName.get(name);
  }

  /** Follows refs (cycle-safe). A dangling or cyclic ref resolves to itself. */
  resolve(schema: SchemaIr): SchemaIr {
    let current = schema;
    for (let hops = 0; current.kind === 'ref' && hops < 16; hops++) {
      const target = this.byName.get(current.name);
      if (!target) return current;
      current = target.schema;
    }
    return current;
  }
}

/** `x-doubt` on a schema node, as a list. */
export function doubtsOf(schema: SchemaIr): string[] {
  const raw = schema.extensions['x-doubt'];
  if (typeof raw === 'string') return [raw];
  if (Array.isArray(raw)) return raw.filter((d): d is string => typeof d === 'string');
  return [];
}

/** How a label is spelled: links and escaping differ between HTML and Markdown. */
export interface LabelStyle {
  name(name: string): string;
  text(text: string): string;
}

/** Labels by schema, for the styles that never change (`memoLabels`). */
const labelMemo = new WeakMap<LabelStyle, WeakMap<SchemaIr, string>>();

/** Remembers `style`'s labels (a module's constant style, whose functions read no other state). */
export function memoLabels(style: LabelStyle): LabelStyle {
  labelMemo.set(style, new WeakMap());
  return style;
}

export const PLAIN_LABEL: LabelStyle = memoLabels({ name: (n) => n, text: (t) => t });

/** A compact type label: `string`, `ChatMessage[]`, `string | null`, `map<string, integer>`, `"system"`. */
export function typeLabel(schema: SchemaIr, style: LabelStyle, depth = 0): string {
  // A fixed style's label of a frozen (IR) schema is the same on every page that shows it.
  const memo = depth === 0 && Object.isFrozen(schema) ? labelMemo.get(style) : undefined;
  const known = memo?.get(schema);
  if (known !== undefined) return known;
  const base = baseLabel(schema, style, depth);
  const label =
    schema.nullable && schema.kind !== 'null' ? `${base}${style.text(' | null')}` : base;
  memo?.set(schema, label);
  return label;
}

function baseLabel(schema: SchemaIr, style: LabelStyle, depth: number): string {
  if (depth > 4) return style.text('…');
  switch (schema.kind) {
    case 'ref':
      return style.name(schema.name);
    case 'object':
      if (schema.properties.length === 0) {
        const extra = extraKeysOf(schema);
        if (typeof extra !== 'string')
          return (
            style.text('map<string, ') +
            extra.map((v) => typeLabel(v, style, depth + 1)).join(style.text(' | ')) +
            style.text('>')
          );
      }
      return style.text('object');
    case 'array': {
      const item = typeLabel(schema.items, style, depth + 1);
      const needsParens =
        schema.items.nullable ||
        (schema.items.kind === 'union' && schema.items.variants.length > 1);
      return needsParens
        ? `${style.text('(')}${item}${style.text(')[]')}`
        : `${item}${style.text('[]')}`;
    }
    case 'union':
      if (schema.variants.length === 0) return style.text('any');
      if (schema.variants.length > 4)
        return style.text(`${schema.mode} (${schema.variants.length} variants)`);
      return schema.variants.map((v) => typeLabel(v, style, depth + 1)).join(style.text(' | '));
    case 'intersection':
      return schema.parts.map((p) => typeLabel(p, style, depth + 1)).join(style.text(' & '));
    case 'any':
      return style.text('any');
    case 'never':
      return style.text('never');
    default: {
      if (schema.const !== undefined) return style.text(JSON.stringify(schema.const));
      if (schema.binary) return style.text('binary');
      const format = schema.format ? `<${schema.format}>` : '';
      return style.text(`${schema.kind}${format}`);
    }
  }
}

/**
 * Under a request or response body that names a component whose shape differs in that direction
 * (ir/directions.ts): what its own page's fields table (shown for both directions) does not say.
 */
export function directionNote(
  schema: SchemaIr,
  index: SchemaIndex,
  direction: Direction | undefined,
): string | undefined {
  const named = schema.kind === 'ref' && direction ? index.get(schema.name) : undefined;
  if (!named || directedTypeName(named, direction) === named.typeName) return undefined;
  return direction === 'request'
    ? 'a request leaves out its read-only fields'
    : 'a response leaves out its write-only fields';
}

/** Is the property required in `direction` (a readOnly one is never sent, a writeOnly one never returned)? */
export function requiredIn(p: PropertyIr, direction: Direction | undefined): boolean {
  return p.required && !(direction && hiddenIn(p.schema, direction));
}

/** One fact about a schema, shown under its description. */
export interface Fact {
  label: string;
  /** Values shown as code (enum members, defaults). */
  values?: Json[];
  /** Plain text. */
  text?: string;
}

/** Enum, const, default, bounds and flags of a schema, looking through refs and into array items. */
export function factsOf(schema: SchemaIr, index: SchemaIndex): Fact[] {
  const facts: Fact[] = [];
  const target = index.resolve(schema);
  const own = schema.kind === 'ref' ? target : schema;
  scalarFacts(own, facts, '');
  if (own.kind === 'array') {
    const items = index.resolve(own.items);
    if (items.kind !== 'object' && items.kind !== 'array') scalarFacts(items, facts, 'items ');
    if (own.minItems !== undefined || own.maxItems !== undefined)
      facts.push({ label: 'items', text: range(own.minItems, own.maxItems) });
    if (own.uniqueItems) facts.push({ label: 'unique items', text: 'yes' });
  }
  if (
    own.kind === 'object' &&
    (own.minProperties !== undefined || own.maxProperties !== undefined)
  ) {
    facts.push({ label: 'properties', text: range(own.minProperties, own.maxProperties) });
  }
  // Defaults and examples may sit on the ref itself (3.1 allows siblings) or on the target.
  const withDefault = schema.default !== undefined ? schema : own;
  if (withDefault.default !== undefined)
    facts.push({ label: 'default', values: [withDefault.default] });
  if (schema.readOnly || own.readOnly)
    facts.push({ label: 'read-only', text: 'returned, never sent' });
  if (schema.writeOnly || own.writeOnly)
    facts.push({ label: 'write-only', text: 'sent, never returned' });
  const example =
    schema.examples[0] ??
    (own.kind !== 'object' && own.kind !== 'array' ? own.examples[0] : undefined);
  if (example !== undefined && isShort(example))
    facts.push({ label: 'example', values: [example] });
  return facts;
}

function scalarFacts(s: SchemaIr, facts: Fact[], prefix: string): void {
  if (
    s.kind !== 'string' &&
    s.kind !== 'number' &&
    s.kind !== 'integer' &&
    s.kind !== 'boolean' &&
    s.kind !== 'null'
  )
    return;
  if (s.enum && !(s.const !== undefined && s.enum.length === 1)) {
    facts.push({
      label: s.openEnum ? `${prefix}known values (any other ${s.kind} too)` : `${prefix}one of`,
      values: s.enum,
    });
  }
  if (prefix && s.const !== undefined) facts.push({ label: `${prefix}value`, values: [s.const] });
  if (s.format && prefix) facts.push({ label: `${prefix}format`, text: s.format });
  if (s.minLength !== undefined || s.maxLength !== undefined)
    facts.push({ label: `${prefix}length`, text: range(s.minLength, s.maxLength) });
  if (s.pattern !== undefined) facts.push({ label: `${prefix}pattern`, values: [s.pattern] });
  const low =
    s.exclusiveMinimum !== undefined
      ? `> ${s.exclusiveMinimum}`
      : s.minimum !== undefined
        ? `≥ ${s.minimum}`
        : '';
  const high =
    s.exclusiveMaximum !== undefined
      ? `< ${s.exclusiveMaximum}`
      : s.maximum !== undefined
        ? `≤ ${s.maximum}`
        : '';
  if (low || high)
    facts.push({ label: `${prefix}range`, text: [low, high].filter(Boolean).join(', ') });
  if (s.multipleOf !== undefined)
    facts.push({ label: `${prefix}multiple of`, text: String(s.multipleOf) });
  if (s.contentMediaType) facts.push({ label: `${prefix}media type`, text: s.contentMediaType });
}

function range(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined)
    return min === max ? `exactly ${min}` : `${min} to ${max}`;
  if (min !== undefined) return `at least ${min}`;
  return `at most ${max}`;
}

function isShort(value: Json): boolean {
  return JSON.stringify(value).length <= 80;
}

/** True when a schema deserves its own nested block (it has fields or variants to show). */
export function isComplex(schema: SchemaIr, index: SchemaIndex, depth = 0): boolean {
  if (depth > 8) return false;
  const s = index.resolve(schema);
  switch (s.kind) {
    case 'object':
      return (
        s.properties.length > 0 ||
        (s.patternProperties?.length ?? 0) > 0 ||
        (typeof s.additionalProperties === 'object' &&
          isComplex(s.additionalProperties, index, depth + 1))
      );
    case 'array':
      return isComplex(s.items, index, depth + 1);
    case 'union':
      return s.variants.length > 0;
    case 'intersection':
      return s.parts.length > 0;
    default:
      return false;
  }
}

/** Properties of an allOf whose parts are all objects (through refs), merged in order; else undefined. */
export function mergedProperties(
  parts: SchemaIr[],
  index: SchemaIndex,
  depth = 0,
): PropertyIr[] | undefined {
  const merged = new Map<string, PropertyIr>();
  for (const part of parts) {
    const s = index.resolve(part);
    let props: PropertyIr[] | undefined;
    if (s.kind === 'object') props = s.properties;
    else if (s.kind === 'intersection' && depth < 4)
      props = mergedProperties(s.parts, index, depth + 1);
    if (!props) return undefined;
    for (const p of props) {
      const prev = merged.get(p.name);
      merged.set(p.name, prev ? { ...p, required: prev.required || p.required } : p);
    }
  }
  return [...merged.values()];
}

/** Tab label for a union variant: discriminator value and/or schema name, title, or type label. */
export function variantTitles(union: UnionSchema, index: SchemaIndex): string[] {
  const byTarget = new Map<string, string[]>();
  if (union.discriminator) {
    for (const [value, name] of Object.entries(union.discriminator.mapping)) {
      byTarget.set(name, [...(byTarget.get(name) ?? []), value]);
    }
  }
  const titles = union.variants.map((v) => {
    const resolved = index.resolve(v);
    const base =
      v.kind === 'ref'
        ? v.name
        : (v.title ?? resolved.title ?? constHint(resolved, index) ?? typeLabel(v, PLAIN_LABEL));
    const values = v.kind === 'ref' ? byTarget.get(v.name) : undefined;
    return values && values.length ? `${values.join(', ')} · ${base}` : base;
  });
  // Keep titles distinct so a reader can tell tabs apart.
  const seen = new Map<string, number>();
  return titles.map((t) => {
    const n = (seen.get(t) ?? 0) + 1;
    seen.set(t, n);
    return n > 1 ? `${t} (${n})` : t;
  });
}

/** `type = "text"` for an anonymous object variant identified by a const property. */
function constHint(s: SchemaIr, index: SchemaIndex): string | undefined {
  if (s.kind !== 'object') return undefined;
  for (const p of s.properties) {
    const ps = index.resolve(p.schema);
    if (
      ps.kind === 'ref' ||
      ps.kind === 'object' ||
      ps.kind === 'array' ||
      ps.kind === 'union' ||
      ps.kind === 'intersection'
    )
      continue;
    if (ps.kind === 'any' || ps.kind === 'never') continue;
    const value = ps.const ?? (ps.enum && ps.enum.length === 1 ? ps.enum[0] : undefined);
    if (value !== undefined) return `${p.name} = ${JSON.stringify(value)}`;
  }
  return undefined;
}

/** Description of a schema position: its own, else (for a ref) the target's. */
export function descriptionOf(schema: SchemaIr, index: SchemaIndex): string | undefined {
  return descriptionTextsOf(schema, index).en;
}

/** A position's description in English and (`x-description-zh`) Chinese, both from the same schema. */
export function descriptionTextsOf(
  schema: SchemaIr,
  index: SchemaIndex,
): { en?: string; zh?: string } {
  // A reference's own description replaces the target's; its Chinese text goes with it.
  const target =
    !schema.description && schema.kind === 'ref' ? index.get(schema.name)?.schema : undefined;
  const en = schema.description || target?.description;
  const zh = schema.description
    ? schema.descriptionZh
    : (schema.descriptionZh ?? target?.descriptionZh);
  return { ...(en ? { en } : {}), ...(zh ? { zh } : {}) };
}
