/**
 * Direction-aware schema comparison. A request schema may widen (the server accepts more) and a
 * response schema may narrow (the consumer receives less variety); the opposite breaks callers.
 * Refs are followed (with a guard for recursive schemas), allOf of objects is compared merged.
 */
import { extraKeysOf } from '../ir/object-shape.js';
import type {
  ApiIr,
  NamedSchemaIr,
  ObjectSchema,
  PatternPropertyIr,
  PropertyIr,
  SchemaIr,
  UnionSchema,
} from '../ir/types.js';
import { levelOf, type ChangeLevel, type Direction, type FoundChange } from './types.js';
import { compareObjectKeys } from './object-keys.js';
import { compareIndexSignature } from './index-signature.js';
import { compareEnumLiterals } from './enum-literals.js';
import {
  becameOptional,
  componentReading,
  memberRemoved,
  nullRemoved,
  typeChanged,
  type ReadingType,
} from './response-reading.js';

export interface SchemaPair {
  base: ApiIr;
  head: ApiIr;
}

/** Compares two schemas of one place (a body, a parameter); `where` names that place in messages. */
export function compareSchemas(
  pair: SchemaPair,
  base: SchemaIr,
  head: SchemaIr,
  direction: Direction,
  where: string,
  report: (change: FoundChange) => void,
  /** The SDK type a consumer reads the root as (an operation's `…Response`), for response-reading.ts. */
  reading?: { ts: string; py?: string },
): void {
  const comparer = new SchemaComparer(pair, direction, report);
  if (reading) comparer.reading.push({ ...reading, at: where });
  comparer.compare(base, head, where);
}

interface Resolved {
  schema: SchemaIr;
  /** Component name when reached through a ref. */
  ref?: string;
  nullable: boolean;
  readOnly: boolean;
  writeOnly: boolean;
  deprecated: boolean;
}

const LOWER_BOUNDS = [
  'minLength',
  'minimum',
  'exclusiveMinimum',
  'minItems',
  'minProperties',
] as const;
const UPPER_BOUNDS = [
  'maxLength',
  'maximum',
  'exclusiveMaximum',
  'maxItems',
  'maxProperties',
] as const;

/** A numeric format and the one holding all its values. */
const WIDER_FORMAT = new Map([
  ['int32', 'int64'],
  ['float', 'double'],
]);

const SCALAR_KINDS: ReadonlySet<string> = new Set([
  'string',
  'number',
  'integer',
  'boolean',
  'null',
]);

class SchemaComparer {
  private readonly seen = new Set<string>();
  private readonly baseSchemas: Map<string, SchemaIr>;
  private readonly headSchemas: Map<string, SchemaIr>;
  private readonly headNamed: Map<string, NamedSchemaIr>;
  /** The SDK types declaring the values being compared, innermost last (response-reading.ts). */
  readonly reading: ReadingType[] = [];

  constructor(
    pair: SchemaPair,
    private readonly direction: Direction,
    private readonly report: (change: FoundChange) => void,
  ) {
    this.baseSchemas = new Map(pair.base.schemas.map((s) => [s.name, s.schema]));
    this.headSchemas = new Map(pair.head.schemas.map((s) => [s.name, s.schema]));
    this.headNamed = new Map(pair.head.schemas.map((s) => [s.name, s]));
  }

  /** An SDK entry for the reading of a response value, named from the type declaring it. */
  private reads(make: (type: ReadingType) => FoundChange | undefined): void {
    const type = this.reading.at(-1);
    const change = this.direction === 'response' && type ? make(type) : undefined;
    if (change) this.report(change);
  }

  private get prefix(): string {
    return this.direction;
  }

  private emit(
    code: string,
    level: ChangeLevel,
    message: string,
    at: SchemaIr,
    side: 'base' | 'head' = 'head',
  ): void {
    this.report({
      code: `${this.prefix}-${code}`,
      level,
      message,
      side,
      pointer: at.source,
    });
  }

