/** oneOf/anyOf unions (with the discriminator's tag where the variant does not fix it) and allOf intersections. */
import type { IntersectionSchema, SchemaIr, UnionSchema } from '../../../ir/types.js';
import { grouped, literalType, propertyKey } from './literals.js';
import type { PrintSchema } from './object.js';

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
): string {
  if (schema.variants.length === 0) return 'unknown';
  const d = schema.discriminator;
  return schema.variants
    .map((variant) => {
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
      return `(${type} & { ${propertyKey(d.propertyName)}: ${values.map(literalType).join(' | ')} })`;
    })
    .join(' | ');
}

export function intersectionType(schema: IntersectionSchema, print: PrintSchema): string {
  return schema.parts.length ? schema.parts.map((p) => grouped(print(p))).join(' & ') : 'unknown';
}
