/**
 * The Python emitter: ApiIr → `python/`, an installable package (`shellapi`):
 *
 *   python/pyproject.toml, python/README.md
 *   python/<pkg>/_*.py          the hand-written runtime (templates/python), copied
 *   python/<pkg>/_policy.py     the IR's retry policy as constants
 *   python/<pkg>/types/         response models (pydantic), a module per group of resources (type-modules.ts)
 *   python/<pkg>/_params.py     request TypedDicts and Literals; params.py re-exports them (param-module.ts)
 *   python/<pkg>/_client.py     the two clients, their resource classes (sync and async), task descriptors
 *   python/<pkg>/__init__.py    exports
 */
import type { ApiIr, OperationIr, ResourceIr } from '../../ir/types.js';
import { sdkCredential } from '../../ir/security-schemes.js';
import { pascalCase } from '../../ir/casing.js';
import { compareCodePoints as cmp } from '../../util/compare.js';
import { PYTHON_CLIENT_IMPORTS, PYTHON_ROOT_EXPORTS } from '../../ir/runtime-names.js';
import { runtimeText } from '../surface/client-runtime.js';
import { BY_EXTENSION, EXTENSION_FOR } from '../../../templates/client/mime.js';
import { JSON_MEDIA_TYPE, TEXT_MEDIA_TYPE } from '../../../templates/client/response.js';
import { generatedHeader } from '../header.js';
import {
  defaultBaseUrl,
  envPrefix,
  pathPrefixes,
  pythonPackageName,
} from '../surface/client-identity.js';
import type { EmitContext, Emitter, VirtualFile } from '../types.js';
import type { EmitMemo } from '../../incremental/memo.js';
import { resolveRefs, type PythonTypes } from '../surface/python-types.js';
import { pythonPlans } from '../surface/python-plans.js';
import { docstring, snakeCase } from '../surface/python-naming.js';
import type { MethodPlan } from '../surface/python-plan.js';
import { pyString } from '../surface/python-literal.js';
import {
  andWaitCode,
  descriptorCode,
  taskResultType,
  methodCode,
  operationConstant,
  pageClassCode,
  pagedBy,
  waitForCode,
  type WaiterPlan,
} from './operations.js';
import { checkMembers } from './members.js';
import { paramDefinitionsCode, paramIndexCode } from './param-module.js';
import { pyproject, readme } from './package-files.js';
import { typeIndexCode, typeModuleCode, typeModules } from './type-modules.js';
import { userAgent } from '../surface/user-agent.js';

export { PythonEmitError } from '../surface/python-types.js';

const HEADER = generatedHeader('generator/emit/python', 'hash');

/**
 * `types` and `params` in `_client.py`: read inside method bodies only, so imported at the first
 * call (importing the package builds none of their classes); the type checker sees the modules.
 */
const LAZY_SUBMODULES = [
  '',
  'if TYPE_CHECKING:',
  '    from . import params, types',
  'else:',
  '    params = LazyModule(f"{__package__}.params")',
  '    types = LazyModule(f"{__package__}.types")\n',
];

interface Layout {
  ir: ApiIr;
  plans: Map<string, MethodPlan>;
  waiters: WaiterPlan[];
  /** Resource path → waiters living on it. */
  waitersOn: Map<string, WaiterPlan[]>;
  memo?: EmitMemo;
  /** The IR's operations by id. */
  operations: ReadonlyMap<string, OperationIr>;
  types: PythonTypes;
}

/** Texts of one plan by what they are (a method per target and kind, the constant). */
const planTexts = new WeakMap<MethodPlan, Record<string, string>>();

/**
 * `code()` (a method or constant of `plan`, a pure function of the plan and its operation), made
 * once per plan; in a watch session kept while the operation's content key and the plan hold (the
 * plan itself is made every run: an inline type's name depends on the operations planned before
 * it). Kept with its type markers resolved, so the module's last pass finds none in it.
 */
function planCode(layout: Layout, plan: MethodPlan, what: string, code: () => string): string {
  let texts = planTexts.get(plan);
  if (texts === undefined) {
    const memo = layout.memo;
    const key =
      memo &&
      `python:plan-code\0${memo.keys.operation(plan.op.operationId)}\0${JSON.stringify({ ...plan, op: undefined })}`;
    // Filled as asked: the same key, the same texts, whichever run made them.
    texts = key ? memo!.get<Record<string, string>>(key, () => ({})) : {};
    planTexts.set(plan, texts);
  }
  return (texts[what] ??= resolveRefs(code(), 'client'));
}

