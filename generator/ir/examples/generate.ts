/**
 * A value for a schema that validates at any depth. Each schema has a cost: the fewest levels a
 * valid value needs (computed once per component, to a fixed point, so recursion is understood).
 * Choices keep within a depth budget by taking only branches whose cost fits: optional properties
 * are left out, arrays stay empty where `minItems` allows, a union takes a variant that terminates,
 * and `null` is chosen for a nullable schema only when nothing else does. What no value can
 * satisfy is reported, with the schema's pointer, instead of being papered over with `null`.
 *
 * A value made only by steps that cannot break the schema (see `proven`) is valid by construction
 * and is not checked again: its scalars are tested here as Ajv tests them, and each structural
 * step (an object's properties, an array's length and distinct items, a union's one matching
 * variant, the merge of an `allOf`) either holds for every value or marks the value unproven, to
 * be checked by the validator as before.
 */
import { setMember } from '../../util/own-property.js';
import { hiddenIn } from '../directions.js';
import type {
  Json,
  NamedSchemaIr,
  ObjectSchema,
  PropertyIr,
  RefSchema,
  ScalarSchema,
  SchemaIr,
  UnionSchema,
} from '../types.js';
import type { ExampleDirection, ExampleValidator } from './validator.js';
import { stringForPattern } from './pattern.js';
import { ajvFormatTable, ajvRuntime } from '../../util/ajv.js';
import { sentInDirection } from '../json-schema.js';

/** Levels a generated value may nest at most (a cheaper branch is taken before a deeper one). */
const MAX_DEPTH = 24;
/**
 * Past this depth, or this many values, only the cheapest branches are taken (null where allowed,
 * empty arrays, the shallowest variant), so wide specs whose required fields refer to each other
 * (Stripe's expandable objects) stay small.
 */
const SOFT_DEPTH = 8;
const NODE_BUDGET = 400;
/** Arrays at or above this depth show one item when they may be empty (a list shows what it holds). */
const ITEM_DEPTH = 2;

/** Response examples show optional properties at the first two levels; request examples only required ones. */
const OPTIONAL_DEPTH: Record<ExampleDirection, number> = { request: -1, response: 1 };

const FORMATS: Record<string, string> = {
  'date-time': '2024-01-01T00:00:00Z',
  date: '2024-01-01',
  time: '12:00:00Z',
  duration: 'P1D',
  email: 'user@example.com',
  'idn-email': 'user@example.com',
  hostname: 'example.com',
  'idn-hostname': 'example.com',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
  uri: 'https://example.com/resource',
  url: 'https://example.com/resource',
  'uri-reference': 'https://example.com/resource',
  iri: 'https://example.com/resource',
  'iri-reference': 'https://example.com/resource',
  'uri-template': 'https://example.com/{id}',
  uuid: '00000000-0000-4000-8000-000000000000',
  byte: 'aGVsbG8=',
  binary: '',
  'json-pointer': '/a',
  'relative-json-pointer': '0',
  regex: '^a$',
  password: 'password',
};

export interface Unsatisfied {
  /** Pointer of the schema (in the bundled document) that no value satisfies. */
  source: string;
  message: string;
}

interface Walk {
  depth: number;
  /** Component names being expanded on the way here. */
  stack: readonly string[];
  direction: ExampleDirection;
  /** Index among siblings of a `uniqueItems` array, so items differ. */
  variant: number;
}

export class ExampleGenerator {
  private readonly byName = new Map<string, SchemaIr>();
  private readonly costs = new Map<string, number>();
  private unsatisfied: Unsatisfied[] = [];
  /**
   * Components found (this pass) to need a value of themselves inside every value: met again,
   * they stand for `null` at once (without this, each path into the cycle would be walked anew).
   */
  private endless = new Set<string>();
  private useOwn = true;
  private nodes = 0;
  /** Costs of nodes once the components' costs are final (the fixed point is done). */
  private settled = false;
  private readonly memo = new WeakMap<SchemaIr, number>();
  /**
   * Set when a step of the value being made may not satisfy its schema (a spec's own value, a
   * merge, a length past a bound…): the value is then checked, not taken as valid by construction.
   */
  private unproven = false;
  /** Object schemas whose property names are distinct and none `__proto__` (see `object`). */
  private readonly plainProperties = new WeakMap<ObjectSchema, boolean>();
  /**
   * Each scalar node's first value (variant 0) and whether Ajv accepts it: a component's scalars
   * are met again in every value that holds it (a Stripe-sized spec's resources, thousands of
   * times), and its value and the format and pattern tests depend on the node alone. A value made
   * with a failure is not kept: the failure is reported by each generation that meets it.
   */
  private readonly scalars = new WeakMap<ScalarSchema, { value: Json; valid: boolean }>();

