/**
 * The TypeScript sources of the SDK, one ts-morph structure per file: operation functions and
 * their types per resource group, task descriptors and waits, resource classes, the client class
 * and the package index.
 */
import {
  StructureKind,
  VariableDeclarationKind,
  type ClassDeclarationStructure,
  type MethodDeclarationStructure,
  type OptionalKind,
  type PropertyDeclarationStructure,
  type StatementStructures,
  type WriterFunction,
} from 'ts-morph';
import type {
  ApiIr,
  CallbackIr,
  OperationIr,
  ResourceIr,
  SecuritySchemeIr,
  TaskIdInputIr,
} from '../../ir/types.js';
import { compareCodePoints as cmp } from '../../util/compare.js';
import { sdkCredential } from '../../ir/security-schemes.js';
import { generatedHeader } from '../header.js';
import { callbackReadHint, receiversOf } from '../surface/callback-receivers.js';
import {
  andWaitCallable,
  escapeDoc,
  operationCallable,
  receiverCallable,
  toFunction,
  toMethod,
  waitForCallable,
  type Callable,
} from './callables.js';
import { CLIENT_MEMBERS } from '../../ir/runtime-names.js';
import {
  RUNTIME_EXPORTS,
  defaultBaseUrl,
  exampleClientOptions,
  groupOf,
  sortedUnique,
} from './naming.js';
import { whenStreams, type OperationPlan } from '../surface/plan.js';
import { pathPrefixes } from '../surface/client-identity.js';
import { printStructure } from './printer.js';
import { ClientEmitError } from '../surface/client-emit-error.js';
import type { TasksPlan } from '../surface/tasks-plan.js';
import { propertyKey, quote, schemaType } from '../surface/type-refs.js';
import type { EmitMemo } from '../../incremental/memo.js';

type Statement = string | StatementStructures;

const CORE_TYPES = [
  'APIPromise',
  'BaseClient',
  'BinaryAs',
  'BinaryRequestOptions',
  'BinaryResult',
  'ClientConfig',
  'ClientOptions',
  'PageItem',
  'PagePromise',
  'RequestOptions',
  'Stream',
  'TaskDescriptor',
  'TaskResultAt',
  'TaskRun',
  'TaskSnapshot',
  'Uploadable',
  'WaitOptions',
];

let lastText: string | undefined;
let lastWords = new Set<string>();

/** `[A-Za-z0-9_$]`, by character code. */
const WORD = new Uint8Array(128);
for (const c of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$')
  WORD[c.charCodeAt(0)] = 1;

/**
 * The identifiers a text uses, not after `.` or `'` (members and quoted keys are not imports): one
 * scan per text, so deciding a file's imports is linear in its size, not size × names (a
 * 3,000-operation spec spent 30 s here with one regex per name). A loop over character codes: the
 * texts are the JSON of every structure of a file, docs included.
 */
function identifiersIn(text: string): Set<string> {
  if (text === lastText) return lastWords;
  const words = new Set<string>();
  const end = text.length;
  for (let i = 0; i < end;) {
    const first = text.charCodeAt(i);
    if (first >= 128 || WORD[first] === 0) {
      i++;
      continue;
    }
    const start = i;
    while (++i < end) {
      const c = text.charCodeAt(i);
      if (c >= 128 || WORD[c] === 0) break;
    }
    if (first <= 57 && first >= 48) continue; // a number
    const before = start === 0 ? 0 : text.charCodeAt(start - 1);
    if (before !== 46 /* . */ && before !== 39 /* ' */) words.add(text.slice(start, i));
  }
  lastText = text;
  lastWords = words;
  return words;
}

/** Imports of the names a file's text uses (value imports win over type-only ones). */
/** What client files take from schema.ts: the component map, and the direction maps (declarations.ts). */
const SCHEMA_IMPORTS = ['components', 'paths', 'requestSchemas', 'responseSchemas'];

function imports(
  text: string,
  from: string,
  values: readonly string[],
  types: readonly string[],
): Statement[] {
  const words = identifiersIn(text);
  const used = (name: string): boolean => words.has(name);
  const valueNames = sortedUnique(values.filter(used));
  const typeNames = sortedUnique(types.filter((t) => used(t) && !valueNames.includes(t)));
  const named = [
    ...valueNames.map((n) => ({ name: n, isTypeOnly: false })),
    ...typeNames.map((n) => ({ name: n, isTypeOnly: true })),
  ].sort((a, b) => cmp(a.name, b.name));
  if (named.length === 0) return [];
  if (valueNames.length === 0) {
    return [
      {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: from,
        isTypeOnly: true,
        namedImports: namesWriter(typeNames),
      },
    ];
  }
  const specifiers = named.map((n) => (n.isTypeOnly ? `type ${n.name}` : n.name));
  return [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: from,
      namedImports: namesWriter(specifiers),
    },
  ];
}

