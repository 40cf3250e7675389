/**
 * One description of each client entry point (operation, `…AndWait`, `waitFor`), turned into both
 * shapes the SDK exposes: a standalone tree-shakeable function `fn(client, …)` and a resource
 * method `client.a.b.method(…)` that delegates to it. Signatures, overloads and JSDoc are shared.
 */
import { commentText } from '../../util/text-safety.js';
import {
  StructureKind,
  type FunctionDeclarationStructure,
  type JSDocStructure,
  type MethodDeclarationStructure,
  type OptionalKind,
  type ParameterDeclarationStructure,
  type TypeParameterDeclarationStructure,
} from 'ts-morph';
import { retryStatusesText, unsafeReason } from '../../ir/retry-policy.js';
import { sendableMediaType } from '../../ir/media-type.js';
import { jsonPartNames, styledFields } from '../../ir/form-encoding.js';
import { isStyledQuery } from '../../ir/operations.js';
import type { ApiIr, OperationIr, ParameterIr } from '../../ir/types.js';
import { exampleCall } from '../surface/example.js';
import { jsDocText } from './printer.js';
import { acceptHeader, streamSwitch, type OperationPlan } from '../surface/plan.js';
import { access, propertyKey, quote } from '../surface/type-refs.js';

export interface Param {
  name: string;
  type: string;
  optional?: boolean;
  initializer?: string;
}

export interface Signature {
  typeParameters?: OptionalKind<TypeParameterDeclarationStructure>[];
  params: Param[];
  returnType: string;
}

export interface Callable {
  /** Standalone function name. */
  functionName: string;
  /** Method name on the resource. */
  methodName: string;
  overloads: Signature[];
  impl: Signature;
  docs: OptionalKind<JSDocStructure>;
  /** Body of the standalone function (its first parameter is `client`). */
  statements: string;
  /** Type arguments the method passes on (`<A>` for binary downloads). */
  forwardTypeArgs?: string;
  /** The standalone function needs no client (callback receivers): it takes only `impl.params`. */
  clientFree?: boolean;
}

/** `*\/` cannot appear inside a doc comment. */
export function escapeDoc(text: string): string {
  return commentText(text);
}

function tag(
  tagName: string,
  text?: string,
): { kind: StructureKind.JSDocTag; tagName: string; text?: string } {
  return text === undefined
    ? { kind: StructureKind.JSDocTag, tagName }
    : { kind: StructureKind.JSDocTag, tagName, text: escapeDoc(text) };
}

function operationDocs(
  ir: ApiIr,
  plan: OperationPlan,
  extra: { lead?: string; example: string; params: [string, string][]; returns: string },
): OptionalKind<JSDocStructure> {
  const op = plan.op;
  const lines: string[] = [];
  if (extra.lead) lines.push(extra.lead, '');
  lines.push(op.summary ?? `${op.method.toUpperCase()} ${op.path}`);
  if (op.description && op.description.trim() !== op.summary?.trim())
    lines.push('', op.description.trim());
  const safety =
    op.retry === 'unsafe'
      ? `Not re-sent automatically once it may have reached the server (${unsafeReason(op)}).`
      : `Retried automatically on connection errors, ${retryStatusesText(ir.retryPolicy)}.`;
  lines.push('', `\`${op.method.toUpperCase()} ${op.path}\` — ${safety}`);
  const tags = [];
  if (op.deprecated) tags.push(tag('deprecated', 'This operation is deprecated.'));
  for (const [name, text] of extra.params) tags.push(tag('param', `${name} ${text}`));
  tags.push(tag('returns', extra.returns));
  tags.push(tag('example', `\n\`\`\`ts\n${extra.example}\n\`\`\``));
  const sees = op.pages.length
    ? op.pages.map((p) => `${p.id} ${p.titleZh}${p.titleEn ? ` (${p.titleEn})` : ''}`)
    : op.titleZh
      ? [op.titleZh]
      : [];
  for (const see of sees) tags.push(tag('see', see));
  return { kind: StructureKind.JSDoc, description: escapeDoc(lines.join('\n')), tags };
}

