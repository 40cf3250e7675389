/**
 * The Python SDK's plan of one method: its name and place on the client, its arguments (path
 * parameters positional, every other input a snake_case keyword mapped back to its wire name), what
 * it returns and how the runtime reads the answer. The Python emitter prints the method from it;
 * the Python call printer (python-call.ts: docs samples, README) and `diff` read the same plan.
 */
import type {
  ApiIr,
  ContentIr,
  OperationIr,
  PagingIr,
  ParameterIr,
  SchemaIr,
} from '../../ir/types.js';
import { hiddenIn } from '../../ir/directions.js';
import { isSentCookie, requestContents, successResponse } from '../../ir/operations.js';
import { extraKeysOf } from '../../ir/object-shape.js';
import { namedSchemas, schemaAtPointer } from '../../ir/schema-path.js';
import { acceptHeader, planResponse, type ResponsePlan } from './plan.js';
import { snakeCase, uniqueIdentifier } from './python-naming.js';
import type { ModelField, PythonTypes } from './python-types.js';

/** Names the generated methods use themselves (arguments, modules, helpers): an input spelt like one gets a trailing `_`. */
const RESERVED = [
  'self',
  'request_options',
  'stream',
  'save_to',
  'on_progress',
  'wait_timeout',
  'poll_interval',
  'max_poll_errors',
  'types',
  'params',
  'cast',
  'task_id_from',
  'wait_for_task',
  'async_wait_for_task',
  'submitted',
];

export interface Arg {
  /** Python name. */
  name: string;
  wire: string;
  where: 'path' | 'query' | 'header' | 'cookie' | 'body' | 'whole-body';
  type: string;
  required: boolean;
  doc?: string;
}

export interface MethodPlan {
  op: OperationIr;
  method: string;
  constant: string;
  args: Arg[];
  returns: string;
  /** The JSON answer's type, where the method returns more than it (JSON or text): what the runtime parses JSON as. */
  castTo?: string;
  /** How the runtime reads the answer (`Operation.response`): as the TypeScript SDK's `as`. */
  read: 'json' | 'text' | 'binary' | 'none' | 'auto';
  /** The Accept header the TypeScript SDK sends for this answer (absent: the runtime's default). */
  accept?: string;
  chunk?: string;
  binary: boolean;
  bodyKind?: string;
  errorModel?: string;
  /** A paged operation's item annotation (`Any` only when the items pointer finds no array). */
  pageItem?: string;
  /** The sync page class whose first page's fields are typed properties (see `pageClassCode`). */
  pageClass?: string;
}

/** The TypeScript SDK's `as` for each answer kind (emit/client/callables.ts); `auto` decides by content type. */
const READ: Record<ResponsePlan['kind'], MethodPlan['read']> = {
  json: 'json',
  text: 'text',
  binary: 'binary',
  none: 'none',
  mixed: 'auto',
};

function constantName(op: OperationIr): string {
  return `_OP_${snakeCase(op.operationId).toUpperCase()}`;
}

export function firstContent(op: OperationIr): ContentIr | undefined {
  return requestContents(op)[0];
}

