/**
 * Error bodies in the spec's own error shape: the declared response for that status (else
 * another declared error response, or `default`) is filled from its example, and the message,
 * `param`, `type` and `code` go where that shape keeps them. An operation that declares no error
 * shape borrows the one of its nearest operation by path (`MockOperation.errorShape`); a spec that
 * declares none anywhere answers RFC 9457 problem documents (`application/problem+json`).
 */
import type { ErrorDetail, JsonValue, MockOperation, MockResponse } from './types.js';
import { cloneJson, getAtPointer, isJsonObject } from './pointer.js';
import { numericStatus } from './respond.js';
import type { SchemaCompiler } from './validate.js';

const DEFAULT_TYPE: Record<number, string> = {
  401: 'authentication_error',
  403: 'permission_error',
  429: 'rate_limit_error',
};

const DEFAULT_CODE: Record<number, string> = {
  401: 'invalid_api_key',
  404: 'not_found',
  413: 'request_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limit_exceeded',
};

export function defaultErrorType(status: number): string {
  return DEFAULT_TYPE[status] ?? (status >= 500 ? 'server_error' : 'invalid_request_error');
}

const jsonContent = (response: MockResponse): MockResponse['contents'][number] | undefined =>
  response.contents.find((c) => c.kind === 'json');

/** The declared response whose shape an error of this status takes, and whether it was declared for that status (or its range). */
function templateFor(
  op: MockOperation | undefined,
  status: number,
): { response: MockResponse; exact: boolean } | undefined {
  const withJson = op?.responses.filter((r) => jsonContent(r)) ?? [];
  const range = `${String(status)[0]}XX`;
  const exact =
    withJson.find((r) => r.status === String(status)) ??
    withJson.find((r) => r.status.toUpperCase() === range);
  if (exact) return { response: exact, exact: true };
  // Else the nearest declared error status; `default` last.
  const distance = (r: MockResponse): number =>
    Math.abs((/^\d/.test(r.status) ? numericStatus(r) : 999) - status);
  const errors = withJson.filter((r) => r.isError || r.status === 'default');
  const closest = errors.sort((a, b) => distance(a) - distance(b))[0];
  return closest && { response: closest, exact: false };
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** RFC 9457: `param` and `code` ride along as extension members when there are any. */
function problemDocument(detail: ErrorDetail): JsonValue {
  return {
    type: 'about:blank',
    title: REASONS[detail.status] ?? (detail.status >= 500 ? 'Server Error' : 'Client Error'),
    status: detail.status,
    detail: detail.message,
    ...(detail.param ? { param: detail.param } : {}),
    ...(detail.code ? { code: detail.code } : {}),
  };
}

/** The name the IR gives an example it generated (no spec example to show). */
const GENERATED = 'generated';

/**
 * Sets `holder[field]` to the first meaningful value the body's schema accepts (`count` = its
 * errors), else leaves the field out or sets it to null (null first where the example shows null
 * for nothing), else keeps what the example had.
 */
function fill(
  holder: { [key: string]: JsonValue },
  field: string,
  meaningful: (JsonValue | undefined)[],
  count: () => number,
): void {
  const original = holder[field]!;
  const before = count();
  const nothing = original === null ? [null, undefined] : [undefined, null];
  const candidates = [...meaningful.filter((v) => v !== undefined), ...nothing];
  for (const value of candidates) {
    if (value === undefined) delete holder[field];
    else holder[field] = value;
    if (count() <= before) return;
  }
  holder[field] = original;
}

/** The error body as JSON and its media type; `compiler` checks the fields it fills against the body's schema. */
export function errorBody(
  op: MockOperation | undefined,
  detail: ErrorDetail,
  compiler?: SchemaCompiler,
): { value: JsonValue; mediaType: string } {
  const template = templateFor(op, detail.status);
  const content = template ? jsonContent(template.response) : undefined;
  const problem = { value: problemDocument(detail), mediaType: 'application/problem+json' };
  const example = content?.examples[0];
  if (!content || !example || content.messageAt === undefined) return problem;
  const body = cloneJson(example.value);
  const cut = content.messageAt.lastIndexOf('/');
  const holder = getAtPointer(body, content.messageAt.slice(0, cut)) as {
    [key: string]: JsonValue;
  };
  const key = content.messageAt.slice(cut + 1);
  holder[key] = detail.message;
  const exact = !!template?.exact;
  const schema = content.check ?? content.schema;
  const validate = compiler && schema !== undefined ? compiler.compile(schema) : undefined;
  const count = (): number => (validate ? validate(body, 'response').length : 0);
  // A value the spec wrote for this very status still means something; a generated placeholder does not.
  const written = (field: string): JsonValue | undefined =>
    exact && example.name !== GENERATED && typeof holder[field] === 'string' && holder[field] !== ''
      ? holder[field]
      : undefined;
  const text = (field: string): boolean =>
    field in holder && (typeof holder[field] === 'string' || holder[field] === null);
  if ('param' in holder) fill(holder, 'param', [detail.param], count);
  if (text('type'))
    fill(holder, 'type', [detail.type, written('type'), defaultErrorType(detail.status)], count);
  if (text('code'))
    fill(holder, 'code', [detail.code, written('code'), DEFAULT_CODE[detail.status]], count);
  // Numeric fields that mirror the template's HTTP status follow the new status.
  const templateStatus = template ? Number(template.response.status) : NaN;
  for (const node of [body, holder]) {
    if (!isJsonObject(node)) continue;
    for (const k of ['status', 'statusCode', 'code'])
      if (node[k] === templateStatus) node[k] = detail.status;
  }
  return { value: body, mediaType: content.mediaType };
}
