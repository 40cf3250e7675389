/** Document-level rules: what a 3.1 document must contain, and component names. */
import { isObject } from '../../pointer.js';
import type { JsonObject } from '../../types.js';
import { MAX_NAME_LENGTH, shownName, type ValidationContext } from '../context.js';
import type { Rule } from '../walk.js';

const COMPONENT_NAME = /^[a-zA-Z0-9._-]+$/;

export function documentRule(context: ValidationContext): Rule {
  return {
    document(document: JsonObject) {
      if (
        context.version === '3.1' &&
        !('paths' in document) &&
        !('webhooks' in document) &&
        !('components' in document)
      ) {
        context.report({
          code: 'field-required',
          at: [],
          message:
            'An OpenAPI 3.1 document needs at least one of "paths", "webhooks" or "components".',
          hint: 'Add a "paths" map.',
        });
      }
      const components = document.components;
      if (!isObject(components)) return;
      for (const kind of Object.keys(components)) {
        const entries = components[kind];
        if (kind.startsWith('x-') || !isObject(entries)) continue;
        for (const name of Object.keys(entries)) {
          if (name.length > MAX_NAME_LENGTH) {
            context.report({
              code: 'name-too-long',
              at: ['components', kind, name],
              atKey: true,
              message: `Component name "${shownName(name)}" in components/${kind} is longer than ${MAX_NAME_LENGTH} characters.`,
              hint: 'Component names become type names: keep them short.',
            });
            continue;
          }
          if (COMPONENT_NAME.test(name)) continue;
          context.report({
            code: 'component-name-invalid',
            at: ['components', kind, name],
            atKey: true,
            message: `Component name "${name}" in components/${kind} may only contain letters, digits, ".", "-" and "_".`,
            hint: 'Rename the component (and the refs to it).',
          });
        }
      }
    },
  };
}
