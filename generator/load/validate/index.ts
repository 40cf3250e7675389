/** Runs every validation rule over the bundled document in one traversal. */
import type { JsonObject } from '../types.js';
import { createDeref, type RuleProblem, type ValidationContext } from './context.js';
import { discriminatorRule } from './rules/discriminator.js';
import { documentRule } from './rules/document.js';
import { extensionsRule } from './rules/extensions/index.js';
import { operationsRule } from './rules/operations.js';
import { pathsRule } from './rules/paths.js';
import { securityRule } from './rules/security.js';
import { tagsRule } from './rules/tags.js';
import { walkDocument } from './walk.js';

export function validateDocument(document: JsonObject, version: '3.0' | '3.1', report: (problem: RuleProblem) => void): void {
  const context: ValidationContext = { document, version, report, deref: createDeref(document) };
  const rules = [documentRule, pathsRule, operationsRule, securityRule, tagsRule, discriminatorRule, extensionsRule].map((rule) => rule(context));
  walkDocument(context, rules);
}
