/**
 * Everything a file part or binary body may be given as, and its conversion to a named Blob.
 * Accepted: File, Blob, Uint8Array / Buffer / ArrayBuffer / other views, ReadableStream, a fetch
 * Response, Node read streams (duck-typed: async iterable with a `path`), any async iterable of bytes.
 */
import { ShellApiError } from './errors.js';
import { extensionFromMime, mimeFromFilename } from './mime.js';

/** A Node `fs.ReadStream` or similar, recognised by shape so no Node import is needed. */
export interface PathStreamLike extends AsyncIterable<unknown> {
  path: string | { toString(): string };
}

export type Uploadable =
  | Blob
  | ArrayBuffer
  | ArrayBufferView
  | ReadableStream<Uint8Array>
  | Response
  | PathStreamLike
  | AsyncIterable<Uint8Array | string>;

export interface NamedBlob {
  blob: Blob;
  filename: string;
}

export function isUploadable(value: unknown): value is Uploadable {
  return !!blobSource(value);
}

/**
 * How to read `value` into a Blob, with the file name it carries (File.name, a read stream's path,
 * a response's URL); undefined when it is not uploadable.
 */
function blobSource(value: unknown): (() => Promise<[Blob, string | undefined]>) | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (typeof Blob !== 'undefined' && value instanceof Blob)
    return async () => [value, (value as { name?: string }).name];
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value))
    // A view contributes only its own bytes (its offset and length), not its whole buffer.
    return async () => [new Blob([value as ArrayBuffer | ArrayBufferView<ArrayBuffer>]), undefined];
  if (isResponse(value)) return async () => [await value.blob(), basename(safeUrlPath(value.url))];
  if (isReadableStream(value)) return async () => [await collect(streamIterable(value)), undefined];
  if (Symbol.asyncIterator in value) {
    const path = (value as { path?: unknown }).path;
    return async () => [
      await collect(value as AsyncIterable<unknown>),
      path == null ? undefined : basename(String(path)),
    ];
  }
  return undefined;
}

/** Wraps bytes (or any Uploadable) as a File-like Blob with a name, e.g. `toFile(buffer, 'cat.png')`. */
export async function toFile(
  value: Uploadable | string,
  filename?: string,
  options: { type?: string } = {},
): Promise<Blob & { readonly name: string }> {
  const source = typeof value === 'string' ? new TextEncoder().encode(value) : value;
  const named = await toNamedBlob(source, { filename, type: options.type, fallbackName: 'file' });
  const FileCtor = (globalThis as { File?: typeof File }).File;
  if (FileCtor) return new FileCtor([named.blob], named.filename, { type: named.blob.type });
  return Object.assign(named.blob, { name: named.filename });
}

export interface ToBlobOptions {
  /** Explicit file name (wins over inferred names). */
  filename?: string | undefined;
  /** Explicit media type (wins over inferred types). */
  type?: string | undefined;
  /** The concrete type the generator chose from the declaration (IR `partType`), if any. */
  declaredType?: string | undefined;
  /** Name stem when nothing else names the file (the form field name). */
  fallbackName: string;
}

/**
 * Reads the value into a Blob (streams are collected so the request can be replayed on retry),
 * naming it from File.name / stream path / response URL / option, typing it from the Blob's own
 * type, then the extension, then the declared part encoding.
 */
export async function toNamedBlob(value: Uploadable, options: ToBlobOptions): Promise<NamedBlob> {
  const source = blobSource(value);
  if (!source)
    throw new ShellApiError(
      `Unsupported upload value (${describe(value)}); pass a File, Blob, Uint8Array, ReadableStream or read stream.`,
    );
  let [blob, inferredName] = await source();
  const nameGiven = options.filename ?? (inferredName || undefined);
  const type =
    options.type ??
    (blob.type || undefined) ??
    mimeFromFilename(nameGiven) ??
    options.declaredType ??
    'application/octet-stream';
  const ext = extensionFromMime(type);
  const filename = nameGiven ?? (ext ? `${options.fallbackName}.${ext}` : options.fallbackName);
  if (blob.type !== type) blob = blob.slice(0, blob.size, type);
  return { blob, filename };
}

function isReadableStream(value: unknown): value is ReadableStream<Uint8Array> {
  return typeof (value as { getReader?: unknown } | null)?.getReader === 'function';
}

function isResponse(value: unknown): value is Response {
  const candidate = value as {
    arrayBuffer?: unknown;
    headers?: unknown;
    url?: unknown;
    status?: unknown;
  } | null;
  return (
    !!candidate &&
    typeof candidate.arrayBuffer === 'function' &&
    typeof candidate.url === 'string' &&
    typeof candidate.status === 'number' &&
    typeof candidate.headers === 'object'
  );
}

async function* streamIterable(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

async function collect(chunks: AsyncIterable<unknown>): Promise<Blob> {
  const parts: BlobPart[] = [];
  for await (const chunk of chunks) {
    if (typeof chunk === 'string' || chunk instanceof ArrayBuffer) parts.push(chunk);
    else if (ArrayBuffer.isView(chunk)) {
      // Copy: stream chunks may be pooled buffers that get reused.
      parts.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength).slice());
    } else throw new ShellApiError(`Unsupported stream chunk (${describe(chunk)}).`);
  }
  return new Blob(parts);
}

function basename(path: string | undefined): string | undefined {
  if (!path) return undefined;
  const name = path.split(/[\\/]/).pop();
  return name || undefined;
}

function safeUrlPath(url: string): string | undefined {
  try {
    return decodeURIComponent(new URL(url).pathname);
  } catch {
    return undefined;
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  return (value as { constructor?: { name?: string } }).constructor?.name ?? 'object';
}
