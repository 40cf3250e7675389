/**
 * OpenAPI Schema Object (3.0 or 3.1) → SchemaIr. Normalises what the two versions say differently
 * (nullable vs type arrays, `example` vs `examples`), folds `null` variants into `nullable`, keeps
 * component refs as refs, and infers discriminator mappings the spec leaves out.
 */
import type {
  ArraySchema,
  DiscriminatorIr,
  Json,
  ObjectSchema,
  PropertyIr,
  ScalarSchema,
  SchemaIr,
  UnionSchema,
  XmlIr,
} from './types.js';
import { join, get } from '../util/json-pointer.js';
import type { IrContext } from './context.js';
import { copyJson } from './copy.js';
import { componentNameOfRef } from './component-refs.js';
import { requiredElsewhere, undeclaredRequired } from './schema-allof.js';
import { declaredAround, undeclaredRequiredOf, type Around } from './required-undeclared.js';

export { componentNameOfRef, fixedValuesOf } from './component-refs.js';

type Raw = Record<string, unknown>;

const SCALAR_KINDS = new Set(['string', 'number', 'integer', 'boolean', 'null']);

function base(raw: Raw, source: string, ctx: IrContext): Omit<SchemaIr & { kind: 'any' }, 'kind'> {
  const examples: Json[] = [];
  if (raw.example !== undefined) examples.push(copyJson(raw.example));
  if (Array.isArray(raw.examples)) examples.push(...raw.examples.map(copyJson));
  const extensions: Record<string, Json> = {};
  for (const key of Object.keys(raw))
    if (key.startsWith('x-')) extensions[key] = copyJson(raw[key]);
  const out: Omit<SchemaIr & { kind: 'any' }, 'kind'> = {
    source,
    nullable: raw.nullable === true && ctx.version === '3.0',
    examples,
    readOnly: raw.readOnly === true,
    writeOnly: raw.writeOnly === true,
    deprecated: raw.deprecated === true,
    extensions,
  };
  if (typeof raw.title === 'string') out.title = raw.title;
  if (typeof raw.description === 'string') out.description = raw.description;
  if (typeof raw['x-description-zh'] === 'string') out.descriptionZh = raw['x-description-zh'];
  if (raw.default !== undefined && !notJson(raw.default)) out.default = copyJson(raw.default);
  const xml = xmlOf(raw.xml);
  if (xml) out.xml = xml;
  return out;
}

/** The XML Object's keys the IR keeps; none when it says nothing (`##default` names nothing). */
function xmlOf(raw: unknown): XmlIr | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const r = raw as Raw;
  const out: XmlIr = {};
  if (typeof r.name === 'string' && r.name !== '' && r.name !== '##default') out.name = r.name;
  if (typeof r.namespace === 'string') out.namespace = r.namespace;
  if (typeof r.prefix === 'string') out.prefix = r.prefix;
  if (r.attribute === true) out.attribute = true;
  if (r.wrapped === true) out.wrapped = true;
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * `{ ...base(raw, source, ctx), ...rest }`, the same members in the same order, without the copy:
 * spreading base's many shapes is the slowest line of the IR build on a large spec.
 */
function withBase<T extends SchemaIr>(
  raw: Raw,
  source: string,
  ctx: IrContext,
  rest: { kind: T['kind'] } & Record<string, unknown>,
): T {
  return Object.assign(base(raw, source, ctx), rest) as T;
}

/**
 * `target` with `from`'s description, if it has one: the English and Chinese texts move as a pair,
 * so a target's Chinese text never stays beside someone else's English.
 */
function withDescriptionOf<T extends SchemaIr>(
  target: T,
  from: { description?: string; descriptionZh?: string },
): T {
  if (from.description === undefined) return target;
  const out: T = { ...target, description: from.description };
  if (from.descriptionZh !== undefined) out.descriptionZh = from.descriptionZh;
  else delete out.descriptionZh;
  return out;
}

/** Infinity, -Infinity and NaN: numbers with no JSON spelling. */
function notJson(v: unknown): boolean {
  return typeof v === 'number' && !Number.isFinite(v);
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && !notJson(v) ? v : undefined;
}

function isNullSchema(raw: unknown): boolean {
  if (!raw || typeof raw !== 'object') return false;
  const r = raw as Raw;
  return (
    r.type === 'null' ||
    (Array.isArray(r.enum) && r.enum.length === 1 && r.enum[0] === null && r.type === undefined)
  );
}