function planWaiters(ir: ApiIr, plans: Map<string, MethodPlan>, types: PythonTypes): WaiterPlan[] {
  const byPoll = new Map<string, WaiterPlan>();
  const byId = new Map(ir.operations.map((op) => [op.operationId, op]));
  for (const family of ir.taskFamilies) {
    // Where each poll takes the id: the family's, or as the first submit overriding the poll says.
    const inputs = [
      family.poll,
      ...ir.operations.filter((o) => o.task?.family === family.name).map((o) => o.task!.poll),
    ];
    for (const input of inputs) {
      const id = input.operationId;
      const key = `${family.name}\0${id}`;
      if (byPoll.has(key)) continue;
      const poll = byId.get(id)!;
      // A poll needing more than the id never gets here: the IR reports it (ir/poll-needs.ts).
      const pollPlan = plans.get(id)!;
      const taskType = pollPlan.returns === 'None' ? 'Any' : pollPlan.returns;
      const result = taskResultType(ir, family, poll, types);
      byPoll.set(key, {
        family,
        poll,
        input,
        pollPlan,
        descriptor: `_TASK_${snakeCase(family.name).toUpperCase()}_${snakeCase(poll.operationId).toUpperCase()}`,
        method: 'wait_for',
        taskType,
        snapshot: `TaskSnapshot[${taskType}${result ? `, ${result}` : ''}]`,
      });
    }
  }
  const waiters = [...byPoll.values()].sort((a, b) => cmp(a.descriptor, b.descriptor));
  const onResource = new Map<string, WaiterPlan[]>();
  for (const w of waiters) {
    const key = w.poll.names.resource.join('.');
    const group = onResource.get(key) ?? [];
    if (group.length > 0)
      w.method = `wait_for_${snakeCase(w.poll.names.method)}${group.some((g) => g.poll === w.poll) ? `_${snakeCase(w.family.name)}` : ''}`;
    group.push(w);
    onResource.set(key, group);
  }
  return waiters;
}

/** `from <module> import a, b` for one module of a by-module name list. */
function importLine(module: string, names: Readonly<Record<string, readonly string[]>>): string {
  return `from ${module} import ${names[module]!.join(', ')}`;
}

/** The Python class of a resource (`Async` before it for the async client's). */
export function resourceClass(resource: ResourceIr): string {
  // From the path, not the TypeScript class (which may already end in `Resource`).
  return `${resource.path.map(pascalCase).join('')}Resource`;
}

function attributePath(path: string[]): string {
  return path.map(snakeCase).join('.');
}

function classBody(
  layout: LayoutNames,
  resource: ResourceIr,
  async_: boolean,
  root: boolean,
): string[] {
  const target = root ? 'self' : 'self._client';
  const out: string[] = [];
  const ops = resource.operations.map((id) => layout.operations.get(id)!);
  for (const op of ops) {
    const plan = layout.plans.get(op.operationId)!;
    out.push(
      planCode(layout, plan, `method\0${target}\0${async_}`, () =>
        methodCode(plan, target, async_),
      ),
    );
    if (op.task) {
      const waiter = layout.waiters.find(
        (w) =>
          w.family.name === op.task!.family && w.poll.operationId === op.task!.poll.operationId,
      )!;
      const path = attributePath(waiter.poll.names.resource);
      out.push(
        andWaitCode(plan, waiter, path, op.task.id, async_)
          .replace('self._client.', root ? 'self.' : 'self._client.')
          .replace(/self\.\._?/, 'self.'),
      );
    }
  }
  for (const w of layout.waitersOn.get(resource.path.join('.')) ?? [])
    out.push(waitForCode(w, target, async_));
  const view = rawView(layout, resource, async_);
  if (view)
    out.push(
      `    @cached_property\n    def with_raw_response(self) -> ${view.name}:\n${docstring(['The methods answering a `RawResponse` (status, headers, request id; `.parse()` is the result).'], '        ')}        return ${view.name}(self)\n`,
    );
  return out;
}

/**
 * `with_raw_response` of a resource (or the client): a class holding each of its methods wrapped
 * by the runtime's `raw_response_wrapper` (templates/python/_response.py), which keeps their
 * arguments and overloads for the type checker. Paged methods (their pages are fetched later) and
 * the task helpers (several calls) have no raw form; undefined when no method has one.
 */
