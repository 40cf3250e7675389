/**
 * Python types from the IR's schemas, two views of each:
 * - responses: pydantic v2 models (`extra='allow'`, snake_case attributes with the wire name as
 *   alias), enums read as their base type so a new vendor value is not an error (an untyped
 *   enum of several kinds is one `Literal`: see `literalUnion`; a miss is kept by _models.py);
 * - requests: TypedDicts keyed by wire names, enums as `Literal`s, files as `FileInput`.
 * Each view leaves out what does not travel its way (readOnly properties from requests, writeOnly
 * ones from responses: ir/directions.ts), so the modules split what the TypeScript SDK's
 * `…Input` / `…Output` types do and need no names of their own.
 * The two views live in two modules (`types`, `params`), so both keep the TypeScript type name of a
 * component; inline objects are named after where they sit (`<Parent><Property>`, `<Parent>Item`),
 * and a name taken twice in one module is an error, never a silent suffix. Annotations carry
 * markers (see `ref`) that each module resolves to a bare or a module-qualified name.
 * Here, not in emit/python/: an inline type is named as it is defined, and the method plans
 * (python-plan.ts), the Python call printer, the docs and `diff` read those names too.
 */
import type {
  ApiIr,
  IntersectionSchema,
  Json,
  NamedSchemaIr,
  ObjectSchema,
  PropertyIr,
  ScalarSchema,
  SchemaIr,
  UnionSchema,
} from '../../ir/types.js';
import { pascalCase } from '../../ir/names.js';
import { hiddenIn } from '../../ir/directions.js';
import { extraKeysOf } from '../../ir/object-shape.js';
import { compareCodePoints as cmp } from '../../util/compare.js';
import type { EmitMemo } from '../../incremental/memo.js';
import { docstring, pythonTypeName, snakeCase, uniqueIdentifier } from './python-naming.js';
import { pyLiteral, pyString } from './python-literal.js';

export class PythonEmitError extends Error {}

/** Attribute names pydantic's BaseModel (and our Model base) already uses. */
const MODEL_MEMBERS = new Set([
  'copy',
  'dict',
  'json',
  'schema',
  'schema_json',
  'construct',
  'validate',
  'fields',
  'to_dict',
  'parse_obj',
  'parse_raw',
  'parse_file',
  'from_orm',
  'update_forward_refs',
]);

type Side = 'model' | 'param';

/** A reference to a generated type, resolved per module by `resolveRefs`. */
function ref(side: Side, name: string): string {
  return `\u0001${side}:${name}\u0002`;
}

const MARKER = /\u0001(model|param):([A-Za-z0-9_]+)\u0002/g;

/** Markers → names: bare inside the module that defines them, `types.X` / `params.X` elsewhere. */
export function resolveRefs(text: string, here: Side | 'client'): string {
  return text.replace(
    /\u0001(model|param):([A-Za-z0-9_]+)\u0002/g,
    (_m, side: Side, name: string) =>
      side === here ? name : `${side === 'model' ? 'types' : 'params'}.${name}`,
  );
}

/** A definition's code with its markers resolved, per module (definitions are never changed once made). */
const resolved: Record<Side, WeakMap<Definition, string>> = {
  model: new WeakMap(),
  param: new WeakMap(),
};

function resolvedCode(def: Definition, side: Side): string {
  let code = resolved[side].get(def);
  if (code === undefined) resolved[side].set(def, (code = resolveRefs(def.code, side)));
  return code;
}

export interface ModelField {
  /** The Python attribute (snake_case, clear of pydantic's own names). */
  attr: string;
  /** Its annotation as the class declares it, with type markers. */
  type: string;
}

interface Definition {
  name: string;
  /** Source code of the class / alias. */
  code: string;
  /** Aliases are evaluated at import: they come after the classes they name. */
  kind: 'class' | 'alias';
}

