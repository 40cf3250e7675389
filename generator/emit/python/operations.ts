/**
 * One Python method per operation (sync and async), from the IR: path parameters positional, every
 * other input a snake_case keyword argument mapped back to its wire name, `request_options` last.
 * Streams get `stream: Literal[True]` overloads, binary results a `save_to` overload, task submits
 * an `<method>_and_wait` helper and task polls a `wait_for` helper.
 */
import type {
  ApiIr,
  OperationIr,
  PagingFieldIr,
  PagingIr,
  ParameterIr,
  TaskFamilyIr,
  TaskIdInputIr,
} from '../../ir/types.js';
import { unsafeReason } from '../../ir/retry-policy.js';
import { successResponse } from '../../ir/operations.js';
import { namedSchemas, schemaAtPointer } from '../../ir/schema-path.js';
import { pollResultPointers } from '../../ir/tasks.js';
import { sendableMediaType } from '../../ir/media-type.js';
import { jsonPartNames, styledFields } from '../../ir/form-encoding.js';
import { planAuth } from '../surface/plan.js';
import { docstring } from '../surface/python-naming.js';
import { pyLiteral, pyString } from '../surface/python-literal.js';
import type { PythonTypes } from '../surface/python-types.js';
import {
  andWaitName,
  firstContent,
  pageFields,
  type Arg,
  type MethodPlan,
} from '../surface/python-plan.js';

/** The `Operation(...)` constant the runtime reads. */
export function operationConstant(ir: ApiIr, plan: MethodPlan): string {
  const op = plan.op;
  const content = firstContent(op);
  const fields: string[] = [
    pyString(op.method.toUpperCase()),
    pyString(op.wirePath),
    pyString(op.retry),
  ];
  const { auth, authOptional } = planAuth(ir, op);
  if (auth) fields.push(`auth=${pyString(auth)}`);
  if (authOptional) fields.push('auth_optional=True');
  fields.push(`response=${pyString(plan.read)}`);
  if (content) {
    fields.push(`body_kind=${pyString(content.kind)}`);
    // As in the TypeScript SDK: a binary body is labelled only with a concrete media type.
    const mediaType =
      content.kind === 'binary' ? sendableMediaType(content.mediaType) : content.mediaType;
    if (mediaType !== undefined) fields.push(`media_type=${pyString(mediaType)}`);
    // A spread optional body with no field given is left out (the runtime's `body_optional`).
    if (!op.requestBody?.required && !plan.args.some((a) => a.where === 'whole-body'))
      fields.push('body_optional=True');
    const files = plan.args
      .filter((a) => a.where === 'body' && a.type.includes('FileInput'))
      .map((a) => pyString(a.wire));
    if (files.length) fields.push(`file_fields=frozenset({${files.join(', ')}})`);
    // A file or a URL (ir/file-parts.ts `EncodingIr.text`): a str there is text, not a path.
    const textFiles = Object.entries(content.encoding).filter(([, e]) => e.file && e.text);
    if (textFiles.length)
      fields.push(
        `text_file_fields=frozenset({${textFiles.map(([k]) => pyString(k)).join(', ')}})`,
      );
    const parts = Object.entries(content.encoding).filter(([, e]) => e.partType);
    if (parts.length)
      fields.push(
        `part_types={${parts.map(([k, e]) => `${pyString(k)}: ${pyString(e.partType!)}`).join(', ')}}`,
      );
    // The TypeScript SDK's `jsonParts` (emit/client/callables.ts), same facts.
    const jsonParts = content.kind === 'multipart' ? jsonPartNames(content.encoding) : [];
    if (jsonParts.length)
      fields.push(`json_parts=frozenset({${jsonParts.map(pyString).join(', ')}})`);
  }
  // The TypeScript SDK's Accept (emit/client/callables.ts); the runtime's default is JSON's or SSE's.
  if (plan.accept !== undefined) fields.push(`accept=${pyString(plan.accept)}`);
  // The fields the TypeScript SDK gives `formStyles` (emit/client/callables.ts), same facts.
  const formStyles = content?.kind === 'urlencoded' ? styledFields(content.encoding) : [];
  if (formStyles.length)
    fields.push(
      `form_styles={${formStyles.map(([k, s]) => `${pyString(k)}: (${pyString(s.style)}, ${s.explode ? 'True' : 'False'})`).join(', ')}}`,
    );
  if (op.stream) {
    // Required, else accepted if sent (ir/stream-end.ts), as the TypeScript SDK's `sseStream`.
    const terminator = op.stream.terminator ?? op.stream.terminatorIfSent;
    fields.push(`stream_terminator=${terminator !== undefined ? pyString(terminator) : 'None'}`);
    if (op.stream.terminator === undefined && terminator !== undefined)
      fields.push('stream_terminator_optional=True');
  }
  // As the TypeScript SDK's `sseStream({ text: true })`: each event's data is the chunk as it is.
  if (op.stream?.text) fields.push('stream_text=True');
  // The parameters the TypeScript SDK gives `queryStyles` (emit/client/callables.ts), same facts.
  const styleOf = (p: ParameterIr): string =>
    `${pyString(p.name)}: (${pyString(p.style)}, ${p.explode ? 'True' : 'False'}${p.allowReserved ? ', True' : ''})`;
  const styled = (where: ParameterIr['in']): string =>
    op.parameters
      .filter((p) => p.in === where && p.styled)
      .map(styleOf)
      .join(', ');
  // As the TypeScript SDK's `queryStyles`, `styledPath({...})` and `headerText` (emit/client/callables.ts).
  for (const [where, field] of [
    ['query', 'query_styles'],
    ['path', 'path_styles'],
    ['header', 'header_styles'],
  ] as const)
    if (styled(where)) fields.push(`${field}={${styled(where)}}`);
  return `${plan.constant} = Operation(${fields.join(', ')})\n`;
}

