/**
 * Content negotiation: which declared content answers a request. The client's `Accept` and the
 * declared media types decide; a format the request names in its own body (`response_format:
 * srt`) comes first, and an event stream is chosen whenever the request asks for one.
 */
import type { MockContent, MockOperation, MockResponse, MockStream } from './types.js';
import { childAt } from './pointer.js';

function baseType(mediaType: string): string {
  return mediaType.split(';')[0]!.trim().toLowerCase();
}

export function mediaTypeMatches(pattern: string, actual: string): boolean {
  if (pattern === actual) return true;
  const p = baseType(pattern);
  const a = baseType(actual);
  if (p === a || p === '*/*' || a === '*/*') return true;
  if (p.endsWith('/*')) return a.startsWith(p.slice(0, -1));
  if (a.endsWith('/*')) return p.startsWith(a.slice(0, -1));
  return false;
}

interface Wanted {
  type: string;
  q: number;
}

/** The `Accept` ranges, best first; empty for none or `*\/*`. */
function acceptRanges(accept: string | undefined): Wanted[] {
  if (!accept || accept.trim() === '' || /^\s*\*\/\*\s*$/.test(accept)) return [];
  return accept
    .split(',')
    .map((part) => {
      const [type, ...params] = part.split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)).find((m) => m);
      return { type: type!.trim(), q: q ? Number(q[1]) : 1 };
    })
    .filter((w) => w.q > 0)
    .sort((a, b) => b.q - a.q);
}

/** The content of `pool` declared as `type` itself, else the first a wildcard on either side matches. */
export const contentFor = (pool: MockContent[], type: string): MockContent | undefined =>
  pool.find((c) => c.mediaType === type || baseType(c.mediaType) === baseType(type)) ??
  pool.find((c) => mediaTypeMatches(type, c.mediaType));

/** The content `Accept` prefers among `pool`, if any. */
function byAccept(pool: MockContent[], accept: string | undefined): MockContent | undefined {
  for (const w of acceptRanges(accept)) {
    const hit = contentFor(pool, w.type);
    if (hit) return hit;
  }
  return undefined;
}

const FORMAT_ALIASES: Record<string, string> = {
  mp3: 'mpeg',
  jpg: 'jpeg',
  wave: 'wav',
  text: 'plain',
};

/**
 * Format choices the request makes in its own body (`response_format: srt`, `output_format: png`,
 * `encoding_format: base64`), normalised like example names (`verbose_json` → `verbose-json`).
 */
export function formatHints(requestBody: unknown): string[] {
  if (!requestBody || typeof requestBody !== 'object' || Array.isArray(requestBody)) return [];
  return Object.entries(requestBody as Record<string, unknown>)
    .filter(([key, value]) => /format/i.test(key) && typeof value === 'string')
    .map(([, value]) => (value as string).toLowerCase().replace(/_/g, '-'));
}

/**
 * Picks the content to answer with, the event stream aside: the request's format hint, else the
 * client's Accept, else the first. `not-acceptable` when Accept admits only contents the mock
 * cannot write (`opaque`: XML): another declared one it admits is chosen first.
 */
export function chooseContent(
  response: MockResponse,
  accept: string | undefined,
  requestBody: unknown,
): MockContent | 'not-acceptable' | undefined {
  // One declared content answers whatever its kind (the common case; no list made per request).
  if (response.contents.length === 1 && !response.contents[0]!.opaque) return response.contents[0];
  const candidates = response.contents.filter((c) => c.kind !== 'event-stream');
  const pool = candidates.length > 0 ? candidates : response.contents;
  if (pool.length <= 1 && !pool[0]?.opaque) return pool[0];
  for (const hint of formatHints(requestBody)) {
    // A content with an example named after the format (`srt`), else one whose subtype is the format (`wav`).
    const want = FORMAT_ALIASES[hint] ?? hint;
    const hit =
      pool.find((c) => c.examples.some((e) => e.name === hint)) ??
      pool.find((c) => baseType(c.mediaType).split('/')[1]!.split('+')[0] === want) ??
      (/json/.test(hint) ? pool.find((c) => c.kind === 'json') : undefined);
    if (hit) return hit;
  }
  const hit = byAccept(pool, accept);
  if (!hit?.opaque) return hit ?? pool.find((c) => !c.opaque) ?? pool[0];
  return (
    byAccept(
      pool.filter((c) => !c.opaque),
      accept,
    ) ?? 'not-acceptable'
  );
}

/**
 * Whether the body's stream flag asks for the stream: `true`, or left out when it defaults to on
 * (`stream` when the operation names none). The try-it console reads it too, to show the samples
 * of the call it sends.
 */
export function streamFlagged(stream: MockStream | undefined, requestBody: unknown): boolean {
  const sent = childAt(requestBody, stream?.requestFlag ?? 'stream');
  return stream?.flagDefaultOn ? sent !== false : sent === true;
}

/**
 * The event-stream content when the request asks for a stream, else undefined. With `x-stream`
 * its request flag decides, and with no flag (an inferred always-streaming operation) it streams; otherwise the stream is chosen when it is the only declared content,
 * when `Accept` prefers it over every other declared content, or when the body says `stream: true`
 * (or leaves out a flag that defaults to true).
 */
export function chooseStream(
  op: MockOperation,
  response: MockResponse,
  accept: string | undefined,
  requestBody: unknown,
): MockContent | undefined {
  const stream = response.contents.find((c) => c.kind === 'event-stream');
  if (!stream) return undefined;
  const flagged = streamFlagged(op.stream, requestBody);
  if (op.stream?.requestFlag === undefined && op.stream) return stream;
  // An inferred switch still lets Accept choose, as for any undeclared stream.
  if (op.stream && !op.stream.inferred) return flagged ? stream : undefined;
  if (response.contents.every((c) => c.kind === 'event-stream')) return stream;
  if (byAccept(response.contents, accept) === stream) return stream;
  return flagged ? stream : undefined;
}
