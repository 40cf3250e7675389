/**
 * Every identifier is decided here, once: client resource paths and method names, standalone
 * function names, type stems, schema type names and the client class. A clash is a located error,
 * or a suffix with a located warning (never a silent one).
 */
import type { CallbackIr, OperationNamesIr, ResourceIr } from './types.js';
import type { IrContext } from './context.js';
import type { CallbackDraft, OperationDraft } from './operations.js';
import { join } from '../util/json-pointer.js';
import { compareCodePoints as cmp } from '../util/compare.js';

const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for function if ' +
    'import in instanceof new null return super switch this throw true try typeof var void while with yield let static ' +
    'implements interface package private protected public await arguments eval'
  ).split(' '),
);

import { camelCase, pascalCase, words } from './casing.js';
import {
  clientRuntimeExports,
  pythonTakenClassNames,
  RUNTIME_ERROR_CLASS,
} from './runtime-names.js';

export { camelCase, pascalCase, words };

/** A safe identifier for a standalone function or variable. */
export function safeIdentifier(name: string): string {
  return RESERVED.has(name) ? `${name}_` : name;
}

/**
 * Global types schema.ts names unqualified: openapi-typescript's text (`Record<string, never>`,
 * `Omit<…>` for discriminators, `Extract`, `ReadonlyArray`) and the `WithRequired` helper it
 * declares. A schema of one of these names would shadow it (TS2315) or clash with it.
 */
const SCHEMA_TS_GLOBALS = new Set(['Extract', 'Omit', 'ReadonlyArray', 'Record', 'WithRequired']);

/**
 * A component schema's type name, shown alike by the SDK, the docs and the Python SDK: PascalCase,
 * with `_` appended where it is one of `SCHEMA_TS_GLOBALS` (`Record` → `Record_`). PascalCase
 * never ends in `_`, so the suffixed name is never another schema's.
 */
export function schemaTypeName(name: string): string {
  const typeName = pascalCase(name) || '_';
  return SCHEMA_TS_GLOBALS.has(typeName) ? `${typeName}_` : typeName;
}

/** Every type name a component schema gives both SDKs: its own, and its `<Type>Input` / `<Type>Output` split. */
export function schemaExportNames(
  schemas: readonly { typeName: string; requestTypeName?: string; responseTypeName?: string }[],
): string[] {
  return schemas.flatMap((s) =>
    [s.typeName, s.requestTypeName ?? [], s.responseTypeName ?? []].flat(),
  );
}

/** Fallback operationId for operations without one: method + path words (`get /pets/{id}` → `getPetsId`). */
export function fallbackOperationId(method: string, path: string): string {
  return camelCase(`${method} ${path.replace(/[{}]/g, ' ')}`);
}

/** An operation's names; `tagResource` is its tag's resource (`tagResources`). */
export function operationNames(op: OperationDraft, tagResource: string): OperationNamesIr {
  const sdkName = op.extensions['x-sdk-name'];
  let resource: string[];
  let method: string;
  if (typeof sdkName === 'string' && sdkName.includes('.')) {
    const parts = sdkName.split('.').map(camelCase);
    method = parts.pop()!;
    resource = parts;
  } else {
    resource = [tagResource];
    // Non-ASCII operationIds give no identifier: fall back to the method and path.
    method =
      camelCase(typeof sdkName === 'string' ? sdkName : op.operationId) ||
      fallbackOperationId(op.method, op.path);
  }
  const stem = [...resource, method].map(pascalCase).join('');
  return {
    resource,
    method,
    function: safeIdentifier(stem.charAt(0).toLowerCase() + stem.slice(1)),
    typeStem: stem,
  };
}

/**
 * The types both SDKs derive from an operation's `typeStem` (TypeScript `…Params`, `…Response`,
 * `…ErrorBody`, `…Chunk`; Python the same but `…Params`): exported beside the component schemas.
 */