function rawView(
  layout: LayoutNames,
  resource: ResourceIr,
  async_: boolean,
): { name: string; code: string } | undefined {
  const methods = resource.operations
    .map((id) => layout.plans.get(id)!)
    .filter((plan) => pagedBy(plan) === undefined)
    .map((plan) => plan.method);
  if (methods.length === 0) return undefined;
  const owner = `${async_ ? 'Async' : ''}${resource.path.length ? resourceClass(resource) : layout.clientName}`;
  const name = `${owner}WithRawResponse`;
  const wrapper = async_ ? 'async_raw_response_wrapper' : 'raw_response_wrapper';
  const code = [
    `class ${name}:\n`,
    docstring(
      [`\`client.${[...resource.path.map(snakeCase), 'with_raw_response'].join('.')}\``],
      '    ',
    ),
    `    def __init__(self, owner: ${owner}) -> None:\n`,
    ...methods.map((m) => `        self.${m} = ${wrapper}(owner.${m})\n`),
  ].join('');
  return { name, code };
}

/** The `with_raw_response` classes of every resource and the client, sync and async. */
function rawViewClasses(layout: LayoutNames): string[] {
  const classes: string[] = [];
  const walk = (r: ResourceIr): void => {
    for (const async_ of [false, true]) {
      const view = rawView(layout, r, async_);
      if (view) classes.push(view.code);
    }
    r.children.forEach(walk);
  };
  walk(layout.ir.resources);
  return classes;
}

function children(resource: ResourceIr, async_: boolean, owner: string): string[] {
  return resource.children.map(
    (c) =>
      `        self.${snakeCase(c.name)} = ${async_ ? 'Async' : ''}${resourceClass(c)}(${owner})\n`,
  );
}

function resourceClasses(layout: LayoutNames): string[] {
  const classes: string[] = [];
  const walk = (r: ResourceIr): void => {
    for (const c of r.children) walk(c);
    if (r.path.length === 0) return;
    for (const async_ of [false, true]) {
      const name = `${async_ ? 'Async' : ''}${resourceClass(r)}`;
      const ctor = [
        `    def __init__(self, client: ${async_ ? 'Async' : ''}${layout.clientName}) -> None:\n`,
        '        self._client = client\n',
        ...children(r, async_, 'client'),
      ];
      classes.push(
        [
          `class ${name}:\n`,
          docstring([`\`client.${attributePath(r.path)}\``], '    '),
          ...ctor,
          ...classBody(layout, r, async_, false).map((m) => `\n${m}`),
        ].join(''),
      );
    }
  };
  walk(layout.ir.resources);
  return classes;
}

/** One sync page class per page model a paged method returns (see `pageClassCode`). */
function pageClasses(layout: Layout): string[] {
  const byName = new Map<string, string>();
  for (const plan of layout.plans.values())
    if (plan.pageClass && pagedBy(plan) !== undefined && !byName.has(plan.pageClass))
      byName.set(plan.pageClass, pageClassCode(plan, layout.types));
  return [...byName].sort(([a], [b]) => cmp(a, b)).map(([, code]) => code);
}

interface LayoutNames extends Layout {
  clientName: string;
  resourceNames: string[];
}

/** The version segments a base URL ending with one loses (the same list the TypeScript SDK strips). */
function pathPrefixesArg(ir: ApiIr): string {
  const prefixes = pathPrefixes(ir);
  if (prefixes.length === 0) return '';
  const items = prefixes.map(pyString).join(', ');
  return `, path_prefixes=(${items}${prefixes.length === 1 ? ',' : ''})`;
}

