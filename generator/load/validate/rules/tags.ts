/** Tags: declared once at the root, and every tag an operation uses declared (a warning). */
import { isObject, type Tokens } from '../../pointer.js';
import type { ValidationContext } from '../context.js';
import type { Rule } from '../walk.js';

export function tagsRule(context: ValidationContext): Rule {
  const declared = new Set<string>();
  const tags = context.document.tags;
  if (Array.isArray(tags)) {
    tags.forEach((tag, index) => {
      if (!isObject(tag) || typeof tag.name !== 'string') return;
      if (declared.has(tag.name)) {
        context.report({
          code: 'tag-duplicate',
          at: ['tags', String(index), 'name'],
          message: `Tag "${tag.name}" is declared twice.`,
          hint: 'Merge the two tag entries.',
        });
      }
      declared.add(tag.name);
    });
  }
  /** Undeclared tag → where it is first used and how many operations use it. */
  const undeclared = new Map<string, { at: Tokens; count: number }>();
  return {
    operation(operation, at) {
      const used = operation.tags;
      if (!Array.isArray(used)) return;
      used.forEach((tag, index) => {
        if (typeof tag !== 'string') {
          context.report({
            code: 'type-invalid',
            at: [...at, 'tags', String(index)],
            message: 'Operation tags must be strings.',
            hint: 'Write the tag name, e.g. tags: [pets].',
          });
          return;
        }
        if (declared.has(tag)) return;
        const seen = undeclared.get(tag);
        if (seen) seen.count++;
        else undeclared.set(tag, { at: [...at, 'tags', String(index)], count: 1 });
      });
    },
    finish() {
      // One warning per tag (at its first use), not one per operation.
      for (const [tag, { at, count }] of undeclared) {
        context.report({
          code: 'tag-undeclared',
          severity: 'warning',
          at,
          message: `Tag "${tag}" is used by ${count} operation${count === 1 ? '' : 's'} but not declared in the root "tags".`,
          hint: `Add {name: ${tag}, description: …} to the root "tags" (docs group operations by declared tags).`,
        });
      }
    },
  };
}
