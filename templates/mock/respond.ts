/**
 * Choosing what to answer from the spec: which declared response (status), which content
 * (Accept, or the request's `response_format`), which example (`Prefer: example=NAME`, else the
 * one named like the request example the body equals, else the first), and the bytes to send.
 */
import type { MockContent, MockExample, MockOperation, MockResponse, MockSample } from './types.js';
import equalModule from 'ajv/dist/runtime/equal.js';
import { formatHints } from './negotiate.js';

/** Deep equality of JSON values: Ajv's own (fast-deep-equal), whichever module system loaded it. */
export const jsonEqual = ((equalModule as unknown as { default?: unknown }).default ??
  equalModule) as (a: unknown, b: unknown) => boolean;

export function isSuccessStatus(status: string): boolean {
  return /^2(\d\d|XX)$/i.test(status);
}

/** The HTTP status a declared response stands for (`2XX` → 200, `default` → 200 or 500). */
export function numericStatus(response: MockResponse): number {
  if (/^\d{3}$/.test(response.status)) return Number(response.status);
  if (/^[1-5]XX$/i.test(response.status)) return Number(response.status[0]) * 100;
  return response.isError ? 500 : 200;
}

export function successResponse(op: MockOperation): MockResponse | undefined {
  return (
    op.responses.find((r) => isSuccessStatus(r.status)) ??
    op.responses.find((r) => r.status === 'default' && !r.isError) ??
    op.responses.find((r) => !r.isError)
  );
}

export function declaredResponse(op: MockOperation, code: number): MockResponse | undefined {
  const s = String(code);
  return (
    op.responses.find((r) => r.status === s) ??
    op.responses.find((r) => r.status.toUpperCase() === `${s[0]}XX`) ??
    (code >= 400 ? op.responses.find((r) => r.status === 'default') : undefined)
  );
}

/** An example as answered: a task's or page's value may carry no name. */
export type ChosenExample = Pick<MockExample, 'value'> & { name?: string };

/** The example for a content: by name, else one named like the matching request example, else the first (the IR's default). */
export function chooseExample(
  op: MockOperation,
  content: MockContent | undefined,
  name: string | undefined,
  requestBody: unknown,
): ChosenExample | undefined {
  const named = (n: string | undefined): ChosenExample | undefined =>
    content?.examples.find((e) => e.name === n);
  if (!content || name !== undefined) return named(name);
  if (requestBody !== undefined && content.examples.length > 1) {
    const hinted = formatHints(requestBody).map(named).find(Boolean);
    const requestExamples = op.requestBody?.contents.flatMap((c) => c.examples) ?? [];
    const hit = hinted ?? named(requestExamples.find((e) => jsonEqual(e.value, requestBody))?.name);
    if (hit) return hit;
  }
  return content.examples[0];
}

/** The example names the responses declare. */
export function exampleNames(responses: MockResponse[]): string[] {
  return [
    ...new Set(responses.flatMap((r) => r.contents.flatMap((c) => c.examples.map((e) => e.name)))),
  ];
}

/** A function whose answer for a key is made once: examples and samples are never mutated. */
function cachedBy<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = make(key)));
    return value;
  };
}

/** Each example is serialized once (the request path's largest cost otherwise). */
const serialized = cachedBy((value: object) => JSON.stringify(value));
const sampleBytes = cachedBy((s: MockSample) =>
  Uint8Array.from(atob(s.base64), (c) => c.charCodeAt(0)),
);

/** Body bytes and content type for a content and example value. */
export function renderBody(
  content: MockContent | undefined,
  example: ChosenExample | undefined,
): { contentType?: string; body: Uint8Array | string | null } {
  if (!content) return { body: null };
  const value = example?.value;
  // Binary contents, and a text type with real bytes (SVG) when no example is named.
  const { sample } = content;
  if (sample && (content.kind === 'binary' || example?.name === undefined))
    return { contentType: sample.mediaType, body: sampleBytes(sample) };
  // Not `""` in a format the mock cannot write: nothing.
  if (content.opaque && typeof value !== 'string')
    return { contentType: content.mediaType, body: '' };
  // Text with no example is empty, never `""` (a JSON string under a text type).
  const text = content.kind === 'text' || content.kind === 'event-stream';
  const body =
    content.kind === 'json'
      ? value !== null && typeof value === 'object'
        ? serialized(value)
        : JSON.stringify(value ?? null)
      : typeof value === 'string'
        ? value
        : value === undefined && text
          ? ''
          : JSON.stringify(value ?? null);
  return { contentType: content.mediaType, body };
}
