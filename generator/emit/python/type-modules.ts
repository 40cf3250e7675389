/**
 * The Python SDK's `types` package, split so that touching one model imports (and creates the
 * pydantic classes of) only its own module and the modules it refers to, not every model of a
 * large spec: `types/__init__.py` names each model's module and imports it at first use (PEP 562).
 *
 * A model's module is the set of top-level resources whose operations reach it (through their
 * plans' types, request and response schemas, and the models those refer to): `_chat.py` for the
 * models only `client.chat` uses, `_shared_<first model>.py` for a set of several. The models no
 * operation reaches are grouped alike by the ones among them no other refers to
 * (`_unused_<first model>.py`; a cycle reached from none: `_unused.py`). A model referring to
 * another is reached by everything reaching the first, so a module imports only modules of a
 * superset of its set: the imports never form a cycle, and each sits at the module's top.
 */
import type { ApiIr, OperationIr } from '../../ir/types.js';
import { compareCodePoints as cmp } from '../../util/compare.js';
import type { PythonTypes } from '../surface/python-types.js';
import type { MethodPlan } from '../surface/python-plan.js';
import {
  MODEL_MODULE_IMPORTS,
  pythonTypeName,
  snakeCase,
  specNameAliases,
} from '../surface/python-naming.js';
import { pyString } from '../surface/python-literal.js';

const MODEL_MARKER = /\u0001model:([A-Za-z0-9_]+)\u0002/g;

/** The named schemas an operation refers to anywhere (parameters, bodies, responses, callbacks). */
function componentRefs(value: unknown, out: Set<string>): void {
  if (Array.isArray(value)) for (const v of value) componentRefs(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (o.kind === 'ref' && typeof o.name === 'string') out.add(o.name);
    for (const v of Object.values(o)) componentRefs(v, out);
  }
}

/** The models an operation's method names or sends (before following their references). */
function operationSeeds(
  op: OperationIr,
  plan: MethodPlan,
  typeNames: Map<string, string>,
): string[] {
  const seeds = new Set<string>();
  // The plan's annotations (its return, chunk, error and item types), not its operation.
  const annotations = Object.values({ ...plan, op: undefined, args: undefined });
  for (const text of annotations)
    if (typeof text === 'string') for (const m of text.matchAll(MODEL_MARKER)) seeds.add(m[1]!);
  const refs = new Set<string>();
  componentRefs(op, refs);
  for (const r of refs) {
    const name = typeNames.get(r);
    if (name !== undefined) seeds.add(name);
  }
  return [...seeds];
}

/** A resource's part of a module name, clear of the names of the shared and unused modules. */
function resourceStem(resource: string): string {
  const stem = snakeCase(resource);
  return /^(unused|shared)(_|$)/.test(stem) ? `r_${stem}` : stem;
}

export interface TypeModules {
  /** Module (file stem under `types/`) → the model names it defines, sorted. */
  modules: Map<string, string[]>;
  /** Model name → its module. */
  moduleOf: Map<string, string>;
  /** Model name → the models its code refers to. */
  refs: Map<string, string[]>;
  /** Module → who uses its models (its docstring). */
  about: Map<string, string>;
}

/** Each model's module (see the file comment). */
export function typeModules(
  ir: ApiIr,
  plans: ReadonlyMap<string, MethodPlan>,
  types: PythonTypes,
): TypeModules {
  const refs = types.references('model');
  const typeNames = new Map(ir.schemas.map((s) => [s.name, pythonTypeName(s.typeName)]));
  const usedBy = new Map<string, Set<string>>([...refs.keys()].map((n) => [n, new Set()]));
  for (const op of ir.operations) {
    const resource = resourceStem(op.names.resource[0] ?? 'root');
    const stack = operationSeeds(op, plans.get(op.operationId)!, typeNames);
    while (stack.length > 0) {
      const name = stack.pop()!;
      const users = usedBy.get(name);
      if (users === undefined || users.has(resource)) continue;
      users.add(resource);
      stack.push(...refs.get(name)!);
    }
  }
  // Models no operation reaches: grouped the same way by the ones of them nothing else refers to.
  const unused = [...usedBy].filter(([, users]) => users.size === 0).map(([n]) => n);
  const referenced = new Set(unused.flatMap((n) => refs.get(n)!));
  for (const root of unused.filter((n) => !referenced.has(n))) {
    const stack = [root];
    while (stack.length > 0) {
      const name = stack.pop()!;
      const users = usedBy.get(name)!;
      if (users.has(`\0${root}`) || [...users].some((u) => !u.startsWith('\0'))) continue;
      users.add(`\0${root}`);
      stack.push(...refs.get(name)!);
    }
  }
  const moduleOf = new Map<string, string>();
  const modules = new Map<string, string[]>();
  const bySet = new Map<string, string>();
  const about = new Map<string, string>();
  for (const [name, users] of [...usedBy].sort(([a], [b]) => cmp(a, b))) {
    const set = [...users].sort(cmp);
    const key = set.join('\n');
    // Named after the set's only resource, else after its first model (a model has one module).
    let module = bySet.get(key);
    if (module === undefined) {
      const base =
        set.length === 0
          ? '_unused'
          : set.length === 1 && !set[0]!.startsWith('\0')
            ? `_${set[0]}`
            : `_${set[0]!.startsWith('\0') ? 'unused' : 'shared'}_${snakeCase(name)}`;
      // Two model names can snake_case alike (`ABTest`, `AbTest`).
      module = base;
      for (let n = 2; modules.has(module); n++) module = `${base}_${n}`;
      bySet.set(key, module);
      modules.set(module, []);
      about.set(
        module,
        set.length === 0 || set[0]!.startsWith('\0')
          ? 'no operation uses'
          : `client.${set.join(', client.')} use${set.length === 1 ? 's' : ''}`,
      );
    }
    moduleOf.set(name, module);
    modules.get(module)!.push(name);
  }
  return { modules, moduleOf, refs, about };
}