function paramDocs(plan: OperationPlan): [string, string][] {
  const out: [string, string][] = plan.pathArgs.map((a) => [
    a.arg,
    a.param.description?.replace(/\s+/g, ' ') ?? `The \`${a.param.name}\` path parameter.`,
  ]);
  if (plan.paramsType) {
    out.push([
      'params',
      `${plan.fields.some((f) => f.in === 'cookie') ? 'Query/header/cookie' : 'Query/header'} parameters${plan.body ? ' and the request body' : ''}.`,
    ]);
  }
  return out;
}

/** What the runtime sends for a body kind without a `mediaType` (body.ts, form-body.ts). */
const DEFAULT_MEDIA_TYPES: Readonly<Record<string, string>> = {
  json: 'application/json',
  text: 'text/plain',
  urlencoded: 'application/x-www-form-urlencoded',
};

/**
 * The `client.request({...})` descriptor of an operation. `paramsMayBeUndefined`: the params
 * argument is optional, so reads go through `?.` and a required body with nothing given is `{}`.
 */
function requestObject(
  plan: OperationPlan,
  paramsExpr: string,
  paramsMayBeUndefined: boolean,
): string {
  const op = plan.op;
  const read = (name: string): string => `${paramsExpr}${access(name, paramsMayBeUndefined)}`;
  const lines: string[] = [`method: ${quote(op.method)}`, `path: ${quote(op.wirePath)}`];
  if (plan.pathArgs.length) {
    const styled = plan.pathArgs.filter((a) => a.param.styled);
    lines.push(
      `pathParams: { ${plan.pathArgs.map((a) => `${propertyKey(a.param.name)}: ${a.arg}`).join(', ')} }`,
      // Like query styles: only operations with path parameters bring the expander, and only
      // those with matrix, label or object ones the styled expander.
      styled.length
        ? `expandPath: styledPath({ ${styled.map((a) => `${propertyKey(a.param.name)}: ${styleLiteral(a.param)}`).join(', ')} })`
        : 'expandPath: buildPath',
    );
  }
  const query = plan.fields.filter((f) => f.in === 'query');
  if (query.length) {
    lines.push(
      `query: { ${query.map((f) => `${propertyKey(f.name)}: ${read(f.propertyName)}`).join(', ')} }`,
    );
    const styled = query.filter(isStyledQuery);
    if (styled.length) {
      lines.push(
        `queryStyles: { ${styled.map((f) => `${propertyKey(f.name)}: ${styleLiteral(f)}`).join(', ')} }`,
        // Like body encoders: only operations with such styles bring their code.
        'encodeQuery: styledPairs',
      );
    }
  }
  const headers = plan.fields.filter((f) => f.in === 'header');
  if (headers.length)
    lines.push(
      // Array and object headers go in simple style; only their operations bring `headerText`.
      `headers: { ${headers.map((f) => `${propertyKey(f.name)}: ${f.styled ? `headerText(${read(f.propertyName)}, ${f.explode})` : read(f.propertyName)}`).join(', ')} }`,
    );
  const cookies = plan.fields.filter((f) => f.in === 'cookie');
  if (cookies.length)
    lines.push(
      // Like query styles: only operations with cookie parameters bring the cookie code.
      `cookies: withCookies({ ${cookies.map((f) => `${propertyKey(f.name)}: ${read(f.propertyName)}`).join(', ')} })`,
    );
  const body = plan.body;
  if (body) {
    // Left-out params: a required body is sent as `{}` (it has no required content, or params
    // would be required); an optional one is not sent.
    const spread = paramsMayBeUndefined && body.required ? `${paramsExpr} ?? {}` : paramsExpr;
    const omitFields = (expr: string): string =>
      `omit(${expr}, [${plan.fields.map((f) => quote(f.propertyName)).join(', ')}])`;
    let value: string;
    if (body.mode === 'key') value = read('body');
    else if (plan.fields.length === 0) value = spread;
    else if (paramsMayBeUndefined && !body.required)
      value = `${paramsExpr} === undefined ? undefined : ${omitFields(paramsExpr)}`;
    else value = omitFields(spread);
    const parts = [`kind: ${quote(body.kind)}`];
    // The runtime's default media type of the kind goes without saying.
    // A binary body's media type labels bytes that say nothing of their own, so only a concrete one.
    const mediaType =
      body.kind === 'binary' ? sendableMediaType(body.content.mediaType) : body.content.mediaType;
    if (mediaType !== undefined && mediaType !== DEFAULT_MEDIA_TYPES[body.kind])
      parts.push(`mediaType: ${quote(mediaType)}`);
    parts.push(`value: ${value}`);
    // JSON is built in; text brings its small encoder, other kinds `encodeBody` (and the upload code with it).
    if (body.kind === 'text') parts.push('encode: encodeTextBody');
    else if (body.kind !== 'json') parts.push('encode: encodeBody');
    if (Object.keys(body.partTypes).length) {
      parts.push(
        `partTypes: { ${Object.entries(body.partTypes)
          .map(([k, v]) => `${propertyKey(k)}: ${quote(v)}`)
          .join(', ')} }`,
      );
    }
    // The mock parses these parts as JSON (the same `EncodingIr.json`): a string goes quoted.
    const jsonParts = body.kind === 'multipart' ? jsonPartNames(body.content.encoding) : [];
    if (jsonParts.length) parts.push(`jsonParts: [${jsonParts.map(quote).join(', ')}]`);
    // Like query styles: the declared styles of urlencoded fields, for encodeBody to follow.
    const styles = body.kind === 'urlencoded' ? styledFields(body.content.encoding) : [];
    if (styles.length)
      parts.push(
        `formStyles: { ${styles.map(([k, s]) => `${propertyKey(k)}: { style: ${quote(s.style)}, explode: ${s.explode} }`).join(', ')} }`,
      );
    lines.push(`body: { ${parts.join(', ')} }`);
  }
  lines.push(`retry: ${quote(op.retry)}`);
  lines.push(`auth: ${plan.auth === null ? 'null' : quote(plan.auth)}`);
  if (plan.authOptional) lines.push('authOptional: true');
  const streamOptions = [
    ...(plan.stream?.terminator !== undefined
      ? [`terminator: ${quote(plan.stream.terminator)}`]
      : []),
    // The end line servers may send though the spec shows none (ir/stream-end.ts).
    ...(plan.stream && op.stream?.terminatorIfSent !== undefined
      ? [`terminator: ${quote(op.stream.terminatorIfSent)}`, 'terminatorOptional: true']
      : []),
    // Text events (the IR's rule): yielded as they are, not parsed as JSON.
    ...(op.stream?.text ? ['text: true'] : []),
  ];
  const terminator = streamOptions.length > 0 ? `{ ${streamOptions.join(', ')} }` : '';
  // A flag that defaults to true streams unless sent `false`; any other, only when sent `true`.
  const on = plan.stream?.defaultOn ? '!== false' : '=== true';
  if (plan.stream?.flag !== undefined && body?.mode === 'spread')
    lines.push(`stream: ${read(plan.stream.flag)} ${on} ? sseStream(${terminator}) : undefined`);
  // The flag inside a `body` key: read through a cast, as the body may be a union of shapes.
  else if (plan.stream?.flag !== undefined && body?.mode === 'key')
    lines.push(
      `stream: (${read('body')} as { ${propertyKey(plan.stream.flag)}?: unknown } | undefined)${access(plan.stream.flag, true)} ${on} ? sseStream(${terminator}) : undefined`,
    );
  // No request flag: the operation always streams.
  else if (plan.stream && plan.stream.flag === undefined)
    lines.push(`stream: sseStream(${terminator})`);
  const as =
    plan.response.kind === 'binary'
      ? 'blob'
      : plan.response.kind === 'text'
        ? 'text'
        : plan.response.kind === 'json'
          ? 'json'
          : 'auto';
  lines.push(`as: ${quote(as)}`);
  const accept = acceptHeader(plan.response);
  if (accept !== undefined) lines.push(`accept: ${quote(accept)}`);
  return `{\n${lines.map((l) => `  ${l},`).join('\n')}\n}`;
}