/**
 * Import or export specifiers written as ts-morph writes them (`a, type B, c`), at once: given
 * as a list, ts-morph inserts each comma into the text written so far (quadratic in the length of
 * the list: every schema name of a large spec) after scanning each name with TypeScript's scanner.
 * Declares its parameter: ts-morph reads the length of the `namedImports` or `namedExports` it gets
 * (a function's is its parameter count) to see whether there are any.
 */
function namesWriter(names: string[]): WriterFunction {
  return (writer) => {
    writer.write(names.join(', '));
  };
}

/** Rough text of structures, to decide imports before printing. */
function textOf(value: unknown): string {
  return JSON.stringify(value);
}

function header(module: string): string {
  return generatedHeader(module);
}

function typeAlias(name: string, type: string, doc: string): StatementStructures {
  return { kind: StructureKind.TypeAlias, name, type, isExported: true, docs: [escapeDoc(doc)] };
}

// ───────────────────────────── operations/<group>.ts ─────────────────────────────

export interface OperationFile {
  group: string;
  path: string;
  /** Names exported (functions and types), for the task file's imports. */
  values: string[];
  types: string[];
  contents: string;
}

export function operationFiles(
  ir: ApiIr,
  plans: ReadonlyMap<string, OperationPlan>,
  callables: ReadonlyMap<string, Callable>,
  memo?: EmitMemo,
): OperationFile[] {
  const groups = new Map<string, OperationIr[]>();
  for (const op of ir.operations) {
    const group = groupOf(op.names.resource);
    groups.set(group, [...(groups.get(group) ?? []), op]);
  }
  const files: OperationFile[] = [];
  for (const group of [...groups.keys()].sort(cmp)) {
    const ops = groups.get(group)!;
    const build = (): OperationFile => operationFile(group, ops, plans, callables);
    const key = memo && ops.map((op) => memo.keys.operation(op.operationId)).join(',');
    files.push(key ? memo!.get(`client\0operations\0${group}\0${key}`, build) : build());
  }
  return files;
}

/** One group's module: each operation's types and standalone function. */
function operationFile(
  group: string,
  ops: OperationIr[],
  plans: ReadonlyMap<string, OperationPlan>,
  callables: ReadonlyMap<string, Callable>,
): OperationFile {
  const body: Statement[] = [];
  const values: string[] = [];
  const types: string[] = [];
  for (const op of ops) {
    const plan = plans.get(op.operationId)!;
    const call = `\`client.${[...op.names.resource, op.names.method].join('.')}()\``;
    if (plan.paramsType && plan.paramsDefinition) {
      body.push(
        typeAlias(
          plan.paramsType,
          plan.paramsDefinition,
          `Parameters of ${call} (${op.operationId}).`,
        ),
      );
      types.push(plan.paramsType);
    }
    if (plan.responseTypeName) {
      body.push(
        typeAlias(
          plan.responseTypeName,
          plan.response.type,
          `Success body of ${call} (${op.operationId}).`,
        ),
      );
      types.push(plan.responseTypeName);
    }
    if (plan.chunkTypeName && plan.stream) {
      body.push(
        typeAlias(
          plan.chunkTypeName,
          plan.stream.chunkType,
          (plan.stream.flag !== undefined
            ? `One streamed event of ${call} (${whenStreams(plan)}).`
            : `One streamed event of ${call}.`) +
            // The IR's decision: said where a consumer reads the type.
            (op.stream?.itemSchemaInferred
              ? " Inferred from the spec's example events (it declares no event schema)."
              : ''),
        ),
      );
      types.push(plan.chunkTypeName);
    }
    if (plan.errorTypeName && plan.errorDefinition) {
      body.push(
        typeAlias(
          plan.errorTypeName,
          plan.errorDefinition,
          `Error bodies of ${call}: read them from \`APIError<${plan.errorTypeName}>\`'s \`error\`.`,
        ),
      );
      types.push(plan.errorTypeName);
    }
    const callable = callables.get(op.operationId)!;
    body.push(toFunction(callable));
    values.push(callable.functionName);
  }
  const text = textOf(body);
  const path = `sdk/src/operations/${group}.ts`;
  const statements: Statement[] = [
    header('generator/emit/client/source-files.ts'),
    ...imports(
      text,
      '../core/index.js',
      [
        'buildPath',
        'encodeBody',
        'encodeTextBody',
        'headerText',
        'omit',
        'paginate',
        'sseStream',
        'styledPairs',
        'styledPath',
        'withCookies',
      ],
      CORE_TYPES,
    ),
    ...imports(text, '../schema.js', [], SCHEMA_IMPORTS),
    ...body,
  ];
  return { group, path, values, types, contents: printStructure(path, { statements }) };
}