const IMPORTS = MODEL_MODULE_IMPORTS;
const MODULE_HEAD = [
  'from __future__ import annotations\n',
  `from typing import ${IMPORTS.typing.join(', ')}\n`,
  `from pydantic import ${IMPORTS.pydantic.join(', ')}`,
  `from typing_extensions import ${IMPORTS.typing_extensions.join(', ')}\n`,
  'from .._models import Model as _Model, SameJsonType as _SameJsonType',
];
/** Marks every import used (some specs need only some). */
const USED = `_ = (${[...Object.values(IMPORTS).flat(), '_SameJsonType'].join(', ')})`;

/** `types/<module>.py`: its models, after importing the ones of other modules they refer to. */
export function typeModuleCode(
  header: string,
  module: string,
  split: TypeModules,
  types: PythonTypes,
): string {
  const names = split.modules.get(module)!;
  const refs = split.refs;
  const imports = new Map<string, Set<string>>();
  for (const name of names)
    for (const r of refs.get(name)!) {
      const other = split.moduleOf.get(r)!;
      if (other !== module) imports.set(other, (imports.get(other) ?? new Set()).add(r));
    }
  const importLines = [...imports]
    .sort(([a], [b]) => cmp(a, b))
    .map(([m, ns]) => `from .${m} import ${[...ns].sort(cmp).join(', ')}`);
  return [
    `${header}\n"""Response models ${split.about.get(module)!} (import them from \`types\`)."""\n`,
    ...MODULE_HEAD,
    ...importLines,
    `\n${USED}\n`,
    types.definitionsCode('model', names).code,
  ].join('\n');
}

/**
 * `types/__init__.py`: every model by name, its module imported at the first use of a name
 * (`types.X`, `from <pkg>.types import X`); the type checker sees plain re-exports instead.
 */
export function typeIndexCode(header: string, split: TypeModules): string {
  const byModule = [...split.modules].sort(([a], [b]) => cmp(a, b));
  // A class renamed off a typing name is importable by the schema's name too (unless a model has it).
  const renamed = specNameAliases(split.moduleOf.keys());
  const exported = (n: string) => [n, ...[...renamed].filter(([, c]) => c === n).map(([b]) => b)];
  const modules = new Map([...split.moduleOf].flatMap(([n, m]) => exported(n).map((e) => [e, m])));
  const names = [...modules.keys()].sort(cmp);
  return [
    `${header}\n"""Response models (pydantic v2, extra fields kept), named like the TypeScript types.\n\nEach is defined in a module of the resources using it, imported at its first use: a large spec\nhas thousands of models, and a call needs only its own."""\n`,
    'from __future__ import annotations\n',
    'import importlib',
    // Only TYPE_CHECKING: any other typing name here could be a model's (`Any`, `List`).
    'from typing import TYPE_CHECKING\n',
    'if TYPE_CHECKING:',
    ...byModule.map(
      ([m, ns]) =>
        `    from .${m} import ${ns.flatMap((n) => exported(n).map((e) => `${n} as ${e}`)).join(', ')}`,
    ),
    ...(byModule.length === 0 ? ['    pass'] : []),
    '',
    `_MODULES = {${names.map((n) => `${pyString(n)}: ${pyString(modules.get(n)!)}`).join(', ')}}`,
    `_CLASSES: dict[str, str] = {${[...renamed]
      .sort(([a], [b]) => cmp(a, b))
      .map(([b, c]) => `${pyString(b)}: ${pyString(c)}`)
      .join(', ')}}\n`,
    '',
    'if not TYPE_CHECKING:',
    '    # Hidden from type checkers: a misspelt name stays an error there.',
    '    def __getattr__(name: str) -> object:',
    '        module = _MODULES.get(name)',
    '        if module is None:',
    '            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
    '        value = getattr(importlib.import_module(f"{__name__}.{module}"), _CLASSES.get(name, name))',
    '        globals()[name] = value',
    '        return value\n',
    '',
    'def __dir__() -> list[str]:',
    '    return sorted(_MODULES)\n',
    '',
    `__all__ = [${names.map(pyString).join(', ')}]\n`,
  ].join('\n');
}
