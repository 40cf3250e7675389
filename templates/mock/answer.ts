/**
 * The answer stage: a routed request that passed its checks in, what to send out. The declared
 * response (or the one `Prefer: code=` / `example=` asks for), negotiated content, an event
 * stream's frames, a task's state, or an error detail for the error stage to shape. No
 * transport, headers of its own or clock here, so it can be exercised alone.
 */
import type { ErrorDetail, MockOperation, MockResponse } from './types.js';
import { answerPage } from './paging.js';
import type { Preferences } from './prefer.js';
import type { TaskStore } from './tasks.js';
import type { RequestParts } from './coerce.js';
import { applyWireFormat } from './wire-format.js';
import { chooseContent, chooseStream } from './negotiate.js';
import { streamFrames } from './sse.js';
import {
  chooseExample,
  declaredResponse,
  exampleNames,
  isSuccessStatus,
  numericStatus,
  renderBody,
  successResponse,
} from './respond.js';

/**
 * A request routed to its operation: parameters as read and its preferences, made before auth
 * runs; `body` is set (parsed and valid) only once auth and the request checks have passed.
 */
export interface RoutedRequest extends RequestParts {
  op: MockOperation;
  prefer: Preferences;
}

export type Answer =
  | {
      kind: 'body';
      status: number;
      contentType?: string;
      body: Uint8Array | string | null;
      headers: [string, string][];
    }
  | {
      kind: 'stream';
      status: number;
      contentType: string;
      frames: string[];
      headers: [string, string][];
    }
  | { kind: 'error'; detail: ErrorDetail };

/** Shared and never written to: the answer's headers are copied by the engine. */
const NO_HEADERS: [string, string][] = [];

const error = (status: number, message: string, headers?: [string, string][]): Answer => ({
  kind: 'error',
  detail: { status, message, ...(headers ? { headers } : { param: null }) },
});

export function answerRequest(req: RoutedRequest, tasks: TaskStore): Answer {
  const { op, prefer, body, headers } = req;
  const { code, example: wanted } = prefer;
  const retry: [string, string][] =
    code === 429 || code === 503 ? [['retry-after', String(prefer.retryAfter ?? 1)]] : NO_HEADERS;
  // `Prefer: code=N`: the declared response for N (its example), else an error in the spec's shape.
  let response = code === undefined ? successResponse(op) : declaredResponse(op, code);
  // `Prefer: example=` may name an example of another declared response (a success one first).
  const named = (r: MockResponse): boolean =>
    wanted !== undefined && exampleNames([r]).includes(wanted);
  if (code === undefined && wanted !== undefined && response && !named(response)) {
    response =
      op.responses.find((r) => isSuccessStatus(r.status) && named(r)) ?? op.responses.find(named);
    const declared = exampleNames(op.responses).join(', ') || '(none)';
    const message = `Prefer: example=${wanted} is not declared by ${op.operationId}; declared: ${declared}`;
    if (!response) return error(400, message);
  }
  const chosen = response && chooseContent(response, headers.accept, body);
  if (chosen === 'not-acceptable') {
    const types = response!.contents.filter((c) => !c.opaque).map((c) => c.mediaType);
    const can = types.length ? `it answers with ${types.join(', ')}` : 'it cannot answer with any';
    return error(406, `The mock cannot write ${headers.accept} for ${op.operationId}; ${can}.`);
  }
  const content = chosen;
  if (code !== undefined) {
    const empty = !content || (content.kind === 'json' && content.examples.length === 0);
    if (response ? code >= 400 && empty : code >= 400 && code <= 599) {
      const undeclared = response ? '' : `; ${op.operationId} does not declare it`;
      return error(code, `Mock error ${code} (Prefer: code=${code})${undeclared}.`, retry);
    }
    const statuses = op.responses.map((r) => r.status).join(', ');
    const message = `Prefer: code=${code} is not a declared response of ${op.operationId}; declared: ${statuses}`;
    if (!response) return error(400, message);
  }
  if (!response) return { kind: 'body', status: 204, body: null, headers: [] };
  const status = code ?? numericStatus(response);
  const extra =
    retry.length === 0
      ? response.headers
      : [...response.headers.filter(([k]) => !retry.some(([r]) => r === k)), ...retry];

  const streamContent = code === undefined && chooseStream(op, response, headers.accept, body);
  const frames = streamContent && streamFrames(op, streamContent, body, wanted);
  if (streamContent && frames)
    return { kind: 'stream', status, contentType: streamContent.mediaType, frames, headers: extra };

  const example = chooseExample(op, content, wanted, body);
  if (code !== undefined && wanted !== undefined && !example)
    return error(
      400,
      `Prefer: example=${wanted} is not declared for status ${code} of ${op.operationId}`,
    );
  const json = code === undefined && content?.kind === 'json' && status < 300;
  let value = example?.value;
  // Task operations answer from the task store; `Prefer: example=` asks for the static example instead.
  const task =
    json && (op.submit || (op.taskRole && wanted === undefined))
      ? tasks.answer(op, value ?? null, req)
      : undefined;
  if (task && 'reject' in task) return { kind: 'error', detail: task.reject };
  if (task && 'declared' in task)
    return answerRequest({ ...req, prefer: { ...prefer, ...task.declared } }, tasks);
  if (task) value = task.value;
  else if (example && code === undefined && content?.kind === 'json' && example.name !== 'base64')
    value = applyWireFormat(example.value, body);
  if (json && value !== undefined && (task || wanted === undefined) && op.paging) {
    const paged = answerPage(op.paging, value, req);
    if ('reject' in paged) return { kind: 'error', detail: paged.reject };
    value = paged.value;
  }
  const shown = value === undefined ? example : { name: example?.name, value };
  return { kind: 'body', status, ...renderBody(content, shown), headers: extra };
}