  private resolve(schema: SchemaIr, schemas: Map<string, SchemaIr>): Resolved {
    let current = schema;
    let ref: string | undefined;
    const flags = {
      nullable: schema.nullable,
      readOnly: schema.readOnly,
      writeOnly: schema.writeOnly,
      deprecated: schema.deprecated,
    };
    for (let hops = 0; current.kind === 'ref' && hops < 32; hops++) {
      const target = schemas.get(current.name);
      if (!target) break;
      ref = current.name;
      current = target;
      flags.nullable ||= current.nullable;
      flags.readOnly ||= current.readOnly;
      flags.writeOnly ||= current.writeOnly;
      flags.deprecated ||= current.deprecated;
    }
    return {
      schema: this.flatten(current, schemas),
      ...(ref ? { ref } : {}),
      ...flags,
    };
  }

  /** allOf whose parts are all objects reads as one object: its properties and required keys merged. */
  private flatten(schema: SchemaIr, schemas: Map<string, SchemaIr>): SchemaIr {
    if (schema.kind !== 'intersection') return schema;
    const parts = schema.parts.map((p) => this.resolve(p, schemas).schema);
    if (!parts.every((p) => p.kind === 'object' || (p.kind === 'any' && !p.nullable)))
      return schema;
    const properties = new Map<string, PropertyIr>();
    const patterns: PatternPropertyIr[] = [];
    const extras: SchemaIr[] = [];
    let closed = false;
    let open = false;
    for (const part of parts) {
      if (part.kind !== 'object') continue;
      for (const prop of part.properties) {
        const prior = properties.get(prop.name);
        properties.set(prop.name, {
          ...prop,
          required: prop.required || (prior?.required ?? false),
        });
      }
      patterns.push(...(part.patternProperties ?? []));
      if (part.additionalProperties === false) closed = true;
      else if (typeof part.additionalProperties === 'object')
        extras.push(part.additionalProperties);
      if (extraKeysOf(part) === 'any') open = true;
    }
    // Nothing said by any part stays unsaid: the TypeScript parts are closed types (ir/object-shape.ts).
    const additional = closed
      ? false
      : extras.length === 1
        ? extras[0]!
        : extras.length > 1 || open
          ? true
          : undefined;
    const merged: ObjectSchema = {
      ...schema,
      kind: 'object',
      properties: [...properties.values()],
      // One part's schema for unknown keys holds for the whole; several would need intersecting.
      ...(additional !== undefined ? { additionalProperties: additional } : {}),
      ...(patterns.length ? { patternProperties: patterns } : {}),
    };
    return merged;
  }

  /** `required`: whether the value is a property its object must send (a property's comparison only). */
  compare(baseIn: SchemaIr, headIn: SchemaIr, where: string, required?: boolean): void {
    const b = this.resolve(baseIn, this.baseSchemas);
    const h = this.resolve(headIn, this.headSchemas);
    // Recursive schemas: each pair of components is compared once per walk. A scalar one (an enum)
    // cannot recurse and is compared at every place, so each field it types is named.
    const scalar = SCALAR_KINDS.has(b.schema.kind) && SCALAR_KINDS.has(h.schema.kind);
    if (!scalar && (b.ref !== undefined || h.ref !== undefined)) {
      const key = `${b.ref ?? ''}|${h.ref ?? ''}|${b.schema.source}|${h.schema.source}`;
      if (this.seen.has(key)) return;
      this.seen.add(key);
    }
    this.compareDocs(baseIn, headIn, where);
    if (b.ref !== undefined && h.ref !== undefined) this.compareDocs(b.schema, h.schema, where);
    this.compareNullable(b, h, headIn, where, required);
    // The values under a component object are read through its own type.
    const named = h.ref !== undefined ? this.headNamed.get(h.ref) : undefined;
    const owns = named !== undefined && h.schema.kind === 'object';
    if (owns) this.reading.push(componentReading(named, where));
    this.compareShape(b.schema, h.schema, where);
    if (owns) this.reading.pop();
  }

  private compareDocs(b: SchemaIr, h: SchemaIr, where: string): void {
    if ((b.description ?? '') !== (h.description ?? '') || (b.title ?? '') !== (h.title ?? '')) {
      this.report({
        code: 'description-changed',
        level: 'info',
        message: `${where}: description changed`,
        side: 'head',
        pointer: h.source,
      });
    }
    if (JSON.stringify(b.examples) !== JSON.stringify(h.examples)) {
      this.report({
        code: 'example-changed',
        level: 'info',
        message: `${where}: example changed`,
        side: 'head',
        pointer: h.source,
      });
    }
  }