function clientModule(
  layout: LayoutNames,
  prefix: string,
  base: string | undefined,
  agent: string,
): string {
  const ir = layout.ir;
  const root = ir.resources;
  const schemes = ir.securitySchemes
    .flatMap((s) => {
      const credential = sdkCredential(s);
      if (!credential) return [];
      const name = 'name' in credential ? pyString(credential.name) : 'None';
      return [`${pyString(s.name)}: (${pyString(credential.kind)}, ${name})`];
    })
    .join(', ');
  const clientDoc = (async_: boolean): string =>
    docstring(
      [
        `${async_ ? 'Async client' : 'Client'} for ${ir.info.title} ${ir.info.version}.`,
        '',
        'Args:',
        `    api_key: default: the ${prefix}_API_KEY environment variable. Never shown in errors, logs or repr.`,
        `    base_url: default: ${prefix}_BASE_URL${base ? `, else ${base}` : ' (required)'}.`,
        '    timeout: seconds per attempt (connect, write and each read; more than 0, default 600; inf: none).',
        '    idle_timeout: longest silence between two chunks of a stream, seconds (default 300).',
        `    max_retries: retries after the first attempt (default ${ir.retryPolicy.maxRetries}); unsafe (non-idempotent) calls are re-sent only when they surely never left.`,
        '    default_headers: sent with every request; a None value removes that header (e.g. the default Accept).',
        `    http_client: your own httpx.${async_ ? 'AsyncClient' : 'Client'} (proxies, event hooks, transports).`,
      ],
      '    ',
    );
  const cls = (async_: boolean): string => {
    const name = `${async_ ? 'Async' : ''}${layout.clientName}`;
    const baseClass = async_ ? 'AsyncAPIClient' : 'SyncAPIClient';
    const http = async_ ? 'httpx.AsyncClient' : 'httpx.Client';
    const body = classBody(layout, root, async_, true);
    return [
      `class ${name}(${baseClass}):\n${clientDoc(async_)}`,
      `    def __init__(self, *, api_key: Optional[str] = None, base_url: Optional[str] = None, timeout: Optional[float] = None, idle_timeout: Optional[float] = None, max_retries: Optional[int] = None, default_headers: Optional[Mapping[str, Optional[str]]] = None, http_client: Optional[${http}] = None) -> None:\n`,
      '        super().__init__(_CONFIG, api_key=api_key, base_url=base_url, timeout=timeout, idle_timeout=idle_timeout, max_retries=max_retries, default_headers=default_headers, http_client=http_client)\n',
      ...children(root, async_, 'self'),
      ...body.map((b) => `\n${b}`),
    ].join('');
  };
  const constants = ir.operations
    .map((op) => {
      const plan = layout.plans.get(op.operationId)!;
      return planCode(layout, plan, 'constant', () => operationConstant(ir, plan));
    })
    .join('');
  const descriptors = layout.waiters.map(descriptorCode).join('');
  const pages = pageClasses(layout);
  return [
    `${HEADER}\n"""The clients \`${layout.clientName}\` and \`Async${layout.clientName}\` and their resource tree."""\n`,
    'from __future__ import annotations\n',
    'import os',
    importLine('functools', PYTHON_CLIENT_IMPORTS),
    importLine('pathlib', PYTHON_CLIENT_IMPORTS),
    `${importLine('typing', PYTHON_CLIENT_IMPORTS)}\n`,
    'import httpx',
    `${importLine('typing_extensions', PYTHON_CLIENT_IMPORTS)}\n`,
    ...Object.keys(PYTHON_CLIENT_IMPORTS)
      .filter((m) => m.startsWith('.'))
      .map((m) => importLine(m, PYTHON_CLIENT_IMPORTS)),
    ...LAZY_SUBMODULES,
    `__all__ = [${[layout.clientName, `Async${layout.clientName}`, ...layout.resourceNames].map(pyString).join(', ')}]\n`,
    '# Names only some specs need.',
    `_ = (os, cached_property, Path, Any, Callable, Dict, List, Optional, TypeVar, Union, Literal, AsyncPage, Paging, SyncPage, AsyncStream, Stream, TaskDescriptor, TaskSnapshot, async_wait_for_task, task_id_from, wait_for_task, async_raw_response_wrapper, raw_response_wrapper, NOT_GIVEN, FileInput, NotGiven, overload, cast, params, types)\n`,
    `_CONFIG = ClientConfig(env_prefix=${pyString(prefix)}, default_base_url=${base ? pyString(base) : 'None'}, auth_schemes={${schemes}}${pathPrefixesArg(ir)}, user_agent=${pyString(agent)})\n`,
    constants,
    descriptors,
    ...(pages.length ? ['_T = TypeVar("_T")\n', ...pages] : []),
    cls(false),
    cls(true),
    ...resourceClasses(layout),
    ...rawViewClasses(layout),
  ].join('\n');
}

