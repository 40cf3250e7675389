/** Operation rules: unique operationIds, response status keys and media type names. */
import { toPointer } from '../../pointer.js';
import { MAX_NAME_LENGTH, shownName, type ValidationContext } from '../context.js';
import type { Rule } from '../walk.js';

const STATUS = /^(?:[1-5][0-9][0-9]|[1-5]XX|default)$/;
/** `type/subtype` (RFC 6838 names, `*` wildcards), optionally followed by `;` parameters. */
const MEDIA_TYPE =
  /^(?:\*|[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*)\/(?:\*|[A-Za-z0-9*][A-Za-z0-9!#$&^_.+*-]*)(?:\s*;.*)?$/;

export function operationsRule(context: ValidationContext): Rule {
  /** operationId → where it was first seen (a path item reached twice is the same operation). */
  const operationIds = new Map<string, string>();
  return {
    operation(operation, at, site) {
      const id = operation.operationId;
      if (typeof id !== 'string') return;
      if (id.length > MAX_NAME_LENGTH) {
        context.report({
          code: 'name-too-long',
          at: [...at, 'operationId'],
          message: `operationId "${shownName(id)}" is longer than ${MAX_NAME_LENGTH} characters.`,
          hint: 'operationIds become method names and anchors: keep them short.',
        });
      }
      const here = toPointer(at);
      const first = operationIds.get(id);
      if (first === undefined) operationIds.set(id, here);
      else if (first !== here) {
        context.report({
          code: 'operation-id-duplicate',
          at: [...at, 'operationId'],
          message: `operationId "${shownName(id)}" of ${site.method.toUpperCase()} ${site.path ?? toPointer(site.pathItemAt)} is already used at ${first}.`,
          hint: 'operationIds name client methods, mock routes and doc anchors: make each one unique.',
        });
      }
    },
    responses(responses, at) {
      for (const status of Object.keys(responses)) {
        if (STATUS.test(status) || status.startsWith('x-')) continue;
        context.report({
          code: 'response-status-invalid',
          at: [...at, status],
          atKey: true,
          message: `Response key "${status}" is not a status code.`,
          hint: 'Use a code from 100 to 599, a range 1XX to 5XX (uppercase X), or "default".',
        });
      }
    },
    content(content, at) {
      for (const mediaType of Object.keys(content)) {
        if (MEDIA_TYPE.test(mediaType)) continue;
        context.report({
          code: 'media-type-invalid',
          at: [...at, mediaType],
          atKey: true,
          message: `"${mediaType}" is not a media type of the form type/subtype.`,
          hint: 'Write e.g. "application/json", "multipart/form-data" or "text/event-stream".',
        });
      }
    },
  };
}
