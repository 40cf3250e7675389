/**
 * A `required` name that no `properties` declares — not this object's, not an allOf sibling's, not
 * a union variant's or the union's own (`declaredAround`). JSON Schema still reads it: the key must
 * be present, with any value the object admits for an undeclared key. An object IR lists only
 * declared properties, so the name would vanish from every output (types, models, the mock, the
 * examples' checks). It gains a required property instead, typed as that value: the schema of a
 * matching `patternProperties`, else of `additionalProperties`, else anything (`unknown`, Python
 * `Any`). Where the object admits extra keys on purpose (a matching pattern, `additionalProperties`
 * `true` or a schema) that is the spec's intent; where it says nothing, the name is most often a
 * property renamed or never written, and a located `required-property-undeclared` warning says so.
 * Under `additionalProperties: false` no value has the key (load's `required-property-not-allowed`).
 */
import { join } from '../util/json-pointer.js';
import type { IrContext } from './context.js';
import { declaredProperty, undeclaredRequired } from './schema-allof.js';

type Raw = Record<string, unknown>;

/** A schema beside the one converted whose properties count as declared: an allOf sibling, a union's variant or own part. */
export interface Around {
  schema: unknown;
  source: string;
}

export interface UndeclaredRequired {
  name: string;
  /** The raw schema its value must satisfy (`true`: any), and where it is. */
  value: { schema: unknown; source: string };
}

/** Whether some schema around declares `name` (through refs and allOf members). */
export function declaredAround(around: readonly Around[], name: string, ctx: IrContext): boolean {
  return around.some((o) => declaredProperty(o.schema, o.source, name, ctx) !== undefined);
}

/**
 * The names object schema `raw` (at `source`) requires that neither it nor `around` declares, in
 * `required` order, with the schema of their value; warns for those the object does not admit on purpose.
 */
export function undeclaredRequiredOf(
  raw: Raw,
  source: string,
  around: readonly Around[],
  ctx: IrContext,
): UndeclaredRequired[] {
  const names = undeclaredRequired(raw);
  if (names.length === 0) return [];
  const required = raw.required as unknown[];
  const patterns =
    raw.patternProperties && typeof raw.patternProperties === 'object'
      ? Object.entries(raw.patternProperties as Raw)
      : [];
  const ap = raw.additionalProperties;
  const out: UndeclaredRequired[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) continue;
    seen.add(name);
    if (declaredAround(around, name, ctx)) continue;
    const pattern = patterns.find(([p]) => matches(p, name));
    if (pattern) {
      out.push({
        name,
        value: { schema: pattern[1], source: join(source, 'patternProperties', pattern[0]) },
      });
      continue;
    }
    if (ap === false) continue;
    if (ap !== undefined) {
      out.push({ name, value: { schema: ap, source: join(source, 'additionalProperties') } });
      continue;
    }
    const at = join(source, 'required', required.indexOf(name));
    out.push({ name, value: { schema: true, source: at } });
    warnOnce(
      ctx,
      ctx.warning(
        'required-property-undeclared',
        at,
        `required property \`${name}\` is declared by no \`properties\` (of this schema, an allOf part or a union variant): the SDKs type it as any value (\`unknown\`, Python \`Any\`) and an example without it is invalid`,
        `declare \`${name}\` under \`properties\`, or drop it from \`required\` if the property was renamed or removed`,
      ),
    );
  }
  return out;
}

/** A schema converted twice (an inlined ref used twice) warns once. */
function warnOnce(ctx: IrContext, problem: ReturnType<IrContext['warning']>): void {
  const again = ctx.problems.some(
    (p) =>
      p.code === problem.code &&
      p.file === problem.file &&
      p.pointer === problem.pointer &&
      p.line === problem.line,
  );
  if (!again) ctx.problems.push(problem);
}

/** Whether `pattern` matches `name`; a pattern this engine cannot read matches nothing (no type to give). */
function matches(pattern: string, name: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(name);
  } catch {
    return false;
  }
}
