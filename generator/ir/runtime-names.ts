/**
 * Names the generated client's runtime already uses. The IR reads them to keep the names it
 * chooses itself (a tag's fallback resource, the client class) off them; the client emitter to
 * reject a spec's own.
 */
import { readFileSync } from 'node:fs';
import { TEMPLATES_DIR } from '../config.js';

/**
 * How the runtime templates (templates/client, templates/python) spell the base error class. Each
 * SDK's copy names it after its own client (`ApiIr.errorClassName`, emit/surface/client-runtime.ts).
 */
export const RUNTIME_ERROR_CLASS = 'ShellApiError';

/** Members of the runtime's BaseClient: a root resource or root method with one of these names would shadow it. */
export const CLIENT_MEMBERS: ReadonlySet<string> = new Set([
  'baseUrl',
  'maxRetries',
  'timeout',
  'idleTimeout',
  'withOptions',
  'scrub',
  'logger',
  'request',
  'toJSON',
  'maxResponseBytes',
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'constructor',
]);

/**
 * Public members of the Python runtime's clients (`SyncAPIClient`, `AsyncAPIClient` in
 * templates/python/_base.py), spelt as the IR names resources and methods: a root resource or
 * root method the Python SDK spells like one (`close`) would replace it.
 */
export const PYTHON_CLIENT_MEMBERS: ReadonlySet<string> = new Set([
  'baseUrl',
  'close',
  'idleTimeout',
  'maxRetries',
  'timeout',
]);

/** Names an index module exports (`export { a, type B as C } from …` → `a`, `C`). */
export function exportedNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const block of text.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)) {
    for (const raw of block[1]!.split(',')) {
      const name = raw
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)
        .pop()!
        .trim();
      if (name) names.add(name);
    }
  }
  return names;
}

let runtimeExports: ReadonlySet<string> | undefined;

/** What the client runtime's index exports (`Stream`, `RequestOptions`, …), read from its template once. */
export function clientRuntimeExports(): ReadonlySet<string> {
  runtimeExports ??= exportedNames(readFileSync(`${TEMPLATES_DIR}/client/index.ts`, 'utf8'));
  return runtimeExports;
}

/** What the Python package root re-exports from its runtime modules, beside the client classes. */
export const PYTHON_ROOT_EXPORTS: Readonly<Record<string, readonly string[]>> = {
  '._errors': [
    RUNTIME_ERROR_CLASS,
    'APIError',
    'APIStatusError',
    'APIConnectionError',
    'APITimeoutError',
    'IncompleteStreamError',
    'InvalidStreamEventError',
    'StreamEventError',
    'BadRequestError',
    'AuthenticationError',
    'PermissionDeniedError',
    'NotFoundError',
    'ConflictError',
    'UnprocessableEntityError',
    'RateLimitError',
    'InternalServerError',
    'TaskError',
    'TaskFailedError',
    'TaskCancelledError',
    'TaskTimeoutError',
    'TaskSubmitError',
  ],
  '._pagination': ['AsyncPage', 'Paging', 'SyncPage'],
  '._response': ['RawResponse'],
  '._streaming': ['AsyncStream', 'Stream'],
  '._tasks': ['TaskSnapshot', 'TaskState'],
  '._types': ['NOT_GIVEN', 'FileInput', 'NotGiven', 'RequestOptions'],
};

/** What `_client.py`, the module of both Python client classes, imports by name, by module. */
export const PYTHON_CLIENT_IMPORTS: Readonly<Record<string, readonly string[]>> = {
  functools: ['cached_property'],
  pathlib: ['Path'],
  typing: [
    'TYPE_CHECKING',
    'Any',
    'Callable',
    'Dict',
    'List',
    'Mapping',
    'Optional',
    'TypeVar',
    'Union',
    'cast',
    'overload',
  ],
  typing_extensions: ['Literal'],
  '._base': ['AsyncAPIClient', 'ClientConfig', 'Operation', 'SyncAPIClient'],
  '._lazy': ['LazyModule'],
  '._pagination': PYTHON_ROOT_EXPORTS['._pagination']!,
  '._response': ['async_raw_response_wrapper', 'raw_response_wrapper'],
  '._streaming': PYTHON_ROOT_EXPORTS['._streaming']!,
  '._tasks': [
    'TaskDescriptor',
    'TaskSnapshot',
    'async_wait_for_task',
    'task_id_from',
    'wait_for_task',
  ],
  '._types': PYTHON_ROOT_EXPORTS['._types']!,
};

/**
 * Class names the Python client pair `<Name>` / `Async<Name>` would shadow in `_client.py` or the
 * package root: every name above, and `Page` for `AsyncPage` (its `Async<Name>` is taken).
 */
export function pythonTakenClassNames(): ReadonlySet<string> {
  const names = new Set<string>();
  for (const group of [PYTHON_ROOT_EXPORTS, PYTHON_CLIENT_IMPORTS])
    for (const name of Object.values(group).flat()) {
      if (!/^[A-Z]/.test(name)) continue;
      names.add(name);
      if (/^Async[A-Z]/.test(name)) names.add(name.slice('Async'.length));
    }
  return names;
}