export const DERIVED_TYPE_SUFFIXES = ['Params', 'Response', 'ErrorBody', 'Chunk'] as const;

/**
 * Moves a type stem whose derived names a component schema already has (`PetsGetPet` +
 * `Response` beside a schema `PetsGetPetResponse`) to the first free `<stem>Operation`,
 * `<stem>Operation2`, …, with a located warning: the schema keeps its own name in both SDKs.
 */
export function avoidSchemaTypeNames(
  ctx: IrContext,
  ops: { source: string; names: OperationNamesIr }[],
  schemaTypeNames: ReadonlySet<string>,
): void {
  const stems = new Set(ops.map((op) => op.names.typeStem));
  const hits = (stem: string): string | undefined =>
    DERIVED_TYPE_SUFFIXES.map((s) => stem + s).find((n) => schemaTypeNames.has(n));
  for (const op of ops) {
    const stem = op.names.typeStem;
    const hit = hits(stem);
    if (hit === undefined) continue;
    let next = `${stem}Operation`;
    for (let n = 2; stems.has(next) || hits(next) !== undefined; n++) next = `${stem}Operation${n}`;
    stems.add(next);
    op.names.typeStem = next;
    ctx.problems.push(
      ctx.warning(
        'name-clash',
        join(op.source, 'operationId'),
        `the schema ${hit} has this operation's type name: its types are named \`${next}…\` (\`${next}Response\`) instead`,
        'rename the schema, or name the operation with `x-sdk-name`',
      ),
    );
  }
}

/** The title in PascalCase (`Shell API` → `ShellApi`), or `undefined` when that is no identifier (`価格`). */
function titleClassName(title: string): string | undefined {
  const name = words(title)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
  return /^[A-Z][A-Za-z0-9]*$/.test(name) ? name : undefined;
}

/**
 * The client class: `base` when free, else the first free `<Name>Client`, `<Name>Client2`, … (a
 * resource class `Pets` for the title `Pets`, a schema, an operation's type, a runtime export).
 */
function classNameFor(base: string, taken: ReadonlyMap<string, string>): string {
  if (!taken.has(base)) return base;
  let next = base.endsWith('Client') ? `${base}2` : `${base}Client`;
  for (let n = 2; taken.has(next); n++) next = `${base}Client${n}`;
  return next;
}

/**
 * The top-level names the client class must not take, with what has them: the client runtime's
 * exports (`Stream`, `RequestOptions`), the Python SDK's own (`SyncPage`, `NotFoundError`, `Page`
 * for `AsyncPage`), resource classes, schemas, operation types.
 */
export function clientTakenNames(
  resources: ResourceIr,
  schemaTypeNames: Iterable<string>,
  stems: Iterable<string>,
): Map<string, string> {
  const taken = new Map<string, string>();
  for (const name of pythonTakenClassNames()) taken.set(name, 'a name of the Python SDK');
  for (const name of clientRuntimeExports()) taken.set(name, 'an export of the client runtime');
  for (const name of schemaTypeNames) taken.set(name, 'a schema type');
  for (const stem of stems)
    for (const s of DERIVED_TYPE_SUFFIXES) taken.set(stem + s, 'an operation type');
  const walk = (node: ResourceIr): void => {
    if (node.className)
      taken.set(node.className, `the class of the resource \`${node.path.join('.')}\``);
    node.children.forEach(walk);
  };
  walk(resources);
  return taken;
}

/**
 * The client class name, decided once for the IR (`ApiIr.clientClassName`, which both SDKs, the
 * docs and the diff read): the title's PascalCase, `Client` when the title gives no identifier
 * (a `name-fallback` warning), and `<Name>Client` when that name is taken (a `name-clash` warning).
 */