// ───────────────────────────── tasks.ts ─────────────────────────────

/**
 * The `poll` of a descriptor: the task id goes where the poll takes it, nothing else is sent. A
 * poll that needs more than the id never gets here: the IR reports it (ir/poll-needs.ts), never a
 * cast that would hide the missing parameters from the type checker.
 */
function pollField(
  poll: OperationIr,
  plan: OperationPlan,
  descriptorTaskParam: TaskIdInputIr,
): string {
  const args: string[] = ['client', ...plan.pathArgs.map(() => 'id')];
  if (plan.paramsType) {
    const idField = plan.fields.find(
      (f) => f.name === descriptorTaskParam.name && f.in === descriptorTaskParam.in,
    );
    if (idField) args.push(`{ ${propertyKey(idField.propertyName)}: id }`);
    else if (descriptorTaskParam.in === 'body') {
      const inner = `{ ${propertyKey(descriptorTaskParam.name)}: id }`;
      args.push(plan.body!.mode === 'key' ? `{ body: ${inner} }` : inner);
    } else if (plan.body?.mode === 'key' && plan.body.required)
      args.push('{ body: {} }'); // an empty object the body accepts (pollNeeds), under a clashing `body` key
    else args.push('undefined');
  }
  // The poll itself when it takes exactly (client, id, options): no wrapper to bundle.
  if (args.length === 2 && args[1] === 'id') return poll.names.function;
  return `(client, id, options) => ${poll.names.function}(${[...args, 'options'].join(', ')})`;
}

/**
 * The descriptor fields a task family decides, with `poll` (when given) after the family. No
 * `title`: the runtime never reads it (it words the descriptor's doc comment instead), and every
 * whole-client bundle would carry it.
 */
function familyFields(
  f: TasksPlan['descriptors'][number]['family'],
  poll?: string,
  result: readonly string[] = f.result,
): string[] {
  return [
    `family: ${quote(f.name)}`,
    ...(poll ? [poll] : []),
    ...(f.taskId !== undefined ? [`taskId: ${quote(f.taskId)}`] : []),
    `status: ${quote(f.status)}`,
    ...(f.progress
      ? [`progress: { pointer: ${quote(f.progress.pointer)}, scale: ${quote(f.progress.scale)} }`]
      : []),
    resultField(result),
    ...(f.error ? [`error: ${quote(f.error)}`] : []),
    `states: { ${(['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const).map((s) => `${s}: ${JSON.stringify(f.states[s])}`).join(', ')} }`,
    `intervalMs: ${f.intervalMs}`,
    `timeoutMs: ${f.timeoutMs}`,
    // For clients without a policy of their own (a bare BaseClient's CLIENT_CONFIG has none).
    'retryPolicy: RETRY_POLICY',
  ];
}

function resultField(result: readonly string[]): string {
  return `result: [${result.map(quote).join(', ')}]`;
}

function objectText(fields: readonly string[]): string {
  return `{\n${fields.map((l) => `  ${l},`).join('\n')}\n}`;
}

/**
 * The module constants of families polled by more than one descriptor, by family name: upper
 * snake case of the name (`ideogram-web` → `IDEOGRAM_WEB_FAMILY`), which no generated export uses.
 */
