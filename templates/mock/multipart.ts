/**
 * Request body decoding for `multipart/form-data` (RFC 7578) and `application/x-www-form-urlencoded`.
 * Multipart parts come from @remix-run/multipart-parser (web APIs only, so it also runs in the MSW
 * handlers in a browser), an optional peer dependency of the mock like Ajv; its errors are worded
 * here with the boundary and the part they concern. The package is an ES module only: it is loaded
 * with `import()` (which CommonJS can do on every Node version, `require` only on Node >= 20.19),
 * and only by a mock whose spec has a multipart operation.
 */
import { MOCK_PEERS_INSTALL } from './peers.js';

type Parser = typeof import('@remix-run/multipart-parser');

const PACKAGE = '@remix-run/multipart-parser';
let parser: Parser | undefined;
let loading: Promise<void> | undefined;
/** Why the parser could not be loaded; answered (500) to each multipart request. */
let missing: string | undefined;

/** Starts loading the parser, once; the promise never rejects (a failure is kept for the requests). */
export function loadMultipartParser(): Promise<void> {
  loading ??= import('@remix-run/multipart-parser').then(
    (loaded) => {
      parser = loaded;
    },
    (error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      missing =
        `The mock reads multipart/form-data bodies with ${PACKAGE}, an optional peer dependency ` +
        `that could not be loaded (${reason}). Install the mock's peers: ${MOCK_PEERS_INSTALL}`;
    },
  );
  return loading;
}

export interface FormPart {
  name: string;
  /** Present for file parts. */
  filename?: string;
  /** The part's own Content-Type header, lower-cased without parameters. */
  contentType?: string;
  bytes: Uint8Array;
}

/** A form body's parts, or the answer that rejects it (413 for too many parts). */
export type FormResult =
  { ok: true; parts: FormPart[] } | { ok: false; status: number; message: string };

const malformed = (message: string): FormResult => ({
  ok: false,
  status: 400,
  message: `Malformed multipart body: ${message}`,
});
const tooMany = (fields: string, limit: number): FormResult => ({
  ok: false,
  status: 413,
  message: `The request body has ${fields} form fields; the mock's limit is ${limit}.`,
});

/** The parser's default: a part's headers may not be longer (explain() words the error). */
const MAX_HEADER_BYTES = 8192;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Byte offset of `text` (ASCII) in `body`, or -1; only on paths that already failed or lack a leading delimiter. */
function find(body: Uint8Array, text: string): number {
  return new TextDecoder('latin1').decode(body).indexOf(text);
}

/**
 * The body from its first delimiter on (RFC 2046 allows a preamble, the parser does not), or why
 * there is none. A delimiter must start a line: one that does not (a preamble ending in a bare LF)
 * would otherwise be skipped with the parts after it.
 */
function withoutPreamble(body: Uint8Array, delimiter: string): Uint8Array | string {
  const head = encoder.encode(delimiter);
  if (head.every((byte, i) => body[i] === byte)) return body;
  const first = find(body, delimiter);
  if (first === -1) return `has no "${delimiter}" delimiter`;
  const at = find(body, `\r\n${delimiter}`);
  if (at === -1 || at + 2 > first)
    return `delimiter "${delimiter}" at byte ${first} does not start a line (a preamble must end with CRLF)`;
  return body.subarray(at + 2);
}

/** The parser's error in the mock's words: which delimiter or part, and what is wrong with it. */
function explain(
  p: Parser,
  error: unknown,
  body: Uint8Array,
  boundary: string,
  part: number,
): string {
  if (error instanceof p.MaxHeaderSizeExceededError)
    return `part ${part} headers are longer than ${MAX_HEADER_BYTES} bytes (or not ended by an empty line)`;
  if (error instanceof TypeError) return `part ${part} headers are not valid UTF-8`;
  if (!(error instanceof p.MultipartParseError)) throw error;
  // The parser ran out of bytes: inside a part's headers when the closing delimiter is there.
  if (find(body, `\r\n--${boundary}--`) !== -1)
    return `part ${part} headers are not ended by an empty line`;
  if (find(body, `\n--${boundary}--`) !== -1)
    return `body has lines ending in a bare LF: CRLF line endings are expected (the body closes with "\\r\\n--${boundary}--")`;
  return `body is not closed with "--${boundary}--" (it ends in part ${part})`;
}

