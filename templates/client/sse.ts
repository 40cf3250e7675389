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
 * Splits text into lines incrementally; a trailing CR waits for a possible LF in the next chunk.
 * Only new text is scanned for line breaks, and the pieces of an unterminated line are kept apart
 * until it ends, so a long line arriving in many chunks costs linear, not quadratic, time.
 */
export class LineSplitter {
  #pieces: string[] = [];
  #pendingCR = false;

  push(text: string): string[] {
    // An empty chunk (e.g. a decoder holding back a partial character) must not clear a pending CR.
    if (text === '') return [];
    if (this.#pendingCR && text.startsWith('\n')) text = text.slice(1);
    this.#pendingCR = text.endsWith('\r');
    const lines = text.split(/\r\n?|\n/);
    // What follows the last line break: the start of a line still to come ('' after a break).
    const rest = lines.pop()!;
    if (lines.length > 0) lines[0] = this.#take(lines[0]!);
    if (rest !== '') this.#pieces.push(rest);
    return lines;
  }

  /** The unterminated last line, if any. */
  flush(): string[] {
    const rest = this.#take('');
    return rest ? [rest] : [];
  }

  /** The buffered pieces plus `tail` as one line; empties the buffer. */
  #take(tail: string): string {
    if (this.#pieces.length === 0) return tail;
    this.#pieces.push(tail);
    const line = this.#pieces.join('');
    this.#pieces = [];
    return line;
  }
}

export class SSEDecoder {
  #data: string[] = [];
  #event: string | undefined;
  #id: string | undefined;
  #lastId: string | undefined;
  #retry: number | undefined;

  /** Feeds one line (without terminator); returns an event when the line dispatches one. */
  line(line: string): ServerSentEvent | undefined {
    if (line === '') return this.#dispatch();
    if (line.startsWith(':')) return undefined;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'data':
        this.#data.push(value);
        break;
      case 'event':
        this.#event = value;
        break;
      case 'id':
        if (!value.includes('\0')) this.#id = value;
        break;
      case 'retry':
        if (/^[0-9]+$/.test(value)) this.#retry = Number(value);
        break;
      default:
        // Unknown fields are ignored.
        break;
    }
    return undefined;
  }

  /** End of stream: servers often omit the final blank line, so a pending event still counts. */
  end(): ServerSentEvent | undefined {
    return this.#dispatch();
  }

  #dispatch(): ServerSentEvent | undefined {
    if (this.#id !== undefined) this.#lastId = this.#id;
    const hasData = this.#data.length > 0;
    const event: ServerSentEvent = {
      event: this.#event,
      data: this.#data.join('\n'),
      id: this.#lastId,
      retry: this.#retry,
    };
    this.#data = [];
    this.#event = undefined;
    this.#id = undefined;
    return hasData ? event : undefined;
  }
}

/** Decodes a byte stream into events. */
export async function* iterateEvents(
  chunks: AsyncIterable<Uint8Array>,
): AsyncGenerator<ServerSentEvent, void, undefined> {
  const text = new TextDecoder();
  const lines = new LineSplitter();
  const decoder = new SSEDecoder();
  for await (const chunk of chunks) {
    for (const line of lines.push(text.decode(chunk, { stream: true }))) {
      const event = decoder.line(line);
      if (event) yield event;
    }
  }
  for (const line of [...lines.push(text.decode()), ...lines.flush()]) {
    const event = decoder.line(line);
    if (event) yield event;
  }
  const last = decoder.end();
  if (last) yield { ...last, unterminated: true };
}