export function paramList(plan: MethodPlan, extra: string[]): string {
  const positional = plan.args.filter((a) => a.where === 'path').map((a) => `${a.name}: ${a.type}`);
  const keyword = plan.args
    .filter((a) => a.where !== 'path')
    .sort((a, b) => Number(b.required) - Number(a.required))
    .map((a) =>
      a.required ? `${a.name}: ${a.type}` : `${a.name}: Union[${a.type}, NotGiven] = NOT_GIVEN`,
    );
  const all = ['self', ...positional];
  const kw = [...keyword, ...extra];
  if (kw.length) all.push('*', ...kw);
  return all.join(', ');
}

export function methodDoc(plan: MethodPlan, indent: string, extraArgs: string[] = []): string {
  const op = plan.op;
  const args = plan.args
    .filter((a) => a.doc)
    .map((a) => `    ${a.name}: ${a.doc!.replace(/\s*\n\s*/g, ' ')}`);
  return docstring(
    [
      op.summary ?? op.operationId,
      op.titleZh ? `\n${op.titleZh}` : undefined,
      op.description ? `\n${op.description}` : undefined,
      op.deprecated ? '\nDeprecated.' : undefined,
      `\n\`${op.method.toUpperCase()} ${op.path}\`` +
        (op.retry === 'unsafe'
          ? ` (not re-sent once it may have reached the server: ${unsafeReason(op)})`
          : ''),
      args.length || extraArgs.length
        ? `\nArgs:\n${[...args, ...extraArgs].join('\n')}`
        : undefined,
    ],
    indent,
  );
}