export class PythonTypes {
  private readonly named: Map<string, NamedSchemaIr>;
  private readonly defs: Record<Side, Map<string, Definition>> = {
    model: new Map(),
    param: new Map(),
  };
  /** Per module: name → schema source that claimed it (inline names must not collide). */
  private readonly owners: Record<Side, Map<string, string>> = {
    model: new Map(),
    param: new Map(),
  };
  private bySource = new Map<string, string>();
  /** Each response model class's attributes and their annotations (with markers), for typed page fields. */
  private fields = new Map<string, ModelField[]>();
  /** Operation types (`<Stem>Response`) that alias another annotation: name → that annotation. */
  private readonly operationAliases = new Map<string, string>();
  /** The instance this one copied its named schemas' definitions from (a watch session's). */
  private readonly base?: PythonTypes;

  /**
   * `schemasDefined`: an instance made for the same named schemas and not yet planned with, copied
   * instead. `defineNamed: false`: every component's name claimed, none defined (their classes are
   * most of the work): annotations and plans as the SDK has them, but no modules to print.
   */
  constructor(ir: ApiIr, schemasDefined?: PythonTypes, defineNamed = true) {
    this.named = new Map(ir.schemas.map((s) => [s.name, s]));
    if (schemasDefined) {
      for (const side of ['model', 'param'] as const) {
        this.defs[side] = new Map(schemasDefined.defs[side]);
        this.owners[side] = new Map(schemasDefined.owners[side]);
      }
      this.bySource = new Map(schemasDefined.bySource);
      this.fields = new Map(schemasDefined.fields);
      this.base = schemasDefined;
      return;
    }
    for (const s of ir.schemas) {
      this.claim('model', pythonTypeName(s.typeName), s.source);
      this.claim('param', pythonTypeName(s.typeName), s.source);
    }
    if (!defineNamed) return;
    for (const s of ir.schemas) {
      this.defineNamed(s, 'model');
      this.defineNamed(s, 'param');
    }
  }

  /**
   * An inline object's class is named after where it sits (`Parent` + `Property`); a component
   * keeps its own name, so an inline class whose name a component (or another inline class)
   * already holds takes the first free numbered name (`Resource0Settings2`).
   */
  private freeName(side: Side, base: string, owner: string): string {
    const taken = (name: string) => {
      const other = this.owners[side].get(name);
      return other !== undefined && other !== owner;
    };
    let name = pythonTypeName(base);
    for (let n = 2; taken(name); n++) name = `${base}${n}`;
    return name;
  }

  private claim(side: Side, name: string, owner: string): void {
    const other = this.owners[side].get(name);
    if (other !== undefined && other !== owner)
      throw new PythonEmitError(
        `Python type name ${name} (${side === 'model' ? 'types' : 'params'}) is used by ${other} and ${owner}`,
      );
    this.owners[side].set(name, owner);
  }

  resolve(schema: SchemaIr, depth = 0): SchemaIr {
    if (schema.kind !== 'ref' || depth > 16) return schema;
    const target = this.named.get(schema.name);
    return target ? this.resolve(target.schema, depth + 1) : schema;
  }

  /** The annotation for a schema used at `context` (a PascalCase stem for inline names). */
  annotation(schema: SchemaIr, side: Side, context: string): string {
    const inner = this.bare(schema, side, context);
    return schema.nullable && inner !== 'None' && inner !== 'Any' ? `Optional[${inner}]` : inner;
  }