  constructor(
    schemas: readonly NamedSchemaIr[],
    private readonly validator: Pick<ExampleValidator, 'check' | 'valid' | 'compiled'>,
  ) {
    for (const s of schemas) this.byName.set(s.name, s.schema);
    for (const s of schemas) this.costs.set(s.name, Infinity);
    // Fixed point: each round can only lower a cost; a component never lowered cannot terminate.
    for (let round = 0, changed = true; changed && round < 200; round++) {
      changed = false;
      for (const s of schemas) {
        const c = this.cost(s.schema);
        if (c < this.costs.get(s.name)!) {
          this.costs.set(s.name, c);
          changed = true;
        }
      }
    }
    this.settled = true;
  }

  /**
   * The value plus what could not be satisfied on the way (empty when it validates); `validated`
   * when it was checked against `schema` here already (the caller need not check it again).
   */
  generate(
    schema: SchemaIr,
    direction: ExampleDirection,
  ): { value: Json; unsatisfied: Unsatisfied[]; validated: boolean } {
    // First with the examples and defaults the spec writes on parts (realistic values); if that
    // whole does not validate, purely from the constraints.
    for (const useOwn of [true, false]) {
      this.unsatisfied = [];
      this.endless = new Set();
      this.useOwn = useOwn;
      this.nodes = 0;
      this.unproven = false;
      const value = this.gen(schema, { depth: 0, stack: [], direction, variant: 0 });
      // Valid by construction: what the validator would answer, without asking it.
      const proven = !this.unproven && this.unsatisfied.length === 0;
      if (!useOwn) return { value, unsatisfied: this.unsatisfied, validated: proven };
      if (
        this.unsatisfied.length === 0 &&
        (proven || this.validator.valid(schema, value, direction))
      )
        return { value, unsatisfied: this.unsatisfied, validated: true };
    }
    throw new Error('unreachable');
  }

  /** Fewest nesting levels of a valid value (Infinity: none terminates). */
  cost(s: SchemaIr, ignoreNull = false): number {
    if (s.nullable && !ignoreNull) return 0;
    if (!this.settled) return this.rawCost(s);
    let c = this.memo.get(s);
    if (c === undefined) this.memo.set(s, (c = this.rawCost(s)));
    return c;
  }

  private rawCost(s: SchemaIr): number {
    switch (s.kind) {
      case 'ref':
        return this.costs.get(s.name) ?? Infinity;
      case 'object':
        return s.properties.reduce(
          (max, p) => (p.required ? Math.max(max, 1 + this.cost(p.schema)) : max),
          0,
        );
      case 'array':
        return (s.minItems ?? 0) > 0 ? 1 + this.cost(s.items) : 0;
      case 'union':
        return s.variants.reduce((min, v) => Math.min(min, this.cost(v)), Infinity);
      case 'intersection':
        return s.parts.reduce((max, p) => Math.max(max, this.cost(p)), 0);
      case 'never':
        return Infinity;
      default:
        return 0;
    }
  }

  private fits(s: SchemaIr, w: Walk): boolean {
    return w.depth + 1 + this.cost(s) <= MAX_DEPTH;
  }

  /** Does the schema lead straight back into a component being expanded (a recursion)? */
  private recurses(s: SchemaIr, stack: readonly string[]): boolean {
    switch (s.kind) {
      case 'ref':
        return stack.includes(s.name);
      case 'array':
        return this.recurses(s.items, stack);
      case 'union':
        return s.variants.some((v) => this.recurses(v, stack));
      case 'intersection':
        return s.parts.some((p) => this.recurses(p, stack));
      default:
        return false;
    }
  }