function scalar(
  kind: ScalarSchema['kind'],
  raw: Raw,
  source: string,
  ctx: IrContext,
): ScalarSchema {
  const s = withBase<ScalarSchema>(raw, source, ctx, { kind, binary: false });
  if (typeof raw.format === 'string') s.format = raw.format;
  if (Array.isArray(raw.enum)) {
    const values = raw.enum.filter((v) => v !== null).map(copyJson);
    if (values.length !== raw.enum.length) s.nullable = true;
    // A value JSON cannot hold (YAML's .inf, .nan; reported by load) would print as null: any number then.
    if (!values.some(notJson)) s.enum = values;
  }
  if (raw.const !== undefined) {
    // Like an enum holding such a value: none the types could state.
    if (!notJson(raw.const)) {
      s.const = copyJson(raw.const);
      s.enum = [copyJson(raw.const)];
    }
  } else if (raw['x-enum-open'] === true && s.enum) s.openEnum = true;
  const n = (k: string): number | undefined => num(raw[k]);
  const set = <K extends keyof ScalarSchema>(k: K, v: ScalarSchema[K] | undefined): void => {
    if (v !== undefined) s[k] = v;
  };
  set('minLength', n('minLength'));
  set('maxLength', n('maxLength'));
  if (typeof raw.pattern === 'string') s.pattern = raw.pattern;
  set('minimum', n('minimum'));
  set('maximum', n('maximum'));
  set('multipleOf', n('multipleOf'));
  // 3.0 boolean exclusives → 3.1 numeric ones.
  if (raw.exclusiveMinimum === true && s.minimum !== undefined) {
    s.exclusiveMinimum = s.minimum;
    delete s.minimum;
  } else set('exclusiveMinimum', n('exclusiveMinimum'));
  if (raw.exclusiveMaximum === true && s.maximum !== undefined) {
    s.exclusiveMaximum = s.maximum;
    delete s.maximum;
  } else set('exclusiveMaximum', n('exclusiveMaximum'));
  if (typeof raw.contentMediaType === 'string') s.contentMediaType = raw.contentMediaType;
  if (typeof raw.contentEncoding === 'string') s.contentEncoding = raw.contentEncoding;
  s.binary =
    kind === 'string' &&
    (raw.format === 'binary' ||
      (s.contentMediaType !== undefined && s.contentEncoding === undefined));
  return s;
}

/** Infers the scalar kind of an untyped schema from its enum/const values. */
function kindFromValues(raw: Raw): ScalarSchema['kind'] | undefined {
  const values =
    raw.const !== undefined ? [raw.const] : Array.isArray(raw.enum) ? raw.enum : undefined;
  if (!values) return undefined;
  const kinds = new Set(
    values
      .filter((v) => v !== null)
      .map((v) =>
        typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'number') : typeof v,
      ),
  );
  if (kinds.size !== 1) return undefined;
  const [k] = [...kinds];
  return k === 'string' || k === 'integer' || k === 'number' || k === 'boolean' ? k : undefined;
}

/**
 * An untyped enum whose values are of several scalar kinds (`[1, "1", true, null]`): its values
 * grouped by kind (integers join the numbers when both occur), one typed enum each, so the union
 * of them states every value. Undefined when one kind covers them (kindFromValues) or a value is
 * an object or array (no literal type states it).
 */
function enumsByKind(raw: Raw): Raw[] | undefined {
  if (raw.type !== undefined || raw.const !== undefined || !Array.isArray(raw.enum))
    return undefined;
  const groups = new Map<string, unknown[]>();
  for (const v of raw.enum) {
    if (v === null) continue;
    const kind = typeof v;
    if (kind !== 'string' && kind !== 'number' && kind !== 'boolean') return undefined;
    groups.set(kind, [...(groups.get(kind) ?? []), v]);
  }
  if (groups.size < 2) return undefined;
  const hasNull = raw.enum.includes(null);
  return [...groups].map(([kind, values]) => ({
    type:
      kind === 'number' && values.every((v) => Number.isInteger(v as number)) ? 'integer' : kind,
    // Null goes on the first variant only: the union is nullable once.
    enum: hasNull && kind === [...groups.keys()][0] ? [...values, null] : values,
  }));
}

/**
 * `around`: schemas whose properties this one's `required` may name (its allOf siblings, a union's
 * variants or own part; required-undeclared.ts), for the object converted here, not its properties.
 */
