/**
 * A discriminator's property must be required, or a payload without it cannot be told apart
 * (a warning: generators still work, but the union is looser than intended).
 */
import { isObject } from '../../pointer.js';
import type { JsonObject, JsonValue } from '../../types.js';
import type { ValidationContext } from '../context.js';
import type { Rule } from '../walk.js';

export function discriminatorRule(context: ValidationContext): Rule {
  /** Is `property` required by `schema`, directly or through its allOf members? */
  const requires = (schema: JsonValue | undefined, property: string, depth = 0): boolean => {
    const resolved = context.deref(schema);
    if (!isObject(resolved) || depth > 16) return false;
    if (Array.isArray(resolved.required) && resolved.required.includes(property)) return true;
    const parts = resolved.allOf;
    return Array.isArray(parts) && parts.some((part) => requires(part, property, depth + 1));
  };
  const variantsRequire = (schema: JsonObject, property: string): boolean => {
    const variants = Array.isArray(schema.oneOf)
      ? schema.oneOf
      : Array.isArray(schema.anyOf)
        ? schema.anyOf
        : undefined;
    return (
      variants !== undefined &&
      variants.length > 0 &&
      variants.every((variant) => requires(variant, property))
    );
  };
  return {
    schema(schema, at) {
      const discriminator = schema.discriminator;
      if (!isObject(discriminator) || typeof discriminator.propertyName !== 'string') return;
      const property = discriminator.propertyName;
      if (requires(schema, property) || variantsRequire(schema, property)) return;
      context.report({
        code: 'discriminator-property-not-required',
        severity: 'warning',
        at: [...at, 'discriminator', 'propertyName'],
        message: `Discriminator property "${property}" is not required by the schema (or by every one of its variants).`,
        hint: `Add "${property}" to "required" so every payload carries it.`,
      });
    },
  };
}
