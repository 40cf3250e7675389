"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SSEDecoder = exports.LineSplitter = void 0;
exports.iterateEvents = iterateEvents;
/**
 * Splits text into lines incrementally; a trailing CR waits for a possible LF in the next chunk.
 * Only new text is scanned for line breaks, and the pieces of an unterminated line are kept apart
 * until it ends, so a long line arriving in many chunks costs linear, not quadratic, time.
 */
class LineSplitter {
    #pieces = [];
    #pendingCR = false;
    push(text) {
        // An empty chunk (e.g. a decoder holding back a partial character) must not clear a pending CR.
        if (text === '')
            return [];
        let start = 0;
        if (this.#pendingCR) {
            this.#pendingCR = false;
            if (text.startsWith('\n'))
                start = 1;
        }
        const lines = [];
        for (let i = start; i < text.length; i++) {
            const ch = text[i];
            if (ch !== '\n' && ch !== '\r')
                continue;
            lines.push(this.#take(text.slice(start, i)));
            if (ch === '\r') {
                if (i + 1 < text.length) {
                    if (text[i + 1] === '\n')
                        i++;
                }
                else {
                    this.#pendingCR = true;
                }
            }
            start = i + 1;
        }
        if (start < text.length)
            this.#pieces.push(text.slice(start));
        return lines;
    }
    /** The unterminated last line, if any. */
    flush() {
        const rest = this.#take('');
        return rest ? [rest] : [];
    }
    /** The buffered pieces plus `tail` as one line; empties the buffer. */
    #take(tail) {
        if (this.#pieces.length === 0)
            return tail;
        this.#pieces.push(tail);
        const line = this.#pieces.join('');
        this.#pieces = [];
        return line;
    }
}
exports.LineSplitter = LineSplitter;
class SSEDecoder {
    #data = [];
    #event;
    #id;
    #lastId;
    #retry;
    /** Feeds one line (without terminator); returns an event when the line dispatches one. */
    line(line) {
        if (line === '')
            return this.#dispatch();
        if (line.startsWith(':'))
            return undefined;
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        let value = colon < 0 ? '' : line.slice(colon + 1);
        if (value.startsWith(' '))
            value = value.slice(1);
        switch (field) {
            case 'data':
                this.#data.push(value);
                break;
            case 'event':
                this.#event = value;
                break;
            case 'id':
                if (!value.includes('\0'))
                    this.#id = value;
                break;
            case 'retry':
                if (/^[0-9]+$/.test(value))
                    this.#retry = Number(value);
                break;
            default:
                // Unknown fields are ignored.
                break;
        }
        return undefined;
    }
    /** End of stream: servers often omit the final blank line, so a pending event still counts. */
    end() {
        return this.#dispatch();
    }
    #dispatch() {
        if (this.#id !== undefined)
            this.#lastId = this.#id;
        const hasData = this.#data.length > 0;
        const event = {
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
exports.SSEDecoder = SSEDecoder;
/** Decodes a byte stream into events. */
async function* iterateEvents(chunks) {
    const text = new TextDecoder();
    const lines = new LineSplitter();
    const decoder = new SSEDecoder();
    for await (const chunk of chunks) {
        for (const line of lines.push(text.decode(chunk, { stream: true }))) {
            const event = decoder.line(line);
            if (event)
                yield event;
        }
    }
    for (const line of [...lines.push(text.decode()), ...lines.flush()]) {
        const event = decoder.line(line);
        if (event)
            yield event;
    }
    const last = decoder.end();
    if (last)
        yield { ...last, unterminated: true };
}