  /**
   * A ref back into a component being expanded, when no finite value satisfies it (its cost is
   * Infinity) and no value of the spec's ends the walk there: every value would nest forever, so
   * this is where it stops (`null`, reported), unless the spec's own value for the component ends it
   * (see the caller). Each component from there on the stack is as endless:
   * the way here went only through what a value must hold (required properties, non-empty arrays,
   * all parts, a union none of whose variants terminates is refused before it is entered).
   */
  private selfRequired(s: RefSchema, w: Walk): boolean {
    const at = w.stack.indexOf(s.name);
    if (at < 0 || this.cost(s) !== Infinity) return false;
    for (const name of w.stack.slice(at)) this.endless.add(name);
    const cycle = [...w.stack.slice(at), s.name].join(' → ');
    this.fail(
      s,
      `every value of ${s.name} must hold another ${s.name} (${cycle}), through required properties, non-empty arrays or allOf parts: only an infinite value would satisfy it`,
    );
    return true;
  }

  private fail(s: SchemaIr, message: string): void {
    this.unsatisfied.push({ source: s.source, message });
  }

  /** Out of budget: from here on only the cheapest branches. */
  private tight(w: Walk): boolean {
    return w.depth >= SOFT_DEPTH || this.nodes > NODE_BUDGET;
  }

  private gen(s: SchemaIr, w: Walk): Json {
    this.nodes++;
    if (s.nullable) {
      const cost = this.cost(s, true);
      if (
        cost === Infinity ||
        w.depth + cost > MAX_DEPTH ||
        (s.kind === 'ref' && w.stack.includes(s.name)) ||
        (cost > 0 && this.tight(w))
      ) {
        if (!this.nullAccepted(s)) this.unproven = true;
        return null;
      }
    }
    // The spec's own value for this part, when asked (the whole result is validated by the caller,
    // unless it is a scalar that passes this part's own keywords).
    const own = this.useOwn && w.variant === 0 ? (s.examples[0] ?? s.default) : undefined;
    if (own !== undefined) {
      if (!isScalarSchema(s) || !scalarValid(s, own)) this.unproven = true;
      return own;
    }
    switch (s.kind) {
      case 'ref': {
        const target = this.byName.get(s.name);
        if (!target) {
          this.fail(s, `component ${s.name} is missing`);
          return null;
        }
        // The component's own value (asked for here) ends the walk wherever it is met.
        const ownEnds =
          this.useOwn && w.variant === 0 && (target.examples[0] ?? target.default) !== undefined;
        if (!ownEnds && (this.endless.has(s.name) || this.selfRequired(s, w))) return null;
        return this.gen(target, { ...w, stack: [...w.stack, s.name] });
      }
      case 'object':
        return this.object(s, w);
      case 'array': {
        let count = s.minItems ?? 0;
        if (
          count === 0 &&
          w.depth <= ITEM_DEPTH &&
          !this.tight(w) &&
          (s.maxItems ?? 1) >= 1 &&
          this.fits(s.items, w) &&
          !this.recurses(s.items, w.stack)
        )
          count = 1;
        if (count > 0 && this.cost(s.items) === Infinity)
          this.fail(s, `no value satisfies the items of this array (minItems ${count})`);
        const out: Json[] = [];
        for (let i = 0; i < count; i++)
          out.push(this.gen(s.items, { ...w, depth: w.depth + 1, variant: s.uniqueItems ? i : 0 }));
        if (count > (s.maxItems ?? Infinity) || (s.uniqueItems && !distinct(out)))
          this.unproven = true;
        return out;
      }
      case 'union':
        return this.union(s, w);
      case 'intersection': {
        // One part is its own value; the merge of several holds only for parts that are plain
        // objects declaring distinct properties and admitting any other key (see `mergeable`).
        if (s.parts.length > 1 && !this.mergeable(s.parts)) this.unproven = true;
        let merged: Json | undefined;
        for (const part of s.parts) {
          const v = this.gen(part, w);
          if (
            merged &&
            typeof merged === 'object' &&
            !Array.isArray(merged) &&
            v &&
            typeof v === 'object' &&
            !Array.isArray(v)
          )
            merged = { ...merged, ...v };
          else if (merged === undefined) merged = v;
          if (s.parts.length > 1 && !isPlainObject(v)) this.unproven = true;
        }
        return merged ?? {};
      }
      case 'any':
        return {};
      case 'never':
        this.fail(s, 'the schema admits no value');
        return null;
      default:
        return this.checkedScalar(s, w);
    }
  }