/** One Content-Disposition parameter, in the grammar of the parser's own header reader. */
const PARAM = /((?:^|;)\s*)([^=;\s]+)((?:\s*=\s*(?:"(?:[^"\\]|\\.)*"|(?:[^;]|\\;)+)?)?)/g;

/**
 * A part's name and filename. The parser's getters only know lower-case parameter names (RFC 7578:
 * case-insensitive), so another header names them in lower case, its quoted values untouched.
 */
function nameAndFile(
  p: Parser,
  read: InstanceType<Parser['MultipartPart']>,
  declared: (name: string) => boolean,
): Partial<FormPart> {
  const header = read.headers['content-disposition'];
  if (header === undefined) return {};
  const lower = header.replace(
    PARAM,
    (_, lead, key: string, rest) => lead + key.toLowerCase() + rest,
  );
  const part =
    lower === header
      ? read
      : new p.MultipartPart(encoder.encode(`content-disposition: ${lower}`), []);
  // Each getter parses its header again: skip the filename of a text field.
  // FormData leaves `%` alone, so `%22` is ambiguous: a declared property spelled so is kept.
  const raw = part.name;
  const name = raw === undefined || declared(raw) ? raw : unescapeName(raw);
  return lower.includes('filename') ? { name, filename: unescapeName(part.filename) } : { name };
}

/**
 * A name or filename as FormData's encoding escapes it (WHATWG HTML, as browsers, both SDKs and
 * httpx write it): `"`, CR and LF percent-encoded; nothing else is, so only those are decoded.
 */
function unescapeName<T extends string | undefined>(text: T): T {
  return text?.replace(/%(22|0D|0A)/gi, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  ) as T;
}

/**
 * Parts of a multipart body; more than `maxParts` stops the parse. `declared` tells a property's
 * name as written, which is read as it is rather than unescaped.
 */
export function parseMultipart(
  body: Uint8Array,
  contentTypeHeader: string,
  maxParts: number = Infinity,
  declared: (name: string) => boolean = () => false,
): FormResult {
  const p = parser;
  if (!p) return { ok: false, status: 500, message: missing ?? `${PACKAGE} is still loading` };
  const boundary = p.getMultipartBoundary(contentTypeHeader)?.trim();
  if (!boundary) return malformed('multipart/form-data without a boundary parameter');
  const from = withoutPreamble(body, `--${boundary}`);
  if (typeof from === 'string') return malformed(`multipart body ${from}`);
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
    for (const read of p.parseMultipart(from, options)) {
      const { name, filename } = nameAndFile(p, read, declared);
      if (name === undefined)
        return malformed(`multipart part ${parts.length + 1} has no Content-Disposition name`);
      const part: FormPart = { name, bytes: read.bytes };
      if (filename !== undefined) part.filename = filename;
      const type = read.headers['content-type'] && read.mediaType;
      if (type) part.contentType = type.toLowerCase();
      parts.push(part);
    }
  } catch (error) {
    if (error instanceof p.MaxPartsExceededError) return tooMany(`more than ${maxParts}`, maxParts);
    return malformed(`multipart ${explain(p, error, from, boundary, parts.length + 1)}`);
  }
  return { ok: true, parts };
}

export function parseUrlEncoded(body: Uint8Array, maxFields: number): FormResult {
  const params = [...new URLSearchParams(decoder.decode(body))];
  if (params.length > maxFields) return tooMany(String(params.length), maxFields);
  return {
    ok: true,
    parts: params.map(([name, value]) => ({ name, bytes: encoder.encode(value) })),
  };
}