export function callBody(plan: MethodPlan, target: string, aw: string, extra: string): string {
  const group = (where: Arg['where']): string => {
    const items = plan.args
      .filter((a) => a.where === where)
      .map((a) => `${pyString(a.wire)}: ${a.name}`);
    return items.length ? `{${items.join(', ')}}` : '';
  };
  const parts = [plan.constant];
  const path = group('path');
  const query = group('query');
  const headers = group('header');
  const cookies = group('cookie');
  if (path) parts.push(`path=${path}`);
  if (query) parts.push(`query=${query}`);
  if (headers) parts.push(`headers=${headers}`);
  if (cookies) parts.push(`cookies=${cookies}`);
  const whole = plan.args.find((a) => a.where === 'whole-body');
  const body = group('body');
  if (whole) parts.push(`body=${whole.name}`);
  else if (body || plan.bodyKind) parts.push(`body=${body || '{}'}`);
  if (plan.chunk && plan.op.stream?.requestFlag === undefined) parts.push(`cast_to=${plan.chunk}`);
  else if (plan.chunk)
    parts.push(`cast_to=${plan.chunk} if ${streams(plan)} else ${plan.castTo ?? plan.returns}`);
  else if (plan.returns !== 'None' && !plan.binary)
    parts.push(`cast_to=${plan.castTo ?? plan.returns}`);
  if (plan.errorModel) parts.push(`error_model=${plan.errorModel}`);
  parts.push(extra, 'options=request_options');
  return `${aw}${target}._request(${parts.filter(Boolean).join(', ')})`;
}

/** The Python test of a call's `stream` argument that says it streams (the IR's `flagDefaultOn`). */
function streams(plan: MethodPlan): string {
  return plan.op.stream?.flagDefaultOn ? 'stream is not False' : 'stream is True';
}

/** The method (with overloads) for sync (`async_ = false`) or async resources. */
export function methodCode(plan: MethodPlan, target: string, async_: boolean): string {
  const def = async_ ? 'async def' : 'def';
  const aw = async_ ? 'await ' : '';
  const ro = 'request_options: Optional[RequestOptions] = None';
  const indent = '        ';
  const name = plan.method;
  if (plan.chunk) {
    const streamType = `${async_ ? 'AsyncStream' : 'Stream'}[${plan.chunk}]`;
    const flagBody = plan.op.stream!.requestFlag;
    // No request flag: the operation always streams.
    if (flagBody === undefined)
      return [
        `    ${def} ${name}(${paramList(plan, [ro])}) -> ${streamType}:\n`,
        methodDoc(plan, indent),
        `${indent}return cast(${streamType}, ${callBody(plan, target, aw, 'stream=True')})\n`,
      ].join('');
    const both = `Union[${plan.returns}, ${streamType}]`;
    // As the TypeScript SDK: a flag that defaults to true streams unless given False, any other
    // when given True; either is sent as given, and left out when not given.
    const on = plan.op.stream!.flagDefaultOn === true;
    const overload = (stream: string, returns: string): string =>
      `    @overload\n    ${def} ${name}(${paramList(plan, [stream, ro])}) -> ${returns}: ...\n`;
    const streaming = overload(
      on ? 'stream: Union[Literal[True], NotGiven] = NOT_GIVEN' : 'stream: Literal[True]',
      streamType,
    );
    const answering = overload(
      on ? 'stream: Literal[False]' : 'stream: Union[Literal[False], NotGiven] = NOT_GIVEN',
      plan.returns,
    );
    return [
      ...(on ? [answering, streaming] : [streaming, answering]),
      overload('stream: bool', both),
      `    ${def} ${name}(${paramList(plan, ['stream: Union[bool, NotGiven] = NOT_GIVEN', ro])}) -> ${both}:\n`,
      methodDoc(plan, indent, [
        on
          ? `    stream: False for the answer instead of an iterator of \`${plan.chunk}\` chunks (server-sent events, the default).`
          : `    stream: True for an iterator of \`${plan.chunk}\` chunks (server-sent events).`,
      ]),
      `${indent}return cast(${both}, ${callBody({ ...plan, args: [...plan.args, { name: 'stream', wire: flagBody, where: 'body', type: 'bool', required: false }] }, target, aw, `stream=${streams(plan)}`)})\n`,
    ].join('');
  }
  if (plan.binary) {
    const path = 'Union[str, "os.PathLike[str]"]';
    return [
      `    @overload\n    ${def} ${name}(${paramList(plan, ['save_to: None = None', ro])}) -> bytes: ...\n`,
      `    @overload\n    ${def} ${name}(${paramList(plan, [`save_to: ${path}`, ro])}) -> Path: ...\n`,
      `    ${def} ${name}(${paramList(plan, [`save_to: Optional[${path}] = None`, ro])}) -> Union[bytes, Path]:\n`,
      methodDoc(plan, indent, [
        '    save_to: a file path: the body is streamed there and the path returned, instead of the bytes.',
      ]),
      `${indent}return cast(Union[bytes, Path], ${callBody(plan, target, aw, 'save_to=save_to')})\n`,
    ].join('');
  }
  const paged = pagedMethodCode(plan, target, async_);
  if (paged !== undefined) return paged;
  const call = callBody(plan, target, aw, '');
  const line = plan.returns === 'None' ? call : `return cast(${plan.returns}, ${call})`;
  return `    ${def} ${name}(${paramList(plan, [ro])}) -> ${plan.returns}:\n${methodDoc(plan, indent)}${indent}${line}\n`;
}

