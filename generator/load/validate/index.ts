/** Runs every validation rule over the bundled document in one traversal. */
import type { JsonObject } from '../types.js';
import { createDeref, type RuleProblem, type ValidationContext } from './context.js';
import { discriminatorRule } from './rules/discriminator.js';
import { documentRule } from './rules/document.js';
import { extensionsRule } from './rules/extensions/index.js';
import { operationsRule } from './rules/operations.js';
import { pathsRule } from './rules/paths.js';
import { requiredAllowedRule } from './rules/required-allowed.js';
import { securityRule } from './rules/security.js';
import { tagsRule } from './rules/tags.js';
import { walkDocument } from './walk.js';
import { checkOpenApiSchema } from './openapi-schema.js';
import type { ValidationReuse } from './schema-check-reuse.js';
import { toPointer } from '../pointer.js';

export function validateDocument(
  document: JsonObject,
  version: '3.0' | '3.1',
  report: (problem: RuleProblem) => void,
  /** A watch session's last official-schema check (schema-check-reuse.ts). */
  reuse?: ValidationReuse,
): void {
  const reported = new Set<string>();
  const record = (problem: RuleProblem): void => {
    reported.add(toPointer(problem.at));
    report(problem);
  };
  const context: ValidationContext = {
    document,
    version,
    report: record,
    deref: createDeref(document),
  };
  const rules = [
    documentRule,
    pathsRule,
    operationsRule,
    securityRule,
    tagsRule,
    discriminatorRule,
    requiredAllowedRule,
    extensionsRule,
  ].map((rule) => rule(context));
  walkDocument(context, rules, reuse?.walk);
  // The official schema last: it adds only what our own rules did not already say more precisely.
  for (const problem of checkOpenApiSchema(document, version, reported, reuse)) report(problem);
}
