/** Request body decoding for `multipart/form-data` (RFC 7578) and `application/x-www-form-urlencoded`. */

export interface FormPart {
  name: string;
  /** Present for file parts. */
  filename?: string;
  /** The part's own Content-Type header, lower-cased without parameters. */
  contentType?: string;
  bytes: Uint8Array;
}

export type MultipartResult = { ok: true; parts: FormPart[] } | { ok: false; message: string };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A media type's parameter, e.g. `boundary` of `multipart/form-data; boundary=x`. */
export function mediaTypeParameter(header: string, name: string): string | undefined {
  const re = /;\s*([^=;\s]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/g;
  for (let m = re.exec(header); m; m = re.exec(header)) {
    if (m[1]!.toLowerCase() !== name) continue;
    const raw = m[2]!.trim();
    return raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw;
  }
  return undefined;
}

function indexOf(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0];
  outer: for (
    let i = haystack.indexOf(first!, from);
    i !== -1 && i <= haystack.length - needle.length;
    i = haystack.indexOf(first!, i + 1)
  ) {
    for (let j = 1; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function parseDisposition(value: string): { name?: string; filename?: string } {
  const out: { name?: string; filename?: string } = {};
  const name = mediaTypeParameter(value, 'name');
  if (name !== undefined) out.name = name;
  const star = mediaTypeParameter(value, 'filename*');
  if (star !== undefined) {
    const m = /^[^']*'[^']*'(.*)$/.exec(star);
    try {
      out.filename = decodeURIComponent(m ? m[1]! : star);
    } catch {
      out.filename = star;
    }
  } else {
    const filename = mediaTypeParameter(value, 'filename');
    if (filename !== undefined) out.filename = filename;
  }
  return out;
}

export function parseMultipart(body: Uint8Array, contentTypeHeader: string): MultipartResult {
  const boundary = mediaTypeParameter(contentTypeHeader, 'boundary');
  if (!boundary) return { ok: false, message: 'multipart/form-data without a boundary parameter' };
  const delimiter = encoder.encode(`--${boundary}`);
  const nextDelimiter = encoder.encode(`\r\n--${boundary}`);
  let at = indexOf(body, delimiter, 0);
  if (at !== 0 && (at < 2 || body[at - 2] !== 13 || body[at - 1] !== 10)) {
    at = indexOf(body, nextDelimiter, 0);
    at = at === -1 ? -1 : at + 2;
  }
  if (at === -1) return { ok: false, message: `multipart body has no "--${boundary}" delimiter` };
  const parts: FormPart[] = [];
  for (;;) {
    let pos = at + delimiter.length;
    if (body[pos] === 45 && body[pos + 1] === 45) return { ok: true, parts }; // "--": closing delimiter
    while (body[pos] === 32 || body[pos] === 9) pos++; // transport padding
    if (body[pos] === 13 && body[pos + 1] === 10) pos += 2;
    else return { ok: false, message: `multipart delimiter not followed by CRLF at byte ${pos}` };
    const headerEnd = indexOf(body, encoder.encode('\r\n\r\n'), pos);
    let headerText: string;
    let contentStart: number;
    if (body[pos] === 13 && body[pos + 1] === 10) {
      headerText = '';
      contentStart = pos + 2;
    } else {
      if (headerEnd === -1)
        return { ok: false, message: `multipart part headers not terminated (byte ${pos})` };
      headerText = decoder.decode(body.subarray(pos, headerEnd));
      contentStart = headerEnd + 4;
    }
    const end = indexOf(body, nextDelimiter, contentStart);
    if (end === -1)
      return { ok: false, message: `multipart body is not closed with "--${boundary}--"` };
    const headers = new Map<string, string>();
    for (const line of headerText.split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon > 0)
        headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
    const disposition = parseDisposition(headers.get('content-disposition') ?? '');
    if (disposition.name === undefined)
      return {
        ok: false,
        message: `multipart part at byte ${pos} has no Content-Disposition name`,
      };
    const part: FormPart = { name: disposition.name, bytes: body.slice(contentStart, end) };
    if (disposition.filename !== undefined) part.filename = disposition.filename;
    const type = headers.get('content-type');
    if (type) part.contentType = type.split(';')[0]!.trim().toLowerCase();
    parts.push(part);
    at = end + 2;
  }
}

export function parseUrlEncoded(body: Uint8Array): FormPart[] {
  const params = new URLSearchParams(decoder.decode(body));
  return [...params].map(([name, value]) => ({ name, bytes: encoder.encode(value) }));
}