  private object(s: ObjectSchema, w: Walk): Json {
    const out: { [key: string]: Json } = {};
    const showOptional = w.depth <= OPTIONAL_DEPTH[w.direction] && !this.tight(w);
    const inner: Walk = { ...w, depth: w.depth + 1, variant: 0 };
    const max = s.maxProperties ?? Infinity;
    const min = s.minProperties ?? 0;
    // Not sent that way (ir/directions.ts): left out, required or not, as the SDKs' types leave it out.
    const hidden = (p: PropertyIr): boolean => hiddenIn(p.schema, w.direction);
    // The optional properties a value may show, worked out only where one may be shown.
    let optional: PropertyIr[] | undefined;
    const optionals = (): PropertyIr[] =>
      (optional ??= s.properties.filter(
        (p) =>
          !p.required && !hidden(p) && this.fits(p.schema, w) && !this.recurses(p.schema, w.stack),
      ));
    let shown: Set<PropertyIr> | undefined;
    for (const p of s.properties) {
      if (p.required) {
        if (!hidden(p)) setMember(out, p.name, this.gen(p.schema, inner));
      } else if (
        showOptional &&
        (shown ??= new Set(optionals())).has(p) &&
        (max === Infinity || Object.keys(out).length < max)
      )
        setMember(out, p.name, this.gen(p.schema, inner));
    }
    if (min > 0) {
      // Too few properties for `minProperties`: more optional ones, then extra keys of the map's shape.
      for (const p of optionals()) {
        if (Object.keys(out).length >= min) break;
        if (!Object.hasOwn(out, p.name)) setMember(out, p.name, this.gen(p.schema, inner));
      }
      // Extra keys (which may meet a declared name): unproven.
      if (Object.keys(out).length < min) this.unproven = true;
    }
    // More properties than allowed, or names Ajv reads otherwise: unproven.
    if ((max !== Infinity && Object.keys(out).length > max) || !this.plainNames(s))
      this.unproven = true;
    for (let i = 1; min > 0 && Object.keys(out).length < min; i++) {
      if (s.additionalProperties === false) {
        this.fail(s, `minProperties ${s.minProperties} cannot be met`);
        break;
      }
      out[`key${i}`] =
        s.additionalProperties === true || s.additionalProperties === undefined
          ? 'value'
          : this.gen(s.additionalProperties, inner);
    }
    return out;
  }

  private union(s: UnionSchema, w: Walk): Json {
    const byCost = (list: SchemaIr[]): SchemaIr[] =>
      [...list].sort((a, b) => this.cost(a) - this.cost(b));
    const fitting = s.variants.filter((v) => this.fits(v, w) && !this.recurses(v, w.stack));
    // Spec order reads best; out of budget, the shallowest variant first.
    const usable = this.tight(w) ? byCost(fitting) : fitting;
    // The cheapest of all only when none fits (sorted then, not for every union met).
    const cheapest = usable.length > 0 ? undefined : byCost(s.variants)[0];
    const candidates =
      usable.length > 0 ? usable : cheapest && this.cost(cheapest) < Infinity ? [cheapest] : [];
    if (candidates.length === 0) {
      this.fail(s, `no variant of this ${s.mode} admits a value`);
      return null;
    }
    let first: Json | undefined;
    const outer = this.unproven;
    for (const variant of candidates.slice(0, 6)) {
      this.unproven = false;
      let value = this.gen(variant, w);
      const d = s.discriminator;
      if (
        d &&
        variant.kind === 'ref' &&
        value &&
        typeof value === 'object' &&
        !Array.isArray(value)
      ) {
        // The discriminator names the variant (mapping value → component), whatever the property's own schema says.
        const key = Object.keys(d.mapping).find((k) => d.mapping[k] === variant.name);
        if (key !== undefined) {
          // A value the variant's own property did not have may not be one it accepts.
          if (value[d.propertyName] !== key) this.unproven = true;
          value = { ...value, [d.propertyName]: key };
        }
      }
      // oneOf wants exactly one match: proven when every other member (the `null` one of a
      // nullable union too) refuses the value (by its type, a constant, a required property…).
      if (s.mode === 'oneOf') {
        const index = s.variants.indexOf(variant);
        const exclusive =
          !(s.nullable && value === null) &&
          s.variants.every((other, i) => i === index || this.refuses(other, value, w.direction));
        if (!exclusive) this.unproven = true;
      }
      first ??= value;
      // A oneOf's value is otherwise checked, and one two variants accept is not yet an answer;
      // one the check accepts is valid (for the whole union, at any depth).
      if (
        s.mode === 'anyOf' ||
        d ||
        s.variants.length === 1 ||
        !this.unproven ||
        this.validator.valid(s, value, w.direction)
      ) {
        if (s.mode === 'oneOf' && !d && s.variants.length > 1) this.unproven = false;
        this.unproven ||= outer;
        return value;
      }
    }
    this.unproven = true;
    return first!;
  }