/** A parameter's `{ style, explode }` (and `allowReserved`) literal for the style modules. */
function styleLiteral(p: ParameterIr): string {
  const reserved = p.allowReserved ? ', allowReserved: true' : '';
  return `{ style: ${quote(p.style)}, explode: ${p.explode}${reserved} }`;
}

/** The runtime's `PagingDescriptor` literal. */
function pagingLiteral(paging: NonNullable<OperationPlan['paging']>): string {
  const parts = [`style: ${quote(paging.style)}`, `param: ${quote(paging.param)}`];
  if (paging.size !== undefined) parts.push(`size: ${quote(paging.size)}`);
  parts.push(`firstPage: ${paging.firstPage}`, `items: ${quote(paging.items)}`);
  for (const key of ['nextCursor', 'hasMore', 'last'] as const)
    if (paging[key] !== undefined) parts.push(`${key}: ${quote(paging[key])}`);
  return `{ ${parts.join(', ')} }`;
}

/** The callable of a plain operation. */
export function operationCallable(ir: ApiIr, plan: OperationPlan): Callable {
  const op = plan.op;
  const pathParams: Param[] = plan.pathArgs.map((a) => ({ name: a.arg, type: a.type }));
  const paramsParam = (type: string): Param[] => {
    if (!plan.paramsType) return [];
    return [{ name: 'params', type, ...(plan.paramsOptional ? { optional: true } : {}) }];
  };
  const optionsParam = (type = 'RequestOptions'): Param => ({
    name: 'options',
    type,
    optional: true,
  });
  const example = exampleCall(ir, plan);
  const docParams = paramDocs(plan);
  docParams.push(['options', 'Per-call options: `signal`, `timeout`, `maxRetries`, `headers`, …']);

  const responseName =
    plan.responseTypeName ?? (plan.response.kind === 'none' ? 'void' : plan.response.type);
  let overloads: Signature[] = [];
  let impl: Signature;
  let returnsDoc =
    plan.response.kind === 'none'
      ? 'Resolves when the server has answered.'
      : `The \`${responseName}\` body.`;
  const paramsMayBeUndefined = Boolean(plan.paramsType) && plan.paramsOptional;
  let call = `client.request<${responseName}>(${requestObject(plan, 'params', paramsMayBeUndefined)}, options)`;
  let forwardTypeArgs: string | undefined;
  let exampleText = `const result = await ${example.call};`;

  if (plan.stream && plan.stream.flag === undefined) {
    const chunk = `Stream<${plan.chunkTypeName}>`;
    impl = {
      params: [...pathParams, ...paramsParam(plan.paramsType ?? ''), optionsParam()],
      returnType: `APIPromise<${chunk}>`,
    };
    call = `client.request<${chunk}>(${requestObject(plan, 'params', paramsMayBeUndefined)}, options)`;
    returnsDoc = `A \`Stream\` of \`${plan.chunkTypeName}\` events (server-sent events) to iterate with \`for await\`.`;
    exampleText = `const stream = await ${example.call};\nfor await (const chunk of stream) {\n  console.log(chunk);\n}`;
  } else if (plan.stream?.flag !== undefined && plan.body && plan.paramsType) {
    const chunk = `Stream<${plan.chunkTypeName}>`;
    const flag = propertyKey(plan.stream.flag);
    // A spread body has the flag among the params; a `body` key has it in `params.body`. Only
    // the streaming call must pass params; the others may leave them out when nothing is required.
    const spread = plan.body.mode === 'spread';
    const params = (type: string, optional = paramsMayBeUndefined): Param => ({
      name: 'params',
      type,
      ...(optional ? { optional: true } : {}),
    });
    // The call that must name its flag and the one that may leave it out (its default).
    const named = (value: string): string =>
      spread ? `{ ${flag}: ${value} }` : `{ body: { ${flag}: ${value} } }`;
    const omitted = (values: string): string =>
      spread ? `{ ${flag}?: ${values} }` : `{ body?: { ${flag}?: ${values} } }`;
    const streaming = {
      params: [
        ...pathParams,
        plan.stream.defaultOn
          ? params(`${plan.paramsType} & ${omitted('true | null | undefined')}`)
          : params(`${plan.paramsType} & ${named('true')}`, false),
        optionsParam(),
      ],
      returnType: `APIPromise<${chunk}>`,
    };
    const answering = {
      params: [
        ...pathParams,
        plan.stream.defaultOn
          ? params(`${plan.paramsType} & ${named('false')}`, false)
          : params(`${plan.paramsType} & ${omitted('false | null | undefined')}`),
        optionsParam(),
      ],
      returnType: `APIPromise<${responseName}>`,
    };
    overloads = [
      ...(plan.stream.defaultOn ? [answering, streaming] : [streaming, answering]),
      {
        params: [...pathParams, params(plan.paramsType), optionsParam()],
        returnType: `APIPromise<${chunk} | ${responseName}>`,
      },
    ];
    impl = {
      params: [...pathParams, params(plan.paramsType), optionsParam()],
      returnType: `APIPromise<${chunk} | ${responseName}>`,
    };
    call = `client.request<${chunk} | ${responseName}>(${requestObject(plan, 'params', paramsMayBeUndefined)}, options)`;
    returnsDoc = plan.stream.defaultOn
      ? `A \`Stream\` of \`${plan.chunkTypeName}\` events to iterate with \`for await\`, or with \`${streamSwitch(plan, false)}\` the \`${responseName}\` body.`
      : `The \`${responseName}\` body, or with \`${streamSwitch(plan)}\` a \`Stream\` of \`${plan.chunkTypeName}\` events to iterate with \`for await\`.`;
    const streamed = exampleCall(ir, plan, { stream: true });
    exampleText = `const result = await ${example.call};\n\n// Streaming:\nconst stream = await ${streamed.call};\nfor await (const chunk of stream) {\n  console.log(chunk);\n}`;
  } else if (plan.response.kind === 'binary') {
    impl = {
      typeParameters: [{ name: 'A', constraint: 'BinaryAs', default: "'blob'" }],
      params: [
        ...pathParams,
        ...paramsParam(plan.paramsType ?? ''),
        optionsParam('BinaryRequestOptions<A>'),
      ],
      returnType: 'APIPromise<BinaryResult<A>>',
    };
    call = `client.request<BinaryResult<A>>(${requestObject(plan, 'params', paramsMayBeUndefined)}, options)`;
    returnsDoc =
      'The bytes as a `Blob` (default), or an `ArrayBuffer`, `ReadableStream` or `Response` with `{ as }`.';
    forwardTypeArgs = '<A>';
    exampleText = `const blob = await ${example.call};\nconst bytes = new Uint8Array(await blob.arrayBuffer());`;
  } else if (plan.paging && plan.paramsType) {
    // Await → the first page; iterate → every item across pages; `.pages()` → the pages.
    const item = `PageItem<${responseName}, ${quote(plan.paging.items)}>`;
    impl = {
      params: [...pathParams, ...paramsParam(plan.paramsType), optionsParam()],
      returnType: `PagePromise<${responseName}, ${item}>`,
    };
    const paramsType = plan.paramsOptional ? `${plan.paramsType} | undefined` : plan.paramsType;
    call = `paginate<${responseName}, ${item}, ${paramsType}>((params) => client.request<${responseName}>(${requestObject(plan, 'params', paramsMayBeUndefined)}, options), params, ${pagingLiteral(plan.paging)})`;
    returnsDoc = `The first \`${responseName}\` page when awaited; iterate it with \`for await\` for every item across pages, or call \`.pages()\` for each page.`;
    exampleText = `const firstPage = await ${example.call};\n\n// Every item, page after page:\nfor await (const item of ${example.call}) {\n  console.log(item);\n}`;
  } else {
    impl = {
      params: [...pathParams, ...paramsParam(plan.paramsType ?? ''), optionsParam()],
      returnType: `APIPromise<${responseName}>`,
    };
  }
  if (example.needsFs) exampleText = `import fs from 'node:fs';\n\n${exampleText}`;
  return {
    functionName: op.names.function,
    methodName: op.names.method,
    overloads,
    impl,
    docs: operationDocs(ir, plan, { example: exampleText, params: docParams, returns: returnsDoc }),
    statements: `return ${call};`,
    ...(forwardTypeArgs ? { forwardTypeArgs } : {}),
  };
}

