/**
 * `text/event-stream` parsing per the HTML spec: lines end with CRLF, LF or CR (also split across
 * chunks); `:` lines are comments; `data:` lines accumulate (joined with \n); `event:`, `id:`,
 * `retry:` set the event's fields; a blank line dispatches.
 */
export interface ServerSentEvent {
  /** `event:` field; undefined means the default `message`. */
  event: string | undefined;
  data: string;
  id: string | undefined;
  retry: number | undefined;
  /** Set on an event the body ended inside (no blank line after it): it may be cut off. */
  unterminated?: true | undefined;
}

/**
 * The lines of UTF-8 bytes (CRLF, LF or CR, also split across chunks), the last one even without a
 * line break. Only new text is scanned for line breaks, and the pieces of an unterminated line are
 * kept apart until it ends, so a long line arriving in many chunks costs linear, not quadratic, time.
 */
export async function* textLines(
  chunks: AsyncIterable<Uint8Array>,
): AsyncGenerator<string, void, undefined> {
  const decoder = new TextDecoder();
  let pieces: string[] = [];
  // The text so far ended in CR: an LF starting the next text belongs to that line break.
  let pendingCR = false;
  const split = (text: string): string[] => {
    // An empty text (e.g. a decoder holding back a partial character) must not clear a pending CR.
    if (text === '') return [];
    if (pendingCR && text.startsWith('\n')) text = text.slice(1);
    pendingCR = text.endsWith('\r');
    const lines = text.split(/\r\n?|\n/);
    // What follows the last line break: the start of a line still to come ('' after a break).
    const rest = lines.pop()!;
    if (lines.length > 0) {
      lines[0] = pieces.join('') + lines[0];
      pieces = [];
    }
    if (rest !== '') pieces.push(rest);
    return lines;
  };
  for await (const chunk of chunks) yield* split(decoder.decode(chunk, { stream: true }));
  yield* split(decoder.decode());
  if (pieces.length > 0) yield pieces.join('');
}

/** Decodes a byte stream into events. */
export async function* iterateEvents(
  chunks: AsyncIterable<Uint8Array>,
): AsyncGenerator<ServerSentEvent, void, undefined> {
  let data: string[] = [];
  let event: string | undefined;
  // The `id:` of the event being read, and the last one dispatched (it carries over).
  let id: string | undefined;
  let lastId: string | undefined;
  let retry: number | undefined;
  const dispatch = (): ServerSentEvent | undefined => {
    if (id !== undefined) lastId = id;
    const out = data.length > 0 ? { event, data: data.join('\n'), id: lastId, retry } : undefined;
    data = [];
    event = id = undefined;
    return out;
  };
  for await (const line of textLines(chunks)) {
    if (line === '') {
      const out = dispatch();
      if (out) yield out;
    } else {
      // The field up to the first colon (a comment line's is empty), the value after it and one
      // space; a line without a colon is a field with an empty value.
      const [, field, value = ''] = /^([^:]*)(?:: ?(.*))?$/s.exec(line)!;
      // Unknown fields (and comments) are ignored.
      if (field === 'data') data.push(value);
      else if (field === 'event') event = value;
      else if (field === 'id' && !value.includes('\0')) id = value;
      else if (field === 'retry' && /^[0-9]+$/.test(value)) retry = Number(value);
    }
  }
  // Servers often omit the final blank line: a pending event still counts, marked as possibly cut off.
  const last = dispatch();
  if (last) yield { ...last, unterminated: true };
}