export function convertSchema(
  input: unknown,
  source: string,
  ctx: IrContext,
  depth = 0,
  around: readonly Around[] = [],
): SchemaIr {
  if (input === true || input === undefined) return withBase({}, source, ctx, { kind: 'any' });
  if (input === false) return withBase({}, source, ctx, { kind: 'never' });
  if (!input || typeof input !== 'object' || Array.isArray(input))
    return withBase({}, source, ctx, { kind: 'any' });
  const raw = input as Raw;

  if (typeof raw.$ref === 'string') {
    const name = componentNameOfRef(raw.$ref);
    if (name !== undefined && ctx.hasSchema(name)) {
      return withBase(raw, source, ctx, { kind: 'ref', name });
    }
    // A ref to anything else (a property of a schema, a path item's schema) is inlined, cycle-safe.
    if (depth > 64 || ctx.refStack.includes(raw.$ref))
      return withBase(raw, source, ctx, { kind: 'any' });
    ctx.inlinedRefs++;
    const target = get(ctx.document, raw.$ref);
    if (target === undefined) {
      ctx.problem(
        'ref-dangling',
        raw.$ref === '' ? source : join(source, '$ref'),
        `$ref ${raw.$ref} does not resolve`,
      );
      return withBase(raw, source, ctx, { kind: 'any' });
    }
    ctx.refStack.push(raw.$ref);
    try {
      const inner = convertSchema(target, raw.$ref, ctx, depth + 1, around);
      // The $ref site's description (and its Chinese text) replaces the target's as a pair.
      if (typeof raw.description === 'string') {
        inner.description = raw.description;
        delete inner.descriptionZh;
      }
      if (typeof raw['x-description-zh'] === 'string')
        inner.descriptionZh = raw['x-description-zh'];
      return inner;
    } finally {
      ctx.refStack.pop();
    }
  }

  const at = (...tokens: (string | number)[]): string => join(source, ...tokens);
  const nullableFromType = Array.isArray(raw.type) && (raw.type as unknown[]).includes('null');
  const types: string[] = Array.isArray(raw.type)
    ? (raw.type as string[]).filter((t) => t !== 'null')
    : typeof raw.type === 'string'
      ? [raw.type]
      : [];

  const withNull = <T extends SchemaIr>(s: T): T => {
    if (nullableFromType) s.nullable = true;
    return s;
  };

  // Composition: oneOf / anyOf (with sibling properties → intersection), allOf.
  const unionKey = Array.isArray(raw.oneOf)
    ? 'oneOf'
    : Array.isArray(raw.anyOf)
      ? 'anyOf'
      : undefined;
  if (unionKey) {
    const rawVariants = raw[unionKey] as unknown[];
    const variants: SchemaIr[] = [];
    let nullable = false;
    rawVariants.forEach((v, i) => {
      if (isNullSchema(v)) nullable = true;
      else
        variants.push(
          convertSchema(v, at(unionKey, i), ctx, depth + 1, [{ schema: raw, source }, ...around]),
        );
    });
    const hasOwnShape = raw.properties !== undefined || raw.allOf !== undefined;
    const open = unionKey === 'anyOf' && !raw.discriminator ? openEnumOf(variants) : undefined;
    let union: SchemaIr;
    if (open) {
      const b = base(raw, source, ctx);
      union = withDescriptionOf(
        { ...open, ...(b.default !== undefined ? { default: b.default } : {}) },
        b,
      );
    } else if (variants.length === 1 && !raw.discriminator) {
      union = variants[0]!;
      const b = base(raw, source, ctx);
      union = withDescriptionOf(union, b);
      if (b.default !== undefined) union = { ...union, default: b.default };
    } else {
      union = withBase<UnionSchema>(hasOwnShape ? {} : raw, source, ctx, {
        kind: 'union',
        mode: unionKey,
        variants,
      });
      const disc = discriminatorOf(raw, variants, ctx);
      if (disc) union.discriminator = disc;
    }
    if (nullable) union = { ...union, nullable: true };
    if (!hasOwnShape) return withNull(union);
    const rest: Raw = { ...raw };
    delete rest[unionKey];
    delete rest.discriminator;
    const own = convertSchema(rest, source, ctx, depth + 1, [
      ...rawVariants.map((v, i) => ({ schema: v, source: at(unionKey, i) })),
      ...around,
    ]);
    return withNull(withBase(raw, source, ctx, { kind: 'intersection', parts: [own, union] }));
  }

  if (Array.isArray(raw.allOf)) {
    const members = (raw.allOf as unknown[]).map((schema, i) => ({
      schema,
      source: at('allOf', i),
    }));
    const rest: Raw = { ...raw };
    delete rest.allOf;
    const parts = members.map((m) => {
      const others = [...members.filter((o) => o !== m), { schema: rest, source }];
      // A member that only lists `required` (`{required: [type]}` beside `{$ref: Msg}`) is an
      // object part when that adds a property, as the schema's own `required` is below.
      if (onlyRequired(m.schema) && requiresMore(m.schema, others, around, ctx))
        m.schema = { ...m.schema, type: 'object' };
      return convertSchema(m.schema, m.source, ctx, depth + 1, [...others, ...around]);
    });
    const restRequires = requiresMore(rest, members, around, ctx);
    // A bare `type: object` beside an object member adds nothing but an open part (`{[key: string]:
    // unknown} & …` would let a misspelt property through).
    const bareObject =
      rest.type === 'object' &&
      (rest.minProperties !== undefined ||
        rest.maxProperties !== undefined ||
        !parts.some((p) => p.kind === 'ref' || p.kind === 'object' || p.kind === 'intersection'));
    if (
      rest.properties !== undefined ||
      bareObject ||
      rest.additionalProperties !== undefined ||
      rest.patternProperties !== undefined ||
      restRequires
    ) {
      const own = {
        ...rest,
        description: undefined,
        'x-description-zh': undefined,
        title: undefined,
      };
      members.unshift({ schema: restRequires ? { ...own, type: 'object' } : own, source });
      parts.unshift(
        convertSchema(members[0]!.schema, source, ctx, depth + 1, [...members.slice(1), ...around]),
      );
    }
    members.forEach((m, i) => {
      const part = parts[i]!;
      if (part.kind !== 'object' || (m.schema as Raw | undefined)?.$ref !== undefined) return;
      const others = members.filter((o) => o !== m);
      for (const { name, declared } of requiredElsewhere(m.schema, others, ctx))
        part.properties.push({
          name,
          required: true,
          schema: convertSchema(declared.schema, declared.source, ctx, depth + 1),
        });
    });
    if (parts.length === 1) {
      const only = parts[0]!;
      const b = base(raw, source, ctx);
      const merged = { ...only, nullable: only.nullable || b.nullable };
      return withNull(b.description ? withDescriptionOf(merged, b) : merged);
    }
    return withNull(withBase(raw, source, ctx, { kind: 'intersection', parts }));
  }

  const byKind = types.length === 0 ? enumsByKind(raw) : undefined;
  if (byKind) {
    const variants = byKind.map((part) => convertSchema(part, source, ctx, depth + 1));
    const union = withBase(raw, source, ctx, { kind: 'union', mode: 'anyOf', variants });
    if (variants.some((v) => v.nullable)) {
      union.nullable = true;
      for (const v of variants) v.nullable = false;
    }
    return union;
  }

  if (types.length > 1) {
    const variants = types.map((t) =>
      convertSchema(
        { ...raw, type: t, description: undefined, 'x-description-zh': undefined },
        source,
        ctx,
        depth + 1,
        around,
      ),
    );
    return withNull(withBase(raw, source, ctx, { kind: 'union', mode: 'anyOf', variants }));
  }

  const type =
    types[0] ??
    (raw.properties || raw.additionalProperties !== undefined || raw.patternProperties
      ? 'object'
      : raw.items
        ? 'array'
        : kindFromValues(raw));

  if (type === 'object') {
    const required = new Set(Array.isArray(raw.required) ? (raw.required as string[]) : []);
    const props = (
      raw.properties && typeof raw.properties === 'object' ? raw.properties : {}
    ) as Raw;
    const properties: PropertyIr[] = Object.keys(props).map((name) => ({
      name,
      required: required.has(name),
      schema: convertSchema(props[name], at('properties', name), ctx, depth + 1),
    }));
    for (const { name, value } of undeclaredRequiredOf(raw, source, around, ctx))
      properties.push({
        name,
        required: true,
        schema: convertSchema(value.schema, value.source, ctx, depth + 1),
      });
    const ap = raw.additionalProperties;
    const s = withBase<ObjectSchema>(raw, source, ctx, { kind: 'object', properties });
    if (ap !== undefined)
      s.additionalProperties =
        typeof ap === 'boolean'
          ? ap
          : convertSchema(ap, at('additionalProperties'), ctx, depth + 1);
    const patterns = raw.patternProperties;
    if (patterns && typeof patterns === 'object' && !Array.isArray(patterns)) {
      const entries = Object.keys(patterns).map((pattern) => ({
        pattern,
        schema: convertSchema(
          (patterns as Raw)[pattern],
          at('patternProperties', pattern),
          ctx,
          depth + 1,
        ),
      }));
      if (entries.length > 0) s.patternProperties = entries;
    }
    if (num(raw.minProperties) !== undefined) s.minProperties = num(raw.minProperties);
    if (num(raw.maxProperties) !== undefined) s.maxProperties = num(raw.maxProperties);
    return withNull(s);
  }
  if (type === 'array') {
    const s = withBase<ArraySchema>(raw, source, ctx, {
      kind: 'array',
      items: convertSchema(raw.items, at('items'), ctx, depth + 1),
      uniqueItems: raw.uniqueItems === true,
    });
    if (num(raw.minItems) !== undefined) s.minItems = num(raw.minItems);
    if (num(raw.maxItems) !== undefined) s.maxItems = num(raw.maxItems);
    return withNull(s);
  }
  if (type && SCALAR_KINDS.has(type))
    return withNull(scalar(type as ScalarSchema['kind'], raw, source, ctx));
  if (raw.not !== undefined && Object.keys(raw).every((k) => k === 'not' || k === 'description')) {
    return withBase(raw, source, ctx, { kind: 'never' });
  }
  return withNull(withBase(raw, source, ctx, { kind: 'any' }));
}