/** `…AndWait`: submit, then poll until the task ends. */
export function andWaitCallable(
  ir: ApiIr,
  plan: OperationPlan,
  descriptorName: string,
  taskType: string,
  idPointer: string,
): Callable {
  const op = plan.op;
  const pathParams: Param[] = plan.pathArgs.map((a) => ({ name: a.arg, type: a.type }));
  const params: Param[] = plan.paramsType
    ? [
        {
          name: 'params',
          type: plan.paramsType,
          ...(plan.paramsOptional ? { optional: true } : {}),
        },
      ]
    : [];
  const args = [
    ...plan.pathArgs.map((a) => a.arg),
    ...(plan.paramsType ? ['params'] : []),
    'requestOptions',
  ].join(', ');
  const example = exampleCall(ir, plan, {
    method: `${op.names.method}AndWait`,
    extraArgs: ['{ onProgress: (s) => console.log(s.state, s.progress) }'],
  });
  const docParams = paramDocs(plan);
  docParams.push([
    'options',
    'Wait options: `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.',
  ]);
  const exampleText = `${example.needsFs ? "import fs from 'node:fs';\n\n" : ''}const task = await ${example.call};\nconsole.log(task.result);`;
  return {
    functionName: `${op.names.function}AndWait`,
    methodName: `${op.names.method}AndWait`,
    overloads: [],
    impl: {
      params: [
        ...pathParams,
        ...params,
        { name: 'options', type: `WaitOptions<${taskType}>`, optional: true },
      ],
      returnType: `TaskRun<${taskType}>`,
    },
    docs: operationDocs(ir, plan, {
      lead: 'Submits the task, then polls it until it succeeds (resolves with the final snapshot), fails (`TaskFailedError`), is cancelled (`TaskCancelledError`) or runs out of time (`TaskTimeoutError`). Also an async iterable of progress snapshots.',
      example: exampleText,
      params: docParams,
      returns:
        'A `TaskRun`: await it for the final snapshot (`result`, `results`, raw `task`), or iterate it for snapshots.',
    }),
    statements: `return submitAndWait<${taskType}>(client, ${descriptorName}, (requestOptions) => ${op.names.function}(client, ${args}), ${quote(idPointer)}, options);`,
  };
}