  private compareNullable(
    b: Resolved,
    h: Resolved,
    at: SchemaIr,
    where: string,
    required: boolean | undefined,
  ): void {
    if (b.nullable === h.nullable) return;
    const narrowing = b.nullable && !h.nullable;
    this.emit(
      narrowing ? 'became-not-nullable' : 'became-nullable',
      levelOf(this.direction, narrowing),
      // A request's value is what the server accepts, a response's what the client receives.
      this.direction === 'request'
        ? `${where} ${narrowing ? 'no longer accepts' : 'now allows'} null`
        : `${where} ${narrowing ? 'is no longer sent as' : 'may now be'} null`,
      at,
    );
    if (narrowing && required !== undefined)
      this.reads((type) => nullRemoved(type, where, required, at.source));
  }

  private compareShape(b: SchemaIr, h: SchemaIr, where: string): void {
    if (b.kind === 'any' && h.kind === 'any') return;
    if (b.kind !== h.kind) {
      this.compareKinds(b, h, where);
      return;
    }
    if (b.kind === 'object' && h.kind === 'object') return this.compareObjects(b, h, where);
    if (b.kind === 'array' && h.kind === 'array') {
      this.compareBounds(b, h, where);
      if (!b.uniqueItems && h.uniqueItems)
        this.emit(
          'unique-items-added',
          levelOf(this.direction, true),
          `${where} now requires unique items`,
          h,
        );
      if (b.uniqueItems && !h.uniqueItems)
        this.emit(
          'unique-items-removed',
          levelOf(this.direction, false),
          `${where} no longer requires unique items`,
          h,
        );
      return this.compare(b.items, h.items, `${where}[]`);
    }
    if (b.kind === 'union' && h.kind === 'union') return this.compareUnions(b, h, where);
    if (b.kind === 'intersection' && h.kind === 'intersection') {
      const count = Math.max(b.parts.length, h.parts.length);
      for (let i = 0; i < count; i++) {
        const bp = b.parts[i];
        const hp = h.parts[i];
        if (bp && hp) this.compare(bp, hp, where);
        else if (hp)
          this.emit(
            'all-of-part-added',
            levelOf(this.direction, true),
            `${where} gained an allOf part`,
            hp,
          );
        else if (bp)
          this.emit(
            'all-of-part-removed',
            levelOf(this.direction, false),
            `${where} lost an allOf part`,
            bp,
            'base',
          );
      }
      return;
    }
    if ('binary' in b && 'binary' in h) this.compareScalars(b, h, where);
  }

  private compareKinds(b: SchemaIr, h: SchemaIr, where: string): void {
    // integer → number widens; any accepts everything; a union that keeps the old type widens.
    const widens =
      h.kind === 'any' ||
      (b.kind === 'integer' && h.kind === 'number') ||
      (h.kind === 'union' &&
        h.variants.some((v) => this.sameKind(b, this.resolve(v, this.headSchemas).schema)));
    const narrows =
      b.kind === 'any' ||
      (b.kind === 'number' && h.kind === 'integer') ||
      (b.kind === 'union' &&
        b.variants.some((v) => this.sameKind(this.resolve(v, this.baseSchemas).schema, h)));
    if (widens || narrows) {
      this.emit(
        widens ? 'type-widened' : 'type-narrowed',
        levelOf(this.direction, !widens),
        `${where} type ${describeKind(b)} → ${describeKind(h)}`,
        h,
      );
      return;
    }
    this.emit(
      'type-changed',
      'breaking',
      `${where} type ${describeKind(b)} → ${describeKind(h)}`,
      h,
    );
    this.reads((type) => typeChanged(type, where, b, h, h.source));
  }

  private sameKind(a: SchemaIr, b: SchemaIr): boolean {
    return a.kind === b.kind;
  }