  private bare(schema: SchemaIr, side: Side, context: string): string {
    switch (schema.kind) {
      case 'ref': {
        const target = this.named.get(schema.name);
        if (!target) return 'Any';
        const resolved = this.resolve(target.schema);
        if (side === 'model' && isScalar(resolved)) return this.bare(resolved, side, context);
        return ref(side, pythonTypeName(target.typeName));
      }
      case 'string':
        if (schema.binary && side === 'param') return 'FileInput';
        return this.enumOr(schema, side, 'str');
      case 'integer':
        return this.enumOr(schema, side, 'int');
      case 'number':
        return this.enumOr(schema, side, 'float');
      case 'boolean':
        return this.enumOr(schema, side, 'bool');
      case 'null':
        return 'None';
      case 'array':
        return `List[${this.annotation(schema.items, side, `${context}Item`)}]`;
      case 'object':
        if (schema.properties.length === 0) {
          const extra = extraKeysOf(schema);
          if (typeof extra === 'string') return 'Dict[str, Any]';
          const arms = unique(
            extra.map((v, i) =>
              this.annotation(v, side, `${context}Value${extra.length > 1 ? i + 1 : ''}`),
            ),
          );
          if (arms.includes('Any')) return 'Dict[str, Any]';
          return `Dict[str, ${arms.length === 1 ? arms[0]! : `Union[${arms.join(', ')}]`}]`;
        }
        return this.inlineClass(schema, side, context);
      case 'union': {
        const literals = this.literalUnion(schema.variants);
        // pydantic's Literal reads 1.0 as True and True as 1: responses keep their JSON type.
        if (literals)
          return side === 'model' && literals.includes('Literal[')
            ? `Annotated[${literals}, _SameJsonType]`
            : literals;
        const arms = unique(
          schema.variants.map((v, i) => this.annotation(v, side, `${context}Variant${i + 1}`)),
        );
        if (arms.includes('Any')) return 'Any';
        return arms.length === 1 ? arms[0]! : `Union[${arms.join(', ')}]`;
      }
      case 'intersection': {
        const props = this.mergedProperties(schema);
        if (!props) return this.variantClasses(schema, side, context) ?? 'Any';
        return this.inlineClass(
          {
            ...schema,
            kind: 'object',
            properties: props,
            additionalProperties: true,
            source: schema.source,
          } as ObjectSchema,
          side,
          context,
        );
      }
      default:
        return 'Any';
    }
  }

  private enumOr(
    schema: SchemaIr & { enum?: Json[]; const?: Json; openEnum?: boolean },
    side: Side,
    base: string,
  ): string {
    const values = schema.const !== undefined ? [schema.const] : schema.enum;
    if (side === 'model' || !values || values.length === 0) return base;
    // An open enum (model names, voices) lists known values of an open set: other values pass too.
    return literalType(values, schema.openEnum ? base : undefined) ?? base;
  }

  /**
   * A union whose every variant is a closed scalar enum (an untyped `enum: [1, "1", true]`, split
   * by kind in the IR) as one `Literal`, on both sides, as the TypeScript SDK's union of literals:
   * base types would read `1` as `1.0` or `True` as `1`. Undefined for any other union.
   */
  private literalUnion(variants: SchemaIr[]): string | undefined {
    const values: Json[] = [];
    for (const v of variants) {
      const s = this.resolve(v);
      if (!isScalar(s)) return undefined;
      const scalar = s as ScalarSchema;
      const own = scalar.const !== undefined ? [scalar.const] : scalar.enum;
      if (!own || own.length === 0 || scalar.openEnum || scalar.binary) return undefined;
      values.push(...own);
    }
    return values.length > 0 ? literalType(values) : undefined;
  }

  /** Properties of an allOf whose parts are all objects (after refs); undefined otherwise. */
  mergedProperties(schema: SchemaIr, depth = 0): PropertyIr[] | undefined {
    if (depth > 16) return undefined;
    const s = this.resolve(schema);
    if (s.kind === 'object') return s.properties;
    if (s.kind !== 'intersection') return undefined;
    const out = new Map<string, PropertyIr>();
    for (const part of s.parts) {
      const props = this.mergedProperties(part, depth + 1);
      if (!props) return undefined;
      for (const p of props)
        out.set(p.name, { ...p, required: p.required || (out.get(p.name)?.required ?? false) });
    }
    return [...out.values()];
  }

