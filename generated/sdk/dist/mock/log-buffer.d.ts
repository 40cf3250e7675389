/**
 * Request log lines gathered into one write every few milliseconds: `process.stdout.write` is
 * synchronous for files and pipes, so a write per request (or per event-loop turn, a handful of
 * requests under load) costs a syscall each, a large share of a busy mock's time.
 */
export interface LineBuffer {
    line(text: string): void;
    /** Writes what is pending now (before exit). */
    flush(): void;
}
/** The longest a line waits: too short for a reader to notice, long enough to gather a busy mock's lines. */
export declare const FLUSH_DELAY_MS = 10;
export declare function createLineBuffer(write: (chunk: string) => void): LineBuffer;