/** A schema that says nothing but `required` names (and its texts, extensions). */
function onlyRequired(raw: unknown): raw is Raw {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return false;
  const r = raw as Raw;
  return (
    Array.isArray(r.required) &&
    Object.keys(r).every(
      (k) => k === 'required' || k === 'description' || k === 'title' || k.startsWith('x-'),
    )
  );
}

/**
 * Whether `raw`'s `required` makes an object part gain a property: a name `others` declare without
 * requiring it (schema-allof.ts), or one nothing declares (required-undeclared.ts).
 */
function requiresMore(
  raw: Raw,
  others: readonly Around[],
  around: readonly Around[],
  ctx: IrContext,
): boolean {
  return (
    requiredElsewhere(raw, [...others], ctx).length > 0 ||
    undeclaredRequired(raw).some((name) => !declaredAround([...others, ...around], name, ctx))
  );
}

/**
 * `anyOf: [{type: string, enum: [...]}, {type: string}]` (either order), as openai.yaml writes model
 * names: the known values plus any other string. One enum schema, marked open.
 */
function openEnumOf(variants: SchemaIr[]): ScalarSchema | undefined {
  if (variants.length !== 2) return undefined;
  const listed = variants.find(
    (v): v is ScalarSchema => v.kind === 'string' && v.enum !== undefined && v.enum.length > 0,
  );
  const free = variants.find(
    (v): v is ScalarSchema =>
      v !== listed &&
      v.kind === 'string' &&
      v.enum === undefined &&
      v.pattern === undefined &&
      v.format === undefined,
  );
  if (!listed || !free || listed.nullable !== free.nullable) return undefined;
  const { const: _fixed, ...values } = listed;
  return { ...values, openEnum: true };
}