  /** Does the JSON Schema of `s` accept `null` (the value a nullable schema takes at the depth limit)? */
  private nullAccepted(s: SchemaIr): boolean {
    if (s.kind === 'never') return false;
    // A oneOf's own `null` member must be the only one accepting it.
    if (s.kind === 'union' && s.mode === 'oneOf')
      return s.variants.every((v) => this.refusesNull(v));
    return true;
  }

  /** Does the JSON Schema of `s` refuse `null`? (False when unsure.) */
  private refusesNull(s: SchemaIr, depth = 0): boolean {
    if (s.nullable || depth > 16) return false;
    switch (s.kind) {
      case 'object':
      case 'array':
      case 'never':
        return true;
      case 'ref': {
        const target = this.byName.get(s.name);
        return target !== undefined && this.refusesNull(target, depth + 1);
      }
      case 'intersection':
        return s.parts.some((p) => this.refusesNull(p, depth + 1));
      case 'union':
        return s.variants.every((v) => this.refusesNull(v, depth + 1));
      case 'any':
        return false;
      default:
        return s.kind !== 'null';
    }
  }

  /**
   * Does the JSON Schema of `other` (for `direction`) refuse `value`? By its type (through refs,
   * any of which may admit `null`), a `const` or closed `enum` without it, and for an object, a
   * required property it lacks, a property whose schema refuses its value, or a key `false`
   * additional properties refuse. False when unsure.
   */
  private refuses(other: SchemaIr, value: Json, direction: ExampleDirection, depth = 0): boolean {
    if (depth > 8) return false;
    if (value === null) return this.refusesNull(other);
    const target = this.resolve(other);
    if (!target) return false;
    switch (target.kind) {
      case 'never':
        return true;
      case 'array':
        return !Array.isArray(value);
      case 'object': {
        if (!isPlainObject(value)) return true;
        // (Ajv's `properties` never reads a property named `__proto__`: it is left out.)
        const declared = new Map<string, SchemaIr>();
        for (const p of target.properties) {
          if (p.name === '__proto__') continue;
          declared.set(p.name, p.schema);
          if (p.required && sentInDirection(p.schema, direction) && !Object.hasOwn(value, p.name))
            return true;
        }
        for (const [name, schema] of declared)
          if (
            Object.hasOwn(value, name) &&
            this.refuses(schema, value[name]!, direction, depth + 1)
          )
            return true;
        return (
          target.additionalProperties === false &&
          Object.keys(value).some((key) => key !== '__proto__' && !declared.has(key))
        );
      }
      case 'union':
        return target.variants.every((v) => this.refuses(v, value, direction, depth + 1));
      case 'intersection':
        return target.parts.some((p) => this.refuses(p, value, direction, depth + 1));
      case 'any':
      case 'ref':
        return false;
      default: {
        const typed =
          target.kind === 'integer'
            ? typeof value === 'number' && Number.isInteger(value)
            : target.kind !== 'null' && typeof value === target.kind;
        if (!typed) return true;
        const { equal } = ajvRuntime();
        if (target.const !== undefined) return !equal(value, target.const);
        return (
          target.enum !== undefined && !target.openEnum && !target.enum.some((v) => equal(value, v))
        );
      }
    }
  }

  /** The schema a ref leads to (through refs), or the schema itself. */
  private resolve(s: SchemaIr): SchemaIr | undefined {
    let current: SchemaIr | undefined = s;
    for (let hops = 0; current?.kind === 'ref' && hops < 16; hops++)
      current = this.byName.get(current.name);
    return current?.kind === 'ref' ? undefined : current;
  }