  private compareObjects(b: ObjectSchema, h: ObjectSchema, where: string): void {
    // readOnly properties never travel in a request, writeOnly ones never in a response.
    const hidden = (p: PropertyIr, schemas: Map<string, SchemaIr>): boolean => {
      const r = this.resolve(p.schema, schemas);
      return this.direction === 'request' ? r.readOnly : r.writeOnly;
    };
    const baseProps = new Map(
      b.properties.filter((p) => !hidden(p, this.baseSchemas)).map((p) => [p.name, p]),
    );
    const headAll = new Map(h.properties.map((p) => [p.name, p]));
    const headProps = new Map(
      h.properties.filter((p) => !hidden(p, this.headSchemas)).map((p) => [p.name, p]),
    );
    for (const [name, bp] of baseProps) {
      const hp = headProps.get(name);
      const path = `${where}.${name}`;
      if (hp) {
        this.compareProperty(bp, hp, path);
        continue;
      }
      const still = headAll.get(name);
      if (still) {
        const flag = this.direction === 'request' ? 'read-only' : 'write-only';
        this.emit(
          `property-became-${flag}`,
          'breaking',
          `${path} became ${flag} and no longer appears in the ${this.direction}`,
          still.schema,
        );
        continue;
      }
      const deprecated = this.resolve(bp.schema, this.baseSchemas).deprecated;
      this.emit(
        deprecated ? 'property-removed' : 'property-removed-without-deprecation',
        'breaking',
        `${path} removed${deprecated ? '' : ' without being deprecated first'}`,
        bp.schema,
        'base',
      );
      this.reads((type) => memberRemoved(type, path, bp.schema.source));
    }
    for (const [name, hp] of headProps) {
      if (baseProps.has(name)) continue;
      const path = `${where}.${name}`;
      if (hp.required && this.direction === 'request') {
        this.emit(
          'property-added-required',
          'breaking',
          `new required property ${path}`,
          hp.schema,
        );
      } else {
        this.emit(
          'property-added',
          'non-breaking',
          `new ${hp.required ? 'required' : 'optional'} property ${path}`,
          hp.schema,
        );
      }
    }
    compareObjectKeys(
      {
        direction: this.direction,
        emit: (code, level, message, at, side) => this.emit(code, level, message, at, side),
        compare: (bs, hs, path) => this.compare(bs, hs, path),
      },
      b,
      h,
      where,
    );
    compareIndexSignature(this.direction, b, h, where, this.report);
    this.compareBounds(b, h, where);
  }

  private compareProperty(bp: PropertyIr, hp: PropertyIr, path: string): void {
    if (bp.required !== hp.required) {
      // A request that must now send it, or a response that may now leave it out, breaks callers.
      const breaking = this.direction === 'request' ? hp.required : !hp.required;
      this.emit(
        hp.required ? 'property-became-required' : 'property-became-optional',
        breaking ? 'breaking' : 'non-breaking',
        `${path} became ${hp.required ? 'required' : 'optional'}`,
        hp.schema,
      );
      if (!hp.required) this.reads((type) => becameOptional(type, path, hp.schema.source));
    }
    const bd = this.resolve(bp.schema, this.baseSchemas).deprecated;
    const hd = this.resolve(hp.schema, this.headSchemas).deprecated;
    if (!bd && hd)
      this.report({
        code: 'property-deprecated',
        level: 'non-breaking',
        message: `${path} deprecated`,
        side: 'head',
        pointer: hp.schema.source,
        category: 'deprecated',
      });
    this.compare(bp.schema, hp.schema, path, hp.required);
  }