function familyConstants(tasks: TasksPlan): Map<string, { name: string; written: boolean }> {
  const counts = new Map<string, number>();
  for (const d of tasks.descriptors)
    counts.set(d.family.name, (counts.get(d.family.name) ?? 0) + 1);
  const constants = new Map<string, { name: string; written: boolean }>();
  const taken = new Set<string>();
  for (const [family, count] of counts) {
    if (count < 2) continue;
    const base = `${
      family
        .replace(/[^A-Za-z0-9]+/g, '_')
        .replace(/^_|_$/g, '')
        .toUpperCase() || 'TASK'
    }_FAMILY`;
    let name = /^[0-9]/.test(base) ? `_${base}` : base;
    for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
    taken.add(name);
    constants.set(family, { name, written: false });
  }
  return constants;
}

export function tasksFile(
  ir: ApiIr,
  plans: ReadonlyMap<string, OperationPlan>,
  tasks: TasksPlan,
  andWait: ReadonlyMap<string, Callable>,
  waitFor: ReadonlyMap<string, Callable>,
  receivers: ReadonlyMap<string, Callable>,
  opFiles: OperationFile[],
): string {
  const body: Statement[] = [];
  // A family's fields (all but `poll`), written once when several descriptors poll it.
  const shared = familyConstants(tasks);
  for (const d of tasks.descriptors) {
    const f = d.family;
    const pollPlan = plans.get(d.poll.operationId)!;
    const submitsOfPoll = tasks.submits.filter((s) => s.descriptor === d);
    const taskParam = submitsOfPoll[0]?.submit.task?.poll ?? f.poll;
    const poll = `poll: ${pollField(d.poll, pollPlan, taskParam)}`;
    const constant = shared.get(f.name);
    if (constant && !constant.written) {
      constant.written = true;
      body.push({
        kind: StructureKind.VariableStatement,
        declarationKind: VariableDeclarationKind.Const,
        docs: [escapeDoc(`What every descriptor of the \`${f.name}\` task family shares.`)],
        declarations: [
          {
            name: constant.name,
            type: "Omit<TaskDescriptor, 'poll'>",
            initializer: objectText(familyFields(f)),
          },
        ],
      });
    }
    // A poll whose submits fill only some of the family's result pointers reads just those (a subset).
    const narrowed = d.result.length < f.result.length;
    const fields = constant
      ? [`...${constant.name}`, poll, ...(narrowed ? [resultField(d.result)] : [])]
      : familyFields(f, poll, d.result);
    body.push({
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      isExported: true,
      docs: [
        escapeDoc(
          `How to poll a ${f.title ?? `${f.name} task`} with \`${d.poll.operationId}\` and read its state (from the spec's \`x-task-families.${f.name}\`).`,
        ),
      ],
      declarations: [
        {
          name: d.name,
          type: `TaskDescriptor<${d.typeArgs}>`,
          initializer: objectText(fields),
        },
      ],
    });
    body.push(toFunction(waitFor.get(d.name)!));
    const receiver = receivers.get(d.name);
    if (receiver) body.push(toFunction(receiver));
  }
  for (const s of tasks.submits) body.push(toFunction(andWait.get(s.submit.operationId)!));
  const text = textOf(body);
  const statements: Statement[] = [
    header('generator/emit/client/source-files.ts'),
    ...imports(
      text,
      './core/index.js',
      ['parseTaskCallback', 'submitAndWait', 'waitForTask'],
      CORE_TYPES,
    ),
  ];
  for (const file of opFiles) {
    statements.push(...imports(text, `./operations/${file.group}.js`, file.values, file.types));
  }
  statements.push(...imports(text, './core/retry-policy.js', ['RETRY_POLICY'], []));
  statements.push(...imports(text, './schema.js', [], SCHEMA_IMPORTS));
  statements.push(...body);
  return printStructure('sdk/src/tasks.ts', { statements });
}

// ───────────────────────────── callbacks.ts ─────────────────────────────

/**
 * The exported type of a callback's body: its JSON schema's type, `string` for text, else
 * `unknown`. The API sends it, as it sends a response: without writeOnly properties (directions.ts).
 */
export function callbackPayloadType(ir: ApiIr, callback: CallbackIr): string {
  const content = callback.body?.contents[0];
  if (content?.schema && content.kind !== 'binary')
    return schemaType(ir, content.schema, 'response');
  return content?.kind === 'text' ? 'string' : 'unknown';
}