  /**
   * Can the parts' values be merged into one valid value? When each part is (by refs) an object
   * schema admitting any other key, bounding no property count, and no two declare one name:
   * each part then sees its own properties as made for it, and the others' as extra keys it admits.
   */
  private mergeable(parts: SchemaIr[]): boolean {
    const names = new Set<string>();
    for (const part of parts) {
      const target = this.resolve(part);
      if (target?.kind !== 'object') return false;
      if (target.additionalProperties !== undefined && target.additionalProperties !== true)
        return false;
      if (target.minProperties !== undefined || target.maxProperties !== undefined) return false;
      for (const p of target.properties) {
        if (names.has(p.name)) return false;
        names.add(p.name);
      }
    }
    return true;
  }

  /** Property names distinct and none `__proto__` (which Ajv's `properties` never reads). */
  private plainNames(s: ObjectSchema): boolean {
    let known = this.plainProperties.get(s);
    if (known === undefined) {
      const names = new Set(s.properties.map((p) => p.name));
      known = names.size === s.properties.length && !names.has('__proto__');
      this.plainProperties.set(s, known);
    }
    return known;
  }

  /** A scalar's value, marked unproven when Ajv would not accept it. */
  private checkedScalar(s: ScalarSchema, w: Walk): Json {
    const first = w.variant === 0;
    const known = first ? this.scalars.get(s) : undefined;
    if (known) {
      if (!known.valid) this.unproven = true;
      return known.value;
    }
    const failures = this.unsatisfied.length;
    const value = this.scalar(s, w);
    const valid = scalarValid(s, value);
    if (!valid) this.unproven = true;
    if (first && this.unsatisfied.length === failures) this.scalars.set(s, { value, valid });
    return value;
  }

  private scalar(s: ScalarSchema, w: Walk): Json {
    const n = w.variant;
    if (s.const !== undefined) return s.const;
    const choices = (s.enum ?? []).filter((v) => v !== null);
    if (s.enum) {
      if (choices.length > 0) return choices[n % choices.length]!;
      if (s.enum.includes(null)) return null;
      this.fail(s, 'the enum is empty');
      return null;
    }
    switch (s.kind) {
      case 'boolean':
        return n % 2 === 0;
      case 'null':
        return null;
      case 'integer':
      case 'number':
        return this.number(s, n);
      default:
        return this.string(s, n);
    }
  }

  private string(s: ScalarSchema, n: number): string {
    const min = s.minLength ?? 0;
    const max = s.maxLength ?? Infinity;
    const suffix = n > 0 ? String(n) : '';
    if (s.pattern !== undefined) {
      const hit = stringForPattern(s.pattern, min, max);
      if (hit !== undefined) return hit;
      this.fail(s, `no string generated for the pattern ${s.pattern} (length ${min}..${max})`);
    }
    const byFormat = s.format !== undefined ? FORMATS[s.format] : undefined;
    if (byFormat !== undefined && byFormat.length >= min && byFormat.length <= max && !suffix)
      return byFormat;
    let text = `string${suffix}`;
    if (text.length < min) text = text.padEnd(min, 'x');
    if (text.length > max) text = text.slice(text.length - max);
    return text;
  }

  private number(s: ScalarSchema, n: number): number {
    const integer = s.kind === 'integer';
    const step = s.multipleOf ?? 1;
    const lo = Math.max(s.minimum ?? -Infinity, s.exclusiveMinimum ?? -Infinity);
    const hi = Math.min(s.maximum ?? Infinity, s.exclusiveMaximum ?? Infinity);
    const ok = (v: number): boolean =>
      (s.minimum === undefined || v >= s.minimum) &&
      (s.maximum === undefined || v <= s.maximum) &&
      (s.exclusiveMinimum === undefined || v > s.exclusiveMinimum) &&
      (s.exclusiveMaximum === undefined || v < s.exclusiveMaximum) &&
      (!integer || Number.isInteger(v)) &&
      (s.multipleOf === undefined ||
        Math.abs(v / s.multipleOf - Math.round(v / s.multipleOf)) < 1e-9);
    const snap = (v: number): number => {
      let out =
        s.multipleOf !== undefined
          ? Math.ceil(v / s.multipleOf - 1e-9) * s.multipleOf
          : integer
            ? Math.ceil(v)
            : v;
      if (!ok(out)) out += s.multipleOf ?? (integer ? 1 : 0);
      return Number(out.toPrecision(12));
    };
    const starts: number[] = [];
    if (lo > -Infinity) starts.push(lo, lo + step);
    if (hi < Infinity)
      starts.push(hi < 1 ? hi - step * (hi === s.exclusiveMaximum ? 1 : 0) : 1, hi);
    if (lo > -Infinity && hi < Infinity) starts.push((lo + hi) / 2);
    starts.push(1, step, 0);
    for (const start of starts) {
      const v = snap(start + n * step);
      if (ok(v)) return v;
    }
    this.fail(s, `no ${s.kind} satisfies the bounds`);
    return lo > -Infinity ? lo : 0;
  }
}