export interface WaiterPlan {
  family: TaskFamilyIr;
  poll: OperationIr;
  /** Where the poll takes the task id. */
  input: TaskIdInputIr;
  pollPlan: MethodPlan;
  descriptor: string;
  /** Method name on the poll's resource. */
  method: string;
  taskType: string;
  /** `TaskSnapshot[task, result]`: the poll answer, and what its result pointers hold (as TypeScript's `TaskResultAt`). */
  snapshot: string;
}

/**
 * The type of a snapshot's `result`: a union of what the poll answer holds at each of the family's
 * result pointers (the TypeScript descriptor's `TaskResultAt` union); undefined (left `Any`) when
 * there is no pointer or one finds no field.
 */
export function taskResultType(
  ir: ApiIr,
  family: TaskFamilyIr,
  poll: OperationIr,
  types: PythonTypes,
): string | undefined {
  const schema = successResponse(poll)?.contents.find((c) => c.kind === 'json')?.schema;
  const pointers = pollResultPointers(family, poll);
  if (!schema || pointers.length === 0) return undefined;
  const arms: string[] = [];
  for (const pointer of pointers) {
    const at = schemaAtPointer(schema, pointer, namedSchemas(ir));
    if (!at) return undefined;
    const arm = types.annotation(at, 'model', `${poll.names.typeStem}TaskResult`);
    if (!arms.includes(arm)) arms.push(arm);
  }
  return arms.length === 1 ? arms[0] : `Union[${arms.join(', ')}]`;
}

const WAIT_KW = [
  'on_progress: Optional[Callable[[__T__], None]] = None',
  'wait_timeout: Optional[float] = None',
  'poll_interval: Optional[float] = None',
  'max_poll_errors: Optional[int] = None',
];
const WAIT_DOC = [
  '    on_progress: called with every new snapshot (state, progress or vendor status changed).',
  "    wait_timeout: total budget in seconds (default: the family's).",
  "    poll_interval: seconds between polls (default: the family's; a server Retry-After wins).",
  '    max_poll_errors: consecutive transient poll failures tolerated.',
];