/** `waitFor(id)`: poll an existing task until it ends. */
export function waitForCallable(
  poll: OperationIr,
  functionName: string,
  methodName: string,
  descriptorName: string,
  taskType: string,
  familyTitle: string,
): Callable {
  const resource = [...poll.names.resource, methodName].join('.');
  return {
    functionName,
    methodName,
    overloads: [],
    impl: {
      params: [
        { name: 'id', type: 'string' },
        { name: 'options', type: `WaitOptions<${taskType}>`, optional: true },
      ],
      returnType: `TaskRun<${taskType}>`,
    },
    docs: {
      kind: StructureKind.JSDoc,
      description: escapeDoc(
        `Waits for an existing ${familyTitle} to end, polling \`${poll.method.toUpperCase()} ${poll.path}\`.\nResolves with the final snapshot; rejects with \`TaskFailedError\`, \`TaskCancelledError\`, \`TaskTimeoutError\` or \`APIUserAbortError\`. Iterate it for progress snapshots.`,
      ),
      tags: [
        tag('param', 'id The task id returned by the submit.'),
        tag(
          'param',
          'options `onProgress`, `signal`, `timeoutMs`, `intervalMs`, `requestOptions`.',
        ),
        tag('returns', 'A `TaskRun` (promise of the final snapshot, async iterable of snapshots).'),
        tag(
          'example',
          `\n\`\`\`ts\nfor await (const snapshot of client.${resource}('task-id')) {\n  console.log(snapshot.state, snapshot.progress);\n}\n\`\`\``,
        ),
      ],
    },
    statements: `return waitForTask<${taskType}>(client, ${descriptorName}, id, options);`,
  };
}

