/**
 * The answer stage: a checked request in, what to send out. The declared response (or the one
 * `Prefer: code=` / `example=` asks for), negotiated content, an event stream's frames, a task's
 * state, or an error detail for the error stage to shape. No transport, headers of its own or
 * clock here, so it can be exercised alone.
 */
import type { JsonValue, MockOperation } from './types.js';
import { answerPage, type PageAnswer } from './paging.js';
import type { ErrorDetail } from './errors.js';
import type { Preferences } from './prefer.js';
import type { SchemaCompiler } from './validate.js';
import type { TaskStore } from './tasks.js';
import { applyWireFormat } from './wire-format.js';
import { chooseContent, chooseStream } from './negotiate.js';
import { streamFrames } from './sse.js';
import {
  chooseExample,
  declaredResponse,
  exampleNames,
  numericStatus,
  renderBody,
  responseWithExample,
  successResponse,
} from './respond.js';

/** A request that passed routing, auth and validation. */
export interface CheckedRequest {
  op: MockOperation;
  /** Path parameters, decoded. */
  path: Record<string, string>;
  query: URLSearchParams;
  /** Lower-cased names. */
  headers: Record<string, string>;
  /** The parsed, validated body (undefined when none). */
  body: unknown;
  prefer: Preferences;
}

export interface AnswerDeps {
  compiler: SchemaCompiler;
  tasks: TaskStore;
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
      mediaType: string;
      frames: string[];
      headers: [string, string][];
    }
  | { kind: 'error'; detail: ErrorDetail };

const error = (detail: ErrorDetail): Answer => ({ kind: 'error', detail });

export function answerRequest(req: CheckedRequest, deps: AnswerDeps): Answer {
  const { op, prefer, body, headers } = req;
  if (prefer.code !== undefined) return injected(req, prefer.code, deps);

  let response = successResponse(op);
  if (
    prefer.example !== undefined &&
    response &&
    !response.contents.some((c) => c.examples.some((e) => e.name === prefer.example))
  ) {
    response = responseWithExample(op, prefer.example);
    if (!response) {
      return error({
        status: 400,
        message: `Prefer: example=${prefer.example} is not declared by ${op.operationId}; declared: ${exampleNames(op).join(', ') || '(none)'}`,
        param: null,
      });
    }
  }
  if (!response) return { kind: 'body', status: 204, body: null, headers: [] };
  const status = numericStatus(response);
  const extra = response.headers;

  const streamContent = chooseStream(op, response, headers.accept, body);
  const frames = streamContent ? streamFrames(op, streamContent, body, prefer.example) : undefined;
  if (streamContent && frames)
    return { kind: 'stream', status, mediaType: streamContent.mediaType, frames, headers: extra };

  const content = chooseContent(response, headers.accept, body);
  const example = chooseExample(op, content, prefer.example, body);

  // Task operations answer from the task store; `Prefer: example=` asks for the static example instead.
  const taskish = op.submit !== undefined || op.taskRole !== undefined;
  if (
    taskish &&
    content?.kind === 'json' &&
    status < 300 &&
    (prefer.example === undefined || op.submit)
  ) {
    const answer = deps.tasks.answer(op, example?.value ?? null, req);
    const paged = answer && 'value' in answer ? pageOf(req, answer.value) : answer;
    if (paged && 'reject' in paged) return error(paged.reject);
    if (paged) {
      const json = JSON.stringify(paged.value);
      return { kind: 'body', status, contentType: content.mediaType, body: json, headers: extra };
    }
  }

  let shaped =
    example && content?.kind === 'json' && example.name !== 'base64'
      ? { ...example, value: applyWireFormat(example.value, body) }
      : example;
  if (shaped && content?.kind === 'json' && status < 300 && prefer.example === undefined) {
    const paged = pageOf(req, shaped.value);
    if ('reject' in paged) return error(paged.reject);
    shaped = { ...shaped, value: paged.value };
  }
  const rendered = renderBody(content, shaped);
  return { kind: 'body', status, ...rendered, headers: extra };
}

/** The page a paged operation's request asks for (`value` as it is otherwise). */
function pageOf(req: CheckedRequest, value: JsonValue): PageAnswer {
  return req.op.paging ? answerPage(req.op.paging, value, req) : { value };
}

/** `Prefer: code=N`: the declared response for N (its example), else an error in the spec's shape. */
function injected(req: CheckedRequest, code: number, deps: AnswerDeps): Answer {
  const { op, prefer, body, headers } = req;
  const retry: [string, string][] =
    code === 429 || code === 503 ? [['retry-after', String(prefer.retryAfter ?? 1)]] : [];
  const declared = declaredResponse(op, code);
  if (declared) {
    const content = chooseContent(declared, headers.accept, body);
    if (code >= 400 && (!content || (content.kind === 'json' && content.examples.length === 0)))
      return error({
        status: code,
        message: `Mock error ${code} (Prefer: code=${code}).`,
        headers: retry,
      });
    const example = chooseExample(op, content, prefer.example, body);
    if (prefer.example !== undefined && !example) {
      return error({
        status: 400,
        message: `Prefer: example=${prefer.example} is not declared for status ${code} of ${op.operationId}`,
        param: null,
      });
    }
    const extra = declared.headers.filter(([k]) => !retry.some(([r]) => r === k));
    return {
      kind: 'body',
      status: code,
      ...renderBody(content, example),
      headers: [...extra, ...retry],
    };
  }
  if (code >= 400 && code <= 599) {
    return error({
      status: code,
      message: `Mock error ${code} (Prefer: code=${code}); ${op.operationId} does not declare it.`,
      headers: retry,
    });
  }
  return error({
    status: 400,
    message: `Prefer: code=${code} is not a declared response of ${op.operationId}; declared: ${op.responses.map((r) => r.status).join(', ')}`,
    param: null,
  });
}
