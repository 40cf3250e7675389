/**
 * Path rules: path keys and their templates, keys allowed in a path item, and the agreement
 * between `{name}`s in the template and the declared `in: path` parameters.
 */
import { isObject, type Tokens } from '../../pointer.js';
import type { JsonObject } from '../../types.js';
import type { ValidationContext } from '../context.js';
import type { Rule } from '../walk.js';
import { HTTP_METHODS } from '../../../util/http-methods.js';

const PATH_ITEM_KEYS = new Set<string>([
  '$ref',
  'summary',
  'description',
  'servers',
  'parameters',
  ...HTTP_METHODS,
]);

interface DeclaredParameter {
  name: string;
  in: string;
  at: Tokens;
}

export function pathsRule(context: ValidationContext): Rule {
  const templates = new Map<string, string>();
  return {
    pathItem(item, at, path) {
      checkKeys(context, item, at);
      const names = path === undefined ? undefined : checkTemplate(context, path, templates);
      const sharedPath = declaredParameters(context, item, at).filter((p) => p.in === 'path');
      if (names) {
        for (const parameter of sharedPath)
          if (!names.includes(parameter.name)) reportAbsent(context, parameter, path!);
      }
      for (const method of HTTP_METHODS) {
        const operation = item[method];
        if (!isObject(operation)) continue;
        const ownPath = declaredParameters(context, operation, [...at, method]).filter(
          (p) => p.in === 'path',
        );
        if (!names) continue;
        const declared = new Set([...sharedPath, ...ownPath].map((p) => p.name));
        for (const name of names) {
          if (declared.has(name)) continue;
          context.report({
            code: 'path-param-undeclared',
            at: [...at, method],
            message: `Path parameter "${name}" of "${path!}" is not declared by ${method.toUpperCase()} or its path item.`,
            hint: `Add a parameter {name: ${name}, in: path, required: true, schema: {type: string}}.`,
          });
        }
        for (const parameter of ownPath)
          if (!names.includes(parameter.name)) reportAbsent(context, parameter, path!);
      }
    },
    parameter(parameter, at) {
      const where = parameter.in;
      if (typeof where === 'string' && !['query', 'header', 'path', 'cookie'].includes(where)) {
        context.report({
          code: 'parameter-in-invalid',
          at: [...at, 'in'],
          message: `Parameter "in" must be one of query, header, path, cookie, not "${where}".`,
          hint: 'A request body is described by "requestBody", not by a parameter.',
        });
      }
      if (where === 'path' && parameter.required !== true) {
        context.report({
          code: 'path-param-not-required',
          at: 'required' in parameter ? [...at, 'required'] : at,
          message: `Path parameter "${String(parameter.name)}" must have "required: true".`,
          hint: 'Path parameters are always required: add "required: true".',
        });
      }
    },
  };
}

function checkKeys(context: ValidationContext, item: JsonObject, at: Tokens): void {
  for (const key of Object.keys(item)) {
    if (PATH_ITEM_KEYS.has(key) || key.startsWith('x-')) continue;
    const lower = key.toLowerCase();
    context.report({
      code: 'path-unknown-key',
      at: [...at, key],
      atKey: true,
      message: `Unknown key "${key}" in a path item.`,
      hint: (HTTP_METHODS as readonly string[]).includes(lower)
        ? `HTTP methods are written in lowercase: "${lower}".`
        : `A path item may hold: ${[...PATH_ITEM_KEYS].join(', ')} and x- extensions.`,
    });
  }
}

/** Checks a path key; returns the names in its template, or `undefined` when the template is malformed. */
function checkTemplate(
  context: ValidationContext,
  path: string,
  templates: Map<string, string>,
): string[] | undefined {
  const at = ['paths', path];
  if (!path.startsWith('/')) {
    context.report({
      code: 'path-invalid',
      at,
      atKey: true,
      message: `Path "${path}" must start with "/".`,
      hint: `Write "/${path}".`,
    });
  }
  const names: string[] = [];
  const rest = path.replace(/\{([^{}]*)\}/g, (_, name: string) => {
    names.push(name);
    return '';
  });
  if (rest.includes('{') || rest.includes('}') || names.some((name) => name === '')) {
    context.report({
      code: 'path-invalid',
      at,
      atKey: true,
      message: `Path "${path}" has unbalanced or empty "{…}" parameter braces.`,
      hint: 'Write each path parameter as "{name}".',
    });
    return undefined;
  }
  const shape = path.replace(/\{[^{}]*\}/g, '{}');
  const first = templates.get(shape);
  if (first === undefined) templates.set(shape, path);
  else if (first !== path) {
    context.report({
      code: 'path-duplicate-template',
      at,
      atKey: true,
      message: `Path "${path}" is the same as "${first}" except for parameter names, so requests cannot tell them apart.`,
      hint: 'Merge the two paths into one, with one name per parameter.',
    });
  }
  return names;
}

/** Parameters of a path item or operation (refs followed), with duplicates reported. */
function declaredParameters(
  context: ValidationContext,
  owner: JsonObject,
  at: Tokens,
): DeclaredParameter[] {
  const list = owner.parameters;
  if (!Array.isArray(list)) return [];
  const declared: DeclaredParameter[] = [];
  const seen = new Set<string>();
  list.forEach((entry, index) => {
    const parameter = context.deref(entry);
    if (
      !isObject(parameter) ||
      typeof parameter.name !== 'string' ||
      typeof parameter.in !== 'string'
    )
      return;
    const parameterAt = [...at, 'parameters', String(index)];
    // Header names are case-insensitive.
    const key = `${parameter.in}\u0000${parameter.in === 'header' ? parameter.name.toLowerCase() : parameter.name}`;
    if (seen.has(key)) {
      context.report({
        code: 'parameter-duplicate',
        at: parameterAt,
        message: `Parameter "${parameter.name}" (in: ${parameter.in}) is declared twice in the same list.`,
        hint: 'Remove one of the two declarations.',
      });
      return;
    }
    seen.add(key);
    declared.push({ name: parameter.name, in: parameter.in, at: parameterAt });
  });
  return declared;
}

function reportAbsent(
  context: ValidationContext,
  parameter: DeclaredParameter,
  path: string,
): void {
  context.report({
    code: 'path-param-absent',
    at: parameter.at,
    message: `Parameter "${parameter.name}" is declared "in: path" but "${path}" has no "{${parameter.name}}".`,
    hint: `Add "{${parameter.name}}" to the path, or declare the parameter "in: query".`,
  });
}
