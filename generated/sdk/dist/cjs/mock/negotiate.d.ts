/**
 * Content negotiation: which declared content answers a request. The client's `Accept` and the
 * declared media types decide; a format the request names in its own body (`response_format:
 * srt`) comes first, and an event stream is chosen whenever the request asks for one.
 */
import type { MockContent, MockOperation, MockResponse, MockStream } from './types.js';
export declare function mediaTypeMatches(pattern: string, actual: string): boolean;
/** The content of `pool` declared as `type` itself, else the first a wildcard on either side matches. */
export declare const contentFor: (pool: MockContent[], type: string) => MockContent | undefined;
/**
 * Format choices the request makes in its own body (`response_format: srt`, `output_format: png`,
 * `encoding_format: base64`), normalised like example names (`verbose_json` → `verbose-json`).
 */
export declare function formatHints(requestBody: unknown): string[];
/**
 * Picks the content to answer with, the event stream aside: the request's format hint, else the
 * client's Accept, else the first. `not-acceptable` when Accept admits only contents the mock
 * cannot write (`opaque`: XML): another declared one it admits is chosen first.
 */
export declare function chooseContent(response: MockResponse, accept: string | undefined, requestBody: unknown): MockContent | 'not-acceptable' | undefined;
/**
 * Whether the body's stream flag asks for the stream: `true`, or left out when it defaults to on
 * (`stream` when the operation names none). The try-it console reads it too, to show the samples
 * of the call it sends.
 */
export declare function streamFlagged(stream: MockStream | undefined, requestBody: unknown): boolean;
/**
 * The event-stream content when the request asks for a stream, else undefined. With `x-stream`
 * its request flag decides, and with no flag (an inferred always-streaming operation) it streams; otherwise the stream is chosen when it is the only declared content,
 * when `Accept` prefers it over every other declared content, or when the body says `stream: true`
 * (or leaves out a flag that defaults to true).
 */
export declare function chooseStream(op: MockOperation, response: MockResponse, accept: string | undefined, requestBody: unknown): MockContent | undefined;
