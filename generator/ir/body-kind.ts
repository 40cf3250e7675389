/**
 * What a request or response body's media type is read as, and which bodies are sent as named
 * fields. The IR (stream inference, x-stream's flag) and the spec validation (x-stream
 * `requestFlag`) both read these, so a flag accepted by one is accepted by the other.
 */
import type { BodyKind } from './types.js';
import { JSON_MEDIA_TYPE, TEXT_MEDIA_TYPE } from '../../templates/client/response.js';

type Raw = Record<string, unknown>;

export function mediaKind(mediaType: string, schema?: Raw): BodyKind {
  const mt = mediaType.toLowerCase().split(';')[0]!.trim();
  if (JSON_MEDIA_TYPE.test(mt) || mt === '*/*json') return 'json';
  if (mt.startsWith('multipart/')) return 'multipart';
  if (mt === 'application/x-www-form-urlencoded') return 'urlencoded';
  if (mt === 'text/event-stream') return 'event-stream';
  if (schema && schema.format === 'binary') return 'binary';
  if (TEXT_MEDIA_TYPE.test(mt)) return 'text';
  return 'binary';
}

/** Bodies sent as named fields, where a flag property can be: JSON objects, multipart parts, form fields. */
const FIELD_KINDS: ReadonlySet<BodyKind> = new Set(['json', 'multipart', 'urlencoded']);

export function sendsFields(kind: BodyKind): boolean {
  return FIELD_KINDS.has(kind);
}
