/**
 * An example as it travels in one direction: a request never sends a readOnly property, a response
 * never brings a writeOnly one back (ir/directions.ts). A spec's request example written with the
 * server's `id` would otherwise reach every output as it is: the SDKs' `@example` (whose request
 * types leave `id` out, so it would not compile), the docs' samples and the mock. Such properties
 * are left out here, once, where the IR decides its examples (examples/index.ts).
 */
import type { Json, NamedSchemaIr, SchemaIr } from '../types.js';
import { differing, hiddenIn } from '../directions.js';
import { join } from '../../util/json-pointer.js';
import { setMember } from '../../util/own-property.js';
import type { ExampleDirection } from './validator.js';

export interface WithoutHidden {
  value: Json;
  /** Pointers (inside the value) of the properties left out, in value order. */
  removed: string[];
}

/** Does the value validate against the schema (a union's properties are its matching variant's)? */
type Valid = (schema: SchemaIr, value: Json, direction: ExampleDirection) => boolean;

function isObject(value: Json): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One per IR build: its component schemas, and which of them reach a hidden property. */
export class HiddenProperties {
  private readonly byName = new Map<string, SchemaIr>();
  private readonly hiding: Record<ExampleDirection, ReadonlySet<string>>;
  private readonly memo: Record<ExampleDirection, WeakMap<SchemaIr, boolean>> = {
    request: new WeakMap(),
    response: new WeakMap(),
  };

  constructor(
    schemas: readonly NamedSchemaIr[],
    private readonly valid: Valid,
  ) {
    for (const s of schemas) this.byName.set(s.name, s.schema);
    this.hiding = {
      request: differing(schemas, 'request'),
      response: differing(schemas, 'response'),
    };
  }
  /** `value` without the properties that do not travel in `direction` (the same value when none). */
  strip(schema: SchemaIr, value: Json, direction: ExampleDirection): WithoutHidden {
    const removed: string[] = [];
    // `seen`: the schemas already applied to this very value (ref and allOf cycles end there).
    const walk = (s: SchemaIr, v: Json, at: string, seen: ReadonlySet<SchemaIr>): Json => {
      if (seen.has(s) || !this.mayHide(s, direction)) return v;
      const next = new Set(seen).add(s);
      switch (s.kind) {
        case 'ref': {
          const target = this.byName.get(s.name);
          return target ? walk(target, v, at, next) : v;
        }
        case 'intersection':
          return s.parts.reduce((acc, part) => walk(part, acc, at, next), v);
        case 'union': {
          const variant = s.variants.find((variant) => this.valid(variant, v, direction));
          return variant ? walk(variant, v, at, next) : v;
        }
        case 'array': {
          if (!Array.isArray(v)) return v;
          const items = v.map((item, i) => walk(s.items, item, join(at, i), new Set()));
          return items.some((item, i) => item !== v[i]) ? items : v;
        }
        case 'object': {
          if (!isObject(v)) return v;
          const extra = typeof s.additionalProperties === 'object' ? s.additionalProperties : null;
          const out: { [key: string]: Json } = {};
          let changed = false;
          for (const key of Object.keys(v)) {
            const property = s.properties.find((p) => p.name === key);
            if (property && hiddenIn(property.schema, direction)) {
              removed.push(join(at, key));
              changed = true;
              continue;
            }
            const sub = property?.schema ?? extra;
            const walked = sub ? walk(sub, v[key]!, join(at, key), new Set()) : v[key]!;
            if (walked !== v[key]) changed = true;
            setMember(out, key, walked);
          }
          return changed ? out : v;
        }
        default:
          return v;
      }
    };
    return { value: walk(schema, value, '', new Set()), removed };
  }

  /**
   * Does the schema reach a property hidden in `direction` (itself, or through refs, items, parts,
   * variants)? Most do not: their examples are walked no further, and no union asks the validator.
   * Components as directions.ts decides them; inline schemas are trees (no cycle but through refs).
   */
  private mayHide(schema: SchemaIr, direction: ExampleDirection): boolean {
    const memo = this.memo[direction];
    const known = memo.get(schema);
    if (known !== undefined) return known;
    const reaches = (s: SchemaIr): boolean => this.mayHide(s, direction);
    let result: boolean;
    switch (schema.kind) {
      case 'ref':
        result = this.hiding[direction].has(schema.name);
        break;
      case 'object':
        result =
          schema.properties.some((p) => hiddenIn(p.schema, direction) || reaches(p.schema)) ||
          (typeof schema.additionalProperties === 'object' && reaches(schema.additionalProperties));
        break;
      case 'array':
        result = reaches(schema.items);
        break;
      case 'union':
        result = schema.variants.some(reaches);
        break;
      case 'intersection':
        result = schema.parts.some(reaches);
        break;
      default:
        result = false;
    }
    memo.set(schema, result);
    return result;
  }
}