/** One exported type per callback and webhook body; undefined when the API declares none. */
export function callbacksFile(ir: ApiIr, tasks: TasksPlan): string | undefined {
  const body: Statement[] = [];
  const receivers = receiversOf(tasks);
  for (const op of ir.operations) {
    for (const cb of op.callbacks) {
      const doc = `Body of the \`${cb.name}\` callback of \`client.${[...op.names.resource, op.names.method].join('.')}()\` (${op.operationId}): the API sends \`${cb.method.toUpperCase()}\` to \`${cb.expression}\`. ${callbackReadHint(cb, receivers.get(cb.source))}`;
      body.push(typeAlias(cb.typeName, callbackPayloadType(ir, cb), doc));
    }
  }
  for (const hook of ir.webhooks) {
    const doc = `Body of the \`${hook.name}\` webhook: the API sends \`${hook.method.toUpperCase()}\` to the endpoint you registered. ${callbackReadHint(hook, undefined)}`;
    body.push(typeAlias(hook.typeName, callbackPayloadType(ir, hook), doc));
  }
  if (body.length === 0) return undefined;
  const statements: Statement[] = [
    header('generator/emit/client/source-files.ts'),
    ...imports(textOf(body), './schema.js', [], SCHEMA_IMPORTS),
    ...body,
  ];
  return printStructure('sdk/src/callbacks.ts', { statements });
}

// ───────────────────────────── resources/<top>.ts and the client ─────────────────────────────

interface MemberSet {
  methods: OptionalKind<MethodDeclarationStructure>[];
  /** Standalone functions the methods call, for imports. */
  functions: string[];
}

function membersOf(
  resource: ResourceIr,
  callables: ReadonlyMap<string, Callable>,
  andWait: ReadonlyMap<string, Callable>,
  waitForByResource: ReadonlyMap<string, Callable[]>,
  clientExpr: string,
  reserved: ReadonlySet<string>,
): MemberSet {
  const methods: OptionalKind<MethodDeclarationStructure>[] = [];
  const functions: string[] = [];
  const names = new Map<string, string>();
  const clashes: ClientEmitError[] = [];
  const claim = (name: string, owner: string, operationId?: string): void => {
    const other = names.get(name) ?? (reserved.has(name) ? 'the runtime' : undefined);
    if (other) {
      const message = `resource ${resource.path.join('.') || '(root)'}: member ${name} of ${owner} clashes with ${other}; rename it with x-sdk-name`;
      clashes.push(new ClientEmitError(message, operationId));
    } else names.set(name, owner);
  };
  for (const child of resource.children)
    claim(child.name, `resource ${child.path.join('.')}`, collectOps(child)[0]);
  const add = (c: Callable, owner: string, operationId?: string): void => {
    claim(c.methodName, owner, operationId);
    methods.push(toMethod(c, clientExpr));
    functions.push(c.functionName);
  };
  for (const id of resource.operations) {
    add(callables.get(id)!, id, id);
    const wait = andWait.get(id);
    if (wait) add(wait, `${id} (AndWait)`, id);
  }
  for (const wait of waitForByResource.get(resource.path.join('.')) ?? [])
    add(wait, `${wait.functionName} (waitFor)`);
  if (clashes.length > 0) throw ClientEmitError.all(clashes as [ClientEmitError]);
  methods.sort((a, b) => cmp(a.name, b.name));
  return { methods, functions };
}

const byId = new WeakMap<ApiIr, Map<string, OperationIr>>();

function operationsById(ir: ApiIr): Map<string, OperationIr> {
  let found = byId.get(ir);
  if (!found) byId.set(ir, (found = new Map(ir.operations.map((o) => [o.operationId, o]))));
  return found;
}

function resourceDoc(ir: ApiIr, resource: ResourceIr): string {
  const tags = new Set(collectOps(resource).map((id) => operationsById(ir).get(id)?.tag));
  const tag = ir.tags.find((t) => tags.has(t.name));
  const title = tag
    ? `${tag.displayName}${tag.titleZh ? ` (${tag.titleZh})` : ''}`
    : resource.path.join('.');
  return tag?.description ? `${title}: ${tag.description.trim()}` : title;
}

