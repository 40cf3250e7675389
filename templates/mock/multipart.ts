/**
 * Request body decoding for `multipart/form-data` (RFC 7578) and `application/x-www-form-urlencoded`.
 * Multipart parts come from @remix-run/multipart-parser (web APIs only, so it also runs in the MSW
 * handlers in a browser), an optional peer dependency of the mock like Ajv; its errors are worded
 * here with the boundary and the part they concern.
 */
import {
  getMultipartBoundary,
  MaxHeaderSizeExceededError,
  MaxPartsExceededError,
  MultipartParseError,
  parseMultipart as readParts,
} from '@remix-run/multipart-parser';

export interface FormPart {
  name: string;
  /** Present for file parts. */
  filename?: string;
  /** The part's own Content-Type header, lower-cased without parameters. */
  contentType?: string;
  bytes: Uint8Array;
}

export type MultipartResult =
  { ok: true; parts: FormPart[] } | { ok: false; message: string } | { ok: false; tooMany: true };

/** The parser's default: a part's headers may not be longer (explain() words the error). */
const MAX_HEADER_BYTES = 8192;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Byte offset of `text` (ASCII) in `body`, or -1; only on paths that already failed or lack a leading delimiter. */
function find(body: Uint8Array, text: string): number {
  return new TextDecoder('latin1').decode(body).indexOf(text);
}

/** The body from its first delimiter on: RFC 2046 allows a preamble, the parser does not. */
function withoutPreamble(body: Uint8Array, delimiter: string): Uint8Array | undefined {
  const head = encoder.encode(delimiter);
  if (head.every((byte, i) => body[i] === byte)) return body;
  const at = find(body, `\r\n${delimiter}`);
  return at === -1 ? undefined : body.subarray(at + 2);
}

/** The parser's error in the mock's words: which delimiter or part, and what is wrong with it. */
function explain(error: unknown, body: Uint8Array, boundary: string, part: number): string {
  if (error instanceof MaxHeaderSizeExceededError)
    return `part ${part} headers are longer than ${MAX_HEADER_BYTES} bytes (or not ended by an empty line)`;
  if (error instanceof TypeError) return `part ${part} headers are not valid UTF-8`;
  if (!(error instanceof MultipartParseError)) throw error;
  // The parser ran out of bytes: inside a part's headers when the closing delimiter is there.
  if (find(body, `\r\n--${boundary}--`) !== -1)
    return `part ${part} headers are not ended by an empty line`;
  return `body is not closed with "--${boundary}--" (it ends in part ${part})`;
}

/** Parts of a multipart body; more than `maxParts` stops the parse (`tooMany`). */
export function parseMultipart(
  body: Uint8Array,
  contentTypeHeader: string,
  maxParts: number = Infinity,
): MultipartResult {
  const boundary = getMultipartBoundary(contentTypeHeader)?.trim();
  if (!boundary) return { ok: false, message: 'multipart/form-data without a boundary parameter' };
  const from = withoutPreamble(body, `--${boundary}`);
  if (!from) return { ok: false, message: `multipart body has no "--${boundary}" delimiter` };
  const parts: FormPart[] = [];
  // The transport limits the body's size; the parser's own size limits would only reword that.
  const options = {
    boundary,
    maxParts,
    maxHeaderSize: MAX_HEADER_BYTES,
    maxFileSize: Infinity,
    maxTotalSize: Infinity,
  };
  try {
    for (const read of readParts(from, options)) {
      const name = read.name;
      if (name === undefined) {
        const message = `multipart part ${parts.length + 1} has no Content-Disposition name`;
        return { ok: false, message };
      }
      const part: FormPart = { name, bytes: read.bytes };
      // Each getter parses its header again: skip the ones a text field does not have.
      const filename = read.headers['content-disposition']!.includes('filename')
        ? read.filename
        : undefined;
      if (filename !== undefined) part.filename = filename;
      const type = read.headers['content-type'] && read.mediaType;
      if (type) part.contentType = type.toLowerCase();
      parts.push(part);
    }
  } catch (error) {
    if (error instanceof MaxPartsExceededError) return { ok: false, tooMany: true };
    return { ok: false, message: `multipart ${explain(error, from, boundary, parts.length + 1)}` };
  }
  return { ok: true, parts };
}

export function parseUrlEncoded(body: Uint8Array): FormPart[] {
  const params = new URLSearchParams(decoder.decode(body));
  return [...params].map(([name, value]) => ({ name, bytes: encoder.encode(value) }));
}