  /**
   * An allOf with one oneOf/anyOf part (a parent's own properties beside its variants, as OpenAPI
   * writes a discriminated base) as a union of one class per variant, each with the other parts'
   * properties too (`PetDog`, `PetCat`) — the TypeScript type distributes the same way. The
   * discriminator's values that name a variant narrow its tag property (a `Literal` in requests).
   */
  private variantClasses(
    schema: IntersectionSchema,
    side: Side,
    context: string,
  ): string | undefined {
    const unions = schema.parts.filter((p) => this.resolve(p).kind === 'union');
    if (unions.length !== 1) return undefined;
    const union = this.resolve(unions[0]!) as UnionSchema;
    const common = this.mergedProperties({
      ...schema,
      parts: schema.parts.filter((p) => p !== unions[0]),
    });
    if (!common || union.variants.length === 0) return undefined;
    const d = union.discriminator;
    const arms: string[] = [];
    for (const [i, variant] of union.variants.entries()) {
      const own = this.mergedProperties(variant);
      if (!own) return undefined;
      const byName = new Map(common.map((p) => [p.name, p]));
      for (const p of own)
        byName.set(p.name, {
          ...p,
          required: p.required || (byName.get(p.name)?.required ?? false),
        });
      const values =
        d && variant.kind === 'ref'
          ? Object.keys(d.mapping).filter((value) => d.mapping[value] === variant.name)
          : [];
      const tag = d ? byName.get(d.propertyName) : undefined;
      const tagType = tag && this.resolve(tag.schema);
      if (tag && tagType?.kind === 'string' && values.length > 0)
        byName.set(tag.name, {
          ...tag,
          schema: { ...tagType, enum: values, const: undefined, openEnum: false },
        });
      const label =
        variant.kind === 'ref'
          ? pythonTypeName(this.named.get(variant.name)?.typeName ?? variant.name)
          : `Variant${i + 1}`;
      arms.push(
        this.inlineClass(
          {
            kind: 'object',
            properties: [...byName.values()],
            additionalProperties: true,
            nullable: false,
            source: `${schema.source}\u0000${i}`,
            description: schema.description,
          } as ObjectSchema,
          side,
          `${context}${label}`,
        ),
      );
    }
    const annotation = arms.length === 1 ? arms[0]! : `Union[${unique(arms).join(', ')}]`;
    return union.nullable ? `Optional[${annotation}]` : annotation;
  }

  private inlineClass(schema: ObjectSchema, side: Side, context: string): string {
    const key = `${side}:${schema.source}`;
    const known = this.bySource.get(key);
    if (known) return known;
    const name = this.freeName(side, context, schema.source);
    this.claim(side, name, schema.source);
    this.bySource.set(key, ref(side, name));
    this.defs[side].set(name, {
      name,
      kind: 'class',
      code:
        side === 'model'
          ? this.modelClass(name, schema.properties, schema)
          : this.typedDict(name, schema.properties, schema),
    });
    return ref(side, name);
  }

  private defineNamed(s: NamedSchemaIr, side: Side): void {
    const resolved = s.schema;
    const name = pythonTypeName(s.typeName);
    if (this.defs[side].has(name)) return;
    const props =
      resolved.kind === 'object' && resolved.properties.length > 0
        ? resolved.properties
        : resolved.kind === 'intersection'
          ? this.mergedProperties(resolved)
          : undefined;
    if (props) {
      this.bySource.set(`${side}:${s.source}`, ref(side, name));
      this.defs[side].set(name, {
        name,
        kind: 'class',
        code:
          side === 'model'
            ? this.modelClass(name, props, resolved)
            : this.typedDict(name, props, resolved),
      });
      return;
    }
    if (side === 'model' && isScalar(this.resolve(resolved))) return; // responses read scalars as their base type
    const annotation = this.annotation(resolved, side, name);
    this.defs[side].set(name, {
      name,
      kind: 'alias',
      code: `${aliasDoc(resolved)}${name} = ${annotation}\n`,
    });
  }