/** `parseCallback(body)`: a task callback's body → the snapshot `waitFor` yields. */
export function receiverCallable(
  poll: OperationIr,
  names: { method: string; function: string },
  descriptorName: string,
  taskType: string,
  familyTitle: string,
  sources: { submit: OperationIr; callback: { name: string; method: string } }[],
): Callable {
  const resource = [...poll.names.resource, names.method].join('.');
  const from = sources.map(
    (s) =>
      `\`${s.callback.name}\` of \`client.${[...s.submit.names.resource, s.submit.names.method].join('.')}()\``,
  );
  const listed = from.length > 3 ? `${from.slice(0, 3).join(', ')}, …` : from.join(', ');
  return {
    functionName: names.function,
    methodName: names.method,
    overloads: [],
    impl: { params: [{ name: 'body', type: 'unknown' }], returnType: `TaskSnapshot<${taskType}>` },
    docs: {
      kind: StructureKind.JSDoc,
      description: escapeDoc(
        `Reads a ${familyTitle} callback (${listed}): the request the API sends to your URL on each status change.\nReturns the snapshot \`waitFor\` yields, its state mapped from the vendor status; throws \`CallbackPayloadError\` when the body is not JSON or not such a task (answer with a 400). Extra fields and unknown status values are let through.`,
      ),
      tags: [
        tag(
          'param',
          'body The request body: its text (`await request.text()`), bytes, or the parsed JSON.',
        ),
        tag(
          'returns',
          'A `TaskSnapshot`: `id`, `state`, `progress`, `vendorStatus`, the raw `task`, `result`/`results` once succeeded, `reason` once failed.',
        ),
        tag(
          'example',
          `\n\`\`\`ts\nexport async function POST(request: Request): Promise<Response> {\n  const snapshot = client.${resource}(await request.text());\n  console.log(snapshot.id, snapshot.state, snapshot.result);\n  return new Response(null, { status: 204 });\n}\n\`\`\``,
        ),
      ],
    },
    statements: `return parseTaskCallback<${taskType}>(${descriptorName}, body);`,
    clientFree: true,
  };
}