/**
 * The discriminator's full value → schema map: the written mapping, plus each variant it leaves out
 * under its own `const`/single-value `enum`, else its schema name.
 */
function discriminatorOf(
  raw: Raw,
  variants: SchemaIr[],
  ctx: IrContext,
): DiscriminatorIr | undefined {
  const d = raw.discriminator as Raw | undefined;
  const propertyName = d && typeof d.propertyName === 'string' ? d.propertyName : undefined;
  if (!propertyName) return undefined;
  const mapping: Record<string, string> = {};
  const written =
    d!.mapping && typeof d!.mapping === 'object'
      ? (d!.mapping as Record<string, string>)
      : undefined;
  if (written) {
    for (const [value, target] of Object.entries(written)) {
      mapping[value] = componentNameOfRef(target) ?? target.replace(/^.*\//, '');
    }
  }
  // A variant the written mapping does not name keeps its implicit value(s) (OpenAPI: `mapping`
  // only adds to or replaces the schema-name rule, per variant).
  const named = new Set(Object.values(mapping));
  let inferred = false;
  for (const v of variants) {
    if (v.kind !== 'ref' || named.has(v.name)) continue;
    const values = ctx.discriminatorValues(v.name, propertyName);
    // OpenAPI's implicit rule: the schema name. A written value is never taken over.
    for (const value of values.length > 0 ? values : [v.name])
      if (!written || !Object.prototype.hasOwnProperty.call(written, value))
        mapping[value] = v.name;
    if (values.length > 0) inferred = true;
  }
  return { propertyName, mapping, inferred: inferred && !written };
}
