/** Flushes early past this size so a burst never holds much memory. */
const MAX_PENDING_CHARS = 64 * 1024;
export function createLineBuffer(write) {
    let pending = '';
    let scheduled = false;
    const flush = () => {
        scheduled = false;
        if (pending === '')
            return;
        const chunk = pending;
        pending = '';
        write(chunk);
    };
    return {
        line(text) {
            pending += `${text}\n`;
            if (pending.length >= MAX_PENDING_CHARS)
                flush();
            else if (!scheduled) {
                scheduled = true;
                setImmediate(flush);
            }
        },
        flush,
    };
}