  private compareUnions(b: UnionSchema, h: UnionSchema, where: string): void {
    const identity = (v: SchemaIr, schemas: Map<string, SchemaIr>): string => {
      const r = this.resolve(v, schemas);
      return r.ref !== undefined ? `ref:${r.ref}` : `kind:${r.schema.kind}`;
    };
    const headLeft = h.variants.map((v) => ({
      v,
      id: identity(v, this.headSchemas),
      used: false,
    }));
    for (const bv of b.variants) {
      const id = identity(bv, this.baseSchemas);
      const match = headLeft.find((x) => !x.used && x.id === id);
      if (match) {
        match.used = true;
        this.compare(bv, match.v, where);
      } else {
        this.emit(
          'union-branch-removed',
          levelOf(this.direction, true),
          `${where} lost the ${b.mode} branch ${id.replace(/^\w+:/, '')}`,
          bv,
          'base',
        );
      }
    }
    for (const x of headLeft.filter((x) => !x.used)) {
      this.emit(
        'union-branch-added',
        levelOf(this.direction, false),
        `${where} gained the ${h.mode} branch ${x.id.replace(/^\w+:/, '')}`,
        x.v,
      );
    }
    if (b.mode !== h.mode) {
      // oneOf (exactly one) is stricter than anyOf (at least one).
      const narrowing = h.mode === 'oneOf';
      this.emit(
        'union-mode-changed',
        levelOf(this.direction, narrowing),
        `${where} ${b.mode} → ${h.mode}`,
        h,
      );
    }
    const bd = b.discriminator;
    const hd = h.discriminator;
    if (bd && hd && bd.propertyName !== hd.propertyName) {
      this.emit(
        'discriminator-property-changed',
        'breaking',
        `${where} discriminator ${bd.propertyName} → ${hd.propertyName}`,
        h,
      );
    } else if (bd && hd) {
      for (const value of Object.keys(bd.mapping)) {
        if (!(value in hd.mapping))
          this.emit(
            'discriminator-value-removed',
            levelOf(this.direction, true),
            `${where} discriminator value ${JSON.stringify(value)} removed`,
            h,
          );
        else if (bd.mapping[value] !== hd.mapping[value])
          this.emit(
            'discriminator-mapping-changed',
            'breaking',
            `${where} discriminator value ${JSON.stringify(value)} maps to ${hd.mapping[value]} instead of ${bd.mapping[value]}`,
            h,
          );
      }
      for (const value of Object.keys(hd.mapping)) {
        if (!(value in bd.mapping))
          this.emit(
            'discriminator-value-added',
            levelOf(this.direction, false),
            `${where} discriminator value ${JSON.stringify(value)} added`,
            h,
          );
      }
    } else if (!bd !== !hd) {
      this.emit(
        hd ? 'discriminator-added' : 'discriminator-removed',
        hd ? levelOf(this.direction, true) : 'non-breaking',
        `${where} discriminator ${hd ? 'added' : 'removed'}`,
        h,
      );
    }
  }