const isPlainObject = (v: Json): v is { [key: string]: Json } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function isScalarSchema(s: SchemaIr): s is ScalarSchema {
  return (
    s.kind === 'string' ||
    s.kind === 'number' ||
    s.kind === 'integer' ||
    s.kind === 'boolean' ||
    s.kind === 'null'
  );
}

/** Are the items pairwise different (Ajv's equality), as `uniqueItems` wants? */
function distinct(items: Json[]): boolean {
  const { equal } = ajvRuntime();
  for (let i = 0; i < items.length; i++)
    for (let j = 0; j < i; j++) if (equal(items[i], items[j])) return false;
  return true;
}

const patterns = new Map<string, RegExp | null>();
let runtime: ReturnType<typeof ajvRuntime> | undefined;

/**
 * Does a scalar value satisfy the JSON Schema json-schema.ts writes for `s`, as Ajv reads it (its
 * type, `const` or closed `enum`, `null` when nullable, and the keywords that apply to the value's
 * type: string ones to strings, number ones to numbers, a format to values of the format's type)?
 * False also when unsure (a pattern Ajv would not compile, a format test that throws).
 */
export function scalarValid(s: ScalarSchema, value: Json): boolean {
  const { equal, ucs2length } = (runtime ??= ajvRuntime());
  if (value === null) {
    if (!s.nullable && s.kind !== 'null') return false;
  } else {
    const typed =
      s.kind === 'integer'
        ? typeof value === 'number' && Number.isInteger(value)
        : s.kind === 'null'
          ? false
          : typeof value === s.kind;
    if (!typed) return false;
  }
  if (s.const !== undefined) {
    if (!equal(value, s.const) && !(s.nullable && value === null)) return false;
  } else if (s.enum !== undefined && !s.openEnum) {
    if (!s.enum.some((v) => equal(value, v)) && !(s.nullable && value === null)) return false;
  }
  if (s.format !== undefined && (typeof value === 'string' || typeof value === 'number')) {
    const table = ajvFormatTable();
    const def = Object.hasOwn(table, s.format) ? table[s.format] : undefined;
    if (def !== undefined && def !== true) {
      const object = typeof def === 'object' && !(def instanceof RegExp);
      if (object && def.async) return false;
      const type = object ? (def.type ?? 'string') : 'string';
      if (type === typeof value) {
        const test = object ? def.validate : def;
        try {
          const ok =
            test instanceof RegExp
              ? test.test(value as string)
              : typeof test === 'function'
                ? object
                  ? (def as { validate: (data: Json) => unknown }).validate(value)
                  : (test as (data: Json) => unknown)(value)
                : false;
          if (!ok) return false;
        } catch {
          return false;
        }
      }
    }
  }
  if (typeof value === 'string') {
    if (s.minLength !== undefined && ucs2length(value) < s.minLength) return false;
    if (s.maxLength !== undefined && ucs2length(value) > s.maxLength) return false;
    if (s.pattern !== undefined) {
      let re = patterns.get(s.pattern);
      if (re === undefined) {
        try {
          re = new RegExp(s.pattern, 'u');
        } catch {
          re = null;
        }
        // Bounded: a watch session keeps the module for its whole life.
        if (patterns.size >= 4096) patterns.clear();
        patterns.set(s.pattern, re);
      }
      if (!re?.test(value)) return false;
    }
  }
  if (typeof value === 'number') {
    if (s.minimum !== undefined && !(value >= s.minimum)) return false;
    if (s.maximum !== undefined && !(value <= s.maximum)) return false;
    if (s.exclusiveMinimum !== undefined && !(value > s.exclusiveMinimum)) return false;
    if (s.exclusiveMaximum !== undefined && !(value < s.exclusiveMaximum)) return false;
    if (s.multipleOf !== undefined) {
      // Ajv's test, to the letter.
      const res = value / s.multipleOf;
      if (s.multipleOf === 0 || res !== parseInt(res as unknown as string)) return false;
    }
  }
  return true;
}
