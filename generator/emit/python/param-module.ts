/**
 * The request types' two modules: `_params.py` defines the TypedDicts and Literals (reading typing's
 * names unqualified, as the `types` modules do), `params.py` re-exports them, a class renamed off
 * such a name (`List_`) under the schema's name too, so `from <pkg>.params import List` is the
 * TypedDict and never typing's `List` (`params.py` imports nothing else).
 */
import { compareCodePoints as cmp } from '../../util/compare.js';
import { PARAM_MODULE_IMPORTS, specNameAliases } from '../surface/python-naming.js';
import { pyString } from '../surface/python-literal.js';

const DOC =
  'Request types (TypedDicts keyed by the wire names, enums as Literals), named like the TypeScript types.';

/** `_params.py`: the definitions (`code`, from `PythonTypes.module('param')`). */
export function paramDefinitionsCode(header: string, code: string): string {
  return [
    `${header}\n"""${DOC} Import them from \`params\`."""\n`,
    'from __future__ import annotations\n',
    ...Object.entries(PARAM_MODULE_IMPORTS).map(([m, ns]) => `from ${m} import ${ns.join(', ')}\n`),
    `_ = (${Object.values(PARAM_MODULE_IMPORTS).flat().join(', ')})\n`,
    code,
  ].join('\n');
}

/** `params.py`: every name of `_params.py` (`names`), and the schema's name of each renamed one. */
export function paramIndexCode(header: string, names: readonly string[]): string {
  const exports = [...names.map((n) => [n, n] as const), ...specNameAliases(names).entries()].sort(
    ([a], [b]) => cmp(a, b),
  );
  return [
    `${header}\n"""${DOC}"""\n`,
    ...(exports.length
      ? [`from ._params import (\n${exports.map(([e, n]) => `    ${n} as ${e},\n`).join('')})\n`]
      : []),
    `__all__ = [${exports.map(([e]) => pyString(e)).join(', ')}]\n`,
  ].join('\n');
}
