/** Security requirements may only name schemes declared in components/securitySchemes. */
import { isObject } from '../../pointer.js';
import type { ValidationContext } from '../context.js';
import type { Rule } from '../walk.js';

export function securityRule(context: ValidationContext): Rule {
  const components = context.document.components;
  const schemes =
    isObject(components) && isObject(components.securitySchemes) ? components.securitySchemes : {};
  return {
    securityRequirement(requirement, at) {
      for (const name of Object.keys(requirement)) {
        if (!Object.prototype.hasOwnProperty.call(schemes, name)) {
          context.report({
            code: 'security-scheme-undeclared',
            at: [...at, name],
            atKey: true,
            message: `Security requirement names "${name}", which is not declared in components/securitySchemes.`,
            hint: `Declare "${name}" under components/securitySchemes, or fix the name (declared: ${Object.keys(schemes).join(', ') || 'none'}).`,
          });
        }
        if (!Array.isArray(requirement[name])) {
          context.report({
            code: 'type-invalid',
            at: [...at, name],
            message: `The scopes of security requirement "${name}" must be a list.`,
            hint: `Write "${name}: []" when the scheme has no scopes.`,
          });
        }
      }
    },
  };
}