export function waitForCode(w: WaiterPlan, target: string, async_: boolean): string {
  const def = async_ ? 'async def' : 'def';
  const aw = async_ ? 'await ' : '';
  const pollInput = w.input;
  const where = pollInput.in === 'path' ? 'path' : pollInput.in === 'query' ? 'query' : 'body';
  const kw = WAIT_KW.map((k) => k.replace('__T__', w.snapshot));
  const fn = async_ ? 'async_wait_for_task' : 'wait_for_task';
  const pollCall = `${target}._request(${w.pollPlan.constant}, ${where}={${pyString(pollInput.name)}: i}, cast_to=${w.taskType}, options=o, with_headers=True)`;
  return [
    `    ${def} ${w.method}(self, task_id: str, *, ${kw.join(', ')}, request_options: Optional[RequestOptions] = None) -> ${w.snapshot}:\n`,
    docstring(
      [
        `Waits for an existing ${w.family.title ?? w.family.name} task to end, polling \`${w.poll.method.toUpperCase()} ${w.poll.path}\`.`,
        '',
        'Returns the final snapshot; raises TaskFailedError, TaskCancelledError or TaskTimeoutError otherwise.',
        '',
        'Args:',
        ...WAIT_DOC,
      ],
      '        ',
    ),
    `        return ${aw}${fn}(\n`,
    `            lambda i, o: cast(Any, ${pollCall}),\n`,
    `            ${w.descriptor}, task_id, timeout=wait_timeout, interval=poll_interval, on_progress=on_progress,\n`,
    `            max_poll_errors=max_poll_errors, request_options=request_options,\n        )\n`,
  ].join('');
}

export function andWaitCode(
  plan: MethodPlan,
  waiter: WaiterPlan,
  waiterPath: string,
  idPointer: string,
  async_: boolean,
): string {
  const def = async_ ? 'async def' : 'def';
  const aw = async_ ? 'await ' : '';
  const kw = WAIT_KW.map((k) => k.replace('__T__', waiter.snapshot));
  const forward = [
    ...plan.args.filter((a) => a.where === 'path').map((a) => a.name),
    ...plan.args.filter((a) => a.where !== 'path').map((a) => `${a.name}=${a.name}`),
    'request_options=request_options',
  ];
  return [
    `    ${def} ${andWaitName(plan)}(${paramList(plan, [...kw, 'request_options: Optional[RequestOptions] = None'])}) -> ${waiter.snapshot}:\n`,
    docstring(
      [
        `${plan.op.summary ?? plan.op.operationId}, then waits for the task to end.`,
        plan.op.titleZh ? `\n${plan.op.titleZh}` : undefined,
        `\nSubmits once (a paid submit is never blindly re-sent), reads the task id at \`${idPointer || '(root)'}\`, then polls like \`${waiter.method}\`.`,
        '\nArgs:',
        ...WAIT_DOC,
      ],
      '        ',
    ),
    `        submitted = ${aw}self.${plan.method}(${forward.join(', ')})\n`,
    `        return ${aw}self._client.${waiterPath}.${waiter.method}(\n`,
    `            task_id_from(submitted, ${pyString(idPointer)}), on_progress=on_progress, wait_timeout=wait_timeout,\n`,
    `            poll_interval=poll_interval, max_poll_errors=max_poll_errors, request_options=request_options,\n        )\n`,
  ].join('');
}

export function descriptorCode(w: WaiterPlan): string {
  const f = w.family;
  // The same pointers as the TypeScript descriptor of this poll (decided in the IR).
  const result = pollResultPointers(f, w.poll);
  const states = `{${(['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const).map((s) => `${pyString(s)}: ${pyLiteral(f.states[s])}`).join(', ')}}`;
  const fields = [
    `family=${pyString(f.name)}`,
    `status=${pyString(f.status)}`,
    `states=${states}`,
    `interval=${f.intervalMs / 1000}`,
    `timeout=${f.timeoutMs / 1000}`,
    `result=(${result.map(pyString).join(', ')}${result.length === 1 ? ',' : ''})`,
  ];
  if (f.progress)
    fields.push(`progress=(${pyString(f.progress.pointer)}, ${pyString(f.progress.scale)})`);
  if (f.error) fields.push(`error=${pyString(f.error)}`);
  if (f.title) fields.push(`title=${pyString(f.title)}`);
  return `${w.descriptor} = TaskDescriptor(${fields.join(', ')})\n`;
}