export function decideClientClassName(
  ctx: IrContext,
  title: string,
  taken: ReadonlyMap<string, string>,
): string {
  const own = titleClassName(title);
  const wanted = own ?? 'Client';
  const name = classNameFor(wanted, taken);
  if (own === undefined)
    ctx.problems.push(
      ctx.warning(
        'name-fallback',
        '#/info/title',
        `the title "${title}" gives no identifier: the client class is \`${name}\` (Python \`${name}\` / \`Async${name}\`)`,
        'set an `info.title` with Latin letters to choose the client class name',
      ),
    );
  else if (wanted !== name)
    ctx.problems.push(
      ctx.warning(
        'name-clash',
        '#/info/title',
        `the title's class name \`${wanted}\` is ${taken.get(wanted)}: the client class is \`${name}\` (Python \`${name}\` / \`Async${name}\`)`,
        'change `info.title` to choose the client class name',
      ),
    );
  return name;
}

/**
 * The base error class, decided once for the IR (`ApiIr.errorClassName`): `<Client>Error`, so an
 * SDK for another spec carries its own name (`ShellApi` → `ShellApiError`), or the first free
 * `<Client>Error2`, … when a schema, an operation type or a resource class has it. The runtime's
 * own spelling of the class is no clash: it is the class being named.
 */
export function decideErrorClassName(
  clientClassName: string,
  taken: ReadonlyMap<string, string>,
): string {
  const free = (name: string): boolean => name === RUNTIME_ERROR_CLASS || !taken.has(name);
  const base = `${clientClassName}Error`;
  let name = base;
  for (let n = 2; !free(name); n++) name = `${base}${n}`;
  return name;
}

/**
 * An operationId with no Latin letter or digit (`取得商品`) gives no identifier, so a name from the
 * method and path stands in: say so. (A tag's fallback is `tagResources`' to report.)
 */
export function warnFallbackNames(
  ctx: IrContext,
  op: OperationDraft,
  names: OperationNamesIr,
): void {
  if (typeof op.extensions['x-sdk-name'] === 'string' || camelCase(op.operationId)) return;
  ctx.problems.push(
    ctx.warning(
      'name-fallback',
      join(op.source, 'operationId'),
      `operationId "${op.operationId}" gives no identifier: the client method is \`${names.method}\` (from the method and path)`,
      'set `x-sdk-name` (e.g. `orders.list`) to choose the names',
    ),
  );
}

/**
 * A resource's TypeScript class: its path in PascalCase (`Pet`), or `<Name>Resource` (Python's
 * spelling of every resource class) when a schema type exported from the package root has that
 * name, so `import type { Pet }` is the schema and the class does not hide it.
 */
export function resourceClassName(path: string[], schemaNames: ReadonlySet<string>): string {
  const base = path.map(pascalCase).join('');
  if (!schemaNames.has(base)) return base;
  let name = `${base}Resource`;
  for (let n = 2; schemaNames.has(name); n++) name = `${base}Resource${n}`;
  return name;
}