function collectOps(resource: ResourceIr): string[] {
  return [...resource.operations, ...resource.children.flatMap(collectOps)];
}

function childProperties(
  ir: ApiIr,
  resource: ResourceIr,
  clientExpr: string,
): OptionalKind<PropertyDeclarationStructure>[] {
  return resource.children.map((child) => ({
    name: child.name,
    type: child.className,
    isReadonly: true,
    initializer: `new ${child.className}(${clientExpr})`,
    docs: [escapeDoc(resourceDoc(ir, child))],
  }));
}

export interface ResourceFile {
  top: ResourceIr;
  path: string;
  classes: string[];
  contents: string;
}

export function resourceFiles(
  ir: ApiIr,
  callables: ReadonlyMap<string, Callable>,
  andWait: ReadonlyMap<string, Callable>,
  waitForByResource: ReadonlyMap<string, Callable[]>,
  opFiles: OperationFile[],
  memo?: EmitMemo,
): ResourceFile[] {
  const taskFunctions = taskFunctionNames(andWait, waitForByResource);
  // A resource module reads its operations, the task helpers and every operation module's exports.
  const exports = memo && JSON.stringify(opFiles.map((f) => [f.group, f.values, f.types]));
  return ir.resources.children.map((top) => {
    const build = (): ResourceFile =>
      resourceFile(ir, top, callables, andWait, waitForByResource, opFiles, taskFunctions);
    if (!memo) return build();
    const ops = collectOps(top).map((id) => memo.keys.operation(id));
    const key = `${memo.keys.shared}:${memo.keys.related}:${JSON.stringify([top, ops])}:${exports}`;
    return memo.get(`client\0resources\0${key}`, build);
  });
}

/** One top-level resource's module: its class and its children's. */
function resourceFile(
  ir: ApiIr,
  top: ResourceIr,
  callables: ReadonlyMap<string, Callable>,
  andWait: ReadonlyMap<string, Callable>,
  waitForByResource: ReadonlyMap<string, Callable[]>,
  opFiles: OperationFile[],
  taskFunctions: Set<string>,
): ResourceFile {
  const classes: ClassDeclarationStructure[] = [];
  const functions: string[] = [];
  const visit = (resource: ResourceIr): void => {
    const members = membersOf(
      resource,
      callables,
      andWait,
      waitForByResource,
      'this._client',
      new Set(['_client', 'constructor']),
    );
    functions.push(...members.functions);
    classes.push({
      kind: StructureKind.Class,
      name: resource.className,
      isExported: true,
      extends: 'APIResource',
      docs: [escapeDoc(resourceDoc(ir, resource))],
      properties: childProperties(ir, resource, 'this._client'),
      methods: members.methods,
    });
    resource.children.forEach(visit);
  };
  visit(top);
  const text = textOf(classes);
  const path = `sdk/src/resources/${top.name}.ts`;
  const statements: Statement[] = [
    header('generator/emit/client/source-files.ts'),
    ...imports(text, '../core/index.js', ['APIResource'], CORE_TYPES),
  ];
  for (const file of opFiles)
    statements.push(
      ...imports(
        text,
        `../operations/${file.group}.js`,
        functions.filter((f) => file.values.includes(f)),
        file.types,
      ),
    );
  statements.push(
    ...imports(
      text,
      '../tasks.js',
      functions.filter((f) => taskFunctions.has(f)),
      [],
    ),
  );
  statements.push(...imports(text, '../schema.js', [], SCHEMA_IMPORTS));
  statements.push(...classes);
  return {
    top,
    path,
    classes: classes.map((c) => c.name!),
    contents: printStructure(path, { statements }),
  };
}

function taskFunctionNames(
  andWait: ReadonlyMap<string, Callable>,
  waitForByResource: ReadonlyMap<string, Callable[]>,
): Set<string> {
  return new Set(
    [...andWait.values(), ...[...waitForByResource.values()].flat()].map((c) => c.functionName),
  );
}

function authSchemeLiteral(scheme: SecuritySchemeIr): string | undefined {
  const credential = sdkCredential(scheme);
  if (!credential) return undefined;
  if (credential.kind === 'basic') return `{ type: 'basic', encode: basicCredentials }`;
  if (credential.kind === 'bearer') return `{ type: 'bearer' }`;
  return `{ type: '${credential.kind}', name: ${quote(credential.name)} }`;
}