  private modelClass(name: string, all: PropertyIr[], schema: SchemaIr): string {
    // A response never brings a writeOnly property back (ir/directions.ts).
    const props = all.filter((p) => !hiddenIn(p.schema, 'response'));
    const taken = new Set<string>();
    const fields: ModelField[] = [];
    this.fields.set(name, fields);
    const lines = [
      `class ${name}(_Model):\n`,
      docstring([schema.title, schema.description], '    '),
    ];
    for (const p of props) {
      let attr = snakeCase(p.name);
      if (MODEL_MEMBERS.has(attr) || attr.startsWith('model_') || attr.startsWith('_'))
        attr = `${attr.replace(/^_+/, '')}_`;
      attr = uniqueIdentifier(attr, taken);
      const type = this.annotation(p.schema, 'model', `${name}${pascalCase(p.name) || 'Field'}`);
      const optional =
        !p.required && !type.startsWith('Optional[') && type !== 'Any' && type !== 'None'
          ? `Optional[${type}]`
          : type;
      fields.push({ attr, type: p.required ? type : optional });
      const args = [p.required ? '...' : 'None'];
      if (attr !== p.name) args.push(`alias=${pyString(p.name)}`);
      lines.push(
        `    ${attr}: ${p.required ? type : optional}${args.length > 1 || !p.required ? ` = Field(${args.join(', ')})` : ''}\n`,
      );
      const doc = docstring([p.schema.description ?? this.resolve(p.schema).description], '    ');
      if (doc) lines.push(doc);
    }
    if (props.length === 0) lines.push('    pass\n');
    return lines.join('');
  }

  private typedDict(name: string, props: PropertyIr[], schema: SchemaIr): string {
    // A request never sends a readOnly property (ir/directions.ts): the server sets it.
    const sent = props.filter((p) => !hiddenIn(p.schema, 'request'));
    const entries = sent.map((p) => {
      const type = this.annotation(p.schema, 'param', `${name}${pascalCase(p.name) || 'Field'}`);
      // Quoted (a forward reference), keeping the type markers intact for resolveRefs.
      const quoted = `'${(p.required ? `Required[${type}]` : `NotRequired[${type}]`).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
      return `    ${pyString(p.name)}: ${quoted},\n`;
    });
    const doc = [schema.title, schema.description].filter(Boolean).join('\n\n');
    const comment = doc
      ? doc
          .split('\n')
          .map((l) => `# ${l}`.trimEnd())
          .join('\n') + '\n'
      : '';
    return `${comment}${name} = TypedDict(${pyString(name)}, {\n${entries.join('')}}, total=False)\n`;
  }

  /** The attributes of the response model class an annotation names, or undefined when it names none. */
  modelFields(annotation: string): readonly ModelField[] | undefined {
    const name = /^\u0001model:([A-Za-z0-9_]+)\u0002$/.exec(annotation)?.[1];
    if (name === undefined) return undefined;
    const alias = this.operationAliases.get(name);
    return alias === undefined ? this.fields.get(name) : this.modelFields(alias);
  }

  /** Registers an operation-level type (`<Stem>Response`, `<Stem>Chunk`, `<Stem>ErrorBody`) in `types`: an alias to a component, or a class of its own. */
  operationType(schema: SchemaIr, name: string): string {
    const annotation = this.annotation(schema, 'model', name);
    if (annotation === ref('model', name)) return annotation;
    this.claim('model', name, `operation type ${name}`);
    this.operationAliases.set(name, annotation);
    if (!this.defs.model.has(name))
      this.defs.model.set(name, { name, kind: 'alias', code: `${name} = ${annotation}\n` });
    return ref('model', name);
  }

  /**
   * A module body (`types` or `params`). In a watch session kept while the named schemas (the
   * memo's shared key, which the copied definitions are of) and the definitions the operations
   * added are the same: most edits add the same ones again.
   */
  module(side: Side, memo?: EmitMemo): { code: string; names: string[] } {
    if (!memo || !this.base) return this.moduleNow(side);
    const copied = this.base.defs[side];
    const added = [...this.defs[side].values()]
      .filter((d) => copied.get(d.name) !== d)
      .map((d) => `${d.kind}\0${d.name}\0${d.code}`);
    const key = `python:module\0${side}\0${memo.keys.shared}\0${added.join('\0')}`;
    return memo.get(key, () => this.moduleNow(side));
  }

  /** Each definition of `side` by name, with the names of that side its code refers to. */
  references(side: Side): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const [name, def] of this.defs[side]) {
      const refs = new Set<string>();
      for (const m of def.code.matchAll(MARKER)) if (m[1] === side) refs.add(m[2]!);
      refs.delete(name);
      out.set(name, [...refs].sort(cmp));
    }
    return out;
  }

