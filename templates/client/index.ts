/** The client runtime's public surface. */
export { APIPromise, type WithResponse } from './api-promise.js';
export { basicCredentials } from './basic-auth.js';
export {
  encodeTextBody,
  type BodyEncoder,
  type BodyKind,
  type BodyParts,
  type BodySpec,
  type EncodedBody,
} from './body.js';
export { guardedReading, type Reading } from './body-reader.js';
export {
  accumulateChatCompletion,
  chatCompletionText,
  type AccumulatedChatCompletion,
  type AccumulatedChoice,
  type AccumulatedToolCall,
} from './chat-stream.js';
export { parseCallbackJson, parseTaskCallback } from './callbacks.js';
export { APIClient } from './api-client.js';
export {
  APIResource,
  BaseClient,
  type AuthScheme,
  type BinaryRequestOptions,
  type ClientConfig,
  type ClientOptions,
  type FetchInit,
  type FetchLike,
  type HeadersInput,
  type OperationRequest,
  type RawRequestOptions,
  type RequestOptions,
  type StreamSpec,
} from './client.js';
export {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  CallbackPayloadError,
  ConflictError,
  IncompleteStreamError,
  InternalServerError,
  InvalidStreamEventError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResponseTooLargeError,
  ShellApiError,
  TaskCancelledError,
  TaskError,
  TaskFailedError,
  TaskSubmitError,
  TaskTimeoutError,
  UnprocessableEntityError,
} from './errors.js';
export { withExtras, type WithExtras } from './extras.js';
export { cookieHeader, withCookies } from './cookie.js';
export { encodeBody } from './form-body.js';
export { safeLogging, type Logger, type LogLevel } from './logger.js';
export { omit } from './params.js';
export { scrubSecrets } from './redact.js';
export { buildPath, type PathExpander } from './path.js';
export { headerText, styledPath, type ParamStyle } from './param-styles.js';
export { readPointer, type AtPointer } from './json-pointer.js';
export { paginate, PagePromise, type PageItem, type PagingDescriptor } from './pagination.js';
export type { QueryPairs, QueryStyle } from './query.js';
export { styledPairs } from './query-styles.js';
export type { BinaryAs, BinaryResult, ResponseAs } from './response.js';
export type { BackoffOptions } from './backoff.js';
export type { RetryClass, RetryPolicy, Retrying } from './retry.js';
export { retrying } from './retry.js';
export { iterateEvents, type ServerSentEvent } from './sse.js';
export { sseStream, Stream } from './stream.js';
export {
  snapshotOf,
  submitAndWait,
  taskIdFrom,
  TaskRun,
  waitForTask,
  type CanonicalTaskState,
  type ProgressScale,
  type TaskDescriptor,
  type TaskResultAt,
  type TaskSnapshot,
  type WaitOptions,
} from './tasks.js';
export { toFile, type Uploadable } from './uploads.js';
