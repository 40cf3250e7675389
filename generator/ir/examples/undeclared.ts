/**
 * Keys of a (valid) example that no `properties` of its schema declares. An object schema that says
 * nothing of `additionalProperties` accepts any key, so a field renamed in the schema stays in every
 * example unnoticed, and every output (the mock's bodies, task results, the docs) shows the old
 * name. A schema that admits extra keys on purpose (`additionalProperties: true` or a schema, a
 * matching `patternProperties`) or says nothing of the value (`{}`) declares every key.
 */
import type { Json, NamedSchemaIr, SchemaIr } from '../types.js';
import { join } from '../../util/json-pointer.js';
import type { ExampleDirection } from './validator.js';

type Valid = (schema: SchemaIr, value: Json, direction: ExampleDirection) => boolean;

function isObject(value: Json): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function matches(pattern: string, key: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(key);
  } catch {
    return true; // a pattern this engine cannot read is not held against the example
  }
}

export class UndeclaredProperties {
  private readonly byName = new Map<string, SchemaIr>();

  constructor(
    schemas: readonly NamedSchemaIr[],
    private readonly valid: Valid,
  ) {
    for (const s of schemas) this.byName.set(s.name, s.schema);
  }

  /** Pointers (inside the value) of the undeclared keys, in value order. */
  find(schema: SchemaIr, value: Json, direction: ExampleDirection): string[] {
    const found: string[] = [];
    const walk = (schemas: SchemaIr[], v: Json, at: string): void => {
      const flat = this.flatten(schemas, v, direction);
      if (flat === 'open') return;
      if (Array.isArray(v)) {
        const items = flat.flatMap((s) => (s.kind === 'array' ? [s.items] : []));
        if (items.length > 0) v.forEach((item, i) => walk(items, item, join(at, i)));
        return;
      }
      if (!isObject(v)) return;
      const objects = flat.flatMap((s) => (s.kind === 'object' ? [s] : []));
      if (objects.length === 0) return;
      // Extra keys allowed on purpose (`true`, a map's value schema); `false` is the validator's.
      if (
        objects.some(
          (o) => o.additionalProperties !== undefined && o.additionalProperties !== false,
        )
      )
        return;
      for (const key of Object.keys(v)) {
        const subs = objects.flatMap((o) => [
          ...o.properties.filter((p) => p.name === key).map((p) => p.schema),
          ...(o.patternProperties ?? [])
            .filter((p) => matches(p.pattern, key))
            .map((p) => p.schema),
        ]);
        if (subs.length === 0) found.push(join(at, key));
        else walk(subs, v[key]!, join(at, key));
      }
    };
    walk([schema], value, '');
    return found;
  }

  /**
   * The object and array schemas that apply to `v` (refs followed, allOf parts merged, a union's
   * variants that accept `v`); `open` when one of them says nothing of it (`{}`, no variant fits).
   */
  private flatten(schemas: SchemaIr[], v: Json, direction: ExampleDirection): SchemaIr[] | 'open' {
    const out: SchemaIr[] = [];
    const seen = new Set<SchemaIr>();
    const pending = [...schemas];
    while (pending.length > 0) {
      const s = pending.pop()!;
      if (seen.has(s)) continue;
      seen.add(s);
      switch (s.kind) {
        case 'ref': {
          const target = this.byName.get(s.name);
          if (!target) return 'open';
          pending.push(target);
          break;
        }
        case 'intersection':
          pending.push(...s.parts);
          break;
        case 'union': {
          const fitting = s.variants.filter((variant) => this.valid(variant, v, direction));
          if (fitting.length === 0) return 'open';
          pending.push(...fitting);
          break;
        }
        case 'any':
          return 'open';
        default:
          out.push(s);
      }
    }
    return out;
  }
}
