/** Splits text into lines incrementally; a trailing CR waits for a possible LF in the next chunk. */
export class LineSplitter {
    #buffer = '';
    #pendingCR = false;
    push(text) {
        let input = text;
        if (this.#pendingCR) {
            this.#pendingCR = false;
            if (input.startsWith('\n'))
                input = input.slice(1);
        }
        const lines = [];
        let start = 0;
        const all = this.#buffer + input;
        this.#buffer = '';
        for (let i = 0; i < all.length; i++) {
            const ch = all[i];
            if (ch === '\n' || ch === '\r') {
                lines.push(all.slice(start, i));
                if (ch === '\r') {
                    if (i + 1 < all.length) {
                        if (all[i + 1] === '\n')
                            i++;
                    }
                    else {
                        this.#pendingCR = true;
                    }
                }
                start = i + 1;
            }
        }
        this.#buffer = all.slice(start);
        return lines;
    }
    /** The unterminated last line, if any. */
    flush() {
        const rest = this.#buffer;
        this.#buffer = '';
        return rest ? [rest] : [];
    }
}
export class SSEDecoder {
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
/** Decodes a byte stream into events. */
export async function* iterateEvents(chunks) {
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
        yield last;
}