  /**
   * Classes, then aliases in dependency order. No model is built here: the models defer their
   * validators to first use (`_models.py`), where forward references resolve against this module.
   */
  private moduleNow(side: Side): { code: string; names: string[] } {
    return this.definitionsCode(side, [...this.defs[side].keys()]);
  }

  /** The definitions of `names` (of one module of `side`), classes then aliases. */
  definitionsCode(side: Side, names: readonly string[]): { code: string; names: string[] } {
    const all = this.defs[side];
    const defs = new Map(names.map((n) => [n, all.get(n)!]));
    const classes = [...defs.values()]
      .filter((d) => d.kind === 'class')
      .sort((a, b) => cmp(a.name, b.name));
    const aliases = orderAliases(
      [...defs.values()].filter((d) => d.kind === 'alias').sort((a, b) => cmp(a.name, b.name)),
    );
    // Resolved definition by definition (a marker never spans two): a watch session's copied
    // definitions (`schemasDefined`) are not scanned again.
    const code = [
      ...classes.map((c) => resolvedCode(c, side)),
      ...aliases.map((a) => resolvedCode(a, side)),
    ].join('\n');
    return { code, names: [...defs.keys()].sort(cmp) };
  }
}

/**
 * `Literal[...]` of enum values (`null` is the annotation's `Optional`). A fraction cannot be a
 * `Literal` member: with one, `float` joins the union, as `open` (the base type of an open enum) does.
 */
function literalType(values: Json[], open?: string): string | undefined {
  const members = values.filter(
    (v) => v !== null && (typeof v !== 'number' || Number.isInteger(v)),
  );
  const rest = unique([
    ...(values.some((v) => typeof v === 'number' && !Number.isInteger(v)) ? ['float'] : []),
    ...(open ? [open] : []),
  ]);
  if (members.length === 0) return rest.length === 1 ? rest[0] : undefined;
  const known = `Literal[${members.map((m) => pyLiteral(m)).join(', ')}]`;
  return rest.length ? `Union[${[known, ...rest].join(', ')}]` : known;
}

/**
 * The `types` name a body schema reads as in the Python SDK (`types.SpecialEvent`): only a named
 * schema that has a model there (a scalar one reads as its base type, an inline one has no name).
 */
export function pythonModelOf(ir: ApiIr, schema: SchemaIr): string | undefined {
  if (schema.kind !== 'ref') return undefined;
  const name = resolveRefs(
    new PythonTypes(ir, undefined, false).annotation(schema, 'model', ''),
    'client',
  );
  return /^types\.\w+$/.test(name) ? name : undefined;
}

function isScalar(schema: SchemaIr): boolean {
  return (
    schema.kind === 'string' ||
    schema.kind === 'integer' ||
    schema.kind === 'number' ||
    schema.kind === 'boolean'
  );
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function aliasDoc(schema: SchemaIr): string {
  const doc = [schema.title, schema.description]
    .filter(Boolean)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return doc ? `# ${doc}\n` : '';
}

/** Aliases referring to other aliases come after them (a cycle keeps the sorted order). */
function orderAliases(aliases: Definition[]): Definition[] {
  const names = new Set(aliases.map((a) => a.name));
  const out: Definition[] = [];
  const placed = new Set<string>();
  const visiting = new Set<string>();
  const byName = new Map(aliases.map((a) => [a.name, a]));
  const visit = (a: Definition): void => {
    if (placed.has(a.name) || visiting.has(a.name)) return;
    visiting.add(a.name);
    const rhs = a.code.slice(a.code.lastIndexOf(`${a.name} = `) + a.name.length + 3);
    for (const ref of rhs.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [])
      if (names.has(ref) && ref !== a.name) visit(byName.get(ref)!);
    visiting.delete(a.name);
    placed.add(a.name);
    out.push(a);
  };
  aliases.forEach(visit);
  return out;
}
