"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sseFrame = sseFrame;
exports.sseChunks = sseChunks;
function sseFrame(data) {
    return `data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`;
}
async function* sseChunks(options) {
    const { events, terminator, clock, delayMs, step, signal } = options;
    for (let i = 0; i < events.length; i++) {
        if (signal?.aborted)
            return;
        yield sseFrame(events[i]);
        if (i < events.length - 1 || terminator !== undefined) {
            await (step ? clock.sleep(delayMs, signal) : clock.pause(delayMs, signal));
        }
    }
    if (terminator !== undefined && !signal?.aborted)
        yield `data: ${terminator}\n\n`;
}
