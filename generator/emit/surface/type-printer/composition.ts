/** oneOf/anyOf unions (with the discriminator's tag where the variant does not fix it) and allOf intersections. */
import type { IntersectionSchema, SchemaIr, UnionSchema } from '../../../ir/types.js';
import type { PrintSchema } from './object.js';
import { grouped, union, UNKNOWN, type TypeTree } from './tree.js';

/** Does the component's own type already pin `property` to literal values (a const or an enum)? */
function fixesTag(target: SchemaIr | undefined, property: string): boolean {
  if (target?.kind === 'intersection') return target.parts.some((p) => fixesTag(p, property));
  if (target?.kind !== 'object') return false;
  const tag = target.properties.find((p) => p.name === property)?.schema;
  return tag !== undefined && tag.kind === 'string' && tag.enum !== undefined && !tag.openEnum;
}

export function unionType(
  schema: UnionSchema,
  print: PrintSchema,
  component: (name: string) => SchemaIr | undefined,
): TypeTree {
  if (schema.variants.length === 0) return UNKNOWN;
  const d = schema.discriminator;
  return union(
    schema.variants.map((variant): TypeTree => {
      const type = print(variant);
      // An inferred mapping comes from the variant's own const/enum, so its type already says the tag.
      if (
        !d ||
        d.inferred ||
        variant.kind !== 'ref' ||
        fixesTag(component(variant.name), d.propertyName)
      )
        return type;
      const values = Object.keys(d.mapping).filter((value) => d.mapping[value] === variant.name);
      if (values.length === 0) return type;
      const tag: TypeTree = {
        kind: 'object',
        members: [
          {
            doc: [],
            name: d.propertyName,
            optional: false,
            type: union(values.map((value) => ({ kind: 'literal', value }))),
          },
        ],
        multiline: false,
      };
      return { kind: 'group', type: { kind: 'intersection', types: [grouped(type), tag] } };
    }),
  );
}

export function intersectionType(schema: IntersectionSchema, print: PrintSchema): TypeTree {
  if (schema.parts.length === 0) return UNKNOWN;
  const printed = schema.parts.map((p) => grouped(print(p)));
  // A part whose every property a direction leaves out (object.ts) adds nothing: `{} & X` is X.
  const parts = printed.filter((t) => t.kind !== 'object' || t.members.length > 0);
  if (parts.length === 0) return printed[0]!;
  return parts.length === 1 ? parts[0]! : { kind: 'intersection', types: parts };
}