export function clientFile(
  ir: ApiIr,
  className: string,
  prefix: string,
  callables: ReadonlyMap<string, Callable>,
  andWait: ReadonlyMap<string, Callable>,
  waitForByResource: ReadonlyMap<string, Callable[]>,
  opFiles: OperationFile[],
  resFiles: ResourceFile[],
  agent: string,
): string {
  const root = ir.resources;
  const members = membersOf(root, callables, andWait, waitForByResource, 'this', CLIENT_MEMBERS);
  const schemes = ir.securitySchemes
    .map((s) => [s.name, authSchemeLiteral(s)] as const)
    .filter((e): e is readonly [string, string] => e[1] !== undefined);
  const baseUrl = defaultBaseUrl(ir);
  const config = [
    `envPrefix: ${quote(prefix)}`,
    ...(baseUrl ? [`defaultBaseUrl: ${quote(baseUrl)}`] : []),
    `authSchemes: { ${schemes.map(([name, lit]) => `${propertyKey(name)}: ${lit}`).join(', ')} }`,
  ];
  const prefixes = pathPrefixes(ir);
  if (prefixes.length) config.push(`pathPrefixes: [${prefixes.map(quote).join(', ')}]`);
  const description = [ir.info.summary ?? ir.info.title, ir.info.description?.trim()]
    .filter(Boolean)
    .join('\n\n');
  const cls: ClassDeclarationStructure = {
    kind: StructureKind.Class,
    name: className,
    isExported: true,
    extends: 'APIClient',
    docs: [
      {
        description: escapeDoc(
          `${description}\n\nCredentials: \`apiKey\` option, else the \`${prefix}_API_KEY\` environment variable; root URL: \`baseUrl\`, else \`${prefix}_BASE_URL\`${baseUrl ? `, else \`${baseUrl}\`` : ' (no default: the spec leaves the host to you)'}.`,
        ),
        tags: [
          {
            kind: StructureKind.JSDocTag,
            tagName: 'example',
            text: `\n\`\`\`ts\nconst client = new ${className}(${exampleClientOptions(ir, prefix)});\n\`\`\``,
          },
        ],
      },
    ],
    properties: childProperties(ir, root, 'this'),
    ctors: [
      {
        parameters: [{ name: 'options', type: 'ClientOptions', initializer: '{}' }],
        statements:
          // The User-Agent comes with the class, as the plug-ins do: a bare BaseClient's bundle
          // carries no per-API string it would send.
          `super(options, {\n  ...CLIENT_CONFIG,\n  scrubbing: scrubSecrets,\n  logging: safeLogging,\n  retrying,\n  retryPolicy: RETRY_POLICY,\n  reading: guardedReading,\n  userAgent: ${quote(agent)},\n});`,
      },
    ],
    methods: members.methods,
  };
  const configStatement: StatementStructures = {
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    isExported: true,
    docs: [
      'What the runtime needs to know about this API: environment prefix, default root URL, security schemes, version segments of its paths. The client class adds `scrubbing`, `logging`, `retrying` with `retryPolicy: RETRY_POLICY`, `reading` and its `userAgent`; a bare `new BaseClient(options, CLIENT_CONFIG)` redacts credential headers by name but scrubs no echoed key from messages and bodies, logs nothing, sends each request once, reads bodies uncapped, sends the platform’s own User-Agent and bundles none of them.',
    ],
    declarations: [
      {
        name: 'CLIENT_CONFIG',
        type: 'ClientConfig',
        initializer: `{\n${config.map((l) => `  ${l},`).join('\n')}\n}`,
      },
    ],
  };
  const text = textOf([cls, configStatement]);
  const statements: Statement[] = [
    header('generator/emit/client/source-files.ts'),
    ...imports(
      text,
      './core/index.js',
      [
        'APIClient',
        'basicCredentials',
        'guardedReading',
        'retrying',
        'safeLogging',
        'scrubSecrets',
      ],
      // `BaseClient` is named in the docs only.
      CORE_TYPES.filter((t) => t !== 'BaseClient'),
    ),
    ...imports(text, './core/retry-policy.js', ['RETRY_POLICY'], []),
  ];
  for (const file of opFiles)
    statements.push(
      ...imports(
        text,
        `./operations/${file.group}.js`,
        members.functions.filter((f) => file.values.includes(f)),
        file.types,
      ),
    );
  const taskFunctions = taskFunctionNames(andWait, waitForByResource);
  statements.push(
    ...imports(
      text,
      './tasks.js',
      members.functions.filter((f) => taskFunctions.has(f)),
      [],
    ),
  );
  statements.push(...imports(text, './schema.js', [], SCHEMA_IMPORTS));
  for (const file of resFiles)
    statements.push(
      ...imports(
        text,
        `./resources/${file.top.name}.js`,
        root.children.filter((c) => c.name === file.top.name).map((c) => c.className),
        [],
      ),
    );
  statements.push(configStatement, cls);
  return printStructure('sdk/src/client.ts', { statements });
}

