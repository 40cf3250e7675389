/**
 * `required` across allOf members: a member may require a property that only another member
 * declares (`allOf: [{$ref: Msg}, {required: [type]}]`). JSON Schema reads that as "the composed
 * value must have `type`", but an object IR lists only the properties it declares, so the name
 * would be dropped. The member instead gains the property (the declaring member's schema, at that
 * schema's source), marked required: every output (types, models, docs, examples, the mock's
 * checks) then reads the requirement from the IR as usual.
 */
import { get, join } from '../util/json-pointer.js';
import { componentNameOfRef } from './component-refs.js';
import type { IrContext } from './context.js';

type Raw = Record<string, unknown>;

/** Where a property is declared: its raw schema, the pointer of that schema, and its requiredness there. */
export interface Declared {
  schema: unknown;
  source: string;
  required: boolean;
}

/** Deeper ref/allOf chains than this are not followed (a schema may be recursive). */
const MAX_DEPTH = 16;

/** Names in `member.required` that `member.properties` does not declare. */
export function undeclaredRequired(member: unknown): string[] {
  if (!member || typeof member !== 'object') return [];
  const m = member as Raw;
  if (!Array.isArray(m.required)) return [];
  const props = m.properties && typeof m.properties === 'object' ? (m.properties as Raw) : {};
  return (m.required as unknown[]).filter(
    (n): n is string => typeof n === 'string' && !Object.prototype.hasOwnProperty.call(props, n),
  );
}

/** The declaration of property `name` in `schema` (at `source`), through refs and allOf members. */
export function declaredProperty(
  schema: unknown,
  source: string,
  name: string,
  ctx: IrContext,
  depth = 0,
  seen = new Set<string>(),
): Declared | undefined {
  if (depth > MAX_DEPTH || !schema || typeof schema !== 'object') return undefined;
  const s = schema as Raw;
  if (typeof s.$ref === 'string') {
    // A ref seen before in this search gave nothing then (or leads back here): not again.
    if (seen.has(s.$ref)) return undefined;
    seen.add(s.$ref);
    const component = componentNameOfRef(s.$ref);
    // A pointer elsewhere than a component schema: the IR was read outside `components/schemas`.
    if (component === undefined || !ctx.hasSchema(component)) ctx.inlinedRefs++;
    const at = component !== undefined ? join('#/components/schemas', component) : s.$ref;
    return declaredProperty(get(ctx.document, at), at, name, ctx, depth + 1, seen);
  }
  const props = s.properties && typeof s.properties === 'object' ? (s.properties as Raw) : {};
  if (Object.prototype.hasOwnProperty.call(props, name)) {
    const required = Array.isArray(s.required) && s.required.includes(name);
    return { schema: props[name], source: join(source, 'properties', name), required };
  }
  if (!Array.isArray(s.allOf)) return undefined;
  for (let i = 0; i < s.allOf.length; i++) {
    const found = declaredProperty(
      s.allOf[i],
      join(source, 'allOf', i),
      name,
      ctx,
      depth + 1,
      seen,
    );
    if (found) return found;
  }
  return undefined;
}

/**
 * For each name `member` requires without declaring it: its declaration in the first other
 * member that has one (and does not already require it there).
 */
export function requiredElsewhere(
  member: unknown,
  others: { schema: unknown; source: string }[],
  ctx: IrContext,
): { name: string; declared: Declared }[] {
  const out: { name: string; declared: Declared }[] = [];
  for (const name of undeclaredRequired(member)) {
    for (const other of others) {
      const declared = declaredProperty(other.schema, other.source, name, ctx);
      if (!declared) continue;
      if (!declared.required) out.push({ name, declared });
      break;
    }
  }
  return out;
}
