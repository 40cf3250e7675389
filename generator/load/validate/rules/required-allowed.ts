/**
 * A `required` name that `additionalProperties: false` forbids (not among the schema's own
 * `properties`, matched by none of its `patternProperties`) makes the object impossible: a value
 * without the property fails `required`, one with it fails `additionalProperties`. A warning:
 * often the property is declared in an allOf sibling, which `additionalProperties` does not see.
 */
import { hasOwn, isObject } from '../../pointer.js';
import type { ValidationContext } from '../context.js';
import { shownName } from '../context.js';
import type { Rule } from '../walk.js';

export function requiredAllowedRule(context: ValidationContext): Rule {
  return {
    schema(schema, at) {
      if (schema.additionalProperties !== false || !Array.isArray(schema.required)) return;
      const properties = isObject(schema.properties) ? schema.properties : {};
      const patterns = isObject(schema.patternProperties)
        ? Object.keys(schema.patternProperties).map(compiled)
        : [];
      schema.required.forEach((name, i) => {
        if (typeof name !== 'string' || hasOwn(properties, name)) return;
        // A pattern that does not compile might match: no warning.
        if (patterns.some((re) => re === undefined || re.test(name))) return;
        context.report({
          code: 'required-property-not-allowed',
          severity: 'warning',
          at: [...at, 'required', String(i)],
          message: `Required property "${shownName(name)}" is not in "properties"${patterns.length > 0 ? ' nor matched by "patternProperties"' : ''}, and "additionalProperties: false" forbids it: no value satisfies this schema.`,
          hint: `Declare "${shownName(name)}" under "properties" of this schema (additionalProperties does not see those of allOf parts), or drop it from "required".`,
        });
      });
    },
  };
}

function compiled(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
}