  private compareScalars(
    b: SchemaIr & {
      kind: 'string' | 'number' | 'integer' | 'boolean' | 'null';
    },
    h: typeof b,
    where: string,
  ): void {
    const listed = (s: typeof b): string[] | undefined =>
      s.enum
        ? s.enum.map((v) => JSON.stringify(v))
        : s.const !== undefined
          ? [JSON.stringify(s.const)]
          : undefined;
    // An open enum lists known values but accepts any value of its kind: it restricts nothing.
    const values = (s: typeof b): string[] | undefined => (s.openEnum ? undefined : listed(s));
    const be = values(b);
    const he = values(h);
    const bk = b.openEnum ? listed(b) : undefined;
    const hk = h.openEnum ? listed(h) : undefined;
    if ((bk || hk) && JSON.stringify(bk ?? be) !== JSON.stringify(hk ?? he))
      // The SDK types spell known values as literals: a changed type, though every value still passes.
      this.report({
        code: `${this.prefix}-enum-known-values-changed`,
        level: 'info',
        message: `${where} known values ${(bk ?? be ?? []).join(', ') || '(none)'} → ${(hk ?? he ?? []).join(', ') || '(none)'}`,
        side: 'head',
        pointer: h.source,
        category: 'changed',
      });
    if (be && he) {
      const removed = be.filter((v) => !he.includes(v));
      compareEnumLiterals(this.direction, removed, where, h.source, this.report);
      for (const v of be)
        if (!he.includes(v))
          this.emit(
            'enum-value-removed',
            levelOf(this.direction, true),
            this.direction === 'request'
              ? `${where} no longer allows ${v}`
              : `${where} is no longer sent as ${v}`,
            h,
          );
      for (const v of he)
        if (!be.includes(v))
          this.emit(
            'enum-value-added',
            levelOf(this.direction, false),
            // A request's value is what the server accepts, a response's what the client receives.
            this.direction === 'request'
              ? `${where} now allows ${v}`
              : `${where} may now be ${v}: code that handles each listed value meets one it does not know`,
            h,
          );
    } else if (!be && he) {
      this.emit(
        'enum-added',
        levelOf(this.direction, true),
        `${where} restricted to ${he.join(', ')}`,
        h,
      );
    } else if (be && !he) {
      this.emit(
        'enum-removed',
        levelOf(this.direction, false),
        `${where} no longer restricted to ${be.join(', ')}`,
        h,
      );
    }
    if (b.format !== h.format) {
      // Adding a format narrows the accepted values, dropping it widens; int32 → int64 and
      // float → double widen (and back narrow); any other change neither contains the other.
      const widens = h.format === undefined || WIDER_FORMAT.get(b.format ?? '') === h.format;
      const narrows = b.format === undefined || WIDER_FORMAT.get(h.format ?? '') === b.format;
      const level = widens || narrows ? levelOf(this.direction, narrows) : 'breaking';
      this.emit(
        'format-changed',
        level,
        `${where} format ${b.format ?? '(none)'} → ${h.format ?? '(none)'}${formatBreak(this.direction, b.format, h.format, widens, narrows)}`,
        h,
      );
    }
    if (b.pattern !== h.pattern) {
      const level =
        b.pattern !== undefined && h.pattern !== undefined
          ? 'breaking'
          : levelOf(this.direction, h.pattern !== undefined);
      this.emit(
        'pattern-changed',
        level,
        `${where} pattern ${b.pattern ?? '(none)'} → ${h.pattern ?? '(none)'}`,
        h,
      );
    }
    if (b.multipleOf !== h.multipleOf) {
      this.emit(
        'multiple-of-changed',
        h.multipleOf === undefined ? levelOf(this.direction, false) : levelOf(this.direction, true),
        `${where} multipleOf ${b.multipleOf ?? '(none)'} → ${h.multipleOf ?? '(none)'}`,
        h,
      );
    }
    this.compareBounds(b, h, where);
    if (JSON.stringify(b.default) !== JSON.stringify(h.default)) {
      // A changed default changes what the server does for callers that omit the value.
      const level = this.direction === 'request' ? 'non-breaking' : 'info';
      this.report({
        code: `${this.prefix}-default-changed`,
        level,
        message: `${where} default ${JSON.stringify(b.default) ?? '(none)'} → ${JSON.stringify(h.default) ?? '(none)'}${
          // The SDKs never fill in defaults: the server decides for a call that leaves it out.
          this.direction === 'request'
            ? h.default === undefined
              ? ': calls that leave it out no longer get a documented value'
              : `: calls that leave it out now get ${JSON.stringify(h.default)} (the SDKs do not send defaults)`
            : ''
        }`,
        side: 'head',
        pointer: h.source,
        category: 'changed',
      });
    }
  }

  private compareBounds(b: SchemaIr, h: SchemaIr, where: string): void {
    const get = (s: SchemaIr, key: string): number | undefined =>
      (s as unknown as Record<string, number | undefined>)[key];
    for (const key of [...LOWER_BOUNDS, ...UPPER_BOUNDS]) {
      const bv = get(b, key);
      const hv = get(h, key);
      if (bv === hv) continue;
      const lower = (LOWER_BOUNDS as readonly string[]).includes(key);
      const narrowing =
        bv === undefined ? true : hv === undefined ? false : lower ? hv > bv : hv < bv;
      this.emit(
        narrowing ? 'bound-narrowed' : 'bound-widened',
        levelOf(this.direction, narrowing),
        `${where} ${key} ${bv ?? '(none)'} → ${hv ?? '(none)'}`,
        h,
      );
    }
  }
}

function describeKind(s: SchemaIr): string {
  return s.kind === 'ref' ? s.name : s.kind === 'union' ? s.mode : s.kind;
}

/** Why a sized format change breaks its reader or sender: the level alone does not say which values. */
function formatBreak(
  direction: Direction,
  b: string | undefined,
  h: string | undefined,
  widens: boolean,
  narrows: boolean,
): string {
  if (direction === 'response' && widens && b !== undefined && h !== undefined)
    return `: values outside ${b} may now come back`;
  if (direction === 'request' && narrows && b !== undefined && h !== undefined)
    return `: values outside ${h} are no longer accepted`;
  return '';
}