/** `response`: the TypeScript plan's reading of the answer, when the caller has it already (a watch session's memo). */
export function planMethod(
  ir: ApiIr,
  op: OperationIr,
  types: PythonTypes,
  response: ResponsePlan = planResponse(ir, op),
): MethodPlan {
  const stem = op.names.typeStem;
  const taken = new Set(RESERVED);
  const args: Arg[] = [];
  const param = (p: ParameterIr): Arg => ({
    // The IR's name for it: two parameters of one name get distinct ones (ir/parameter-names.ts).
    name: uniqueIdentifier(snakeCase(p.propertyName), taken),
    wire: p.name,
    where: p.in as Arg['where'],
    type: types.annotation(
      p.schema,
      'param',
      `${stem}${p.identifier.charAt(0).toUpperCase()}${p.identifier.slice(1)}`,
    ),
    required: p.required,
    ...(p.description ? { doc: p.description } : {}),
  });
  for (const p of op.parameters) if (p.in === 'path') args.push(param(p));
  for (const p of op.parameters)
    if (p.in === 'query' || p.in === 'header' || isSentCookie(p)) args.push(param(p));
  const content = firstContent(op);
  if (content && op.requestBody) {
    // A map body (no properties, other keys allowed) is one `body` argument, not keyword arguments.
    const resolved = content.schema ? types.resolve(content.schema) : undefined;
    const map =
      resolved?.kind === 'object' &&
      resolved.properties.length === 0 &&
      extraKeysOf(resolved) !== 'closed';
    const props =
      !map &&
      (content.kind === 'json' || content.kind === 'multipart' || content.kind === 'urlencoded')
        ? content.schema
          ? types.mergedProperties(content.schema)
          : undefined
        : undefined;
    if (props) {
      for (const p of props) {
        if (op.stream && p.name === op.stream.requestFlag) continue;
        if (hiddenIn(p.schema, 'request')) continue; // never sent (ir/directions.ts)
        const resolved = types.resolve(p.schema);
        const doc = p.schema.description ?? resolved.description;
        args.push({
          name: uniqueIdentifier(snakeCase(p.name), taken),
          wire: p.name,
          where: 'body',
          type: types.annotation(
            p.schema,
            'param',
            `${stem}${p.name.charAt(0).toUpperCase()}${p.name.slice(1)}`.replace(
              /[^A-Za-z0-9]/g,
              '',
            ),
          ),
          required: p.required && op.requestBody.required,
          ...(doc ? { doc } : {}),
        });
      }
    } else {
      const type =
        content.kind === 'binary'
          ? 'FileInput'
          : content.kind === 'text'
            ? 'str'
            : content.schema
              ? types.annotation(content.schema, 'param', `${stem}Body`)
              : 'Any';
      args.push({
        name: uniqueIdentifier('body', taken),
        wire: '',
        where: 'whole-body',
        type,
        required: op.requestBody.required,
        ...(op.requestBody.description ? { doc: op.requestBody.description } : {}),
      });
    }
  }
  // `response`: the TypeScript plan's reading of the answer (emit/surface/plan.ts), so both SDKs read it alike.
  const okJson = successResponse(op)?.contents.find((c) => c.kind === 'json');
  const castTo =
    response.kind !== 'json' && response.kind !== 'mixed'
      ? undefined
      : okJson?.schema
        ? types.operationType(okJson.schema, `${stem}Response`)
        : 'Any';
  const returns =
    response.kind === 'none'
      ? 'None'
      : response.kind === 'binary'
        ? 'bytes'
        : response.kind === 'text'
          ? 'str'
          : response.kind === 'mixed'
            ? `Union[${castTo}, str]`
            : castTo!;
  const binary = response.kind === 'binary';
  const errors: SchemaIr[] = [];
  for (const r of op.responses) {
    const json = r.isError ? r.contents.find((c) => c.kind === 'json') : undefined;
    if (json?.schema) errors.push(json.schema);
  }
  const plan: MethodPlan = {
    op,
    method: snakeCase(op.names.method),
    constant: constantName(op),
    args,
    returns,
    binary,
    read: READ[response.kind],
  };
  const accept = acceptHeader(response);
  if (accept !== undefined) plan.accept = accept;
  if (castTo !== undefined && castTo !== returns) plan.castTo = castTo;
  if (errors.length > 0)
    plan.errorModel = types.operationType(
      errors.length === 1
        ? errors[0]!
        : {
            kind: 'union',
            mode: 'anyOf',
            variants: errors,
            nullable: false,
            examples: [],
            readOnly: false,
            writeOnly: false,
            deprecated: false,
            extensions: {},
            source: `${op.source}/responses`,
          },
      `${stem}ErrorBody`,
    );
  if (op.stream) plan.chunk = types.operationType(op.stream.itemSchema, `${stem}Chunk`);
  if (content) plan.bodyKind = content.kind;
  // The IR keeps `paging` only for a JSON answer (ir/operations.ts `pagesJson`), as TypeScript's plan reads it.
  if (op.paging) {
    plan.pageItem = okJson?.schema
      ? pageItemType(ir, op.paging, okJson.schema, types, stem)
      : 'Any';
    if (pageFields(types, returns).length > 0) plan.pageClass = pageClassName(returns);
  }
  return plan;
}

/** `chat.completions.create`: where a method sits on the client (README and docs samples call it so). */
export function methodPath(plan: MethodPlan): string {
  return [...plan.op.names.resource.map(snakeCase), plan.method].join('.');
}

/** The method's raw-response form from the client (`<resource>.with_raw_response.<method>`). */
export function rawMethodPath(plan: MethodPlan): string {
  return [...plan.op.names.resource.map(snakeCase), 'with_raw_response', plan.method].join('.');
}

/** The submit-then-wait helper of a task submit's method. */
export function andWaitName(plan: MethodPlan): string {
  return `${plan.method}_and_wait`;
}

/**
 * The annotation of one item at the paging's items pointer, as the TypeScript page's item type:
 * a named model, or the model the response's inline item already got (classes are kept by
 * source), else one named `<stem>PageItem`; `Any` only when the pointer finds no array.
 */
export function pageItemType(
  ir: ApiIr,
  paging: PagingIr,
  schema: SchemaIr,
  types: PythonTypes,
  stem: string,
): string {
  const list = schemaAtPointer(schema, paging.items, namedSchemas(ir));
  return list?.kind === 'array' ? types.annotation(list.items, 'model', `${stem}PageItem`) : 'Any';
}

/** `SyncPage`'s own members: a page field of one of these names stays on `first_page`. */
const PAGE_MEMBERS = new Set(['first_page', 'pages']);

/** The page model's fields a sync page answers as its own (the first page's). */
export function pageFields(types: PythonTypes, pageModel: string): readonly ModelField[] {
  return (types.modelFields(pageModel) ?? []).filter((f) => !PAGE_MEMBERS.has(f.attr));
}

function pageClassName(pageModel: string): string {
  return `_${pageModel.replace(/^\u0001model:|\u0002$/g, '')}Page`;
}