function parameterStructures(params: Param[]): OptionalKind<ParameterDeclarationStructure>[] {
  return params.map((p) => {
    const s: OptionalKind<ParameterDeclarationStructure> = { name: p.name, type: p.type };
    if (p.optional) s.hasQuestionToken = true;
    if (p.initializer) s.initializer = p.initializer;
    return s;
  });
}

/** Overload signatures must not carry initializers: parameters with one become optional. */
function overloadParameters(params: Param[]): OptionalKind<ParameterDeclarationStructure>[] {
  return parameterStructures(
    params.map((p) => (p.initializer ? { name: p.name, type: p.type, optional: true } : p)),
  );
}

export function toFunction(c: Callable): FunctionDeclarationStructure {
  const client: Param = { name: 'client', type: 'BaseClient' };
  const fn: FunctionDeclarationStructure = {
    kind: StructureKind.Function,
    name: c.functionName,
    isExported: true,
    parameters: parameterStructures(c.clientFree ? c.impl.params : [client, ...c.impl.params]),
    returnType: c.impl.returnType,
    statements: c.statements,
  };
  if (c.impl.typeParameters) fn.typeParameters = c.impl.typeParameters;
  if (c.overloads.length) {
    fn.overloads = c.overloads.map((o) => ({
      parameters: overloadParameters([client, ...o.params]),
      returnType: o.returnType,
      docs: [jsDocText(c.docs)],
      ...(o.typeParameters ? { typeParameters: o.typeParameters } : {}),
    }));
  } else {
    fn.docs = [jsDocText(c.docs)];
  }
  return fn;
}

export function toMethod(
  c: Callable,
  clientExpr: string,
): OptionalKind<MethodDeclarationStructure> {
  const args = [...(c.clientFree ? [] : [clientExpr]), ...c.impl.params.map((p) => p.name)].join(
    ', ',
  );
  const method: OptionalKind<MethodDeclarationStructure> = {
    kind: StructureKind.Method,
    name: c.methodName,
    parameters: parameterStructures(c.impl.params),
    returnType: c.impl.returnType,
    statements: `return ${c.functionName}${c.forwardTypeArgs ?? ''}(${args});`,
  };
  if (c.impl.typeParameters) method.typeParameters = c.impl.typeParameters;
  if (c.overloads.length) {
    method.overloads = c.overloads.map((o) => ({
      parameters: overloadParameters(o.params),
      returnType: o.returnType,
      docs: [jsDocText(c.docs)],
      ...(o.typeParameters ? { typeParameters: o.typeParameters } : {}),
    }));
  } else {
    method.docs = [jsDocText(c.docs)];
  }
  return method;
}
