/** The client runtime's public surface. */
export { APIPromise, type WithResponse } from './api-promise.js';
export type { BodyKind, BodySpec } from './body.js';
export { parseCallbackJson, parseTaskCallback } from './callbacks.js';
export { APIResource, BaseClient, type AuthScheme, type BinaryRequestOptions, type ClientConfig, type ClientOptions, type FetchLike, type HeadersInput, type OperationRequest, type RequestOptions, } from './client.js';
export { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError, AuthenticationError, BadRequestError, CallbackPayloadError, ConflictError, InternalServerError, NotFoundError, PermissionDeniedError, RateLimitError, ShellApiError, TaskCancelledError, TaskError, TaskFailedError, TaskSubmitError, TaskTimeoutError, UnprocessableEntityError, } from './errors.js';
export { withExtras, type WithExtras } from './extras.js';
export type { Logger } from './logger.js';
export { omit } from './params.js';
export { readPointer } from './json-pointer.js';
export type { QueryStyle } from './query.js';
export type { BinaryAs, BinaryResult, ResponseAs } from './response.js';
export type { BackoffOptions, RetryClass } from './retry.js';
export { iterateEvents, type ServerSentEvent } from './sse.js';
export { Stream } from './stream.js';
export { snapshotOf, submitAndWait, taskIdFrom, TaskRun, waitForTask, type CanonicalTaskState, type ProgressScale, type TaskDescriptor, type TaskSnapshot, type WaitOptions, } from './tasks.js';
export { toFile, type Uploadable } from './uploads.js';