/*
 * Paged operations (`x-paging`): the method returns a page iterator (templates/python/_pagination.py)
 * built from the IR's `op.paging`, the rule the TypeScript `paginate` reads too. A page fetch is a
 * nested function taking the method's own arguments, so the iterator only changes the page (or
 * cursor) argument from one page to the next.
 */

/**
 * The sync page class of a page model: `SyncPage` forwards the first page's fields at run time
 * (`__getattr__`, which could only type-check as `Any`), so each is declared here with the model's
 * own annotation, as the TypeScript page type has the page model's. Generic in the item type.
 */
export function pageClassCode(plan: MethodPlan, types: PythonTypes): string {
  const fields = pageFields(types, plan.returns).map(
    (f) =>
      `    @property\n    def ${f.attr}(self) -> ${f.type}:\n        return self.first_page.${f.attr}\n`,
  );
  return [
    `class ${plan.pageClass!}(SyncPage["${plan.returns}", _T]):\n`,
    '    """The first page\'s fields, typed (the first page itself: `first_page`)."""\n',
    ...fields.map((f) => `\n${f}`),
  ].join('');
}

/** The method argument a paging field is sent from, or undefined when no argument sends it alone. */
function argName(plan: MethodPlan, field: PagingFieldIr): string | undefined {
  const where = field.in === 'query' ? 'query' : 'body';
  return plan.args.find((a) => a.where === where && a.wire === field.name)?.name;
}

/** `Paging(...)` for the runtime, with the method's argument names; undefined when an argument is missing. */
function pagingLiteral(plan: MethodPlan, paging: PagingIr): string | undefined {
  const param = argName(plan, paging.param);
  const size = paging.size && argName(plan, paging.size);
  if (param === undefined || (paging.size && size === undefined)) return undefined;
  const fields = [
    `style=${pyString(paging.style)}`,
    `param=${pyString(param)}`,
    `first_page=${paging.firstPage}`,
    `items=${pyString(paging.items)}`,
  ];
  if (size) fields.push(`size=${pyString(size)}`);
  const pointers = { next_cursor: paging.nextCursor, has_more: paging.hasMore, last: paging.last };
  for (const [key, value] of Object.entries(pointers))
    if (value !== undefined) fields.push(`${key}=${pyString(value)}`);
  return `Paging(${fields.join(', ')})`;
}

/** The runtime's `Paging(...)` for a method that returns a page iterator, else undefined. */
export function pagedBy(plan: MethodPlan): string | undefined {
  const paging = plan.op.paging;
  if (!paging || plan.pageItem === undefined || plan.returns === 'None') return undefined;
  return pagingLiteral(plan, paging);
}

/** The paged method (sync or async), or undefined for an operation that does not page. */
export function pagedMethodCode(
  plan: MethodPlan,
  target: string,
  async_: boolean,
): string | undefined {
  const literal = pagedBy(plan);
  if (literal === undefined) return undefined;
  const ro = 'request_options: Optional[RequestOptions] = None';
  const pageType = async_
    ? `AsyncPage[${plan.returns}, ${plan.pageItem}]`
    : plan.pageClass
      ? `${plan.pageClass}[${plan.pageItem}]`
      : `SyncPage[${plan.returns}, ${plan.pageItem}]`;
  const fetchParams = paramList(plan, []).replace(/^self(, )?/, '');
  const aw = async_ ? 'await ' : '';
  const kwargs = plan.args.map((a) => `${pyString(a.name)}: ${a.name}`).join(', ');
  return [
    `    def ${plan.method}(${paramList(plan, [ro])}) -> ${pageType}:\n`,
    methodDoc(plan, '        '),
    `        ${async_ ? 'async def' : 'def'} _page(${fetchParams}) -> ${plan.returns}:\n`,
    `            return cast(${plan.returns}, ${callBody(plan, target, aw, '')})\n`,
    `        return ${pageType}(_page, {${kwargs}}, ${literal})\n`,
  ].join('');
}