export const emitPython: Emitter = (ir: ApiIr, ctx: EmitContext): VirtualFile[] => {
  const pkg = pythonPackageName(ctx.packageName);
  const agent = userAgent(ir, ctx, 'python');
  const prefix = envPrefix(ctx.packageName);
  const clientName = ir.clientClassName;
  const { types, plans } = pythonPlans(ir, ctx.memo);
  const waiters = planWaiters(ir, plans, types);
  const waitersOn = new Map<string, WaiterPlan[]>();
  for (const w of waiters)
    waitersOn.set(w.poll.names.resource.join('.'), [
      ...(waitersOn.get(w.poll.names.resource.join('.')) ?? []),
      w,
    ]);
  const resourceNames: string[] = [];
  const collect = (r: ResourceIr): void => {
    if (r.path.length) resourceNames.push(resourceClass(r), `Async${resourceClass(r)}`);
    r.children.forEach(collect);
  };
  collect(ir.resources);
  const typeSplit = typeModules(ir, plans, types);
  const paramModule = types.module('param', ctx.memo);
  checkMembers(ir.resources, plans, waitersOn);
  const layout: LayoutNames = {
    ir,
    plans,
    waiters,
    waitersOn,
    clientName,
    resourceNames: resourceNames.sort(cmp),
    operations: new Map(ir.operations.map((op) => [op.operationId, op])),
    types,
    ...(ctx.memo ? { memo: ctx.memo } : {}),
  };
  const path = (p: string): string => `python/${pkg}/${p}`;
  const file = (p: string, contents: string): VirtualFile => ({
    path: p,
    contents,
    format: 'none',
  });
  const files: VirtualFile[] = [];
  for (const [name, text] of ctx.templates) {
    if (name.startsWith('python/') && name.endsWith('.py'))
      files.push(
        file(
          path(name.slice('python/'.length)),
          `${HEADER.replace('generator/emit/python', `templates/${name}`)}\n${runtimeText(text, ir.errorClassName)}`,
        ),
      );
  }
  const policy = Object.entries(ir.retryPolicy)
    .map(
      ([k, v]) =>
        `    ${pyString(k)}: ${Array.isArray(v) ? `(${v.join(', ')},)` : typeof v === 'string' ? pyString(v) : String(v)},\n`,
    )
    .join('');
  const pyDict = (map: ReadonlyMap<string, string>): string =>
    [...map].map(([k, v]) => `    ${pyString(k)}: ${pyString(v)},\n`).join('');
  files.push(
    file(
      path('_media_types.py'),
      `${HEADER}\n"""File types by extension, from the TypeScript client's table, so both SDKs label a file alike;\nthe JSON and text classes of a bare media type, the TypeScript client's patterns, so both read an answer alike."""\n\nimport re\n\nBY_EXTENSION = {\n${pyDict(BY_EXTENSION)}}\n\nEXTENSION_FOR = {\n${pyDict(EXTENSION_FOR)}}\n\nJSON_MEDIA_TYPE = re.compile(${pyString(JSON_MEDIA_TYPE.source)})\nTEXT_MEDIA_TYPE = re.compile(${pyString(TEXT_MEDIA_TYPE.source)})\n`,
    ),
  );
  files.push(
    file(
      path('_policy.py'),
      `${HEADER}\n"""The retry policy from the IR (the TypeScript client uses the same numbers)."""\n\nfrom ._types import RetryPolicy\n\nRETRY_POLICY: RetryPolicy = {\n${policy}}\n`,
    ),
  );
  files.push(file(path('types/__init__.py'), typeIndexCode(HEADER, typeSplit)));
  for (const module of typeSplit.modules.keys())
    files.push(file(path(`types/${module}.py`), typeModuleCode(HEADER, module, typeSplit, types)));
  files.push(file(path('_params.py'), paramDefinitionsCode(HEADER, paramModule.code)));
  files.push(file(path('params.py'), paramIndexCode(HEADER, paramModule.names)));
  files.push(
    file(
      path('_client.py'),
      resolveRefs(clientModule(layout, prefix, defaultBaseUrl(ir), agent), 'client'),
    ),
  );
  files.push(file(path('py.typed'), ''));
  // The runtime's base error under this SDK's name (`ApiIr.errorClassName`).
  const rootExports = Object.fromEntries(
    Object.entries(PYTHON_ROOT_EXPORTS).map(([m, names]) => [
      m,
      names.map((n) => runtimeText(n, ir.errorClassName)),
    ]),
  );
  const exports = Object.values(rootExports).flat();
  files.push(
    file(
      path('__init__.py'),
      [
        `${HEADER}\n"""${ir.info.title} SDK for Python: \`${clientName}\`, \`Async${clientName}\`, typed models in \`${pkg}.types\`."""\n`,
        'import importlib',
        'from typing import TYPE_CHECKING, Any\n',
        `from ._client import Async${clientName}, ${clientName}`,
        ...Object.keys(rootExports).map((m) => importLine(m, rootExports)),
        // PEP 562: `pkg.types` / `from pkg import params` import the module when first asked for.
        '',
        'if TYPE_CHECKING:',
        '    from . import params, types\n',
        '',
        'def __getattr__(name: str) -> Any:',
        '    if name in ("params", "types"):',
        '        return importlib.import_module(f"{__name__}.{name}")',
        '    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")\n',
        `__all__ = [${[`Async${clientName}`, clientName, ...exports, 'params', 'types'].map(pyString).join(', ')}]\n`,
      ].join('\n'),
    ),
  );
  files.push(file('python/pyproject.toml', pyproject(ir, pkg, ctx)));
  files.push(
    file(
      'python/README.md',
      readme(ir, pkg, clientName, prefix, defaultBaseUrl(ir), plans, waiters, agent, ctx),
    ),
  );
  return files.sort((a, b) => cmp(a.path, b.path));
};
