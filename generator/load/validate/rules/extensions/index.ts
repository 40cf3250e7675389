/** Validates our `x-` extensions (spec/EXTENSIONS.md); every problem has code `extension-invalid`. */
import { isObject } from '../../../pointer.js';
import type { ValidationContext } from '../../context.js';
import type { Rule } from '../../walk.js';
import { ExtensionChecks } from './checks.js';
import {
  checkDescriptionZh,
  checkDoubt,
  checkOperationExtensions,
  checkTagExtensions,
} from './operation-extensions.js';
import { checkEnumOpen } from './schema-extensions.js';
import { OperationIndex, type IndexedOperation } from './operation-index.js';
import { checkTaskFamilies } from './task-families.js';

export function extensionsRule(context: ValidationContext): Rule {
  const checks = new ExtensionChecks(context);
  const operations = new OperationIndex(context);
  const visited: IndexedOperation[] = [];
  const seen = new Set<string>();
  return {
    operation(operation, at, site) {
      operations.add(operation, at, site);
      // A path item reached both from paths and from components is checked once.
      const key = at.join('\u0000');
      if (!seen.has(key)) {
        seen.add(key);
        visited.push({ operation, at, site });
      }
    },
    parameter(parameter, at) {
      checkDescriptionZh(parameter, at, checks);
    },
    response(response, at) {
      checkDescriptionZh(response, at, checks);
    },
    schema(schema, at) {
      checkDoubt(schema, at, checks);
      checkDescriptionZh(schema, at, checks);
      checkEnumOpen(schema, at, checks);
    },
    finish() {
      // Operations are all known now, so families and x-task can name any of them.
      const families = checkTaskFamilies(context.document['x-task-families'], checks, operations);
      for (const entry of visited)
        checkOperationExtensions(entry, families, context, checks, operations);
      const tags = context.document.tags;
      if (Array.isArray(tags))
        tags.forEach(
          (tag, index) => isObject(tag) && checkTagExtensions(tag, ['tags', String(index)], checks),
        );
    },
  };
}