/** Checks that no two operations share a method name or function name, and builds the resource tree. */
export function buildResources(
  ctx: IrContext,
  ops: { operationId: string; names: OperationNamesIr; source: string }[],
  schemaNames: ReadonlySet<string>,
): ResourceIr {
  const root: ResourceIr = { name: '', path: [], className: '', operations: [], children: [] };
  const methodOwner = new Map<string, { id: string; source: string }>();
  const functionOwner = new Map<string, { id: string; source: string }>();
  const typeOwner = new Map<string, { id: string; source: string }>();
  const byPath = new Map<string, ResourceIr>([['', root]]);
  const methodsOf = new Map<ResourceIr, Map<string, string>>();

  const resourceAt = (path: string[]): ResourceIr => {
    const key = path.join('.');
    let node = byPath.get(key);
    if (node) return node;
    const parent = resourceAt(path.slice(0, -1));
    node = {
      name: path[path.length - 1]!,
      path,
      className: resourceClassName(path, schemaNames),
      operations: [],
      children: [],
    };
    parent.children.push(node);
    byPath.set(key, node);
    return node;
  };

  const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
  for (const op of ops) {
    const at = join(op.source, 'operationId');
    const full = [...op.names.resource, op.names.method].join('.');
    if (![...op.names.resource, op.names.method].every((n) => IDENTIFIER.test(n))) {
      ctx.problem(
        'name-invalid',
        at,
        `${op.operationId} gives no usable client name (\`${full}\`)`,
        'set `x-sdk-name` (e.g. `pets.list`)',
      );
      continue;
    }
    // Owners are keyed by the operation's location: two operations may share a (fallback) operationId.
    const clash = (
      owner: Map<string, { id: string; source: string }>,
      key: string,
      what: string,
    ): boolean => {
      const other = owner.get(key);
      if (other !== undefined && other.source !== op.source) {
        ctx.problem(
          'name-clash',
          at,
          `${what} \`${key}\` of ${op.operationId} is already used by ${other.id}`,
          'set a distinct `x-sdk-name` on one of them',
        );
        return true;
      }
      owner.set(key, { id: op.operationId, source: op.source });
      return false;
    };
    if (clash(methodOwner, full, 'client method')) continue;
    if (clash(functionOwner, op.names.function, 'function name')) continue;
    if (clash(typeOwner, op.names.typeStem, 'type name')) continue;
    const node = resourceAt(op.names.resource);
    node.operations.push(op.operationId);
    let methods = methodsOf.get(node);
    if (!methods) methodsOf.set(node, (methods = new Map()));
    methods.set(op.operationId, op.names.method);
  }

  // A method and a child resource of the same name would overwrite each other on the client.
  const sortNode = (node: ResourceIr): void => {
    const methods = methodsOf.get(node) ?? new Map<string, string>();
    node.operations.sort((a, b) => cmp(methods.get(a)!, methods.get(b)!));
    node.children.sort((a, b) => cmp(a.name, b.name));
    for (const child of node.children) {
      for (const [opId, method] of methods) {
        if (method === child.name) {
          const op = ops.find((o) => o.operationId === opId)!;
          ctx.problem(
            'name-clash',
            join(op.source, 'operationId'),
            `method \`${method}\` clashes with the sub-resource \`${[...node.path, child.name].join('.')}\``,
            'rename one with `x-sdk-name`',
          );
        }
      }
      sortNode(child);
    }
  };
  sortNode(root);
  return root;
}

/** Callbacks of one owner (an operation, or the document's root `webhooks`) and the stem of their type names. */
export interface CallbackOwner {
  /** `MidjourneySubmitImagine` for an operation, '' for root webhooks. */
  stem: string;
  /** `Payload` for an operation's callbacks, `WebhookPayload` for root webhooks. */
  suffix: string;
  callbacks: CallbackDraft[];
}

/**
 * Names every callback's payload type: `<stem><Name><suffix>`, with the method joined in when
 * one callback name has several requests. Names must be unique across the whole API (they are
 * exported side by side); a clash is a located `name-clash` error on the later callback.
 */
export function nameCallbacks(ctx: IrContext, owners: CallbackOwner[]): CallbackIr[][] {
  const taken = new Map<string, string>();
  return owners.map((owner) =>
    owner.callbacks.map((cb, i) => {
      const several = owner.callbacks.filter((c) => c.name === cb.name).length > 1;
      const base = pascalCase(cb.name) || `Callback${i + 1}`;
      const typeName = `${owner.stem}${base}${several ? pascalCase(cb.method) : ''}${owner.suffix}`;
      const other = taken.get(typeName);
      if (other !== undefined) {
        ctx.problem(
          'name-clash',
          cb.source,
          `callback payload type \`${typeName}\` is already used by the callback at ${other}`,
          'rename one of the callbacks (or the operation with `x-sdk-name`)',
        );
      } else {
        taken.set(typeName, cb.source);
      }
      return { ...cb, typeName };
    }),
  );
}
