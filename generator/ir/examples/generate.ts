/**
 * A value for a schema that validates at any depth. Each schema has a cost: the fewest levels a
 * valid value needs (computed once per component, to a fixed point, so recursion is understood).
 * Choices keep within a depth budget by taking only branches whose cost fits: optional properties
 * are left out, arrays stay empty where `minItems` allows, a union takes a variant that terminates,
 * and `null` is chosen for a nullable schema only when nothing else does. What no value can
 * satisfy is reported, with the schema's pointer, instead of being papered over with `null`.
 */
import { setOwn } from '../../util/own-property.js';
import type {
  Json,
  NamedSchemaIr,
  ObjectSchema,
  ScalarSchema,
  SchemaIr,
  UnionSchema,
} from '../types.js';
import type { ExampleDirection, ExampleValidator } from './validator.js';
import { stringForPattern } from './pattern.js';

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
  private useOwn = true;
  private nodes = 0;
  /** Costs of nodes once the components' costs are final (the fixed point is done). */
  private settled = false;
  private readonly memo = new WeakMap<SchemaIr, number>();

  constructor(
    schemas: readonly NamedSchemaIr[],
    private readonly validator: ExampleValidator,
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
      this.useOwn = useOwn;
      this.nodes = 0;
      const value = this.gen(schema, { depth: 0, stack: [], direction, variant: 0 });
      if (!useOwn) return { value, unsatisfied: this.unsatisfied, validated: false };
      if (this.unsatisfied.length === 0 && this.validator.valid(schema, value, direction))
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
      )
        return null;
    }
    // The spec's own value for this part, when asked (the whole result is validated by the caller).
    const own = this.useOwn && w.variant === 0 ? (s.examples[0] ?? s.default) : undefined;
    if (own !== undefined) return own;
    switch (s.kind) {
      case 'ref': {
        const target = this.byName.get(s.name);
        if (!target) {
          this.fail(s, `component ${s.name} is missing`);
          return null;
        }
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
        return out;
      }
      case 'union':
        return this.union(s, w);
      case 'intersection': {
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
        }
        return merged ?? {};
      }
      case 'any':
        return {};
      case 'never':
        this.fail(s, 'the schema admits no value');
        return null;
      default:
        return this.scalar(s, w);
    }
  }

  private object(s: ObjectSchema, w: Walk): Json {
    const out: { [key: string]: Json } = {};
    const showOptional = w.depth <= OPTIONAL_DEPTH[w.direction] && !this.tight(w);
    const inner: Walk = { ...w, depth: w.depth + 1, variant: 0 };
    const max = s.maxProperties ?? Infinity;
    const hidden = (p: ObjectSchema['properties'][number]): boolean =>
      (w.direction === 'request' && p.schema.readOnly) ||
      (w.direction === 'response' && p.schema.writeOnly);
    const optional = s.properties.filter(
      (p) =>
        !p.required && !hidden(p) && this.fits(p.schema, w) && !this.recurses(p.schema, w.stack),
    );
    for (const p of s.properties) {
      if (p.required) setOwn(out, p.name, this.gen(p.schema, inner));
      else if (showOptional && optional.includes(p) && Object.keys(out).length < max)
        setOwn(out, p.name, this.gen(p.schema, inner));
    }
    // Too few properties for `minProperties`: more optional ones, then extra keys of the map's shape.
    for (const p of optional) {
      if (Object.keys(out).length >= (s.minProperties ?? 0)) break;
      if (!Object.hasOwn(out, p.name)) setOwn(out, p.name, this.gen(p.schema, inner));
    }
    for (let i = 1; Object.keys(out).length < (s.minProperties ?? 0); i++) {
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
    const cheapest = byCost(s.variants)[0];
    const candidates =
      usable.length > 0 ? usable : cheapest && this.cost(cheapest) < Infinity ? [cheapest] : [];
    if (candidates.length === 0) {
      this.fail(s, `no variant of this ${s.mode} admits a value`);
      return null;
    }
    let first: Json | undefined;
    for (const variant of candidates.slice(0, 6)) {
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
        if (key !== undefined) value = { ...value, [d.propertyName]: key };
      }
      first ??= value;
      // oneOf wants exactly one match: a value two variants accept is not yet an answer.
      if (
        s.mode === 'anyOf' ||
        d ||
        s.variants.length === 1 ||
        this.validator.valid(s, value, w.direction)
      )
        return value;
    }
    return first!;
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
