/**
 * Names the generated client's runtime already uses. The IR reads them to keep the names it
 * chooses itself (a tag's fallback resource) off them; the client emitter to reject a spec's own.
 */

/** Members of the runtime's BaseClient: a root resource or root method with one of these names would shadow it. */
export const CLIENT_MEMBERS: ReadonlySet<string> = new Set([
  'baseUrl',
  'maxRetries',
  'timeout',
  'idleTimeout',
  'withOptions',
  'scrub',
  'logger',
  'request',
  'toJSON',
  'maxResponseBytes',
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'constructor',
]);