export function indexFile(
  className: string,
  opFiles: OperationFile[],
  resFiles: ResourceFile[],
  hasTasks: boolean,
  hasCallbacks = false,
  schemaTypes: string[] = [],
): string {
  const statements: Statement[] = [
    header('generator/emit/client/source-files.ts'),
    {
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: './client.js',
      namedExports: [className, 'CLIENT_CONFIG', { name: className, alias: 'default' }],
    },
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: './core/index.js' },
    {
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: './core/retry-policy.js',
      namedExports: ['RETRY_POLICY'],
    },
    ...opFiles.map((f): StatementStructures => ({
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: `./operations/${f.group}.js`,
    })),
    ...resFiles
      .map((f): StatementStructures | undefined => {
        const names = f.classes.filter((c) => !RUNTIME_EXPORTS.has(c) && c !== className);
        return names.length
          ? {
              kind: StructureKind.ExportDeclaration,
              moduleSpecifier: `./resources/${f.top.name}.js`,
              namedExports: names.sort(cmp),
            }
          : undefined;
      })
      .filter((s): s is StatementStructures => s !== undefined),
    ...(hasTasks
      ? [
          {
            kind: StructureKind.ExportDeclaration,
            moduleSpecifier: './tasks.js',
          } as StatementStructures,
        ]
      : []),
    ...(hasCallbacks
      ? [
          {
            kind: StructureKind.ExportDeclaration,
            moduleSpecifier: './callbacks.js',
          } as StatementStructures,
        ]
      : []),
    {
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: './schema.js',
      isTypeOnly: true,
      namedExports: namesWriter(
        sortedUnique(['components', 'operations', 'paths', ...schemaTypes]),
      ),
    },
  ];
  return printStructure('sdk/src/index.ts', { statements });
}

/**
 * Builds the `waitFor` and `parseCallback` callables of each descriptor, and the per-resource list
 * of both (they sit on the poll operation's resource).
 */
export function waitCallables(tasks: TasksPlan): {
  byDescriptor: Map<string, Callable>;
  receivers: Map<string, Callable>;
  byResource: Map<string, Callable[]>;
} {
  const byDescriptor = new Map<string, Callable>();
  const receivers = new Map<string, Callable>();
  const byResource = new Map<string, Callable[]>();
  for (const d of tasks.descriptors) {
    const title = d.family.title ?? `${d.family.name} task`;
    const c = waitForCallable(d.poll, d.waitFunction, d.waitMethod, d.name, d.typeArgs, title);
    byDescriptor.set(d.name, c);
    const key = d.poll.names.resource.join('.');
    byResource.set(key, [...(byResource.get(key) ?? []), c]);
    if (d.receiver) {
      const r = receiverCallable(d.poll, d.receiver, d.name, d.typeArgs, title, d.callbacks);
      receivers.set(d.name, r);
      byResource.get(key)!.push(r);
    }
  }
  return { byDescriptor, receivers, byResource };
}

export function andWaitCallables(
  ir: ApiIr,
  plans: ReadonlyMap<string, OperationPlan>,
  tasks: TasksPlan,
): Map<string, Callable> {
  const out = new Map<string, Callable>();
  for (const s of tasks.submits) {
    out.set(
      s.submit.operationId,
      andWaitCallable(
        ir,
        plans.get(s.submit.operationId)!,
        s.descriptor.name,
        s.descriptor.typeArgs,
        s.submit.task!.id,
      ),
    );
  }
  return out;
}

export { operationCallable };
